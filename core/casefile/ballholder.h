#pragma once

#include "calendar/agencycalendars.h"
#include "domain/types.h"

namespace Relais::Core {

/// Who the case is waiting for right now, in plain words.
struct BallHolder {
    AgencyRef agency;          ///< the agency expected to act next
    std::optional<Id> handoffId;
    QDateTime since;           ///< since when it has been waiting on them
    QString sentence;          ///< "Waiting for Garage Al Amal to accept — 2 working days"
};

/// Derives the ball holder from the case's handoffs: the oldest open handoff not yet accepted
/// first (the customer waits on it), then work in progress or on hold, else the lead agency.
/// How long they have held it is counted on the holder's working calendar.
[[nodiscard]] BallHolder whoHoldsTheBall(const Case &record, const QList<Handoff> &handoffs, const QDateTime &now,
                                         const AgencyCalendars &calendars);

/// Whether an open handoff is late: past its due date, or not acknowledged within the receiving
/// agency's acknowledgement SLA in its working hours (the "unacknowledged" stall rule).
[[nodiscard]] bool isHandoffLate(const Handoff &handoff, const QDateTime &now, const AgencyCalendars &calendars);

/// "3 days", "5 hours", "12 minutes": elapsed time for people.
[[nodiscard]] QString elapsedInWords(const QDateTime &from, const QDateTime &to);

} // namespace Relais::Core
