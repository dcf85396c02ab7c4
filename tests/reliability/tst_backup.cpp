// Backups: taken while other desks write, whole and checked; restored only after every check,
// keeping the case file as it was; refused with the reason when the backup is not fit.

#include "reliabilitytest.h"

#include "backup/autobackup.h"
#include "backup/backup.h"
#include "casefile/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Relais::Core;
using namespace Relais::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

int count(Database &db, const QString &sql)
{
    return db.scalar(sql).value_or(-1).toInt();
}

} // namespace

class TestBackup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backupWhileOthersWriteIsConsistent();
    void backupNeverReplacesAFile();
    void restorePutsTheBackupBackAndKeepsTheOldFile();
    void restoreReachesDesksThatHaveTheFileOpen();
    void restoreReplacesAMissingOrUnreadableFile();
    void damagedBackupIsRefusedAndNothingChanges();
    void postgresCaseFileIsLeftToTheServersTools();
    void automaticBackupsAreDailyAndRotate();
};

void TestBackup::backupWhileOthersWriteIsConsistent()
{
    TestWorld world;
    QVERIFY(world.isValid());
    (void)world.openCase(world.addClient());
    QTemporaryDir folder;
    // Two desks write without pause while backups are taken.
    QProcess a;
    QProcess b;
    QVERIFY(startWorker(a, world.path(), u"T1"_s, 1, 0));
    QVERIFY(startWorker(b, world.path(), u"T2"_s, 2, 0));
    QList<int> eventCounts;
    for (int n = 0; n < 5; ++n) {
        const QString target = folder.filePath(u"backup-%1.sqlite"_s.arg(n));
        auto made = Backups::make(world.ws().database(), target);
        RELAIS_VERIFY_OK(made);
        QVERIFY(made->bytes > 0);
        auto check = Backups::verify(target);
        RELAIS_VERIFY_OK(check);
        QVERIFY(check->intact());
        auto copy = Database::openSqlite(target, Database::OpenMode::MustExist);
        RELAIS_VERIFY_OK(copy);
        eventCounts << count(**copy, u"SELECT count(*) FROM events"_s);
    }
    a.kill();
    b.kill();
    a.waitForFinished();
    b.waitForFinished();
    // The desks were writing: later backups hold more.
    QVERIFY2(eventCounts.constLast() > eventCounts.constFirst(), qPrintable(QString::number(eventCounts.constLast())));
    // No half-written file is left behind.
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).size(), 5);
}

void TestBackup::backupNeverReplacesAFile()
{
    TestWorld world;
    QVERIFY(world.isValid());
    QTemporaryDir folder;
    const QString target = folder.filePath(u"precious.sqlite"_s);
    {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("somebody's file");
    }
    auto made = Backups::make(world.ws().database(), target);
    RELAIS_VERIFY_ERROR(made, ErrorCode::Conflict);
    QCOMPARE(fileDigest(target), QCryptographicHash::hash("somebody's file", QCryptographicHash::Sha256).toHex());
    auto nowhere = Backups::make(world.ws().database(), folder.filePath(u"no/such/folder/b.sqlite"_s));
    RELAIS_VERIFY_ERROR(nowhere, ErrorCode::NotFound);
}

void TestBackup::restorePutsTheBackupBackAndKeepsTheOldFile()
{
    TestWorld world;
    QVERIFY(world.isValid());
    const Case record = world.openCase(world.addClient());
    QTemporaryDir folder;
    const QString backup = folder.filePath(u"monday.sqlite"_s);
    RELAIS_VERIFY_OK(Backups::make(world.ws().database(), backup));
    const int eventsAtBackup = count(world.ws().database(), u"SELECT count(*) FROM events"_s);
    NewEvent note;
    note.text = u"written after the backup"_s;
    RELAIS_VERIFY_OK(world.ws().cases().addEvent(world.actor(u"ins.agent"_s), record.id, note));
    const QString live = world.path();
    const Actor admin = world.actor(u"net.admin"_s);
    world.close();

    auto restored = Backups::restore(live, backup, admin);
    RELAIS_VERIFY_OK(restored);
    QVERIFY(restored->check.intact());
    QVERIFY(QFileInfo::exists(restored->previousKeptAt));
    world.reopen();
    QCOMPARE(count(world.ws().database(), u"SELECT count(*) FROM events"_s), eventsAtBackup);
    // The file as it was keeps the note written after the backup.
    auto kept = Database::openSqlite(restored->previousKeptAt, Database::OpenMode::MustExist);
    RELAIS_VERIFY_OK(kept);
    QCOMPARE(count(**kept, u"SELECT count(*) FROM events WHERE text = 'written after the backup'"_s), 1);
    // The restore is in the restored file's access log, under the admin's name.
    QCOMPARE(count(world.ws().database(), u"SELECT count(*) FROM audit_log WHERE action = 'casefile.restore' "
                                          "AND user_id IS NOT NULL"_s), 1);
}

void TestBackup::restoreReachesDesksThatHaveTheFileOpen()
{
    TestWorld world;
    QVERIFY(world.isValid());
    const Case record = world.openCase(world.addClient());
    QTemporaryDir folder;
    const QString backup = folder.filePath(u"before.sqlite"_s);
    RELAIS_VERIFY_OK(Backups::make(world.ws().database(), backup));
    NewEvent note;
    note.text = u"to be undone"_s;
    RELAIS_VERIFY_OK(world.ws().cases().addEvent(world.actor(u"ins.agent"_s), record.id, note));
    // The world's workspace stays open, as another desk would.
    RELAIS_VERIFY_OK(Backups::restore(world.path(), backup, world.actor(u"net.admin"_s)));
    QCOMPARE(count(world.ws().database(), u"SELECT count(*) FROM events WHERE text = 'to be undone'"_s), 0);
    // And it keeps working on the restored file.
    RELAIS_VERIFY_OK(world.ws().cases().addEvent(world.actor(u"ins.agent"_s), record.id, note));
    const QStringList problems = caseFileProblems(world.ws().database());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
}

