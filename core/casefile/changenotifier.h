#pragma once

#include "domain/types.h"

#include <QObject>

namespace Relais::Core {

/// Announces committed changes so views refresh just what changed.
class ChangeNotifier final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void caseChanged(Relais::Core::Id caseId);
    void eventAppended(Relais::Core::Id caseId, int seq);
    void handoffChanged(Relais::Core::Id handoffId, Relais::Core::Id caseId);
    void clientChanged(Relais::Core::Id clientId);
    /// Opening hours, holidays or service levels changed: deadlines move.
    void calendarsChanged();
    /// Changes arrived that cannot be named one by one (another program wrote to the SQLite
    /// file, or the connection to the server came back): reload everything shown.
    void everythingChanged();
};

} // namespace Relais::Core
