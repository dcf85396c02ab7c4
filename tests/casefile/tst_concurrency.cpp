// Many agents at once on one case file, each on a connection of its own in a thread of its own,
// as several desktops on one server (or one SQLite file) would be: no update is ever lost,
// every refused edit is told why, and each contested handoff moves exactly once.
//
// Runs on SQLite and, as tst_concurrency_postgres, on the test PostgreSQL server, where the
// losers meet real serialization failures that Database::write retries.

#include "casefiletest.h"

#include <QJsonDocument>
#include <QSemaphore>
#include <QThread>

#include <functional>
#include <mutex>

using namespace Relais::Core;
using namespace Relais::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

// One agent's desktop: a workspace opened in its own thread, acting as one user.
using AgentWork = std::function<void(Workspace &ws, const Actor &actor)>;

// Runs each work item in a thread of its own, all released together.
void runTogether(const QString &location, const QList<std::pair<QString, AgentWork>> &agents)
{
    QSemaphore ready;
    QSemaphore go;
    QList<QThread *> threads;
    for (const auto &[login, work] : agents) {
        threads.append(QThread::create([&, login, work] {
            auto opened = Workspace::open(location, Database::OpenMode::MustExist);
            auto actor = opened ? (*opened)->directory().actAs(login) : Result<Actor>(std::unexpected(opened.error()));
            ready.release();
            go.acquire();
            if (!opened || !actor) {
                qWarning("agent %s could not start: %s", qPrintable(login),
                         qPrintable(opened ? actor.error().message : opened.error().message));
                return;
            }
            work(**opened, *actor);
        }));
        threads.constLast()->start();
    }
    ready.acquire(int(agents.size()));
    go.release(int(agents.size()));
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
}

} // namespace

class TestConcurrency final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_world.reset(); }

    void summaryEditsNeverLoseAnUpdate();
    void eachContestedHandoffMovesExactlyOnce();
    void parallelNotesAllLandInOneUnbrokenChain();
    void parallelNewCasesGetDistinctReferences();

private:
    std::unique_ptr<TestWorld> m_world;
    Case m_case;
};

void TestConcurrency::init()
{
    m_world = std::make_unique<TestWorld>();
    QVERIFY(m_world->isValid());
    TestWorld &w = *m_world;
    // A second desk at each of the two busy agencies.
    for (const auto &[login, agency] : {std::pair{u"ins.agent2"_s, u"INS"_s}, std::pair{u"gar.agent2"_s, u"GAR"_s}})
        RELAIS_VERIFY_OK(w.ws().directory().addUser(Actor::localConsole(), login, agency, Role::Agent, login));
    m_case = w.openCase(w.addClient());
    RELAIS_VERIFY_OK(w.ws().handoffs().request(w.actor(u"ins.agent"_s), m_case.id, u"GAR"_s, u"Expertiser"_s));
}

void TestConcurrency::summaryEditsNeverLoseAnUpdate()
{
    // Four agents of two agencies each save the summary 8 times, each save against the
    // version they last read. A save is either kept (and on the timeline) or refused as a
    // conflict with the other's text; nothing else.
    constexpr int rounds = 8;
    struct Outcome {
        QStringList saved;   // texts whose save was accepted
        int conflicts = 0;
        QStringList otherErrors;
    };
    std::mutex lock;
    Outcome outcome;
    const Id caseId = m_case.id;
    QList<std::pair<QString, AgentWork>> agents;
    for (const QString &login : {u"ins.agent"_s, u"ins.agent2"_s, u"gar.agent"_s, u"gar.agent2"_s}) {
        agents.append({login, [&, login](Workspace &ws, const Actor &actor) {
            for (int round = 0; round < rounds; ++round) {
                auto current = ws.cases().caseById(actor, caseId);
                if (!current) {
                    std::scoped_lock guard(lock);
                    outcome.otherErrors << current.error().message;
                    continue;
                }
                Summary mine = current->summary;
                mine.situation = u"%1, round %2"_s.arg(login).arg(round);
                auto saved = ws.cases().setSummary(actor, caseId, mine, current->summary.version);
                std::scoped_lock guard(lock);
                if (saved)
                    outcome.saved << mine.situation;
                else if (saved.error().code == ErrorCode::Conflict && saved.error().message.contains(u"Their version"_s))
                    ++outcome.conflicts;
                else
                    outcome.otherErrors << saved.error().message;
            }
        }});
    }
    runTogether(m_world->path(), agents);

    QVERIFY2(outcome.otherErrors.isEmpty(), qPrintable(outcome.otherErrors.join(u'\n')));
    QCOMPARE(int(outcome.saved.size()) + outcome.conflicts, 4 * rounds);
    QVERIFY(!outcome.saved.isEmpty());
    // Every accepted save is a version and an event, in one unbroken sequence of versions.
    TestWorld &w = *m_world;
    QCOMPARE(sqlCount(w, u"SELECT summary_version FROM cases WHERE id = :case"_s, {{u":case"_s, caseId}}),
             qint64(outcome.saved.size()));
    auto updates = w.ws().database().select(u"SELECT payload FROM events WHERE case_id = :case AND kind = "
                                            "'summary-update' ORDER BY seq"_s, {{u":case"_s, caseId}});
    RELAIS_VERIFY_OK(updates);
    QStringList onTimeline;
    int expectedVersion = 0;
    for (const QSqlRecord &row : *updates) {
        const QJsonObject payload = QJsonDocument::fromJson(row.value(0).toString().toUtf8()).object();
        QCOMPARE(payload.value(u"version"_s).toInt(), ++expectedVersion);
        onTimeline << payload.value(u"situation"_s).toString();
    }
    QStringList saved = outcome.saved;
    saved.sort();
    onTimeline.sort();
    QCOMPARE(onTimeline, saved);
    auto report = w.ws().verifier().verifyAll();
    RELAIS_VERIFY_OK(report);
    QVERIFY(report->intact());
}

