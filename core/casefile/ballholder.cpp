#include "casefile/ballholder.h"

namespace Relais::Core {

QString elapsedInWords(const QDateTime &from, const QDateTime &to)
{
    const qint64 minutes = std::max<qint64>(0, from.secsTo(to) / 60);
    if (minutes < 1)
        return Tr::tr("less than a minute");
    if (minutes < 60)
        return minutes == 1 ? Tr::tr("1 minute") : Tr::tr("%1 minutes").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return hours == 1 ? Tr::tr("1 hour") : Tr::tr("%1 hours").arg(hours);
    return Tr::tr("%1 days").arg(hours / 24);
}

bool isHandoffLate(const Handoff &handoff, const QDateTime &now, const AgencyCalendars &calendars)
{
    if (isTerminal(handoff.status))
        return false;
    if (handoff.dueAt.isValid() && handoff.dueAt < now)
        return true;
    if (handoff.status != HandoffStatus::Requested)
        return false;
    const QDateTime deadline = calendars.calendar(handoff.to.id)
                                   .addWorkingHours(handoff.requestedAt, calendars.levels(handoff.to.id).ackHours);
    return deadline.isValid() && now > deadline;
}

BallHolder whoHoldsTheBall(const Case &record, const QList<Handoff> &handoffs, const QDateTime &now,
                           const AgencyCalendars &calendars)
{
    auto working = [&](const AgencyRef &agency, const QDateTime &since) {
        return workingTimeInWords(since, now, calendars.calendar(agency.id));
    };
    auto first = [&](auto predicate) -> const Handoff * {
        for (const Handoff &h : handoffs)
            if (predicate(h.status))
                return &h;
        return nullptr;
    };
    auto holder = [&](const Handoff &h, const QString &sentence) {
        return BallHolder{h.to, h.id, h.statusChangedAt, sentence};
    };
    if (const Handoff *h = first([](HandoffStatus s) { return s == HandoffStatus::Requested || s == HandoffStatus::Received; }))
        return holder(*h, Tr::tr("Waiting for %1 to accept — %2")
                              .arg(h->to.name, working(h->to, h->requestedAt)));
    if (const Handoff *h = first([](HandoffStatus s) { return s == HandoffStatus::Accepted || s == HandoffStatus::InProgress; }))
        return holder(*h, Tr::tr("%1 is working on it (%2) — for %3")
                              .arg(h->to.name, h->ask, working(h->to, h->statusChangedAt)));
    if (const Handoff *h = first([](HandoffStatus s) { return s == HandoffStatus::OnHold; })) {
        const QString why = h->holdOnCustomer ? Tr::tr("waiting on the customer") : h->lastReason;
        return holder(*h, Tr::tr("%1 put it on hold (%2) — for %3")
                              .arg(h->to.name, why, working(h->to, h->statusChangedAt)));
    }
    if (record.status != CaseStatus::Open)
        return {record.leadAgency, std::nullopt, record.lastActivityAt,
                Tr::tr("Nobody: the case is %1.").arg(caseStatusCode(record.status))};
    return {record.leadAgency, std::nullopt, record.lastActivityAt,
            Tr::tr("%1 (lead agency, coordinator %2) — no handoff pending")
                .arg(record.leadAgency.name, record.coordinatorName)};
}

} // namespace Relais::Core
