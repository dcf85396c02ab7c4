// The authorisation policy, exhaustively: every standing (console, agent, supervisor, network
// supervisor, admin) × every relation to the case × every action, against a table of
// expectations written here independently of the policy. Adding an action without a policy
// row, or without an expectation here, fails.

#include "domain/accesspolicy.h"

#include <QSet>
#include <QTest>

#include <array>

using namespace Relais::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr std::array everyRelation{Relation::None, Relation::Participant, Relation::NonParticipant};
constexpr std::array everyStanding{Standing::Console, Standing::Agent, Standing::Supervisor,
                                   Standing::NetworkSupervisor, Standing::Admin};

const char *relationName(Relation relation)
{
    switch (relation) {
    case Relation::None: return "none";
    case Relation::Participant: return "participant";
    case Relation::NonParticipant: return "non-participant";
    }
    return "?";
}

const char *standingName(Standing standing)
{
    switch (standing) {
    case Standing::Console: return "console";
    case Standing::Agent: return "agent";
    case Standing::Supervisor: return "supervisor";
    case Standing::NetworkSupervisor: return "network supervisor";
    case Standing::Admin: return "admin";
    }
    return "?";
}

// What each standing may do, per action: the relations allowed, as letters —
// N none (not about one case), I participant (inside the case), O non-participant (outside).
struct Expected {
    Action action;
    const char *console;
    const char *agent;
    const char *supervisor;
    const char *networkSupervisor;
    const char *admin;
};

using enum Action;
constexpr std::array expectations{
    //        action              console agent supervisor network-sup admin
    Expected{ManageDirectory,      "N",   "",   "",        "",         "N"},
    Expected{RegisterClient,       "N",   "N",  "N",       "N",        "N"},
    Expected{FindClient,           "N",   "N",  "N",       "N",        "N"},
    Expected{RecordConsent,        "",    "I",  "I",       "I",        "I"},
    Expected{OpenCase,             "",    "N",  "N",       "N",        "N"},
    Expected{ViewCase,             "",    "I",  "I",       "IO",       "IO"},
    Expected{AddToTimeline,        "",    "I",  "I",       "I",        "I"},
    Expected{EditSummary,          "",    "I",  "I",       "I",        "I"},
    Expected{RequestHandoff,       "",    "I",  "I",       "I",        "I"},
    Expected{ActOnHandoff,         "",    "I",  "I",       "I",        "I"},
    Expected{VerifyIntegrity,      "N",   "",   "",        "",         "N"},
    Expected{WatchStalls,          "",    "",   "N",       "N",        "N"},
    Expected{SignalHandoff,        "",    "",   "I",       "IO",       "IO"},
    Expected{ReadAccessLog,        "",    "",   "I",       "IO",       "IO"},
    Expected{ExportPersonalData,   "",    "",   "",        "",         "N"},
    Expected{MoveNetwork,          "N",   "",   "",        "",         "N"},
    Expected{KeepBackups,          "N",   "",   "",        "",         "N"},
};

const Expected *expectationFor(Action action)
{
    for (const Expected &row : expectations)
        if (row.action == action)
            return &row;
    return nullptr;
}

bool expectedAllowed(const Expected &row, Standing standing, Relation relation)
{
    const char *letters = nullptr;
    switch (standing) {
    case Standing::Console: letters = row.console; break;
    case Standing::Agent: letters = row.agent; break;
    case Standing::Supervisor: letters = row.supervisor; break;
    case Standing::NetworkSupervisor: letters = row.networkSupervisor; break;
    case Standing::Admin: letters = row.admin; break;
    }
    const char letter = relation == Relation::None ? 'N' : relation == Relation::Participant ? 'I' : 'O';
    return QByteArrayView(letters).contains(letter);
}

Actor actorFor(Standing standing)
{
    if (standing == Standing::Console)
        return Actor::localConsole();
    Actor actor;
    actor.userId = 42;
    actor.login = u"gar.agent"_s;
    actor.displayName = u"Youssef Alami"_s;
    actor.agencyId = 7;
    actor.agencyCode = u"GAR"_s;
    actor.agencyName = u"Garage Al Amal"_s;
    switch (standing) {
    case Standing::Agent: actor.role = Role::Agent; break;
    case Standing::Supervisor: actor.role = Role::Supervisor; break;
    case Standing::NetworkSupervisor: actor.role = Role::NetworkSupervisor; break;
    case Standing::Admin: actor.role = Role::Admin; break;
    case Standing::Console: break;
    }
    return actor;
}

} // namespace

class TestAccessPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyActionHasAPolicyRow();
    void everyActionHasAnExpectation();
    void policyHasNoDuplicateRows();
    void actionCodesAreDistinct();
    void policy_data();
    void policy();
    void nobodyIsDeniedEverything_data();
    void nobodyIsDeniedEverything();
    void requireExplainsRefusal_data();
    void requireExplainsRefusal();
    void wholeNetworkIsForNetworkRoles();
};

void TestAccessPolicy::everyActionHasAPolicyRow()
{
    // An operation nobody may perform is a forgotten row, not a safe default.
    for (Action action : allActions()) {
        bool found = false;
        for (const PolicyRule &rule : policyRules())
            found = found || rule.action == action;
        QVERIFY2(found, qPrintable(u"no policy row allows %1 to anyone"_s.arg(actionCode(action))));
    }
}

