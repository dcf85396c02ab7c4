#include "domain/accesspolicy.h"

#include <array>

namespace Relais::Core {

namespace {

constexpr std::array actions{
#define RELAIS_ACTION_VALUE(name, code) Action::name,
    RELAIS_ACTIONS(RELAIS_ACTION_VALUE)
#undef RELAIS_ACTION_VALUE
};

using enum Action;
using S = Standing;
constexpr Relation None = Relation::None;
constexpr Relation In = Relation::Participant;
constexpr Relation Out = Relation::NonParticipant;

// Who may act, in one table. Anything without a row is refused.
constexpr std::array policy{
    // The file's owner at a console bootstraps the network (the CLI lets the console in only
    // until an administrator can sign in: SignIn::console()).
    PolicyRule{S::Console, None, ManageDirectory},
    PolicyRule{S::Console, None, RegisterClient},
    PolicyRule{S::Console, None, FindClient},
    PolicyRule{S::Console, None, VerifyIntegrity},
    PolicyRule{S::Console, None, MoveNetwork},
    PolicyRule{S::Console, None, KeepBackups},
    // Admins run the network: directory, integrity, backups, moving it, and a customer's own data.
    PolicyRule{S::Admin, None, ManageDirectory},
    PolicyRule{S::Admin, None, VerifyIntegrity},
    PolicyRule{S::Admin, None, MoveNetwork},
    PolicyRule{S::Admin, None, KeepBackups},
    PolicyRule{S::Admin, None, ExportPersonalData},
    // Everyone at an agency registers and finds customers and opens cases for them.
    PolicyRule{S::Agent, None, RegisterClient},   PolicyRule{S::Supervisor, None, RegisterClient},
    PolicyRule{S::NetworkSupervisor, None, RegisterClient}, PolicyRule{S::Admin, None, RegisterClient},
    PolicyRule{S::Agent, None, FindClient},       PolicyRule{S::Supervisor, None, FindClient},
    PolicyRule{S::NetworkSupervisor, None, FindClient}, PolicyRule{S::Admin, None, FindClient},
    PolicyRule{S::Agent, None, OpenCase},         PolicyRule{S::Supervisor, None, OpenCase},
    PolicyRule{S::NetworkSupervisor, None, OpenCase}, PolicyRule{S::Admin, None, OpenCase},
    // Participants work the case, whatever their role.
    PolicyRule{S::Agent, In, ViewCase},           PolicyRule{S::Supervisor, In, ViewCase},
    PolicyRule{S::NetworkSupervisor, In, ViewCase}, PolicyRule{S::Admin, In, ViewCase},
    PolicyRule{S::Agent, In, AddToTimeline},      PolicyRule{S::Supervisor, In, AddToTimeline},
    PolicyRule{S::NetworkSupervisor, In, AddToTimeline}, PolicyRule{S::Admin, In, AddToTimeline},
    PolicyRule{S::Agent, In, EditSummary},        PolicyRule{S::Supervisor, In, EditSummary},
    PolicyRule{S::NetworkSupervisor, In, EditSummary}, PolicyRule{S::Admin, In, EditSummary},
    PolicyRule{S::Agent, In, RequestHandoff},     PolicyRule{S::Supervisor, In, RequestHandoff},
    PolicyRule{S::NetworkSupervisor, In, RequestHandoff}, PolicyRule{S::Admin, In, RequestHandoff},
    PolicyRule{S::Agent, In, ActOnHandoff},       PolicyRule{S::Supervisor, In, ActOnHandoff},
    PolicyRule{S::NetworkSupervisor, In, ActOnHandoff}, PolicyRule{S::Admin, In, ActOnHandoff},
    PolicyRule{S::Agent, In, RecordConsent},      PolicyRule{S::Supervisor, In, RecordConsent},
    PolicyRule{S::NetworkSupervisor, In, RecordConsent}, PolicyRule{S::Admin, In, RecordConsent},
    // Network supervisors and admins see every case, but write only where their agency takes part.
    PolicyRule{S::NetworkSupervisor, Out, ViewCase}, PolicyRule{S::Admin, Out, ViewCase},
    // Supervisors watch for stalls on their agency's cases and act on them; network
    // supervisors and admins on the whole network.
    PolicyRule{S::Supervisor, None, WatchStalls}, PolicyRule{S::NetworkSupervisor, None, WatchStalls},
    PolicyRule{S::Admin, None, WatchStalls},
    PolicyRule{S::Supervisor, In, SignalHandoff}, PolicyRule{S::NetworkSupervisor, In, SignalHandoff},
    PolicyRule{S::Admin, In, SignalHandoff},
    PolicyRule{S::NetworkSupervisor, Out, SignalHandoff}, PolicyRule{S::Admin, Out, SignalHandoff},
    // Who saw a file: its agencies' supervisors, and whoever sees the network.
    PolicyRule{S::Supervisor, In, ReadAccessLog}, PolicyRule{S::NetworkSupervisor, In, ReadAccessLog},
    PolicyRule{S::Admin, In, ReadAccessLog},
    PolicyRule{S::NetworkSupervisor, Out, ReadAccessLog}, PolicyRule{S::Admin, Out, ReadAccessLog},
};

} // namespace

std::span<const Action> allActions()
{
    return actions;
}

QString actionCode(Action action)
{
    switch (action) {
#define RELAIS_ACTION_CODE(name, code)                                                             \
    case Action::name:                                                                             \
        return QStringLiteral(code);
        RELAIS_ACTIONS(RELAIS_ACTION_CODE)
#undef RELAIS_ACTION_CODE
    }
    Q_UNREACHABLE();
    return {};
}

std::span<const PolicyRule> policyRules()
{
    return policy;
}

Standing standingOf(const Actor &actor)
{
    if (actor.console)
        return Standing::Console;
    switch (actor.role) {
    case Role::Agent:
        return Standing::Agent;
    case Role::Supervisor:
        return Standing::Supervisor;
    case Role::NetworkSupervisor:
        return Standing::NetworkSupervisor;
    case Role::Admin:
        return Standing::Admin;
    }
    Q_UNREACHABLE();
    return Standing::Agent;
}

bool isAllowed(const Actor &actor, Relation relation, Action action)
{
    if (!actor.console && !actor.isUser())
        return false;
    const Standing who = standingOf(actor);
    for (const auto &rule : policy)
        if (rule.who == who && rule.relation == relation && rule.action == action)
            return true;
    return false;
}

bool seesWholeNetwork(const Actor &actor)
{
    return isAllowed(actor, Relation::NonParticipant, Action::ViewCase);
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
    if (relation == Relation::NonParticipant && action == Action::ReadAccessLog)
        return fail(ErrorCode::Forbidden,
                    Tr::tr("%1 (%2) does not take part in this case: who saw it is for its agencies' "
                           "supervisors, network supervisors and admins.").arg(actor.login, actor.agencyCode));
    if (relation == Relation::NonParticipant)
        return fail(ErrorCode::Forbidden,
                    Tr::tr("%1 (%2) does not take part in this case and cannot see or change it.")
                        .arg(actor.login, actor.agencyCode));
    if (action == Action::WatchStalls || action == Action::SignalHandoff)
        return fail(ErrorCode::Forbidden, Tr::tr("%1 is an agent: stalled handoffs and the actions on them are for "
                                                 "supervisors and admins.").arg(actor.login));
    if (action == Action::ReadAccessLog)
        return fail(ErrorCode::Forbidden, Tr::tr("%1 is an agent: who saw a case file is for supervisors and "
                                                 "admins.").arg(actor.login));
    if (action == Action::ManageDirectory)
        return fail(ErrorCode::Forbidden, Tr::tr("%1 is not an admin: agencies, users, working calendars and network "
                                                 "settings are managed by admins.").arg(actor.login));
    if (action == Action::ExportPersonalData)
        return fail(ErrorCode::Forbidden, Tr::tr("%1 is not an admin: exporting everything held about a customer is "
                                                 "for admins.").arg(actor.login));
    if (action == Action::MoveNetwork)
        return fail(ErrorCode::Forbidden, Tr::tr("%1 is not an admin: moving the network to another database is "
                                                 "for admins.").arg(actor.login));
    if (action == Action::KeepBackups)
        return fail(ErrorCode::Forbidden, Tr::tr("%1 is not an admin: backing up and restoring the case file is "
                                                 "for admins.").arg(actor.login));
    return fail(ErrorCode::Forbidden, Tr::tr("%1 is not allowed to do this.").arg(actor.login));
}

} // namespace Relais::Core
