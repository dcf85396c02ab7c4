// Changes made by another session reach this one by themselves: over LISTEN/NOTIFY on
// PostgreSQL (naming the case, through a lost and regained connection), by watching the file
// on SQLite. Runs on both engines (tst_changefeed_postgres).

#include "casefiletest.h"

#include <QSignalSpy>

using namespace Relais::Core;
using namespace Relais::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

// The cases named by every changedElsewhere() so far, and whether any asked for everything.
struct Arrivals {
    QSet<Id> cases;
    bool everything = false;
};

Arrivals arrivals(const QSignalSpy &spy)
{
    Arrivals out;
    for (const QList<QVariant> &signal : spy) {
        out.cases.unite(signal.at(0).value<QSet<Id>>());
        out.everything = out.everything || signal.at(1).toBool();
    }
    return out;
}

// Whether the case's change reached this session: by name on PostgreSQL, as "reload
// everything" on SQLite, where the file cannot say which case moved.
bool reached(const QSignalSpy &spy, Id caseId, bool byName)
{
    const Arrivals seen = arrivals(spy);
    return byName ? seen.cases.contains(caseId) : seen.everything;
}

} // namespace

class TestChangeFeed final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void anotherSessionsNoteArrives();
    void ownChangesAreNotAnnouncedTwice();
    void handoffMovesArriveWithTheirCase();
    void anotherCaseFileIsNotHeard();
    void reconnectsByItselfAfterTheServerEndsTheSession();
    void unreachableServerIsSaidAndNothingIsLost();
    void writeAfterALostConnectionGoesThrough();

private:
    [[nodiscard]] bool onPostgres() const { return m_world->onPostgres(); }
    [[nodiscard]] qint64 backendPid() { return sqlCount(*m_world, u"SELECT pg_backend_pid()"_s); }
    void endSessions(const QList<qint64> &pids);

    std::unique_ptr<TestWorld> m_world;
    std::unique_ptr<Workspace> m_other; // a second desktop on the same case file
    Case m_case;
};

void TestChangeFeed::init()
{
    qRegisterMetaType<QSet<Id>>();
    m_world = std::make_unique<TestWorld>();
    QVERIFY(m_world->isValid());
    m_case = m_world->openCase(m_world->addClient());
    auto other = Workspace::open(m_world->path(), Database::OpenMode::MustExist);
    RELAIS_VERIFY_OK(other);
    m_other = std::move(*other);
    RELAIS_VERIFY_OK(m_world->ws().changeFeed().start(100));
}

void TestChangeFeed::cleanup()
{
    m_other.reset();
    m_world.reset();
}

void TestChangeFeed::endSessions(const QList<qint64> &pids)
{
    // As a server restart or an administrator would; the other session does it here, for all
    // of them before any check of the feed can run in between.
    for (qint64 pid : pids) {
        auto ended = m_other->database().scalar(u"SELECT pg_terminate_backend(:pid)"_s, {{u":pid"_s, pid}});
        RELAIS_VERIFY_OK(ended);
        QVERIFY(ended->toBool());
    }
    for (qint64 pid : pids)
        QTRY_COMPARE_WITH_TIMEOUT(m_other->database()
                                      .scalar(u"SELECT count(*) FROM pg_stat_activity WHERE pid = :pid"_s,
                                              {{u":pid"_s, pid}})
                                      .value_or(QVariant(-1))
                                      .toInt(),
                                  0, 5000);
}

