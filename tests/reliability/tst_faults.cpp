// Faults and bad files: a full disk, a folder that vanishes, a read-only file, a file another
// program holds, a file cut short, damaged pages, broken references. Each is refused or reported
// in plain words; nothing committed is lost, and a file that is refused is never modified.

#include "reliabilitytest.h"

#include "casefile/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <unistd.h>

using namespace Relais::Core;
using namespace Relais::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

int notesWith(Database &db, const QString &text)
{
    return db.scalar(u"SELECT count(*) FROM events WHERE text = :text"_s, {{u":text"_s, text}}).value_or(-1).toInt();
}

// A real case file with a few cases, closed and copied to `target` (its WAL folded in).
bool makeCaseFile(const QString &target, int notes = 40)
{
    TestWorld world;
    if (!world.isValid())
        return false;
    const Case record = world.openCase(world.addClient());
    for (int n = 0; n < notes; ++n) {
        NewEvent note;
        note.text = u"Note %1: le dépanneur a rappelé le client pour confirmer l'adresse."_s.arg(n);
        if (!world.ws().cases().addEvent(world.actor(u"ins.agent"_s), record.id, note))
            return false;
    }
    world.close();
    return QDir().mkpath(QFileInfo(target).absolutePath()) && QFile::copy(world.path(), target);
}

} // namespace

class TestFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullDiskRefusesTheChangeAndKeepsTheRest();
    void folderThatVanishesRefusesWritesInWords();
    void readOnlyFileIsRefusedAndUntouched();
    void fileHeldByAnotherProgramIsRefusedAndUntouched();
    void fileCutShortIsRefusedAndUntouched();
    void damagedPagesAreReportedByTheCheck();
    void brokenReferencesAreReportedByTheCheck();
};

void TestFaults::fullDiskRefusesTheChangeAndKeepsTheRest()
{
    TestWorld world;
    QVERIFY(world.isValid());
    const Case record = world.openCase(world.addClient());
    Database &db = world.ws().database();
    const int pages = db.scalar(u"PRAGMA page_count"_s).value_or(0).toInt();
    RELAIS_VERIFY_OK(db.execute(u"PRAGMA max_page_count = %1"_s.arg(pages + 2)));

    QStringList saved;
    QString refusedText;
    Error refusal;
    for (int n = 0; n < 500 && refusedText.isEmpty(); ++n) {
        NewEvent note;
        note.text = u"Note %1 %2"_s.arg(n).arg(u"x"_s.repeated(600));
        auto added = world.ws().cases().addEvent(world.actor(u"ins.agent"_s), record.id, note);
        if (added) {
            saved << note.text;
        } else {
            refusedText = note.text;
            refusal = added.error();
        }
    }
    QVERIFY2(!refusedText.isEmpty(), "the disk never filled up");
    QCOMPARE(refusal.code, ErrorCode::Storage);
    QVERIFY2(refusal.message.contains(u"disk is full"_s), qPrintable(refusal.message));
    QVERIFY2(refusal.message.contains(u"Nothing was changed"_s), qPrintable(refusal.message));
    QCOMPARE(notesWith(db, refusedText), 0);
    for (const QString &text : std::as_const(saved))
        QCOMPARE(notesWith(db, text), 1);
    QStringList problems = caseFileProblems(db);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));

    // Room again: the same change goes through, and the file is still whole after reopening.
    RELAIS_VERIFY_OK(db.execute(u"PRAGMA max_page_count = 1073741823"_s));
    NewEvent again;
    again.text = refusedText;
    RELAIS_VERIFY_OK(world.ws().cases().addEvent(world.actor(u"ins.agent"_s), record.id, again));
    world.reopen();
    QCOMPARE(notesWith(world.ws().database(), refusedText), 1);
    problems = caseFileProblems(world.ws().database());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
}

