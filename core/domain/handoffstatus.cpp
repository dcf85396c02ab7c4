#include "domain/handoffstatus.h"

#include <array>

namespace Relais::Core {

namespace {

using enum HandoffStatus;

struct StatusInfo {
    HandoffStatus status;
    const char16_t *code;
};

constexpr std::array statusTable{
    StatusInfo{Requested, u"requested"},   StatusInfo{Received, u"received"},
    StatusInfo{Accepted, u"accepted"},     StatusInfo{InProgress, u"in-progress"},
    StatusInfo{OnHold, u"on-hold"},        StatusInfo{Completed, u"completed"},
    StatusInfo{Rejected, u"rejected"},     StatusInfo{Failed, u"failed"},
    StatusInfo{Cancelled, u"cancelled"},   StatusInfo{EnteredInError, u"entered-in-error"},
};

// The lifecycle of DESIGN.md, edge by edge:
// requested → received → accepted → in-progress ⇄ on-hold → completed; rejected before any
// work; failed once work started; cancelled by the requester while not terminal;
// entered-in-error from anywhere.
struct Edge {
    HandoffStatus from;
    HandoffStatus to;
};

constexpr std::array edges{
    Edge{Requested, Received},   Edge{Requested, Accepted},   Edge{Requested, Rejected},
    Edge{Requested, Cancelled},  Edge{Received, Accepted},    Edge{Received, Rejected},
    Edge{Received, Cancelled},   Edge{Accepted, InProgress},  Edge{Accepted, Cancelled},
    Edge{InProgress, OnHold},    Edge{InProgress, Completed}, Edge{InProgress, Failed},
    Edge{InProgress, Cancelled}, Edge{OnHold, InProgress},    Edge{OnHold, Failed},
    Edge{OnHold, Cancelled},
};

QString statusLabel(HandoffStatus status)
{
    return handoffStatusCode(status);
}

} // namespace

QString handoffStatusCode(HandoffStatus status)
{
    for (const auto &info : statusTable)
        if (info.status == status)
            return QString::fromUtf16(info.code);
    Q_UNREACHABLE();
    return QString();
}

std::optional<HandoffStatus> handoffStatusFromCode(QStringView code)
{
    for (const auto &info : statusTable)
        if (code == QStringView(info.code))
            return info.status;
    return std::nullopt;
}

QList<HandoffStatus> allHandoffStatuses()
{
    QList<HandoffStatus> all;
    for (const auto &info : statusTable)
        all.append(info.status);
    return all;
}

bool isTerminal(HandoffStatus status)
{
    return status == Completed || status == Rejected || status == Failed || status == Cancelled
        || status == EnteredInError;
}

bool reasonRequired(HandoffStatus target)
{
    return target == Rejected || target == Failed || target == Cancelled || target == OnHold;
}

QList<HandoffStatus> nextStatuses(HandoffStatus from)
{
    QList<HandoffStatus> next;
    for (const auto &edge : edges)
        if (edge.from == from)
            next.append(edge.to);
    if (from != EnteredInError)
        next.append(EnteredInError);
    return next;
}

bool sideMaySet(HandoffSide side, HandoffStatus target)
{
    switch (target) {
    case Cancelled:
        return side == HandoffSide::Requester;
    case EnteredInError:
        return side != HandoffSide::Neither;
    case Requested:
        return false; // only a new request creates this status
    default:
        return side == HandoffSide::Receiver;
    }
}

Status checkTransition(HandoffStatus from, HandoffStatus to, HandoffSide side, const QString &reason)
{
    if (!nextStatuses(from).contains(to)) {
        if (isTerminal(from))
            return fail(ErrorCode::Invalid,
                        Tr::tr("This handoff is already %1; it cannot become %2.")
                            .arg(statusLabel(from), statusLabel(to)));
        return fail(ErrorCode::Invalid, Tr::tr("A handoff that is %1 cannot become %2.")
                                            .arg(statusLabel(from), statusLabel(to)));
    }
    if (!sideMaySet(side, to)) {
        if (side == HandoffSide::Neither)
            return fail(ErrorCode::Forbidden,
                        Tr::tr("Only the requesting or the receiving agency can change this handoff."));
        return fail(ErrorCode::Forbidden,
                    to == Cancelled
                        ? Tr::tr("Only the requesting agency can cancel a handoff.")
                        : Tr::tr("Only the receiving agency can set a handoff to %1.").arg(statusLabel(to)));
    }
    if (reasonRequired(to) && reason.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, Tr::tr("A reason is required to set a handoff to %1.")
                                            .arg(statusLabel(to)));
    return {};
}

} // namespace Relais::Core
