#include "domain/accesspolicy.h"

#include <QTest>

#include <array>

using namespace Relais::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr std::array everyAction{
    Action::ManageDirectory, Action::RegisterClient, Action::FindClient,   Action::RecordConsent,
    Action::OpenCase,        Action::ViewCase,       Action::AddToTimeline, Action::EditSummary,
    Action::RequestHandoff,  Action::ActOnHandoff,   Action::VerifyIntegrity, Action::WatchStalls,
    Action::SignalHandoff,
};
constexpr std::array everyRelation{Relation::None, Relation::Participant, Relation::NonParticipant};

const char *actionName(Action action)
{
    switch (action) {
    case Action::ManageDirectory: return "ManageDirectory";
    case Action::RegisterClient: return "RegisterClient";
    case Action::FindClient: return "FindClient";
    case Action::RecordConsent: return "RecordConsent";
    case Action::OpenCase: return "OpenCase";
    case Action::ViewCase: return "ViewCase";
    case Action::AddToTimeline: return "AddToTimeline";
    case Action::EditSummary: return "EditSummary";
    case Action::RequestHandoff: return "RequestHandoff";
    case Action::ActOnHandoff: return "ActOnHandoff";
    case Action::VerifyIntegrity: return "VerifyIntegrity";
    case Action::WatchStalls: return "WatchStalls";
    case Action::SignalHandoff: return "SignalHandoff";
    }
    return "?";
}

const char *relationName(Relation relation)
{
    switch (relation) {
    case Relation::None: return "none";
    case Relation::Participant: return "participant";
    case Relation::NonParticipant: return "non-participant";
    }
    return "?";
}

// Who acts, as a column value: the three roles of a signed-in user, the console, and a
// half-built actor that names nobody.
enum class Who { Agent, Supervisor, Admin, Console, Nobody };

Actor actorFor(Who who)
{
    if (who == Who::Console)
        return Actor::localConsole();
    Actor actor;
    actor.userId = 42;
    actor.login = u"gar.agent"_s;
    actor.displayName = u"Youssef Alami"_s;
    actor.agencyId = 7;
    actor.agencyCode = u"GAR"_s;
    actor.agencyName = u"Garage Al Amal"_s;
    switch (who) {
    case Who::Agent:
        actor.role = Role::Agent;
        break;
    case Who::Supervisor:
        actor.role = Role::Supervisor;
        break;
    case Who::Admin:
    case Who::Nobody:
        actor.role = Role::Admin; // the most powerful role, so only the missing id can refuse
        break;
    case Who::Console:
        break;
    }
    if (who == Who::Nobody)
        actor.userId = 0;
    return actor;
}

} // namespace

class TestAccessPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void policy_data();
    void policy();
    void nobodyIsDeniedEverything_data();
    void nobodyIsDeniedEverything();
    void consoleNeverReadsOrWritesCases_data();
    void consoleNeverReadsOrWritesCases();
    void requireExplainsRefusal_data();
    void requireExplainsRefusal();
};

void TestAccessPolicy::policy_data()
{
    QTest::addColumn<Who>("who");
    QTest::addColumn<Relation>("relation");
    QTest::addColumn<Action>("action");
    QTest::addColumn<bool>("allowed");

    using enum Action;
    constexpr Relation None = Relation::None;
    constexpr Relation In = Relation::Participant;
    constexpr Relation Out = Relation::NonParticipant;

    struct Row {
        const char *name;
        Who who;
        Relation relation;
        Action action;
        bool allowed;
    };
    const Row rows[] = {
        // A participant agency works the case.
        {"agent participant views the case", Who::Agent, In, ViewCase, true},
        {"agent participant adds to the timeline", Who::Agent, In, AddToTimeline, true},
        {"agent participant requests a handoff", Who::Agent, In, RequestHandoff, true},
        {"agent participant acts on a handoff", Who::Agent, In, ActOnHandoff, true},
        {"agent participant edits the summary", Who::Agent, In, EditSummary, true},
        {"agent participant records consent", Who::Agent, In, RecordConsent, true},
        {"supervisor participant views the case", Who::Supervisor, In, ViewCase, true},
        // Other agencies do not see or touch a case they are not part of.
        {"agent non-participant may not view the case", Who::Agent, Out, ViewCase, false},
        {"agent non-participant may not add to the timeline", Who::Agent, Out, AddToTimeline, false},
        {"agent non-participant may not request a handoff", Who::Agent, Out, RequestHandoff, false},
        {"agent non-participant may not act on a handoff", Who::Agent, Out, ActOnHandoff, false},
        {"agent non-participant may not edit the summary", Who::Agent, Out, EditSummary, false},
        {"supervisor non-participant may not add to the timeline", Who::Supervisor, Out,
         AddToTimeline, false},
        // The network admin reads any case but writes only where the agency takes part.
        {"admin non-participant views the case", Who::Admin, Out, ViewCase, true},
        {"admin non-participant may not add to the timeline", Who::Admin, Out, AddToTimeline, false},
        {"admin non-participant may not edit the summary", Who::Admin, Out, EditSummary, false},
        {"admin non-participant may not act on a handoff", Who::Admin, Out, ActOnHandoff, false},
        {"admin participant adds to the timeline", Who::Admin, In, AddToTimeline, true},
        // Running the network.
        {"admin manages the directory", Who::Admin, None, ManageDirectory, true},
        {"admin verifies integrity", Who::Admin, None, VerifyIntegrity, true},
        {"agent may not manage the directory", Who::Agent, None, ManageDirectory, false},
        {"supervisor may not manage the directory", Who::Supervisor, None, ManageDirectory, false},
        {"agent may not verify integrity", Who::Agent, None, VerifyIntegrity, false},
        // Every agency registers and finds customers and opens cases.
        {"agent registers a client", Who::Agent, None, RegisterClient, true},
        {"agent finds a client", Who::Agent, None, FindClient, true},
        {"agent opens a case", Who::Agent, None, OpenCase, true},
        // The console bootstraps the file but never reads a case.
        {"console manages the directory", Who::Console, None, ManageDirectory, true},
        {"console registers a client", Who::Console, None, RegisterClient, true},
        {"console verifies integrity", Who::Console, None, VerifyIntegrity, true},
        {"console may not open a case", Who::Console, None, OpenCase, false},
        // Stalls are the supervisors' business.
        {"supervisor watches stalls", Who::Supervisor, None, WatchStalls, true},
        {"admin watches stalls", Who::Admin, None, WatchStalls, true},
        {"agent may not watch stalls", Who::Agent, None, WatchStalls, false},
        {"console may not watch stalls", Who::Console, None, WatchStalls, false},
        {"supervisor nudges on a case of the agency", Who::Supervisor, In, SignalHandoff, true},
        {"supervisor may not nudge on another agency's case", Who::Supervisor, Out, SignalHandoff, false},
        {"admin nudges on any case", Who::Admin, Out, SignalHandoff, true},
        {"agent may not nudge", Who::Agent, In, SignalHandoff, false},
    };
    for (const Row &row : rows)
        QTest::addRow("%s", row.name) << row.who << row.relation << row.action << row.allowed;
}

