#pragma once

// Hand-built case facts for the pure stall suites: no database, every instant chosen by the test.
// Instants are written in Casablanca local time (the agencies' zone); in March 2026 before the
// 22nd that is UTC+0 (Ramadan), from 22 March UTC+1.

#include "resultchecks.h"

#include "stalls/stallrules.h"

#include <QTest>

#include <algorithm>

namespace Relais::Test {

inline const QTimeZone &casablanca()
{
    static const QTimeZone zone(QByteArrayLiteral("Africa/Casablanca"));
    return zone;
}

/// An instant given as Casablanca wall time.
[[nodiscard]] inline QDateTime local(int year, int month, int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), casablanca());
}

/// March 2026, the month most tests live in: Monday 2 March is day 2.
[[nodiscard]] inline QDateTime march(int day, int hour, int minute = 0, int second = 0)
{
    return local(2026, 3, day, hour, minute, second);
}

inline Core::AgencyRef agencyRef(Core::Id id, const char16_t *code, const char16_t *name)
{
    Core::AgencyRef ref;
    ref.id = id;
    ref.code = QString::fromUtf16(code);
    ref.name = QString::fromUtf16(name);
    ref.kind = QStringLiteral("other");
    return ref;
}

inline const Core::AgencyRef INS = agencyRef(1, u"INS", u"Assurances Atlas");
inline const Core::AgencyRef GAR = agencyRef(2, u"GAR", u"Garage Al Amal");
inline const Core::AgencyRef TOW = agencyRef(3, u"TOW", u"Dépannage Rapide");
inline const Core::AgencyRef HOS = agencyRef(4, u"HOS", u"Hôpital Ibn Sina");

/// Every test agency on the Moroccan default calendar and default service levels, set explicitly
/// (not through the fallback) so a test can override one agency.
[[nodiscard]] inline Core::AgencyCalendars defaultCalendars()
{
    Core::AgencyCalendars calendars;
    for (const Core::AgencyRef &a : {INS, GAR, TOW, HOS})
        calendars.set(a.id, Core::WorkingCalendar::moroccanDefault(), Core::ServiceLevels{});
    return calendars;
}

/// One case, led by INS, built event by event the way the workflow would record it: every
/// status change is also an event of the agency that made it.
class CaseBuilder
{
public:
    CaseBuilder()
    {
        m_facts.record.id = 7;
        m_facts.record.reference = QStringLiteral("REL-2026-000007");
        m_facts.record.title = QStringLiteral("Accident claim");
        m_facts.record.clientId = 70;
        m_facts.record.clientName = QStringLiteral("Karim Bennani");
        m_facts.record.leadAgency = INS;
        m_facts.record.coordinatorName = QStringLiteral("Salma Idrissi");
        m_facts.record.status = Core::CaseStatus::Open;
    }

    /// A new handoff `from` → `to` requested at `at`; returns its id.
    Core::Id request(const Core::AgencyRef &from, const Core::AgencyRef &to, const QDateTime &at,
                     const QDateTime &due = {})
    {
        Core::HandoffTrack track;
        track.id = 100 + m_facts.handoffs.size();
        track.from = from;
        track.to = to;
        track.ask = QStringLiteral("Handoff %1").arg(track.id);
        track.requestedAt = at;
        track.dueAt = due;
        Core::StatusChange change;
        change.status = Core::HandoffStatus::Requested;
        change.at = at;
        track.changes.append(change);
        m_facts.handoffs.append(track);
        activity(from, at, Core::EventKind::Handoff);
        return track.id;
    }

    /// Moves handoff `id` to `status` at `at`, by the side allowed to (cancelled: the requester).
    void move(Core::Id id, Core::HandoffStatus status, const QDateTime &at, bool holdOnCustomer = false,
              const QDateTime &holdUntil = {})
    {
        Core::HandoffTrack &track = handoff(id);
        Core::StatusChange change;
        change.status = status;
        change.at = at;
        change.holdOnCustomer = holdOnCustomer;
        change.holdUntil = holdUntil;
        track.changes.append(change);
        std::stable_sort(track.changes.begin(), track.changes.end(),
                         [](const Core::StatusChange &a, const Core::StatusChange &b) { return a.at < b.at; });
        activity(status == Core::HandoffStatus::Cancelled ? track.from : track.to, at, Core::EventKind::Handoff);
    }

    void note(const Core::AgencyRef &agency, const QDateTime &at) { activity(agency, at, Core::EventKind::Note); }
    void effort(const QDateTime &at) { activity(INS, at, Core::EventKind::ClientEffort); }
    void caseStatus(const QDateTime &at, Core::CaseStatus status)
    {
        m_facts.statusChanges.append({at, status});
        activity(INS, at, Core::EventKind::System);
    }

    [[nodiscard]] Core::HandoffTrack &handoff(Core::Id id)
    {
        for (Core::HandoffTrack &track : m_facts.handoffs)
            if (track.id == id)
                return track;
        qFatal("CaseBuilder: no handoff %lld", static_cast<long long>(id));
    }

    /// The facts, activity in time order as the monitor loads them.
    [[nodiscard]] Core::CaseFacts facts() const
    {
        Core::CaseFacts out = m_facts;
        std::stable_sort(out.activity.begin(), out.activity.end(),
                         [](const Core::CaseActivity &a, const Core::CaseActivity &b) { return a.at < b.at; });
        std::stable_sort(out.statusChanges.begin(), out.statusChanges.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        return out;
    }

private:
    void activity(const Core::AgencyRef &agency, const QDateTime &at, Core::EventKind kind)
    {
        Core::CaseActivity a;
        a.at = at;
        a.agencyId = agency.id;
        a.kind = kind;
        m_facts.activity.append(a);
    }

    Core::CaseFacts m_facts;
};

} // namespace Relais::Test
