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
    static const Entry &fallback()
    {
        static const Entry entry{WorkingCalendar::moroccanDefault(), ServiceLevels{}};
        return entry;
    }
    QHash<Id, Entry> m_entries;
};

} // namespace Relais::Core