void TestFaults::folderThatVanishesRefusesWritesInWords()
{
    QTemporaryDir root;
    const QString folder = root.filePath(u"shared-drive"_s);
    const QString path = folder + u"/case-file.sqlite"_s;
    QVERIFY(makeCaseFile(path));
    auto ws = Workspace::open(path, Database::OpenMode::MustExist);
    RELAIS_VERIFY_OK(ws);
    const Actor agent = *(*ws)->directory().actAs(u"ins.agent"_s);
    const Id caseId = (*ws)->database().scalar(u"SELECT min(id) FROM cases"_s).value_or(0).toLongLong();
    NewEvent note;
    note.text = u"written before the drive went away"_s;
    RELAIS_VERIFY_OK((*ws)->cases().addEvent(agent, caseId, note));

    // The folder is renamed under the open file (a drive remounted elsewhere, a colleague tidying).
    const QString moved = root.filePath(u"moved"_s);
    QVERIFY(QDir().rename(folder, moved));
    note.text = u"written after it went away"_s;
    auto refused = (*ws)->cases().addEvent(agent, caseId, note);
    RELAIS_VERIFY_ERROR(refused, ErrorCode::Storage);
    QVERIFY2(refused.error().message.contains(u"no longer there"_s), qPrintable(refused.error().message));
    ws->reset();

    // Where it is now, the file holds everything acknowledged, and nothing refused.
    auto there = Workspace::open(moved + u"/case-file.sqlite"_s, Database::OpenMode::MustExist);
    RELAIS_VERIFY_OK(there);
    QCOMPARE(notesWith((*there)->database(), u"written before the drive went away"_s), 1);
    QCOMPARE(notesWith((*there)->database(), u"written after it went away"_s), 0);
    const QStringList problems = caseFileProblems((*there)->database());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));

    // Deleted outright: refused the same way.
    auto reopened = Workspace::open(moved + u"/case-file.sqlite"_s, Database::OpenMode::MustExist);
    RELAIS_VERIFY_OK(reopened);
    QVERIFY(QDir(moved).removeRecursively());
    auto gone = (*reopened)->cases().addEvent(agent, caseId, note);
    RELAIS_VERIFY_ERROR(gone, ErrorCode::Storage);
    QVERIFY2(gone.error().message.contains(u"no longer there"_s), qPrintable(gone.error().message));
}

// Permissions do not bind root, so as root relais-cli runs as `nobody` (setpriv, util-linux).
void TestFaults::readOnlyFileIsRefusedAndUntouched()
{
    QTemporaryDir root;
    const QString folder = root.filePath(u"archive"_s);
    const QString path = folder + u"/case-file.sqlite"_s;
    QVERIFY(makeCaseFile(path));
    QVERIFY(QFile::setPermissions(root.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                   | QFileDevice::ReadOther | QFileDevice::ExeOther));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                              | QFileDevice::ExeOther));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadOther));
    const auto writableAgain = qScopeGuard([&] {
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    });
    const QByteArray before = fileDigest(path);
    const QStringList entriesBefore = entries(folder);

    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"RELAIS_PASSWORD"_s, u"unused"_s);
    cli.setProcessEnvironment(env);
    const QStringList args{u"note"_s, u"add"_s, u"REL-2026-000001"_s, u"--text"_s, u"never saved"_s,
                           u"--as"_s, u"ins.agent"_s, u"--db"_s, path};
    if (::geteuid() == 0)
        cli.start(u"setpriv"_s, QStringList{u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s,
                                            QStringLiteral(RELAIS_CLI)} + args);
    else
        cli.start(QStringLiteral(RELAIS_CLI), args);
    QVERIFY(cli.waitForFinished(30000));
    const QString message = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(cli.exitCode() != 0, qPrintable(message));
    QVERIFY2(message.contains(u"read-only"_s), qPrintable(message));
    QCOMPARE(fileDigest(path), before);
    QCOMPARE(entries(folder), entriesBefore);
}

