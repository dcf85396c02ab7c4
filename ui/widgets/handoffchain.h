#pragma once

#include "calendar/agencycalendars.h"
#include "domain/types.h"

#include <QWidget>

namespace Relais::Gui {

/// The handoff chain drawn as a sequence of agencies: the lead agency, then each handoff's
/// receiving agency with a status chip and how long it took (or has been waiting).
class HandoffChain final : public QWidget
{
    Q_OBJECT
public:
    explicit HandoffChain(QWidget *parent = nullptr);

    /// Durations are working time of the receiving agency.
    void setChain(const Core::AgencyRef &lead, const QList<Core::Handoff> &handoffs, const QDateTime &now,
                  const Core::AgencyCalendars &calendars);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Card {
        QString agency;
        QString code;
        QString status;
        QColor colour;
        QString duration;
        bool late = false;
    };
    QList<Card> m_cards;
};

} // namespace Relais::Gui