void TestChangeFeed::anotherSessionsNoteArrives()
{
    ChangeFeed &feed = m_world->ws().changeFeed();
    QSignalSpy changed(&feed, &ChangeFeed::changedElsewhere);
    QSignalSpy appended(&m_world->ws().notifier(), &ChangeNotifier::eventAppended);
    auto gar = m_other->directory().actAs(u"ins.agent"_s);
    RELAIS_VERIFY_OK(gar);
    auto added = m_other->cases().addEvent(*gar, m_case.id, newEvent(EventKind::Note, u"Appel du garage"_s));
    RELAIS_VERIFY_OK(added);

    QTRY_VERIFY_WITH_TIMEOUT(reached(changed, m_case.id, onPostgres()), 3000);
    if (onPostgres()) {
        // Named down to the event, so a timeline can add just that one.
        QCOMPARE(appended.size(), 1);
        QCOMPARE(appended.first().at(0).toLongLong(), m_case.id);
        QCOMPARE(appended.first().at(1).toInt(), added->seq);
        QVERIFY(!arrivals(changed).everything);
    }
    // And this session reads it.
    auto timeline = m_world->ws().cases().timeline(m_world->actor(u"ins.agent"_s), m_case.id, timelinePage(true, 0, 1));
    RELAIS_VERIFY_OK(timeline);
    QCOMPARE(timeline->constFirst().text, u"Appel du garage"_s);
}

void TestChangeFeed::ownChangesAreNotAnnouncedTwice()
{
    QSignalSpy changed(&m_world->ws().changeFeed(), &ChangeFeed::changedElsewhere);
    QSignalSpy appended(&m_world->ws().notifier(), &ChangeNotifier::eventAppended);
    RELAIS_VERIFY_OK(m_world->ws().cases().addEvent(m_world->actor(u"ins.agent"_s), m_case.id,
                                                    newEvent(EventKind::Note, u"Ma propre note"_s)));
    QCOMPARE(appended.size(), 1); // from the service itself
    QTest::qWait(ChangeFeed::gatherMs + 400);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(appended.size(), 1);
}

void TestChangeFeed::handoffMovesArriveWithTheirCase()
{
    QSignalSpy changed(&m_world->ws().changeFeed(), &ChangeFeed::changedElsewhere);
    QSignalSpy handoffs(&m_world->ws().notifier(), &ChangeNotifier::handoffChanged);
    auto ins = m_other->directory().actAs(u"ins.agent"_s);
    RELAIS_VERIFY_OK(ins);
    auto requested = m_other->handoffs().request(*ins, m_case.id, u"GAR"_s, u"Réparer"_s);
    RELAIS_VERIFY_OK(requested);
    QTRY_VERIFY_WITH_TIMEOUT(reached(changed, m_case.id, onPostgres()), 3000);
    if (onPostgres()) {
        QTRY_VERIFY(!handoffs.isEmpty());
        QCOMPARE(handoffs.constLast().at(0).toLongLong(), requested->id);
        QCOMPARE(handoffs.constLast().at(1).toLongLong(), m_case.id);
    }
}

void TestChangeFeed::anotherCaseFileIsNotHeard()
{
    // Another network's case file on the same server (another schema of the same database) or
    // in the same folder: its changes are not this one's.
    QSignalSpy changed(&m_world->ws().changeFeed(), &ChangeFeed::changedElsewhere);
    TestWorld neighbour;
    QVERIFY(neighbour.isValid());
    const Case theirs = neighbour.openCase(neighbour.addClient(u"Autre Client"_s, u"ZZ998877"_s));
    RELAIS_VERIFY_OK(neighbour.ws().cases().addEvent(neighbour.actor(u"ins.agent"_s), theirs.id,
                                                     newEvent(EventKind::Note, u"Pas pour vous"_s)));
    QTest::qWait(ChangeFeed::gatherMs + 500);
    QCOMPARE(changed.size(), 0);
}

