#pragma once

#include "calendar/agencycalendars.h"
#include "casefile/ballholder.h"
#include "stalls/handofftrack.h"

namespace Relais::Core {

/// DESIGN.md's stall rules.
enum class StallRule { Unacknowledged, Silent, Overdue, HoldExpired, PingPong, ClientChasing };
inline constexpr StallRule allStallRules[] = {StallRule::Unacknowledged, StallRule::Silent, StallRule::Overdue,
                                              StallRule::HoldExpired,    StallRule::PingPong, StallRule::ClientChasing};
/// "unacknowledged", "silent", "overdue", "hold-expired", "ping-pong", "client-chasing".
[[nodiscard]] QString stallRuleCode(StallRule rule);
[[nodiscard]] std::optional<StallRule> stallRuleFromCode(QStringView code);
/// For people: "Not acknowledged", "Silent", …
[[nodiscard]] QString stallRuleLabel(StallRule rule);

/// The fixed thresholds of the case-level rules (DESIGN.md).
inline constexpr int pingPongBounces = 3;       ///< handoffs in a row back to an agency that had the case
inline constexpr int chasingEfforts = 2;        ///< client-effort events …
inline constexpr int chasingWindowDays = 14;    ///< … within this many calendar days

/// One thing that happened on a case, as much as the rules need to know.
struct CaseActivity {
    QDateTime at;
    Id agencyId = 0;
    EventKind kind = EventKind::Note;
};

/// What the stall rules read about one case: pure data, loaded once.
struct CaseFacts {
    Case record;                    ///< identity, lead agency, coordinator
    QList<HandoffTrack> handoffs;   ///< in request order
    QList<CaseActivity> activity;   ///< every event, in time order
    QList<std::pair<QDateTime, CaseStatus>> statusChanges; ///< case status over time, in order
};

/// The case's status at `at`: its last status change before then, or open.
[[nodiscard]] CaseStatus caseStatusAt(const CaseFacts &facts, const QDateTime &at);

/// A handoff caught by a rule, with the numbers a supervisor acts on.
struct Stall {
    StallRule rule = StallRule::Unacknowledged;
    Id caseId = 0;
    QString caseReference;
    QString caseTitle;
    Id clientId = 0;
    QString clientName;
    std::optional<Id> handoffId;    ///< empty for client chasing on a case with no handoff open
    AgencyRef from;
    AgencyRef to;                   ///< the agency expected to act (the ball holder)
    QString ask;
    std::optional<HandoffStatus> status;
    QDateTime since;                ///< when the clock of this rule started
    QDateTime thresholdAt;          ///< when it crossed the rule's threshold
    QString threshold;              ///< the rule's threshold in words: "8 working hours to acknowledge"
    qint64 workingSecondsPast = 0;  ///< working time of `to` from thresholdAt to the evaluation instant
    qint64 secondsPast = 0;         ///< calendar time, to order stalls past in the same working minute
    QString ballHolder;             ///< who holds the ball, in words
    int clientEfforts = 0;          ///< client-effort events on the case so far
    int recentClientEfforts = 0;    ///< … within the chasing window
};

/// Each rule is a pure function of the case facts, the calendars and the instant: nullopt when
/// the handoff is not stalled under it at `at`. Events after `at` are ignored, so "as of" any
/// past instant gives what the rule would have said then.
[[nodiscard]] std::optional<Stall> unacknowledgedStall(const CaseFacts &facts, const HandoffTrack &handoff,
                                                       const AgencyCalendars &calendars, const QDateTime &at);
[[nodiscard]] std::optional<Stall> silentStall(const CaseFacts &facts, const HandoffTrack &handoff,
                                               const AgencyCalendars &calendars, const QDateTime &at);
[[nodiscard]] std::optional<Stall> overdueStall(const CaseFacts &facts, const HandoffTrack &handoff,
                                                const AgencyCalendars &calendars, const QDateTime &at);
[[nodiscard]] std::optional<Stall> holdExpiredStall(const CaseFacts &facts, const HandoffTrack &handoff,
                                                    const AgencyCalendars &calendars, const QDateTime &at);
/// Case-level: reported on the latest handoff when it is still open.
[[nodiscard]] std::optional<Stall> pingPongStall(const CaseFacts &facts, const AgencyCalendars &calendars,
                                                 const QDateTime &at);
/// Case-level: reported on the handoff holding the ball, or on the lead agency when none is open.
[[nodiscard]] std::optional<Stall> clientChasingStall(const CaseFacts &facts, const AgencyCalendars &calendars,
                                                      const QDateTime &at);

/// Every rule over one case, most late first.
[[nodiscard]] QList<Stall> evaluateStalls(const CaseFacts &facts, const AgencyCalendars &calendars, const QDateTime &at);

/// Orders stalls most late first: working time past, then calendar time past, then reference.
void sortByLateness(QList<Stall> &stalls);

} // namespace Relais::Core