void TestBackup::restoreReplacesAMissingOrUnreadableFile()
{
    TestWorld world;
    QVERIFY(world.isValid());
    (void)world.openCase(world.addClient());
    QTemporaryDir folder;
    const QString backup = folder.filePath(u"last-night.sqlite"_s);
    RELAIS_VERIFY_OK(Backups::make(world.ws().database(), backup));
    const Actor admin = world.actor(u"net.admin"_s);
    const QString live = folder.filePath(u"case-file.sqlite"_s);

    // Missing: the backup is copied in.
    auto restored = Backups::restore(live, backup, admin);
    RELAIS_VERIFY_OK(restored);
    QVERIFY(restored->previousKeptAt.isEmpty());
    RELAIS_VERIFY_OK(Workspace::open(live, Database::OpenMode::MustExist));

    // Unreadable: set aside whole, byte for byte, and the backup copied in.
    {
        QFile file(live);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("SQLite format 3\0 and then garbage", 33);
    }
    const QByteArray damaged = fileDigest(live);
    restored = Backups::restore(live, backup, admin);
    RELAIS_VERIFY_OK(restored);
    QCOMPARE(fileDigest(restored->previousKeptAt), damaged);
    auto reopened = Workspace::open(live, Database::OpenMode::MustExist);
    RELAIS_VERIFY_OK(reopened);
    const QStringList problems = caseFileProblems((*reopened)->database());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
}

void TestBackup::damagedBackupIsRefusedAndNothingChanges()
{
    TestWorld world;
    QVERIFY(world.isValid());
    (void)world.openCase(world.addClient());
    QTemporaryDir folder;
    const QString backup = folder.filePath(u"tampered.sqlite"_s);
    RELAIS_VERIFY_OK(Backups::make(world.ws().database(), backup));
    {
        // An event rewritten in the backup behind Relais's back.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"editor"_s);
        db.setDatabaseName(backup);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"DROP TRIGGER events_are_append_only_update"_s));
        QVERIFY(query.exec(u"UPDATE events SET text = 'rewritten' WHERE seq = 1"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"editor"_s);
    const QString live = world.path();
    world.close();
    const QByteArray liveBefore = fileDigest(live);
    const QByteArray backupBefore = fileDigest(backup);
    const QStringList entriesBefore = QDir(QFileInfo(live).path()).entryList(QDir::Files);

    auto refused = Backups::restore(live, backup, Actor::localConsole());
    RELAIS_VERIFY_ERROR(refused, ErrorCode::Invalid);
    QVERIFY2(refused.error().message.contains(u"damaged"_s), qPrintable(refused.error().message));
    QCOMPARE(fileDigest(live), liveBefore);
    QCOMPARE(fileDigest(backup), backupBefore);
    QCOMPARE(QDir(QFileInfo(live).path()).entryList(QDir::Files), entriesBefore);

    // Not a case file at all, or from a newer Relais: refused the same way.
    const QString notes = folder.filePath(u"notes.sqlite"_s);
    {
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database");
    }
    RELAIS_VERIFY_ERROR(Backups::restore(live, notes, Actor::localConsole()), ErrorCode::Invalid);
    QCOMPARE(fileDigest(live), liveBefore);
}

void TestBackup::postgresCaseFileIsLeftToTheServersTools()
{
    auto restored = Backups::restore(u"postgresql://relais@127.0.0.1:1/relais"_s, u"/tmp/x.sqlite"_s,
                                     Actor::localConsole());
    RELAIS_VERIFY_ERROR(restored, ErrorCode::Invalid);
    QVERIFY2(restored.error().message.contains(u"pg_restore"_s), qPrintable(restored.error().message));
}

void TestBackup::automaticBackupsAreDailyAndRotate()
{
    TestWorld world;
    QVERIFY(world.isValid());
    (void)world.openCase(world.addClient());
    AutoBackups backups(world.path());
    QVERIFY(backups.folder().startsWith(QFileInfo(world.path()).absolutePath()));
    const QDateTime monday(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::utc());
    QVERIFY(backups.isDue(monday));
    auto first = backups.runIfDue(monday, 2);
    RELAIS_VERIFY_OK(first);
    QVERIFY(first->has_value());
    // Not again the same day.
    auto again = backups.runIfDue(monday.addSecs(3 * 3600), 2);
    RELAIS_VERIFY_OK(again);
    QVERIFY(!again->has_value());
    RELAIS_VERIFY_OK(backups.runIfDue(monday.addDays(1), 2));
    RELAIS_VERIFY_OK(backups.runIfDue(monday.addDays(2), 2));
    const QList<BackupFile> kept = backups.list();
    QCOMPARE(kept.size(), 2);
    QCOMPARE(kept.at(0).madeAt, monday.addDays(2));
    QCOMPARE(kept.at(1).madeAt, monday.addDays(1));
    // Each is a whole case file that passes the restore's checks.
    for (const BackupFile &backup : kept)
        RELAIS_VERIFY_OK(Backups::verify(backup.path));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
