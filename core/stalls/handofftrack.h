#pragma once

#include "calendar/workingcalendar.h"
#include "domain/types.h"

namespace Relais::Core {

/// One status a handoff entered, as its timeline event tells it.
struct StatusChange {
    HandoffStatus status = HandoffStatus::Requested;
    QDateTime at;
    bool holdOnCustomer = false; ///< on-hold only
    QDateTime holdUntil;         ///< on-hold only, may be invalid
};

/// A handoff with its whole status history, so its state "as of" any instant can be told.
struct HandoffTrack {
    Id id = 0;
    AgencyRef from;
    AgencyRef to;
    QString ask;
    QDateTime requestedAt;
    QDateTime dueAt;
    QList<StatusChange> changes; ///< in time order; the first is `requested`

    /// The last change at or before `at`; nullopt when the handoff did not exist yet.
    [[nodiscard]] std::optional<StatusChange> stateAt(const QDateTime &at) const;
    /// When it first entered one of `statuses` (at or before `at`); invalid if it never did.
    [[nodiscard]] QDateTime firstEntered(std::initializer_list<HandoffStatus> statuses, const QDateTime &at) const;
    /// The handoff as it stood at `at`, for code that reasons on Handoff values.
    [[nodiscard]] Handoff asHandoff(const QDateTime &at) const;
};

/// DESIGN.md's two clocks, in the receiving agency's working seconds.
struct HandoffClocks {
    /// From `requested` until received, accepted or rejected (or `at` while still waiting).
    qint64 acknowledgementSeconds = 0;
    bool acknowledged = false;
    /// From `accepted` until a terminal status (or `at`), paused while on hold waiting on the
    /// customer. Zero before acceptance.
    qint64 deliverySeconds = 0;
    bool delivered = false;
    bool deliveryStarted = false;
};

/// Reads one handoff event's payload into the handoff it moved and the status change it records;
/// nullopt when the payload names no status.
[[nodiscard]] std::optional<std::pair<Id, StatusChange>> statusChangeOf(const QJsonObject &payload,
                                                                        const QDateTime &at);

[[nodiscard]] HandoffClocks clocksOf(const HandoffTrack &track, const WorkingCalendar &receiver, const QDateTime &at);

} // namespace Relais::Core
