#pragma once

#include "common/error.h"
#include "domain/types.h"

namespace Relais::Core {

/// What an actor wants to do.
enum class Action {
    ManageDirectory, ///< agencies and users
    RegisterClient,
    FindClient,
    RecordConsent,
    OpenCase,
    ViewCase,
    AddToTimeline, ///< notes, calls, visits, efforts, documents, corrections
    EditSummary,
    RequestHandoff,
    ActOnHandoff, ///< which status each side may set is the lifecycle's business
    VerifyIntegrity,
    WatchStalls,   ///< the supervisors' dashboard: stalled handoffs and their figures
    SignalHandoff, ///< nudge a late agency or escalate to its supervisors
};

/// How the actor's agency stands towards the thing acted on.
enum class Relation {
    None,           ///< the action is not about one case or client
    Participant,    ///< the actor's agency takes part in the case (or in one of the client's cases)
    NonParticipant, ///< it does not
};

/// Deny by default: true only where the policy table has a row allowing it.
[[nodiscard]] bool isAllowed(const Actor &actor, Relation relation, Action action);

/// isAllowed() as a Status with a message a person understands.
[[nodiscard]] Status require(const Actor &actor, Relation relation, Action action);

/// Refuses anyone but a signed-in person (lists of "my" cases and inboxes need one).
[[nodiscard]] Status requireUser(const Actor &actor);

} // namespace Relais::Core
