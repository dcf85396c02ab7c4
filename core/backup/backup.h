#pragma once

#include "common/error.h"
#include "domain/types.h"
#include "integrity/casefilecheck.h"

#include <QDateTime>

namespace Relais::Core {

class Database;

/// A backup copy of a SQLite case file.
struct BackupFile {
    QString path;
    qint64 bytes = 0;
    QDateTime madeAt; ///< UTC
};

/// What restore() did.
struct RestoreOutcome {
    QString restoredFrom;
    QString previousKeptAt;     ///< the case file as it was just before, kept beside it
    CaseFileCheckReport check;  ///< the full check the backup passed before it was used
};

/// Backups of a SQLite case file, taken and put back while other desks keep working.
/// (A PostgreSQL case file is the server's to back up: pg_dump, base backups.) Who may ask for
/// them is the caller's to check (Action::KeepBackups); the app's automatic backups run for
/// whoever is signed in.
namespace Backups {

/// Writes a consistent copy of the whole file to `target` (SQLite's VACUUM INTO reads one
/// snapshot while others write), flushes it to the disk, and only then gives it its name: a
/// crash or a full disk leaves no half-written backup behind. Refuses to replace an existing file.
[[nodiscard]] Result<BackupFile> make(Database &db, const QString &target);

/// Checks a backup without changing it: a copy is opened as a case file (an older schema is
/// upgraded in the copy) and fully checked. A file that is not a Relais case file, comes from a
/// newer Relais, or has any problem is refused with the reason.
[[nodiscard]] Result<CaseFileCheckReport> verify(const QString &backupPath);

/// Puts the backup at `backupPath` in place of the case file at `livePath`, once verify()
/// passes. The case file as it was is first kept beside it as "NAME.before-restore-STAMP.sqlite".
/// A case file that opens is overwritten under SQLite's write lock (the backup API), so other
/// desks with it open see the restored file from their next read, never a torn one. A case file
/// that is missing or too damaged to open is set aside whole (with its -wal) and the backup
/// copied in its place. `actor` is recorded in the restored file's access log.
[[nodiscard]] Result<RestoreOutcome> restore(const QString &livePath, const QString &backupPath, const Actor &actor);

} // namespace Backups

} // namespace Relais::Core