void TestAccessPolicy::everyActionHasAnExpectation()
{
    for (Action action : allActions())
        QVERIFY2(expectationFor(action),
                 qPrintable(u"%1 has no row in this test's expectations"_s.arg(actionCode(action))));
    QCOMPARE(qsizetype(expectations.size()), qsizetype(allActions().size()));
}

void TestAccessPolicy::policyHasNoDuplicateRows()
{
    QSet<QString> seen;
    for (const PolicyRule &rule : policyRules()) {
        const QString key = u"%1 %2 %3"_s.arg(QLatin1StringView(standingName(rule.who)),
                                             QLatin1StringView(relationName(rule.relation)), actionCode(rule.action));
        QVERIFY2(!seen.contains(key), qPrintable(u"twice: "_s + key));
        seen.insert(key);
    }
}

void TestAccessPolicy::actionCodesAreDistinct()
{
    QSet<QString> codes;
    for (Action action : allActions()) {
        QVERIFY(!actionCode(action).isEmpty());
        codes.insert(actionCode(action));
    }
    QCOMPARE(qsizetype(codes.size()), qsizetype(allActions().size()));
}

void TestAccessPolicy::policy_data()
{
    QTest::addColumn<Standing>("standing");
    QTest::addColumn<Relation>("relation");
    QTest::addColumn<Action>("action");
    QTest::addColumn<bool>("allowed");

    for (Standing standing : everyStanding)
        for (Relation relation : everyRelation)
            for (Action action : allActions()) {
                const Expected *row = expectationFor(action);
                const bool allowed = row && expectedAllowed(*row, standing, relation);
                QTest::addRow("%s %s %s", standingName(standing), relationName(relation),
                              qPrintable(actionCode(action)))
                    << standing << relation << action << allowed;
            }
}

void TestAccessPolicy::policy()
{
    QFETCH(Standing, standing);
    QFETCH(Relation, relation);
    QFETCH(Action, action);
    QFETCH(bool, allowed);

    const Actor actor = actorFor(standing);
    QCOMPARE(standingOf(actor), standing);
    QCOMPARE(isAllowed(actor, relation, action), allowed);

    // require() agrees, and a refusal says something a person can act on.
    const Status status = require(actor, relation, action);
    QCOMPARE(status.has_value(), allowed);
    if (!allowed) {
        QCOMPARE(status.error().code, ErrorCode::Forbidden);
        QVERIFY(!status.error().message.trimmed().isEmpty());
    }
}

void TestAccessPolicy::nobodyIsDeniedEverything_data()
{
    QTest::addColumn<Relation>("relation");
    QTest::addColumn<Action>("action");

    for (Relation relation : everyRelation)
        for (Action action : allActions())
            QTest::addRow("%s %s", relationName(relation), qPrintable(actionCode(action))) << relation << action;
}

void TestAccessPolicy::nobodyIsDeniedEverything()
{
    // An actor without a user id and not at the console names nobody: deny by default, even
    // with the admin role set.
    QFETCH(Relation, relation);
    QFETCH(Action, action);

    Actor nobody = actorFor(Standing::Admin);
    nobody.userId = 0;
    QVERIFY(!isAllowed(nobody, relation, action));
    const Status status = require(nobody, relation, action);
    QVERIFY(!status.has_value());
    QCOMPARE(status.error().code, ErrorCode::Forbidden);
    QVERIFY(!status.error().message.trimmed().isEmpty());

    Actor defaultActor; // as a forgetful caller would build it
    QVERIFY(!isAllowed(defaultActor, relation, action));
}

void TestAccessPolicy::requireExplainsRefusal_data()
{
    QTest::addColumn<Standing>("standing");
    QTest::addColumn<Relation>("relation");
    QTest::addColumn<Action>("action");

    // Every refusal of a signed-in user.
    for (Standing standing : everyStanding) {
        if (standing == Standing::Console)
            continue;
        for (Relation relation : everyRelation)
            for (Action action : allActions())
                if (!expectedAllowed(*expectationFor(action), standing, relation))
                    QTest::addRow("%s %s %s", standingName(standing), relationName(relation),
                                  qPrintable(actionCode(action)))
                        << standing << relation << action;
    }
}

void TestAccessPolicy::requireExplainsRefusal()
{
    // The refusal names who was refused, so the person can tell which login to switch to.
    QFETCH(Standing, standing);
    QFETCH(Relation, relation);
    QFETCH(Action, action);

    const Actor actor = actorFor(standing);
    const Status status = require(actor, relation, action);
    QVERIFY(!status.has_value());
    QCOMPARE(status.error().code, ErrorCode::Forbidden);
    QVERIFY2(status.error().message.contains(actor.login), qPrintable(status.error().message));
}

void TestAccessPolicy::wholeNetworkIsForNetworkRoles()
{
    QVERIFY(!seesWholeNetwork(actorFor(Standing::Console)));
    QVERIFY(!seesWholeNetwork(actorFor(Standing::Agent)));
    QVERIFY(!seesWholeNetwork(actorFor(Standing::Supervisor)));
    QVERIFY(seesWholeNetwork(actorFor(Standing::NetworkSupervisor)));
    QVERIFY(seesWholeNetwork(actorFor(Standing::Admin)));
}

QTEST_APPLESS_MAIN(TestAccessPolicy)
#include "tst_accesspolicy.moc"
