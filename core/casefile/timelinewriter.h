#pragma once

#include "domain/types.h"

namespace Relais::Core {

class Database;

/// Appends events to a case's hash chain. Must run inside a write transaction: reads the
/// case's head, hashes the new event onto it, stores it, moves the head and indexes the text.
[[nodiscard]] Result<TimelineEvent> appendEvent(Database &db, const Actor &actor, Id caseId,
                                                const NewEvent &event);

/// Loads events of one case with their author and agency names; `condition` narrows it.
[[nodiscard]] Result<QList<TimelineEvent>> loadEvents(Database &db, Id caseId, const Actor *viewer,
                                                      const TimelineQuery &query);

} // namespace Relais::Core
