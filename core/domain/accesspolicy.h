#pragma once

#include "common/error.h"
#include "domain/types.h"

#include <span>

namespace Relais::Core {

// Every operation a person can ask of the core, with the code the access log and tests use.
// One list, so an action cannot exist without the policy and its tests hearing of it
// (tst_accesspolicy fails for an action without a row, or without an expectation).
#define RELAIS_ACTIONS(X)                                                                            \
    X(ManageDirectory, "manage-directory")     /* agencies, users, calendars, network settings */    \
    X(RegisterClient, "register-client")                                                             \
    X(FindClient, "find-client")                                                                     \
    X(RecordConsent, "record-consent")                                                               \
    X(OpenCase, "open-case")                                                                         \
    X(ViewCase, "view-case")                                                                         \
    X(AddToTimeline, "add-to-timeline")        /* notes, calls, visits, efforts, documents, corrections */ \
    X(EditSummary, "edit-summary")                                                                   \
    X(RequestHandoff, "request-handoff")                                                             \
    X(ActOnHandoff, "act-on-handoff")          /* which status each side may set: the lifecycle's */ \
    X(VerifyIntegrity, "verify-integrity")                                                           \
    X(WatchStalls, "watch-stalls")             /* the supervisors' dashboard */                      \
    X(SignalHandoff, "signal-handoff")         /* nudge a late agency, escalate, reassign */         \
    X(ReadAccessLog, "read-access-log")        /* who saw a case file, and why they could */         \
    X(ExportPersonalData, "export-personal-data") /* everything held about a customer */             \
    X(MoveNetwork, "move-network")             /* copy the whole network to another database */ \
    X(KeepBackups, "keep-backups")             /* back up the case file, restore it from a backup */

/// What an actor wants to do.
enum class Action {
#define RELAIS_ACTION_ENUM(name, code) name,
    RELAIS_ACTIONS(RELAIS_ACTION_ENUM)
#undef RELAIS_ACTION_ENUM
};

/// Every action, in declaration order.
[[nodiscard]] std::span<const Action> allActions();
/// "view-case", for logs, tests and messages to administrators.
[[nodiscard]] QString actionCode(Action action);

/// How the actor's agency stands towards the thing acted on.
enum class Relation {
    None,           ///< the action is not about one case or client
    Participant,    ///< the actor's agency takes part in the case (or in one of the client's cases)
    NonParticipant, ///< it does not
};

/// Whom a rule of the policy speaks of: a signed-in user's role, or the local console.
enum class Standing { Console, Agent, Supervisor, NetworkSupervisor, Admin };
[[nodiscard]] Standing standingOf(const Actor &actor);

/// One row of the policy: `who`, standing in `relation` to the thing, may do `action`.
struct PolicyRule {
    Standing who;
    Relation relation;
    Action action;
};

/// The whole policy, for tests and for explaining to an auditor why someone could act.
[[nodiscard]] std::span<const PolicyRule> policyRules();

/// Deny by default: true only where the policy table has a row allowing it.
[[nodiscard]] bool isAllowed(const Actor &actor, Relation relation, Action action);

/// isAllowed() as a Status with a message a person understands.
[[nodiscard]] Status require(const Actor &actor, Relation relation, Action action);

/// Refuses anyone but a signed-in person (lists of "my" cases and inboxes need one).
[[nodiscard]] Status requireUser(const Actor &actor);

/// True when the actor sees every case of the network (network supervisors and admins).
[[nodiscard]] bool seesWholeNetwork(const Actor &actor);

} // namespace Relais::Core
