#include "stalls/handofftrack.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core {

std::optional<StatusChange> HandoffTrack::stateAt(const QDateTime &at) const
{
    std::optional<StatusChange> state;
    for (const StatusChange &change : changes) {
        if (change.at > at)
            break;
        state = change;
    }
    return state;
}

QDateTime HandoffTrack::firstEntered(std::initializer_list<HandoffStatus> statuses, const QDateTime &at) const
{
    for (const StatusChange &change : changes) {
        if (change.at > at)
            break;
        if (std::find(statuses.begin(), statuses.end(), change.status) != statuses.end())
            return change.at;
    }
    return {};
}

Handoff HandoffTrack::asHandoff(const QDateTime &at) const
{
    Handoff h;
    h.id = id;
    h.from = from;
    h.to = to;
    h.ask = ask;
    h.requestedAt = requestedAt;
    h.dueAt = dueAt;
    if (const auto state = stateAt(at)) {
        h.status = state->status;
        h.statusChangedAt = state->at;
        h.holdOnCustomer = state->holdOnCustomer;
        h.holdUntil = state->holdUntil;
    }
    return h;
}

std::optional<std::pair<Id, StatusChange>> statusChangeOf(const QJsonObject &payload, const QDateTime &at)
{
    const auto status = handoffStatusFromCode(payload.value(u"status"_s).toString());
    if (!status)
        return std::nullopt;
    StatusChange change;
    change.status = *status;
    change.at = at;
    change.holdOnCustomer = payload.value(u"holdOnCustomer"_s).toBool();
    change.holdUntil = QDateTime::fromString(payload.value(u"holdUntil"_s).toString(), Qt::ISODateWithMs);
    return std::pair{payload.value(u"handoffId"_s).toInteger(), change};
}

HandoffClocks clocksOf(const HandoffTrack &track, const WorkingCalendar &receiver, const QDateTime &at)
{
    HandoffClocks clocks;
    const QDateTime acknowledgedAt = track.firstEntered(
        {HandoffStatus::Received, HandoffStatus::Accepted, HandoffStatus::Rejected}, at);
    clocks.acknowledged = acknowledgedAt.isValid();
    // A handoff cancelled before any answer stops its acknowledgement clock too.
    QDateTime ackEnd = clocks.acknowledged ? acknowledgedAt : at;
    if (!clocks.acknowledged)
        if (const QDateTime ended = track.firstEntered({HandoffStatus::Cancelled, HandoffStatus::EnteredInError}, at);
            ended.isValid())
            ackEnd = ended;
    clocks.acknowledgementSeconds = std::max<qint64>(0, receiver.workingSecondsBetween(track.requestedAt, ackEnd));

    // The delivery clock runs from acceptance, stopping on customer holds, until a terminal status.
    QDateTime runningSince;
    for (const StatusChange &change : track.changes) {
        if (change.at > at)
            break;
        const bool paused = change.status == HandoffStatus::OnHold && change.holdOnCustomer;
        const bool terminal = isTerminal(change.status);
        if (runningSince.isValid() && (paused || terminal)) {
            clocks.deliverySeconds += receiver.workingSecondsBetween(runningSince, change.at);
            runningSince = {};
        }
        if (change.status == HandoffStatus::Accepted)
            clocks.deliveryStarted = true;
        if (terminal) {
            clocks.delivered = change.status == HandoffStatus::Completed;
            break;
        }
        if (clocks.deliveryStarted && !paused && !runningSince.isValid())
            runningSince = change.at;
    }
    if (runningSince.isValid())
        clocks.deliverySeconds += receiver.workingSecondsBetween(runningSince, at);
    return clocks;
}

} // namespace Relais::Core
