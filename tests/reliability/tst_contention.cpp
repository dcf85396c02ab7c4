// Contention: several processes and a thread of this one write the same SQLite file at once.
// No "database is locked" reaches anyone, and no operation is lost.

#include "ledger.h"
#include "reliabilitytest.h"

#include "casefile/workspace.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSemaphore>
#include <QThread>

#include <memory>

using namespace Relais::Core;
using namespace Relais::Test;
using namespace Qt::Literals::StringLiterals;

class TestContention final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void processesAndThreadsWritingAtOnceLoseNothing();
    void writerWaitsForALockHeldBriefly();
    void lockHeldTooLongGivesAClearMessageAndChangesNothing();
};

void TestContention::processesAndThreadsWritingAtOnceLoseNothing()
{
    TestWorld world;
    QVERIFY(world.isValid());
    (void)world.openCase(world.addClient());
    const QString path = world.path();
    world.close();

    const int processes = longRun() ? 8 : 4;
    const int ops = longRun() ? 400 : 60;
    std::vector<std::unique_ptr<QProcess>> workers;
    for (int w = 0; w < processes; ++w) {
        workers.push_back(std::make_unique<QProcess>());
        QVERIFY(startWorker(*workers.back(), path, u"C%1"_s.arg(w), quint32(w + 1), ops, true));
    }
    // The app's own threads write too: one more desk, in a thread of this process.
    QStringList threadProblems;
    int threadNotes = 0;
    std::unique_ptr<QThread> desk(QThread::create([&] {
        auto ws = Workspace::open(path, Database::OpenMode::MustExist);
        if (!ws) {
            threadProblems << ws.error().message;
            return;
        }
        auto actor = (*ws)->directory().actAs(u"ins.agent"_s);
        const Id caseId = (*ws)->database().scalar(u"SELECT min(id) FROM cases"_s).value_or(QVariant()).toLongLong();
        for (int n = 1; n <= ops && actor; ++n) {
            NewEvent note;
            note.text = u"thread note %1"_s.arg(n);
            if (auto added = (*ws)->cases().addEvent(*actor, caseId, note); added)
                ++threadNotes;
            else
                threadProblems << added.error().message;
        }
    }));
    QElapsedTimer clock;
    clock.start();
    for (auto &worker : workers)
        worker->write("GO\n");
    desk->start();
    Ledger ledger;
    for (auto &worker : workers) {
        QVERIFY(worker->waitForFinished(240000));
        QCOMPARE(worker->exitStatus(), QProcess::NormalExit);
        QVERIFY2(worker->exitCode() == 0, worker->readAllStandardError().constData());
        ledger.read(worker->readAllStandardOutput());
    }
    desk->wait();
    const double seconds = double(clock.elapsed()) / 1000.0;

    QVERIFY2(threadProblems.isEmpty(), qPrintable(threadProblems.join(u"; "_s)));
    QCOMPARE(threadNotes, ops);
    // Only a handoff two garages' desks both tried to receive may be refused, and never for a lock.
    for (const QString &refusal : ledger.refusals()) {
        QVERIFY2(refusal.contains(u" receive "_s), qPrintable(refusal));
        QVERIFY2(!refusal.contains(u"busy"_s) && !refusal.contains(u"locked"_s), qPrintable(refusal));
    }
    auto ws = Workspace::open(path, Database::OpenMode::MustExist);
    RELAIS_VERIFY_OK(ws);
    const QStringList problems = ledger.check((*ws)->database()) + caseFileProblems((*ws)->database());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    const int threadRows = (*ws)->database().scalar(u"SELECT count(*) FROM events WHERE text GLOB 'thread note *'"_s)
                               .value_or(QVariant()).toInt();
    QCOMPARE(threadRows, ops);
    qInfo("%d processes and 1 thread, %d operations acknowledged and kept, in %.1f s (%.0f writes/s)",
          processes, ledger.acknowledged + threadNotes, seconds, (ledger.acknowledged + threadNotes) / seconds);
}

