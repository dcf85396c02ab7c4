#include "windows/casefilecare.h"

#include "backup/autobackup.h"
#include "domain/accesspolicy.h"
#include "integrity/casefilecheck.h"
#include "storage/database.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QThread>

using namespace Relais::Core;
using namespace Qt::Literals::StringLiterals;

namespace Relais::Gui {

CaseFileCare::CaseFileCare(const Session &session, QObject *parent) : QObject(parent), m_session(session) {}

CaseFileCare::~CaseFileCare()
{
    // The thread reports to this object: it must be done before this object goes.
    if (m_worker)
        m_worker->wait();
}

void CaseFileCare::start()
{
    Database &db = m_session.ws->database();
    if (db.engine() != Database::Engine::Sqlite || m_worker)
        return;
    const QString path = db.path();
    const int keep = m_session.ws->settings().autoBackupKeep().value_or(NetworkSettings::defaultAutoBackupKeep);
    m_worker.reset(QThread::create([this, path, keep] {
        QStringList damage;
        QString backupMessage;
        // A connection of this thread's own: the person keeps working on theirs meanwhile.
        if (auto own = Database::openSqlite(path, Database::OpenMode::MustExist); own) {
            auto report = CaseFileCheck(**own).run(CaseFileCheck::Depth::Quick);
            if (!report)
                damage << report.error().message;
            else
                damage << report->pageProblems;
        } else {
            damage << own.error().message;
        }
        // A damaged file is not backed up over the good backups: they may be needed.
        if (damage.isEmpty()) {
            auto made = AutoBackups(path).runIfDue(QDateTime::currentDateTimeUtc(), keep);
            if (!made)
                backupMessage = tr("The automatic backup failed: %1").arg(made.error().message);
            else if (*made)
                backupMessage = tr("Automatic backup saved (%1).")
                                    .arg(QLocale().formattedDataSize((*made)->bytes));
        }
        QMetaObject::invokeMethod(this, [this, backupMessage, damage] { Q_EMIT checked(backupMessage, damage); },
                                  Qt::QueuedConnection);
    }));
    m_worker->start(QThread::LowPriority);
}

bool CaseFileCare::mayRestore() const
{
    return m_session.ws->database().engine() == Database::Engine::Sqlite
           && isAllowed(m_session.actor, Relation::None, Action::KeepBackups);
}

bool CaseFileCare::restoreFromBackup(QWidget *parent)
{
    const QString path = m_session.ws->database().path();
    const QString chosen = QFileDialog::getOpenFileName(parent, tr("Restore from a backup"), AutoBackups(path).folder(),
                                                        tr("Relais backups (*.sqlite)"));
    if (chosen.isEmpty())
        return false;
    const auto answer = QMessageBox::question(
        parent, tr("Restore from a backup"),
        tr("Replace everything in the case file with the backup %1?\n\nThe backup is checked first. The case file as "
           "it is now is kept beside it, and every desk sees the restored file from its next refresh.")
            .arg(QFileInfo(chosen).fileName()));
    if (answer != QMessageBox::Yes)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto restored = Backups::restore(path, chosen, m_session.actor);
    QApplication::restoreOverrideCursor();
    if (!restored) {
        QMessageBox::critical(parent, tr("Restore from a backup"), restored.error().message);
        return false;
    }
    QMessageBox::information(parent, tr("Restore from a backup"),
                             tr("The case file was restored from %1 and checked: intact.\n\nThe case file as it was "
                                "is kept at %2.").arg(QFileInfo(chosen).fileName(), restored->previousKeptAt));
    return true;
}

} // namespace Relais::Gui