// A program holding the file in exclusive locking mode (a sync tool, another app's database
// browser): refused with a message that says so, after a bounded wait, and not modified.
void TestFaults::fileHeldByAnotherProgramIsRefusedAndUntouched()
{
    const int savedTimeout = Database::sqliteBusyTimeoutMs;
    Database::sqliteBusyTimeoutMs = 300;
    const auto restoreTimeout = qScopeGuard([&] { Database::sqliteBusyTimeoutMs = savedTimeout; });
    QTemporaryDir root;
    const QString path = root.filePath(u"case-file.sqlite"_s);
    QVERIFY(makeCaseFile(path));

    QSemaphore held;
    QSemaphore done;
    std::unique_ptr<QThread> holder(QThread::create([&] {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-program"_s);
            db.setDatabaseName(path);
            db.open();
            QSqlQuery query(db);
            query.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s);
            query.exec(u"BEGIN EXCLUSIVE"_s);
            held.release();
            done.acquire();
            query.exec(u"ROLLBACK"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"other-program"_s);
    }));
    holder->start();
    held.acquire();
    const QByteArray before = fileDigest(path);
    auto refused = Workspace::open(path, Database::OpenMode::MustExist);
    done.release();
    holder->wait();
    QVERIFY2(!refused, "a file held by another program was opened");
    QVERIFY2(refused.error().message.contains(u"locked"_s), qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(u"untouched"_s), qPrintable(refused.error().message));
    QCOMPARE(fileDigest(path), before);
    // Once the other program lets go, it opens as ever.
    RELAIS_VERIFY_OK(Workspace::open(path, Database::OpenMode::MustExist));
}

void TestFaults::fileCutShortIsRefusedAndUntouched()
{
    QTemporaryDir root;
    const QString path = root.filePath(u"case-file.sqlite"_s);
    QVERIFY(makeCaseFile(path, 200));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8 * 4096);
        QVERIFY(file.resize(file.size() / 2)); // a copy that stopped half-way
    }
    const QByteArray before = fileDigest(path);
    const QStringList entriesBefore = entries(root.path());
    auto refused = Workspace::open(path, Database::OpenMode::MustExist);
    RELAIS_VERIFY_ERROR(refused, ErrorCode::Invalid);
    QVERIFY2(refused.error().message.contains(u"cut short"_s), qPrintable(refused.error().message));
    QCOMPARE(fileDigest(path), before);
    QCOMPARE(entries(root.path()), entriesBefore);
}

// Bytes overwritten in the middle of the file (a failing disk): the file may still open, but
// the check names the damage instead of calling it intact.
void TestFaults::damagedPagesAreReportedByTheCheck()
{
    QTemporaryDir root;
    const QString path = root.filePath(u"case-file.sqlite"_s);
    QVERIFY(makeCaseFile(path, 300));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pages = file.size() / 4096;
        // The last pages hold the newest rows and index entries; the schema, written first, is
        // left readable so that the file opens and the check is what finds the damage.
        for (qint64 page = pages - pages / 4; page < pages; page += 2) {
            QVERIFY(file.seek(page * 4096 + 100));
            QVERIFY(file.write(QByteArray(64, '\xA5')) == 64);
        }
    }
    auto opened = Workspace::open(path, Database::OpenMode::MustExist);
    RELAIS_VERIFY_OK(opened);
    auto report = CaseFileCheck((*opened)->database()).run(CaseFileCheck::Depth::Full);
    RELAIS_VERIFY_OK(report);
    QVERIFY2(!report->intact(), "damaged pages were called intact");
    QVERIFY(!report->pageProblems.isEmpty());
    auto quick = CaseFileCheck((*opened)->database()).run(CaseFileCheck::Depth::Quick);
    RELAIS_VERIFY_OK(quick);
    QVERIFY2(!quick->intact(), "the quick check at start missed the damage");
}

void TestFaults::brokenReferencesAreReportedByTheCheck()
{
    TestWorld world;
    QVERIFY(world.isValid());
    (void)world.openCase(world.addClient());
    const QString path = world.path();
    world.close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"editor"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA foreign_keys = OFF"_s)); // as another program would
        QVERIFY(query.exec(u"UPDATE cases SET client_id = 999999"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"editor"_s);
    auto opened = Workspace::open(path, Database::OpenMode::MustExist);
    RELAIS_VERIFY_OK(opened);
    auto report = CaseFileCheck((*opened)->database()).run(CaseFileCheck::Depth::Full);
    RELAIS_VERIFY_OK(report);
    QVERIFY(!report->intact());
    QVERIFY(!report->referenceProblems.isEmpty());
    QVERIFY2(report->referenceProblems.constFirst().contains(u"cases"_s) &&
                 report->referenceProblems.constFirst().contains(u"clients"_s),
             qPrintable(report->referenceProblems.constFirst()));
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