void TestChangeFeed::reconnectsByItselfAfterTheServerEndsTheSession()
{
    if (!onPostgres())
        QSKIP("a SQLite file has no connection to lose");
    ChangeFeed &feed = m_world->ws().changeFeed();
    QSignalSpy back(&feed, &ChangeFeed::reconnected);
    QSignalSpy everything(&m_world->ws().notifier(), &ChangeNotifier::everythingChanged);
    const qint64 before = backendPid();
    const qint64 listenerBefore = feed.listenerBackendPid();
    QVERIFY(listenerBefore != 0 && listenerBefore != before);
    endSessions({before, listenerBefore});

    // The next check finds both sessions gone and opens new ones at once.
    QTRY_COMPARE_WITH_TIMEOUT(back.size(), 1, 5000);
    QVERIFY(feed.isConnected());
    QTRY_VERIFY(!everything.isEmpty()); // what was announced meanwhile is reloaded
    QVERIFY(backendPid() != before);
    QVERIFY(feed.listenerBackendPid() != listenerBefore);
    // Once per connection found gone at most (the two may die a check apart).
    QTest::qWait(300);
    QVERIFY(back.size() <= 2);

    // Listening again: the other desktop's next note arrives.
    QSignalSpy changed(&feed, &ChangeFeed::changedElsewhere);
    auto ins = m_other->directory().actAs(u"ins.agent"_s);
    RELAIS_VERIFY_OK(ins);
    RELAIS_VERIFY_OK(m_other->cases().addEvent(*ins, m_case.id, newEvent(EventKind::Note, u"Après coupure"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(reached(changed, m_case.id, true), 3000);
}

void TestChangeFeed::unreachableServerIsSaidAndNothingIsLost()
{
    if (!onPostgres())
        QSKIP("a SQLite file has no connection to lose");
    ChangeFeed &feed = m_world->ws().changeFeed();
    QSignalSpy lost(&feed, &ChangeFeed::connectionLost);
    QSignalSpy back(&feed, &ChangeFeed::reconnected);
    const Actor ins = m_world->actor(u"ins.agent"_s);
    const qint64 events = sqlCount(*m_world, u"SELECT count(*) FROM events"_s);

    // The session ends and the server cannot be reached again (as if it were down): the
    // connection is pointed at a closed port until the server "comes back".
    QSqlDatabase connection = m_world->ws().database().connection();
    const int port = connection.port();
    connection.setPort(1);
    endSessions({backendPid(), feed.listenerBackendPid()});
    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 5000);
    QVERIFY(!feed.isConnected());
    QVERIFY(!lost.first().at(0).toString().isEmpty());

    // A save meanwhile is refused in plain words, not dropped silently; the caller keeps the text.
    auto refused = m_world->ws().cases().addEvent(ins, m_case.id, newEvent(EventKind::Note, u"Pendant la panne"_s));
    RELAIS_VERIFY_ERROR(refused, ErrorCode::Storage);
    QVERIFY2(refused.error().message.contains(u"cannot be reached"_s), qPrintable(refused.error().message));
    QCOMPARE(lost.size(), 1); // said once, not at every check
    // Tried less and less often while away, never more than 20 times the usual wait apart.
    QTRY_VERIFY_WITH_TIMEOUT(feed.checkInterval() >= 800, 3000);
    QVERIFY(feed.checkInterval() <= 2000);

    // The server is back: the feed reconnects by itself and the same save goes through once.
    connection.setPort(port);
    QTRY_COMPARE_WITH_TIMEOUT(back.size(), 1, 5000);
    QVERIFY(feed.isConnected());
    QCOMPARE(feed.checkInterval(), 100);
    RELAIS_VERIFY_OK(m_world->ws().cases().addEvent(ins, m_case.id, newEvent(EventKind::Note, u"Pendant la panne"_s)));
    QCOMPARE(sqlCount(*m_world, u"SELECT count(*) FROM events"_s), events + 1);
}

void TestChangeFeed::writeAfterALostConnectionGoesThrough()
{
    if (!onPostgres())
        QSKIP("a SQLite file has no connection to lose");
    // The connection drops while an agent types; their save is not lost: the write reconnects
    // and runs once.
    const Actor ins = m_world->actor(u"ins.agent"_s);
    endSessions({backendPid()});
    const QString text = u"Note tapée pendant la coupure"_s;
    auto added = m_world->ws().cases().addEvent(ins, m_case.id, newEvent(EventKind::Note, text));
    RELAIS_VERIFY_OK(added);
    QCOMPARE(sqlCount(*m_world, u"SELECT count(*) FROM events WHERE case_id = :case AND text = :text"_s,
                      {{u":case"_s, m_case.id}, {u":text"_s, text}}),
             qint64(1));
    auto report = m_world->ws().verifier().verifyAll();
    RELAIS_VERIFY_OK(report);
    QVERIFY(report->intact());
}

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
