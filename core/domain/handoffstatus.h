#pragma once

#include "common/error.h"

#include <QList>
#include <QString>

#include <optional>

namespace Relais::Core {

/// HL7 FHIR task-status codes, used unchanged.
enum class HandoffStatus {
    Requested, Received, Accepted, InProgress, OnHold, Completed,
    Rejected, Failed, Cancelled, EnteredInError,
};

/// Which end of a handoff the acting agency is.
enum class HandoffSide { Requester, Receiver, Neither };

[[nodiscard]] QString handoffStatusCode(HandoffStatus status);
[[nodiscard]] std::optional<HandoffStatus> handoffStatusFromCode(QStringView code);
[[nodiscard]] QList<HandoffStatus> allHandoffStatuses();

[[nodiscard]] bool isTerminal(HandoffStatus status);
/// Rejected, failed, cancelled and on-hold must say why.
[[nodiscard]] bool reasonRequired(HandoffStatus target);
/// The statuses reachable from `from` by anybody.
[[nodiscard]] QList<HandoffStatus> nextStatuses(HandoffStatus from);
/// Which side may set `target` (entered-in-error: either side).
[[nodiscard]] bool sideMaySet(HandoffSide side, HandoffStatus target);

/// Checks one transition against the lifecycle of DESIGN.md: Invalid for an illegal move or a
/// missing reason, Forbidden when the acting side may not set that status.
[[nodiscard]] Status checkTransition(HandoffStatus from, HandoffStatus to, HandoffSide side,
                                     const QString &reason);

} // namespace Relais::Core