void TestConcurrency::eachContestedHandoffMovesExactlyOnce()
{
    // Six handoffs; on each, two desks of the garage act in the same instant, one accepting,
    // the other declining. Exactly one wins; the other hears what happened instead.
    TestWorld &w = *m_world;
    QList<Id> handoffIds;
    for (int i = 0; i < 6; ++i) {
        auto requested = w.ws().handoffs().request(w.actor(u"ins.agent"_s), m_case.id, u"GAR"_s,
                                                   u"Pièce %1"_s.arg(i));
        RELAIS_VERIFY_OK(requested);
        handoffIds << requested->id;
    }
    std::mutex lock;
    QHash<Id, int> wins;
    QStringList refusals;
    QStringList otherErrors;
    auto contest = [&](HandoffStatus target) {
        return [&, target](Workspace &ws, const Actor &actor) {
            for (Id id : handoffIds) {
                TransitionDetails details;
                if (target == HandoffStatus::Rejected)
                    details.reason = u"Pas de pièce en stock"_s;
                auto moved = ws.handoffs().transition(actor, id, target, details);
                std::scoped_lock guard(lock);
                if (moved)
                    ++wins[id];
                else if (moved.error().code == ErrorCode::Invalid || moved.error().code == ErrorCode::Conflict)
                    refusals << moved.error().message;
                else
                    otherErrors << moved.error().message;
            }
        };
    };
    runTogether(w.path(), {{u"gar.agent"_s, contest(HandoffStatus::Accepted)},
                           {u"gar.agent2"_s, contest(HandoffStatus::Rejected)}});

    QVERIFY2(otherErrors.isEmpty(), qPrintable(otherErrors.join(u'\n')));
    QCOMPARE(int(refusals.size()), int(handoffIds.size()));
    for (const QString &why : std::as_const(refusals))
        QVERIFY2(why.contains(u"accepted"_s) || why.contains(u"rejected"_s) || why.contains(u"declined"_s),
                 qPrintable(why));
    // One status change on the timeline per handoff, never two.
    auto moves = w.ws().database().select(u"SELECT payload FROM events WHERE case_id = :case AND kind = 'handoff'"_s,
                                          {{u":case"_s, m_case.id}});
    RELAIS_VERIFY_OK(moves);
    QHash<Id, int> movesOnTimeline;
    for (const QSqlRecord &row : *moves) {
        const QJsonObject payload = QJsonDocument::fromJson(row.value(0).toString().toUtf8()).object();
        if (payload.contains(u"previousStatus"_s))
            ++movesOnTimeline[payload.value(u"handoffId"_s).toInteger()];
    }
    for (Id id : std::as_const(handoffIds)) {
        QCOMPARE(wins.value(id), 1);
        QCOMPARE(movesOnTimeline.value(id), 1);
    }
}

void TestConcurrency::parallelNotesAllLandInOneUnbrokenChain()
{
    constexpr int perAgent = 12;
    std::mutex lock;
    int written = 0;
    QStringList errors;
    QList<std::pair<QString, AgentWork>> agents;
    for (const QString &login : {u"ins.agent"_s, u"ins.agent2"_s, u"gar.agent"_s, u"gar.agent2"_s}) {
        agents.append({login, [&, login](Workspace &ws, const Actor &actor) {
            for (int i = 0; i < perAgent; ++i) {
                auto added = ws.cases().addEvent(actor, m_case.id,
                                                 newEvent(EventKind::Note, u"%1 note %2"_s.arg(login).arg(i)));
                std::scoped_lock guard(lock);
                if (added)
                    ++written;
                else
                    errors << added.error().message;
            }
        }});
    }
    const qint64 before = sqlCount(*m_world, u"SELECT count(*) FROM events WHERE case_id = :case"_s,
                                   {{u":case"_s, m_case.id}});
    runTogether(m_world->path(), agents);

    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(written, 4 * perAgent);
    TestWorld &w = *m_world;
    QCOMPARE(sqlCount(w, u"SELECT count(*) FROM events WHERE case_id = :case"_s, {{u":case"_s, m_case.id}}),
             before + written);
    // Sequence numbers 1..n without a gap or a repeat, and the chain links them all.
    QCOMPARE(sqlCount(w, u"SELECT max(seq) FROM events WHERE case_id = :case"_s, {{u":case"_s, m_case.id}}),
             before + written);
    QCOMPARE(sqlCount(w, u"SELECT event_count FROM cases WHERE id = :case"_s, {{u":case"_s, m_case.id}}),
             before + written);
    auto report = w.ws().verifier().verifyAll();
    RELAIS_VERIFY_OK(report);
    QVERIFY(report->intact());
}

void TestConcurrency::parallelNewCasesGetDistinctReferences()
{
    TestWorld &w = *m_world;
    const Id clientId = m_case.clientId;
    std::mutex lock;
    QStringList references;
    QStringList errors;
    QList<std::pair<QString, AgentWork>> agents;
    for (const QString &login : {u"ins.agent"_s, u"ins.agent2"_s, u"ins.super"_s}) {
        agents.append({login, [&](Workspace &ws, const Actor &actor) {
            for (int i = 0; i < 6; ++i) {
                auto opened = ws.cases().openCase(actor, clientId, u"Dossier parallèle"_s);
                std::scoped_lock guard(lock);
                if (opened)
                    references << opened->reference;
                else
                    errors << opened.error().message;
            }
        }});
    }
    runTogether(w.path(), agents);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(references.size(), 18);
    QCOMPARE(QSet<QString>(references.cbegin(), references.cend()).size(), 18);
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