namespace {

// Another program's connection to the file, holding its write lock from construction until
// release() (or the end of its life).
class LockHolder
{
public:
    explicit LockHolder(const QString &path) : m_name(u"lock-holder-%1"_s.arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        m_holding = db.open() && QSqlQuery(db).exec(u"BEGIN IMMEDIATE"_s);
    }
    ~LockHolder()
    {
        release();
        QSqlDatabase::removeDatabase(m_name);
    }
    [[nodiscard]] bool holding() const { return m_holding; }
    void release()
    {
        if (m_holding)
            QSqlQuery(QSqlDatabase::database(m_name)).exec(u"COMMIT"_s);
        m_holding = false;
        QSqlDatabase::database(m_name).close();
    }

private:
    QString m_name;
    bool m_holding = false;
};

} // namespace

// Another program holding the write lock for a moment is waited for, not reported.
void TestContention::writerWaitsForALockHeldBriefly()
{
    TestWorld world;
    QVERIFY(world.isValid());
    const Case record = world.openCase(world.addClient());
    // Held in another thread for a second, as another desk's long write would be.
    QSemaphore held;
    bool holding = false;
    std::unique_ptr<QThread> holderThread(QThread::create([&] {
        LockHolder holder(world.path());
        holding = holder.holding();
        held.release();
        QThread::msleep(1000);
    }));
    holderThread->start();
    held.acquire();
    QVERIFY(holding);
    QElapsedTimer waited;
    waited.start();
    NewEvent note;
    note.text = u"written once the lock was free"_s;
    auto added = world.ws().cases().addEvent(world.actor(u"ins.agent"_s), record.id, note);
    RELAIS_VERIFY_OK(added);
    QVERIFY2(waited.elapsed() >= 900, "the write did not wait for the lock: the test holds none");
    holderThread->wait();
}

// A lock held past every attempt: the person is told in words, and nothing is half-saved.
void TestContention::lockHeldTooLongGivesAClearMessageAndChangesNothing()
{
    const int savedTimeout = Database::sqliteBusyTimeoutMs;
    Database::sqliteBusyTimeoutMs = 300;
    const auto restoreTimeout = qScopeGuard([&] { Database::sqliteBusyTimeoutMs = savedTimeout; });
    TestWorld world;
    QVERIFY(world.isValid());
    const Case record = world.openCase(world.addClient());
    const int eventsBefore = world.ws().database().scalar(u"SELECT count(*) FROM events"_s).value_or(0).toInt();
    world.reopen(); // with the short timeout

    LockHolder holder(world.path());
    QVERIFY(holder.holding());
    QElapsedTimer waited;
    waited.start();
    NewEvent note;
    note.text = u"never saved"_s;
    auto added = world.ws().cases().addEvent(world.actor(u"ins.agent"_s), record.id, note);
    RELAIS_VERIFY_ERROR(added, ErrorCode::Storage);
    QVERIFY2(added.error().message.contains(u"busy"_s), qPrintable(added.error().message));
    QVERIFY2(!added.error().message.contains(u"database is locked"_s), qPrintable(added.error().message));
    // Every attempt waited its busy timeout: bounded, and more than one attempt was made.
    QVERIFY2(waited.elapsed() >= Database::maxSqliteWriteAttempts * 300, qPrintable(QString::number(waited.elapsed())));
    QVERIFY2(waited.elapsed() < 5000, qPrintable(QString::number(waited.elapsed())));
    holder.release();
    QCOMPARE(world.ws().database().scalar(u"SELECT count(*) FROM events"_s).value_or(0).toInt(), eventsBefore);
    RELAIS_VERIFY_OK(world.ws().cases().addEvent(world.actor(u"ins.agent"_s), record.id, note));
}

QTEST_GUILESS_MAIN(TestContention)
#include "tst_contention.moc"
