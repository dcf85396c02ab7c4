#include "domain/accesspolicy.h"

#include <array>

namespace Relais::Core {

namespace {

// Who may act, in one table. Anything without a row is refused.
enum class Who { Console, Agent, Supervisor, Admin };

struct Rule {
    Who who;
    Relation relation;
    Action action;
};

using enum Action;
constexpr Relation None = Relation::None;
constexpr Relation In = Relation::Participant;
constexpr Relation Out = Relation::NonParticipant;

constexpr std::array policy{
    // The file's owner at a console bootstraps the network.
    Rule{Who::Console, None, ManageDirectory},
    Rule{Who::Console, None, RegisterClient},
    Rule{Who::Console, None, FindClient},
    Rule{Who::Console, None, VerifyIntegrity},
    // Admins run the network: directory, integrity, and reading any case.
    Rule{Who::Admin, None, ManageDirectory},
    Rule{Who::Admin, None, VerifyIntegrity},
    Rule{Who::Admin, Out, ViewCase},
    // Everyone at an agency registers and finds customers and opens cases for them.
    Rule{Who::Agent, None, RegisterClient},   Rule{Who::Supervisor, None, RegisterClient},
    Rule{Who::Admin, None, RegisterClient},
    Rule{Who::Agent, None, FindClient},       Rule{Who::Supervisor, None, FindClient},
    Rule{Who::Admin, None, FindClient},
    Rule{Who::Agent, None, OpenCase},         Rule{Who::Supervisor, None, OpenCase},
    Rule{Who::Admin, None, OpenCase},
    // Participants work the case.
    Rule{Who::Agent, In, ViewCase},           Rule{Who::Supervisor, In, ViewCase},
    Rule{Who::Admin, In, ViewCase},
    Rule{Who::Agent, In, AddToTimeline},      Rule{Who::Supervisor, In, AddToTimeline},
    Rule{Who::Admin, In, AddToTimeline},
    Rule{Who::Agent, In, EditSummary},        Rule{Who::Supervisor, In, EditSummary},
    Rule{Who::Admin, In, EditSummary},
    Rule{Who::Agent, In, RequestHandoff},     Rule{Who::Supervisor, In, RequestHandoff},
    Rule{Who::Admin, In, RequestHandoff},
    Rule{Who::Agent, In, ActOnHandoff},       Rule{Who::Supervisor, In, ActOnHandoff},
    Rule{Who::Admin, In, ActOnHandoff},
    Rule{Who::Agent, In, RecordConsent},      Rule{Who::Supervisor, In, RecordConsent},
    Rule{Who::Admin, In, RecordConsent},
    // Supervisors watch for stalls on their agency's cases; admins on the whole network.
    Rule{Who::Supervisor, None, WatchStalls}, Rule{Who::Admin, None, WatchStalls},
    Rule{Who::Supervisor, In, SignalHandoff}, Rule{Who::Admin, In, SignalHandoff},
    Rule{Who::Admin, Out, SignalHandoff},
};

Who whoIs(const Actor &actor)
{
    if (actor.console)
        return Who::Console;
    switch (actor.role) {
    case Role::Agent:
        return Who::Agent;
    case Role::Supervisor:
        return Who::Supervisor;
    case Role::Admin:
        return Who::Admin;
    }
    Q_UNREACHABLE();
    return Who::Agent;
}

} // namespace

bool isAllowed(const Actor &actor, Relation relation, Action action)
{
    if (!actor.console && !actor.isUser())
        return false;
    const Who who = whoIs(actor);
    for (const auto &rule : policy)
        if (rule.who == who && rule.relation == relation && rule.action == action)
            return true;
    return false;
}

Status requireUser(const Actor &actor)
{
    if (actor.isUser())
        return {};
    return fail(ErrorCode::Forbidden, Tr::tr("This needs an acting user: a person signed in (relais-cli: --as LOGIN)."));
}

Status require(const Actor &actor, Relation relation, Action action)
{
    if (isAllowed(actor, relation, action))
        return {};
    if (!actor.isUser())
        return requireUser(actor);
    if (relation == Relation::NonParticipant && action == Action::RecordConsent)
        return fail(ErrorCode::Forbidden,
                    Tr::tr("%1 (%2) neither registered this customer nor takes part in one of their cases, "
                           "so cannot record their consent.").arg(actor.login, actor.agencyCode));
    if (relation == Relation::NonParticipant)
        return fail(ErrorCode::Forbidden,
                    Tr::tr("%1 (%2) does not take part in this case and cannot see or change it.")
                        .arg(actor.login, actor.agencyCode));
    if (action == Action::WatchStalls || action == Action::SignalHandoff)
        return fail(ErrorCode::Forbidden, Tr::tr("%1 is an agent: stalled handoffs and the actions on them are for "
                                                 "supervisors and admins.").arg(actor.login));
    if (action == Action::ManageDirectory)
        return fail(ErrorCode::Forbidden, Tr::tr("%1 is not an admin: agencies, users and working calendars are "
                                                 "managed by admins.").arg(actor.login));
    return fail(ErrorCode::Forbidden, Tr::tr("%1 is not allowed to do this.").arg(actor.login));
}

} // namespace Relais::Core
