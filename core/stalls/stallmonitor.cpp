#include "stalls/stallmonitor.h"

#include "calendar/calendarstore.h"
#include "casefile/caseaccess.h"
#include "casefile/changenotifier.h"
#include "casefile/handoffworkflow.h"
#include "casefile/timelinewriter.h"
#include "domain/accesspolicy.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core {

namespace {

const QString terminalStatuses = u"('completed', 'rejected', 'failed', 'cancelled', 'entered-in-error')"_s;

/// Ids are numbers we produced: safe to write into an IN list, and far faster than binding
/// hundreds of parameters.
QString idList(QList<Id>::const_iterator begin, QList<Id>::const_iterator end)
{
    QStringList ids;
    for (auto it = begin; it != end; ++it)
        ids << QString::number(*it);
    return ids.join(u',');
}

constexpr qsizetype chunkSize = 400;

template <typename Fn>
Status forEachChunk(const QList<Id> &ids, Fn &&fn)
{
    for (qsizetype i = 0; i < ids.size(); i += chunkSize) {
        const auto end = ids.cbegin() + std::min(ids.size(), i + chunkSize);
        if (auto done = fn(idList(ids.cbegin() + i, end)); !done)
            return done;
    }
    return {};
}

AgencyRef agencyAt(const QSqlRecord &row, int first)
{
    return {row.value(first).toLongLong(), row.value(first + 1).toString(), row.value(first + 2).toString(),
            row.value(first + 3).toString()};
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

} // namespace

QString StallMonitor::scopeCondition(const Actor &actor, const QString &caseColumn) const
{
    if (seesWholeNetwork(actor))
        return {};
    return u" AND %1 IN (SELECT case_id FROM case_participants WHERE agency_id = %2)"_s.arg(caseColumn).arg(actor.agencyId);
}

Result<QList<Id>> StallMonitor::candidateCases(const Actor &actor, const QDateTime &at) const
{
    // A case can stall at `at` when a handoff was open then, or the customer chased lately.
    auto rows = m_db.select(
        u"SELECT h.case_id FROM handoffs h WHERE h.requested_at <= :at "
        "AND (h.status NOT IN %1 OR h.status_changed_at > :at)%2 "
        "UNION SELECT e.case_id FROM events e WHERE e.kind = 'client-effort' "
        "AND e.occurred_at > :since AND e.occurred_at <= :at%3"_s
            .arg(terminalStatuses, scopeCondition(actor, u"h.case_id"_s), scopeCondition(actor, u"e.case_id"_s)),
        {{u":at"_s, toStored(at)}, {u":since"_s, toStored(at.addDays(-chasingWindowDays))}});
    if (!rows)
        return std::unexpected(rows.error());
    QList<Id> ids;
    for (const QSqlRecord &row : *rows)
        ids.append(row.value(0).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

Result<QList<CaseFacts>> StallMonitor::loadFacts(const QList<Id> &caseIds, const QDateTime &at) const
{
    QHash<Id, CaseFacts> facts;
    auto loaded = forEachChunk(caseIds, [&](const QString &ids) -> Status {
        auto cases = m_db.select(
            u"SELECT c.id, c.reference, c.client_id, k.full_name, k.full_name_ar, c.title, c.status, "
            "la.id, la.code, la.name, la.kind, cu.display_name FROM cases c "
            "JOIN clients k ON k.id = c.client_id JOIN agencies la ON la.id = c.lead_agency_id "
            "JOIN users cu ON cu.id = c.coordinator_id WHERE c.id IN (%1)"_s.arg(ids));
        if (!cases)
            return std::unexpected(cases.error());
        for (const QSqlRecord &row : *cases) {
            Case &c = facts[row.value(0).toLongLong()].record;
            c.id = row.value(0).toLongLong();
            c.reference = row.value(1).toString();
            c.clientId = row.value(2).toLongLong();
            c.clientName = personName(row.value(3).toString(), row.value(4).toString());
            c.title = row.value(5).toString();
            c.status = caseStatusFromCode(row.value(6).toString()).value_or(CaseStatus::Open);
            c.leadAgency = agencyAt(row, 7);
            c.coordinatorName = row.value(11).toString();
        }
        auto handoffs = m_db.select(
            u"SELECT h.id, h.case_id, fa.id, fa.code, fa.name, fa.kind, ta.id, ta.code, ta.name, ta.kind, "
            "h.ask, h.requested_at, h.due_at FROM handoffs h JOIN agencies fa ON fa.id = h.from_agency_id "
            "JOIN agencies ta ON ta.id = h.to_agency_id WHERE h.case_id IN (%1) ORDER BY h.requested_at, h.id"_s
                .arg(ids));
        if (!handoffs)
            return std::unexpected(handoffs.error());
        for (const QSqlRecord &row : *handoffs) {
            HandoffTrack track;
            track.id = row.value(0).toLongLong();
            track.from = agencyAt(row, 2);
            track.to = agencyAt(row, 6);
            track.ask = row.value(10).toString();
            track.requestedAt = fromStored(row.value(11));
            track.dueAt = fromStored(row.value(12));
            facts[row.value(1).toLongLong()].handoffs.append(track);
        }
        // Each handoff event finds its track at once (a case may have 10,000 events). The
        // chunk's lists are complete now, so these pointers stay valid.
        QHash<Id, HandoffTrack *> tracks;
        for (const QString &id : ids.split(u','))
            for (HandoffTrack &track : facts[id.toLongLong()].handoffs)
                tracks.insert(track.id, &track);
        // Only handoff and system events carry payloads the rules read; skip the rest's.
        auto events = m_db.select(
            u"SELECT case_id, kind, occurred_at, agency_id, "
            "CASE WHEN kind IN ('handoff', 'system') THEN payload ELSE '' END "
            "FROM events WHERE case_id IN (%1) AND occurred_at <= :at ORDER BY case_id, seq"_s.arg(ids),
            {{u":at"_s, toStored(at)}});
        if (!events)
            return std::unexpected(events.error());
        for (const QSqlRecord &row : *events) {
            CaseFacts &f = facts[row.value(0).toLongLong()];
            const EventKind kind = eventKindFromCode(row.value(1).toString()).value_or(EventKind::Note);
            const QDateTime when = fromStored(row.value(2));
            f.activity.append({when, row.value(3).toLongLong(), kind});
            if (kind != EventKind::Handoff && kind != EventKind::System)
                continue;
            const QJsonObject payload = QJsonDocument::fromJson(row.value(4).toString().toUtf8()).object();
            if (kind == EventKind::System && payload.value(u"action"_s).toString() == u"status"_s) {
                if (const auto to = caseStatusFromCode(payload.value(u"to"_s).toString()))
                    f.statusChanges.append({when, *to});
            } else if (kind == EventKind::Handoff) {
                if (const auto change = statusChangeOf(payload, when))
                    if (HandoffTrack *track = tracks.value(change->first))
                        track->changes.append(change->second);
            }
        }
        return {};
    });
    if (!loaded)
        return std::unexpected(loaded.error());
    QList<CaseFacts> out;
    for (const Id id : caseIds) {
        auto it = facts.find(id);
        if (it == facts.end())
            continue;
        // Events may be recorded with an earlier "occurred at" than the one before them.
        std::stable_sort(it->activity.begin(), it->activity.end(),
                         [](const CaseActivity &a, const CaseActivity &b) { return a.at < b.at; });
        out.append(std::move(*it));
    }
    return out;
}

Result<QList<Stall>> StallMonitor::stalled(const Actor &actor, const StallQuery &query) const
{
    if (auto allowed = require(actor, Relation::None, Action::WatchStalls); !allowed)
        return std::unexpected(allowed.error());
    const QString agency = query.agencyCode.trimmed().toUpper();
    if (!agency.isEmpty()) {
        auto known = m_db.scalar(u"SELECT count(*) FROM agencies WHERE code = :code"_s, {{u":code"_s, agency}});
        if (!known)
            return std::unexpected(known.error());
        if (known->toInt() == 0)
            return fail(ErrorCode::NotFound, Tr::tr("There is no agency with code %1.").arg(query.agencyCode));
    }
    const QDateTime at = query.at.isValid() ? query.at : m_db.now();
    auto calendars = m_calendars.load();
    if (!calendars)
        return std::unexpected(calendars.error());
    auto ids = candidateCases(actor, at);
    if (!ids)
        return std::unexpected(ids.error());
    auto facts = loadFacts(*ids, at);
    if (!facts)
        return std::unexpected(facts.error());
    QList<Stall> out;
    for (const CaseFacts &f : *facts)
        for (Stall &stall : evaluateStalls(f, *calendars, at)) {
            if (query.rule && stall.rule != *query.rule)
                continue;
            if (!agency.isEmpty() && stall.to.code != agency && stall.from.code != agency)
                continue;
            out.append(std::move(stall));
        }
    sortByLateness(out);
    return out;
}

Result<QList<WeeklyAcknowledgement>> StallMonitor::acknowledgementTrend(const Actor &actor, const QDateTime &at,
                                                                        int weeks) const
{
    if (auto allowed = require(actor, Relation::None, Action::WatchStalls); !allowed)
        return std::unexpected(allowed.error());
    weeks = std::clamp(weeks, 1, 104);
    const QTimeZone zone(actor.timeZone.toUtf8());
    const QDate today = at.toTimeZone(zone).date();
    const QDate firstMonday = today.addDays(1 - today.dayOfWeek()).addDays(-7 * (weeks - 1));
    const QDateTime from(firstMonday, QTime(0, 0), zone);
    auto rows = m_db.select(u"SELECT DISTINCT h.case_id FROM handoffs h WHERE h.requested_at >= :from "
                            "AND h.requested_at <= :at%1"_s.arg(scopeCondition(actor, u"h.case_id"_s)),
                            {{u":from"_s, toStored(from)}, {u":at"_s, toStored(at)}});
    if (!rows)
        return std::unexpected(rows.error());
    QList<Id> ids;
    for (const QSqlRecord &row : *rows)
        ids.append(row.value(0).toLongLong());
    auto calendars = m_calendars.load();
    if (!calendars)
        return std::unexpected(calendars.error());
    auto facts = loadFacts(ids, at);
    if (!facts)
        return std::unexpected(facts.error());

    QList<WeeklyAcknowledgement> out(weeks);
    QList<QList<double>> hours(weeks);
    for (int w = 0; w < weeks; ++w)
        out[w].weekStart = firstMonday.addDays(7 * w);
    for (const CaseFacts &f : *facts)
        for (const HandoffTrack &track : f.handoffs) {
            if (track.requestedAt < from || track.requestedAt > at)
                continue;
            const qint64 week = firstMonday.daysTo(track.requestedAt.toTimeZone(zone).date()) / 7;
            if (week < 0 || week >= weeks)
                continue;
            ++out[week].requested;
            const HandoffClocks clocks = clocksOf(track, calendars->calendar(track.to.id), at);
            if (!clocks.acknowledged)
                continue;
            ++out[week].acknowledged;
            hours[week].append(double(clocks.acknowledgementSeconds) / 3600.0);
        }
    for (int w = 0; w < weeks; ++w)
        out[w].medianHours = median(hours[w]);
    return out;
}

Result<QList<EffortLeader>> StallMonitor::customersWithMostEffort(const Actor &actor, const QDateTime &at,
                                                                  int days, int limit) const
{
    if (auto allowed = require(actor, Relation::None, Action::WatchStalls); !allowed)
        return std::unexpected(allowed.error());
    auto rows = m_db.select(
        u"SELECT c.client_id, k.full_name, k.full_name_ar, c.reference, count(*), max(e.occurred_at) "
        "FROM events e JOIN cases c ON c.id = e.case_id JOIN clients k ON k.id = c.client_id "
        "WHERE e.kind = 'client-effort' AND e.occurred_at > :since AND e.occurred_at <= :at%1 "
        "GROUP BY c.client_id, k.full_name, k.full_name_ar, c.reference"_s.arg(scopeCondition(actor, u"e.case_id"_s)),
        {{u":since"_s, toStored(at.addDays(-days))}, {u":at"_s, toStored(at)}});
    if (!rows)
        return std::unexpected(rows.error());
    QHash<Id, EffortLeader> byClient;
    for (const QSqlRecord &row : *rows) {
        EffortLeader &leader = byClient[row.value(0).toLongLong()];
        leader.clientId = row.value(0).toLongLong();
        leader.clientName = personName(row.value(1).toString(), row.value(2).toString());
        leader.caseReferences.append(row.value(3).toString());
        leader.efforts += row.value(4).toInt();
        leader.lastEffort = std::max(leader.lastEffort, fromStored(row.value(5)));
    }
    QList<EffortLeader> out = byClient.values();
    std::sort(out.begin(), out.end(), [](const EffortLeader &a, const EffortLeader &b) {
        if (a.efforts != b.efforts)
            return a.efforts > b.efforts;
        if (a.lastEffort != b.lastEffort)
            return a.lastEffort > b.lastEffort;
        return a.clientId < b.clientId;
    });
    for (EffortLeader &leader : out)
        leader.caseReferences.sort();
    if (limit > 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

Status StallMonitor::signal(const Actor &actor, Id handoffId, const QString &kind, const QString &note)
{
    auto handoff = m_handoffs.handoffToActOn(actor, handoffId);
    if (!handoff)
        return std::unexpected(handoff.error());
    if (auto allowed = requireOnCase(m_db, actor, handoff->caseId, Action::SignalHandoff); !allowed)
        return allowed;
    if (isTerminal(handoff->status))
        return fail(ErrorCode::Invalid, Tr::tr("This handoff is already %1: there is nobody left to remind.")
                                            .arg(handoffStatusCode(handoff->status)));
    const bool nudge = kind == u"nudge"_s;
    auto appended = m_db.write([&]() -> Result<int> {
        const QDateTime at = m_db.now();
        auto inserted = m_db.insert(u"INSERT INTO handoff_signals (handoff_id, kind, at, user_id, agency_id, note) "
                                    "VALUES (:handoff, :kind, :at, :user, :agency, :note)"_s,
                                    {{u":handoff"_s, handoffId}, {u":kind"_s, kind}, {u":at"_s, toStored(at)},
                                     {u":user"_s, actor.userId}, {u":agency"_s, actor.agencyId},
                                     {u":note"_s, note.trimmed()}});
        if (!inserted)
            return std::unexpected(inserted.error());
        QString text = nudge ? Tr::tr("%1 (%2) reminded %3: %4").arg(actor.displayName, actor.agencyName, handoff->to.name, handoff->ask)
                             : Tr::tr("%1 (%2) escalated to the supervisors of %3: %4")
                                   .arg(actor.displayName, actor.agencyName, handoff->to.name, handoff->ask);
        if (!note.trimmed().isEmpty())
            text += u" — "_s + note.trimmed();
        NewEvent event{EventKind::System, text, Visibility::Shared, at,
                       {{u"action"_s, kind}, {u"handoffId"_s, handoffId}, {u"to"_s, handoff->to.code}},
                       std::nullopt};
        auto added = appendEvent(m_db, actor, handoff->caseId, event);
        if (!added)
            return std::unexpected(added.error());
        return added->seq;
    });
    if (!appended)
        return std::unexpected(appended.error());
    Q_EMIT m_notifier.eventAppended(handoff->caseId, *appended);
    Q_EMIT m_notifier.handoffChanged(handoffId, handoff->caseId);
    return {};
}

Status StallMonitor::nudge(const Actor &actor, Id handoffId, const QString &note)
{
    return signal(actor, handoffId, u"nudge"_s, note);
}

Status StallMonitor::escalate(const Actor &actor, Id handoffId, const QString &note)
{
    return signal(actor, handoffId, u"escalation"_s, note);
}

Result<Handoff> StallMonitor::reassign(const Actor &actor, Id handoffId, const QString &toAgencyCode,
                                       const QString &reason)
{
    auto current = m_handoffs.handoffToActOn(actor, handoffId);
    if (!current)
        return current;
    if (current->to.code == toAgencyCode.trimmed().toUpper())
        return fail(ErrorCode::Invalid, Tr::tr("The handoff is already with %1: choose another agency.")
                                            .arg(current->to.name));
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, Tr::tr("Say why the handoff goes to another agency."));
    // Both steps or neither: a cancelled handoff with no replacement would strand the customer.
    return m_db.write([&]() -> Result<Handoff> {
        auto cancelled = m_handoffs.transition(actor, handoffId, HandoffStatus::Cancelled,
                                               {Tr::tr("Reassigned: %1").arg(reason.trimmed()), {}, false});
        if (!cancelled)
            return cancelled;
        const QDateTime due = current->dueAt.isValid() && current->dueAt > m_db.now() ? current->dueAt : QDateTime();
        return m_handoffs.request(actor, current->caseId, toAgencyCode, current->ask, due, current->documentIds);
    });
}

} // namespace Relais::Core
