#include "stalls/stallrules.h"

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core {

QString stallRuleCode(StallRule rule)
{
    switch (rule) {
    case StallRule::Unacknowledged: return u"unacknowledged"_s;
    case StallRule::Silent: return u"silent"_s;
    case StallRule::Overdue: return u"overdue"_s;
    case StallRule::HoldExpired: return u"hold-expired"_s;
    case StallRule::PingPong: return u"ping-pong"_s;
    case StallRule::ClientChasing: return u"client-chasing"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<StallRule> stallRuleFromCode(QStringView code)
{
    for (StallRule rule : allStallRules)
        if (stallRuleCode(rule) == code)
            return rule;
    return std::nullopt;
}

QString stallRuleLabel(StallRule rule)
{
    switch (rule) {
    case StallRule::Unacknowledged: return Tr::tr("Not acknowledged");
    case StallRule::Silent: return Tr::tr("Silent");
    case StallRule::Overdue: return Tr::tr("Overdue");
    case StallRule::HoldExpired: return Tr::tr("Hold expired");
    case StallRule::PingPong: return Tr::tr("Ping-pong");
    case StallRule::ClientChasing: return Tr::tr("Customer chasing");
    }
    Q_UNREACHABLE();
    return {};
}

CaseStatus caseStatusAt(const CaseFacts &facts, const QDateTime &at)
{
    CaseStatus status = CaseStatus::Open;
    for (const auto &[when, to] : facts.statusChanges) {
        if (when > at)
            break;
        status = to;
    }
    return status;
}

namespace {

/// The handoffs as they stood at `at` (those requested by then), for the ball holder.
QList<Handoff> handoffsAt(const CaseFacts &facts, const QDateTime &at)
{
    QList<Handoff> out;
    for (const HandoffTrack &track : facts.handoffs)
        if (track.requestedAt <= at)
            out.append(track.asHandoff(at));
    return out;
}

int effortsIn(const CaseFacts &facts, const QDateTime &after, const QDateTime &until)
{
    int count = 0;
    for (const CaseActivity &a : facts.activity)
        if (a.kind == EventKind::ClientEffort && a.at <= until && (!after.isValid() || a.at > after))
            ++count;
    return count;
}

/// A stall of `rule` on `handoff`, crossed at `thresholdAt`, filled with what every stall shows.
Stall stallOn(StallRule rule, const CaseFacts &facts, const HandoffTrack *handoff, const AgencyRef &holder,
              const QDateTime &since, const QDateTime &thresholdAt, QString threshold,
              const AgencyCalendars &calendars, const QDateTime &at)
{
    Stall stall;
    stall.rule = rule;
    stall.caseId = facts.record.id;
    stall.caseReference = facts.record.reference;
    stall.caseTitle = facts.record.title;
    stall.clientId = facts.record.clientId;
    stall.clientName = facts.record.clientName;
    stall.to = holder;
    if (handoff) {
        stall.handoffId = handoff->id;
        stall.from = handoff->from;
        stall.ask = handoff->ask;
        if (const auto state = handoff->stateAt(at))
            stall.status = state->status;
    }
    stall.since = since;
    stall.thresholdAt = thresholdAt;
    stall.threshold = std::move(threshold);
    stall.workingSecondsPast = std::max<qint64>(0, calendars.calendar(holder.id).workingSecondsBetween(thresholdAt, at));
    stall.secondsPast = std::max<qint64>(0, thresholdAt.secsTo(at));
    stall.ballHolder = whoHoldsTheBall(facts.record, handoffsAt(facts, at), at, calendars).sentence;
    stall.clientEfforts = effortsIn(facts, {}, at);
    stall.recentClientEfforts = effortsIn(facts, at.addDays(-chasingWindowDays), at);
    return stall;
}

std::optional<HandoffStatus> statusAt(const HandoffTrack &handoff, const QDateTime &at)
{
    if (const auto state = handoff.stateAt(at))
        return state->status;
    return std::nullopt;
}

/// An instant as the agency's clock showed it; numeric, so it reads the same in every language.
QString localTime(const QDateTime &instant, const WorkingCalendar &calendar)
{
    return instant.toTimeZone(calendar.timeZone()).toString(u"yyyy-MM-dd HH:mm"_s);
}

bool isOpenAt(const HandoffTrack &handoff, const QDateTime &at)
{
    const auto status = statusAt(handoff, at);
    return status && !isTerminal(*status);
}

} // namespace

std::optional<Stall> unacknowledgedStall(const CaseFacts &facts, const HandoffTrack &handoff,
                                         const AgencyCalendars &calendars, const QDateTime &at)
{
    if (statusAt(handoff, at) != HandoffStatus::Requested)
        return std::nullopt;
    const int hours = calendars.levels(handoff.to.id).ackHours;
    const QDateTime deadline = calendars.calendar(handoff.to.id).addWorkingHours(handoff.requestedAt, hours);
    if (!deadline.isValid() || at <= deadline)
        return std::nullopt;
    return stallOn(StallRule::Unacknowledged, facts, &handoff, handoff.to, handoff.requestedAt, deadline,
                   hours == 1 ? Tr::tr("acknowledge within 1 working hour")
                              : Tr::tr("acknowledge within %1 working hours").arg(hours),
                   calendars, at);
}

std::optional<Stall> silentStall(const CaseFacts &facts, const HandoffTrack &handoff,
                                 const AgencyCalendars &calendars, const QDateTime &at)
{
    const auto status = statusAt(handoff, at);
    if (status != HandoffStatus::Accepted && status != HandoffStatus::InProgress)
        return std::nullopt;
    // Silence counts from acceptance or the receiving agency's latest word, whichever is later.
    // System events (an export, a supervisor's own signal) are no word on the work.
    QDateTime lastWord = handoff.firstEntered({HandoffStatus::Accepted}, at);
    for (const CaseActivity &a : facts.activity)
        if (a.agencyId == handoff.to.id && a.kind != EventKind::System && a.at <= at && a.at > lastWord)
            lastWord = a.at;
    const int days = calendars.levels(handoff.to.id).silenceDays;
    const QDateTime deadline = calendars.calendar(handoff.to.id).addWorkingDays(lastWord, days);
    if (!deadline.isValid() || at <= deadline)
        return std::nullopt;
    return stallOn(StallRule::Silent, facts, &handoff, handoff.to, lastWord, deadline,
                   days == 1 ? Tr::tr("news within 1 working day") : Tr::tr("news within %1 working days").arg(days),
                   calendars, at);
}

std::optional<Stall> overdueStall(const CaseFacts &facts, const HandoffTrack &handoff,
                                  const AgencyCalendars &calendars, const QDateTime &at)
{
    if (!handoff.dueAt.isValid() || at <= handoff.dueAt || !isOpenAt(handoff, at))
        return std::nullopt;
    return stallOn(StallRule::Overdue, facts, &handoff, handoff.to, handoff.requestedAt, handoff.dueAt,
                   Tr::tr("due %1").arg(localTime(handoff.dueAt, calendars.calendar(handoff.to.id))),
                   calendars, at);
}

std::optional<Stall> holdExpiredStall(const CaseFacts &facts, const HandoffTrack &handoff,
                                      const AgencyCalendars &calendars, const QDateTime &at)
{
    const auto state = handoff.stateAt(at);
    if (!state || state->status != HandoffStatus::OnHold || !state->holdUntil.isValid() || at <= state->holdUntil)
        return std::nullopt;
    return stallOn(StallRule::HoldExpired, facts, &handoff, handoff.to, state->at, state->holdUntil,
                   Tr::tr("on hold until %1").arg(localTime(state->holdUntil, calendars.calendar(handoff.to.id))),
                   calendars, at);
}

std::optional<Stall> pingPongStall(const CaseFacts &facts, const AgencyCalendars &calendars, const QDateTime &at)
{
    if (caseStatusAt(facts, at) != CaseStatus::Open)
        return std::nullopt;
    // Walk the handoffs in order: each one that sends the case back to an agency that already
    // had it extends the streak; one to a newcomer ends it.
    QSet<Id> hadIt{facts.record.leadAgency.id};
    const HandoffTrack *latest = nullptr;
    int streak = 0;
    QDateTime streakReached;
    for (const HandoffTrack &h : facts.handoffs) {
        if (h.requestedAt > at)
            break;
        hadIt.insert(h.from.id);
        if (hadIt.contains(h.to.id)) {
            if (++streak == pingPongBounces)
                streakReached = h.requestedAt;
        } else {
            streak = 0;
        }
        hadIt.insert(h.to.id);
        latest = &h;
    }
    if (streak < pingPongBounces || !latest || !isOpenAt(*latest, at))
        return std::nullopt;
    return stallOn(StallRule::PingPong, facts, latest, latest->to, streakReached, streakReached,
                   Tr::tr("sent back %1 times in a row to an agency that already had it").arg(streak), calendars, at);
}

std::optional<Stall> clientChasingStall(const CaseFacts &facts, const AgencyCalendars &calendars, const QDateTime &at)
{
    if (caseStatusAt(facts, at) != CaseStatus::Open)
        return std::nullopt;
    QList<QDateTime> efforts;
    for (const CaseActivity &a : facts.activity)
        if (a.kind == EventKind::ClientEffort && a.at <= at && a.at > at.addDays(-chasingWindowDays))
            efforts.append(a.at);
    if (efforts.size() < chasingEfforts)
        return std::nullopt;
    std::sort(efforts.begin(), efforts.end());
    // Crossed when the window first held enough efforts: at the chasingEfforts-th effort still
    // counted (the rule cannot have fired before that effort happened).
    const QDateTime crossed = efforts[chasingEfforts - 1];
    const BallHolder holder = whoHoldsTheBall(facts.record, handoffsAt(facts, at), at, calendars);
    const HandoffTrack *handoff = nullptr;
    for (const HandoffTrack &h : facts.handoffs)
        if (holder.handoffId && h.id == *holder.handoffId)
            handoff = &h;
    return stallOn(StallRule::ClientChasing, facts, handoff, holder.agency, efforts.first(), crossed,
                   Tr::tr("%1 customer efforts within %2 days").arg(chasingEfforts).arg(chasingWindowDays),
                   calendars, at);
}

void sortByLateness(QList<Stall> &stalls)
{
    std::stable_sort(stalls.begin(), stalls.end(), [](const Stall &a, const Stall &b) {
        if (a.workingSecondsPast != b.workingSecondsPast)
            return a.workingSecondsPast > b.workingSecondsPast;
        if (a.secondsPast != b.secondsPast)
            return a.secondsPast > b.secondsPast;
        return a.caseReference < b.caseReference;
    });
}

QList<Stall> evaluateStalls(const CaseFacts &facts, const AgencyCalendars &calendars, const QDateTime &at)
{
    QList<Stall> out;
    auto add = [&](std::optional<Stall> stall) {
        if (stall)
            out.append(std::move(*stall));
    };
    for (const HandoffTrack &h : facts.handoffs) {
        if (h.requestedAt > at)
            continue;
        add(unacknowledgedStall(facts, h, calendars, at));
        add(silentStall(facts, h, calendars, at));
        add(overdueStall(facts, h, calendars, at));
        add(holdExpiredStall(facts, h, calendars, at));
    }
    add(pingPongStall(facts, calendars, at));
    add(clientChasingStall(facts, calendars, at));
    sortByLateness(out);
    return out;
}

} // namespace Relais::Core
