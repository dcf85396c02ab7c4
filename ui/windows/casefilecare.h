#pragma once

#include "models/session.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QThread;
class QWidget;

namespace Relais::Gui {

/// Looks after a SQLite case file while the app is open: at start, in a thread of its own, a
/// quick check of the file's storage and the daily automatic backup (Core::AutoBackups); and
/// File › Restore from a backup… for admins.
class CaseFileCare final : public QObject
{
    Q_OBJECT

public:
    explicit CaseFileCare(const Session &session, QObject *parent = nullptr);
    ~CaseFileCare() override;

    /// Starts the check and the backup; does nothing on PostgreSQL (the server's to look after).
    void start();
    /// Whether this person may restore this case file from a backup.
    [[nodiscard]] bool mayRestore() const;
    /// Asks which backup (the automatic ones' folder first), confirms, restores. True when the
    /// file's content was replaced, so the caller reloads what it shows.
    bool restoreFromBackup(QWidget *parent);

Q_SIGNALS:
    /// The start-up work is done: `backupMessage` for the status bar (empty when none was due),
    /// `damage` in words (empty when the quick check found nothing).
    void checked(const QString &backupMessage, const QStringList &damage);

private:
    Session m_session;
    std::unique_ptr<QThread> m_worker;
};

} // namespace Relais::Gui
