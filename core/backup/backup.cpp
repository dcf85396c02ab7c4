#include "backup/backup.h"

#include "casefile/caseaccess.h"
#include "common/logging.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QTemporaryDir>
#include <QThread>

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core::Backups {

namespace {

// Asks the disk to hold the bytes (or, for a folder, the new name) before we say it is done.
bool flushToDisk(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool flushed = ::fsync(fd) == 0;
    ::close(fd);
    return flushed;
}

sqlite3 *sqliteHandle(Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Status refusePostgres(Database &db)
{
    if (db.engine() == Database::Engine::Sqlite)
        return {};
    return fail(ErrorCode::Invalid, Tr::tr("%1 is a PostgreSQL case file: back it up with the server's own "
                                           "tools (pg_dump or base backups), which keep every site's "
                                           "changes consistent.").arg(db.path()));
}

QString problemsInWords(const CaseFileCheckReport &report)
{
    QStringList lines = report.pageProblems + report.referenceProblems;
    for (const ChainProblem &problem : report.chains.problems)
        lines.append(problem.message);
    if (lines.size() > 3)
        lines = lines.mid(0, 3) << Tr::tr("and %n more problem(s)", nullptr, int(lines.size() - 3));
    return lines.join(u"; "_s);
}

// The file's content, copied page by page from `source` into `target` under the target's write
// lock. Another desk holding the lock makes SQLite answer "busy": wait for it, as long as a
// write would.
Status copyPages(sqlite3 *source, sqlite3 *target)
{
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
    if (!backup)
        return fail(ErrorCode::Storage, Tr::tr("The case file cannot be replaced: %1")
                                            .arg(QString::fromUtf8(sqlite3_errmsg(target))));
    int status = SQLITE_OK;
    for (int waited = 0; waited < 10000; waited += 50) {
        status = sqlite3_backup_step(backup, -1);
        if (status != SQLITE_BUSY && status != SQLITE_LOCKED)
            break;
        QThread::msleep(50);
    }
    sqlite3_backup_finish(backup);
    if (status == SQLITE_DONE)
        return {};
    if (status == SQLITE_BUSY || status == SQLITE_LOCKED)
        return fail(ErrorCode::Storage, Tr::tr("The case file is busy: another program kept it locked too long. "
                                               "Nothing was changed; try again."));
    return fail(ErrorCode::Storage, Tr::tr("The case file could not be replaced (%1). It is as it was.")
                                        .arg(QString::fromUtf8(sqlite3_errstr(status))));
}

} // namespace

Result<BackupFile> make(Database &db, const QString &target)
{
    if (auto ok = refusePostgres(db); !ok)
        return std::unexpected(ok.error());
    const QFileInfo info(target);
    if (info.exists())
        return fail(ErrorCode::Conflict, Tr::tr("%1 already exists. Nothing was written: choose another name, "
                                                "or move the old file away first.").arg(target));
    if (!info.dir().exists())
        return fail(ErrorCode::NotFound, Tr::tr("The folder %1 does not exist.").arg(info.absolutePath()));
    // Written under a hidden name and renamed when complete: a backup that exists is whole.
    const QString partial = info.dir().filePath(u".%1.partial"_s.arg(info.fileName()));
    QFile::remove(partial);
    auto written = db.update(u"VACUUM INTO :target"_s, {{u":target"_s, partial}});
    if (!written || !flushToDisk(partial)) {
        QFile::remove(partial);
        const QString why = written ? Tr::tr("the disk did not confirm the write") : written.error().message;
        return fail(ErrorCode::Storage, Tr::tr("The backup could not be written to %1: %2 The case file itself "
                                               "is unchanged.").arg(target, why));
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return fail(ErrorCode::Storage, Tr::tr("The backup could not be named %1. The case file itself is "
                                               "unchanged.").arg(target));
    }
    flushToDisk(info.absolutePath());
    qCInfo(lcDb).noquote() << "backed up" << db.path() << "to" << target;
    return BackupFile{info.absoluteFilePath(), QFileInfo(target).size(), QDateTime::currentDateTimeUtc()};
}

namespace {

// The backup, copied to `folder` and opened as a case file (older schemas upgraded there).
Result<std::unique_ptr<Database>> openCopy(const QString &backupPath, const QTemporaryDir &folder)
{
    if (!QFileInfo(backupPath).isFile())
        return fail(ErrorCode::NotFound, Tr::tr("There is no backup file at %1.").arg(backupPath));
    const QString copy = folder.filePath(u"backup.sqlite"_s);
    if (!QFile::copy(backupPath, copy))
        return fail(ErrorCode::Storage, Tr::tr("The backup %1 cannot be read.").arg(backupPath));
    auto db = Database::openSqlite(copy, Database::OpenMode::MustExist);
    if (!db)
        // The messages name the temporary copy; the person knows the file by its own name.
        return fail(db.error().code, db.error().message.replace(copy, backupPath));
    return db;
}

Result<CaseFileCheckReport> checkOpenCopy(Database &copy, const QString &backupPath)
{
    auto report = CaseFileCheck(copy).run(CaseFileCheck::Depth::Full);
    if (!report)
        return std::unexpected(report.error());
    if (!report->intact())
        return fail(ErrorCode::Invalid, Tr::tr("The backup %1 is damaged: %2").arg(backupPath, problemsInWords(*report)));
    return report;
}

// The backup, copied aside, opened and fully checked; the copy lives as long as this does.
struct CheckedCopy {
    std::unique_ptr<QTemporaryDir> folder; // declared first: outlives the database in it
    std::unique_ptr<Database> db;
    CaseFileCheckReport report;
};

Result<CheckedCopy> checkedCopy(const QString &backupPath)
{
    CheckedCopy checked{std::make_unique<QTemporaryDir>(), nullptr, {}};
    if (!checked.folder->isValid())
        return fail(ErrorCode::Storage, Tr::tr("No temporary folder to check the backup in."));
    auto copy = openCopy(backupPath, *checked.folder);
    if (!copy)
        return std::unexpected(copy.error());
    checked.db = std::move(*copy);
    auto report = checkOpenCopy(*checked.db, backupPath);
    if (!report)
        return std::unexpected(report.error());
    checked.report = *report;
    return checked;
}

} // namespace

Result<CaseFileCheckReport> verify(const QString &backupPath)
{
    auto checked = checkedCopy(backupPath);
    if (!checked)
        return std::unexpected(checked.error());
    return checked->report;
}

namespace {

// A name beside the case file that nothing holds yet (two restores may fall in one second).
QString keptName(const QString &livePath)
{
    const QFileInfo info(livePath);
    const QString stem = info.absoluteDir().filePath(u"%1.before-restore-%2"_s.arg(
        info.completeBaseName(), QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s)));
    QString name = stem + u".sqlite"_s;
    for (int n = 2; QFileInfo::exists(name) || QFileInfo::exists(name + u"-wal"_s); ++n)
        name = u"%1-%2.sqlite"_s.arg(stem).arg(n);
    return name;
}

// The person who restored, as the restored file knows them: the ids of the file they signed in
// to may mean someone else there, or no one.
Actor sameUserIn(Database &restored, const Actor &actor)
{
    if (!actor.isUser())
        return actor;
    auto row = restored.selectOne(u"SELECT id, agency_id FROM users WHERE login = :login"_s,
                                  {{u":login"_s, actor.login}});
    if (!row || !*row)
        return Actor::localConsole();
    Actor same = actor;
    same.userId = (*row)->value(0).toLongLong();
    same.agencyId = (*row)->value(1).toLongLong();
    return same;
}

// The case file opens: its pages are replaced in place, under its write lock.
Status restoreInPlace(Database &live, Database &copy, const QString &kept)
{
    if (auto previous = make(live, kept); !previous)
        return fail(previous.error().code, Tr::tr("The case file as it is could not be kept before restoring, so "
                                                  "nothing was restored: %1").arg(previous.error().message));
    sqlite3 *source = sqliteHandle(copy);
    sqlite3 *target = sqliteHandle(live);
    if (!source || !target)
        return fail(ErrorCode::Storage, Tr::tr("The SQLite driver gives no access to the file; nothing was restored."));
    return copyPages(source, target);
}

// The case file is missing or will not open: it is set aside whole and the backup copied in.
Status restoreByReplacing(const QString &livePath, Database &copy, const QString &kept)
{
    if (QFileInfo::exists(livePath)) {
        // Its write-ahead log belongs with it: what it holds is part of the old file.
        for (const QString &suffix : {u"-wal"_s, u"-shm"_s})
            if (QFileInfo::exists(livePath + suffix) && !QFile::rename(livePath + suffix, kept + suffix))
                return fail(ErrorCode::Storage, Tr::tr("%1 could not be set aside; nothing was restored.")
                                                    .arg(livePath + suffix));
        if (!QFile::rename(livePath, kept))
            return fail(ErrorCode::Storage, Tr::tr("%1 could not be set aside; nothing was restored.").arg(livePath));
    }
    if (auto placed = make(copy, livePath); !placed)
        return std::unexpected(placed.error());
    return {};
}

} // namespace

Result<RestoreOutcome> restore(const QString &livePath, const QString &backupPath, const Actor &actor)
{
    if (Database::isPostgresUrl(livePath))
        return fail(ErrorCode::Invalid, Tr::tr("%1 is a PostgreSQL case file: restore it with the server's own "
                                               "tools (pg_restore).").arg(postgresAddressForPeople(livePath)));
    auto copy = checkedCopy(backupPath);
    if (!copy)
        return std::unexpected(copy.error());

    const QString kept = keptName(livePath);
    const bool hadFile = QFileInfo::exists(livePath);
    {
        auto live = Database::openSqlite(livePath, Database::OpenMode::MustExist);
        auto restored = live ? restoreInPlace(**live, *copy->db, kept) : restoreByReplacing(livePath, *copy->db, kept);
        if (!restored)
            return std::unexpected(restored.error());
    }
    qCInfo(lcDb).noquote() << "restored" << livePath << "from" << backupPath
                           << (hadFile ? u"; previous kept at "_s + kept : u"; there was no file before"_s);
    auto restoredFile = Database::openSqlite(livePath, Database::OpenMode::MustExist);
    if (!restoredFile)
        return std::unexpected(restoredFile.error());
    Database &restored = **restoredFile;
    auto recorded = restored.write([&] {
        return audit(restored, sameUserIn(restored, actor), u"casefile.restore"_s, QFileInfo(backupPath).fileName(),
                     {{u"by"_s, actor.login},
                      {u"previousKeptAt"_s, hadFile ? QFileInfo(kept).fileName() : QString()}});
    });
    if (!recorded)
        qCWarning(lcDb) << "the restore could not be recorded:" << recorded.error().message;
    return RestoreOutcome{QFileInfo(backupPath).absoluteFilePath(), hadFile ? kept : QString(), copy->report};
}

} // namespace Relais::Core::Backups
