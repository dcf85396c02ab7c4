#pragma once

#include "calendar/workingcalendar.h"
#include "domain/types.h"

#include <QHash>

namespace Relais::Core {

/// What an agency promises: how soon it acknowledges a handoff and how long it may stay silent.
struct ServiceLevels {
    int ackHours = 8;    ///< working hours to acknowledge a request
    int silenceDays = 3; ///< working days without news on accepted work
};

/// Every agency's working calendar and service levels, looked up by agency id. Agencies not
/// known here work the Moroccan default calendar with the default service levels.
class AgencyCalendars final
{
public:
    AgencyCalendars() = default;
    /// Agencies not set here work `fallback` with `levels` (tests use a round-the-clock one).
    explicit AgencyCalendars(WorkingCalendar fallback, ServiceLevels levels = {})
        : m_fallback(Entry{std::move(fallback), levels}) {}

    void set(Id agencyId, WorkingCalendar calendar, ServiceLevels levels)
    {
        m_entries.insert(agencyId, Entry{std::move(calendar), levels});
    }
    [[nodiscard]] const WorkingCalendar &calendar(Id agencyId) const
    {
        auto it = m_entries.constFind(agencyId);
        return it == m_entries.cend() ? fallback().calendar : it->calendar;
    }
    [[nodiscard]] ServiceLevels levels(Id agencyId) const
    {
        return m_entries.value(agencyId, fallback()).levels;
    }

private:
    struct Entry {
        WorkingCalendar calendar;
        ServiceLevels levels;
    };
    const Entry &fallback() const
    {
        static const Entry moroccan{WorkingCalendar::moroccanDefault(), ServiceLevels{}};
        return m_fallback ? *m_fallback : moroccan;
    }
    std::optional<Entry> m_fallback;
    QHash<Id, Entry> m_entries;
};

} // namespace Relais::Core