void TestAccessPolicy::policy()
{
    QFETCH(Who, who);
    QFETCH(Relation, relation);
    QFETCH(Action, action);
    QFETCH(bool, allowed);

    const Actor actor = actorFor(who);
    QCOMPARE(isAllowed(actor, relation, action), allowed);

    // require() must agree with isAllowed().
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
        for (Action action : everyAction)
            QTest::addRow("%s %s", relationName(relation), actionName(action)) << relation << action;
}

void TestAccessPolicy::nobodyIsDeniedEverything()
{
    // An actor without a user id and not at the console names nobody: deny by default, even
    // with the admin role set.
    QFETCH(Relation, relation);
    QFETCH(Action, action);

    const Actor nobody = actorFor(Who::Nobody);
    QVERIFY(!nobody.console);
    QCOMPARE(nobody.userId, Id(0));
    QVERIFY(!isAllowed(nobody, relation, action));
    const Status status = require(nobody, relation, action);
    QVERIFY(!status.has_value());
    QCOMPARE(status.error().code, ErrorCode::Forbidden);
    QVERIFY(!status.error().message.trimmed().isEmpty());

    Actor defaultActor; // as a forgetful caller would build it
    QVERIFY(!isAllowed(defaultActor, relation, action));
}

void TestAccessPolicy::consoleNeverReadsOrWritesCases_data()
{
    QTest::addColumn<Relation>("relation");
    QTest::addColumn<Action>("action");

    for (Relation relation : everyRelation)
        for (Action action : {Action::ViewCase, Action::AddToTimeline, Action::EditSummary,
                              Action::RequestHandoff, Action::ActOnHandoff})
            QTest::addRow("%s %s", relationName(relation), actionName(action)) << relation << action;
}

void TestAccessPolicy::consoleNeverReadsOrWritesCases()
{
    QFETCH(Relation, relation);
    QFETCH(Action, action);

    const Actor console = Actor::localConsole();
    QVERIFY(!isAllowed(console, relation, action));
    const Status status = require(console, relation, action);
    QVERIFY(!status.has_value());
    QCOMPARE(status.error().code, ErrorCode::Forbidden);
    QVERIFY(!status.error().message.trimmed().isEmpty());
}

void TestAccessPolicy::requireExplainsRefusal_data()
{
    QTest::addColumn<Who>("who");
    QTest::addColumn<Relation>("relation");
    QTest::addColumn<Action>("action");

    QTest::addRow("agent outside the case") << Who::Agent << Relation::NonParticipant << Action::ViewCase;
    QTest::addRow("agent managing the directory") << Who::Agent << Relation::None
                                                  << Action::ManageDirectory;
    QTest::addRow("supervisor verifying integrity") << Who::Supervisor << Relation::None
                                                    << Action::VerifyIntegrity;
}

void TestAccessPolicy::requireExplainsRefusal()
{
    // The refusal names who was refused, so the person can tell which login to switch to.
    QFETCH(Who, who);
    QFETCH(Relation, relation);
    QFETCH(Action, action);

    const Actor actor = actorFor(who);
    const Status status = require(actor, relation, action);
    QVERIFY(!status.has_value());
    QCOMPARE(status.error().code, ErrorCode::Forbidden);
    QVERIFY2(status.error().message.contains(actor.login), qPrintable(status.error().message));
}

QTEST_APPLESS_MAIN(TestAccessPolicy)
#include "tst_accesspolicy.moc"
