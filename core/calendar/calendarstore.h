#pragma once

#include "calendar/agencycalendars.h"
#include "common/error.h"

#include <QVariant>

namespace Relais::Core {

class Database;
class ChangeNotifier;

/// A holiday as stored: for the whole network (empty agencyCode) or for one agency.
struct HolidayEntry {
    Id id = 0;
    QString agencyCode; ///< empty: every agency
    QDate date;
    QString name;
    QString source;     ///< "manual" or "ics"
};

/// What an import of holidays did.
struct HolidayImport {
    int added = 0;
    int alreadyThere = 0; ///< dates that already had a holiday at that scope: kept as they were
};

/// Agencies' working calendars and service levels in the case file: opening hours, time zone,
/// Morocco's fixed holidays on or off, dated holidays (network-wide or per agency), SLAs.
/// Reading is open to everyone (deadlines are shown to all); changing needs an admin.
class CalendarStore final
{
public:
    CalendarStore(Database &db, ChangeNotifier &notifier);

    /// Every agency's calendar, with network-wide and the agency's own holidays.
    [[nodiscard]] Result<AgencyCalendars> load() const;
    /// load(), kept until the calendars change: for views that redraw often. Falls back to the
    /// default calendars (and logs why) if the file cannot be read.
    [[nodiscard]] const AgencyCalendars &current() const;
    [[nodiscard]] Result<WorkingCalendar> calendarOf(const QString &agencyCode) const;

    [[nodiscard]] Status setOpeningHours(const Actor &actor, const QString &agencyCode, const WeeklyHours &hours);
    [[nodiscard]] Status setTimeZone(const Actor &actor, const QString &agencyCode, const QString &zone);
    [[nodiscard]] Status setServiceLevels(const Actor &actor, const QString &agencyCode, ServiceLevels levels);
    [[nodiscard]] Status setMoroccanHolidays(const Actor &actor, const QString &agencyCode, bool used);

    /// Dated holidays at one scope (`agencyCode` empty: network-wide ones) or all scopes
    /// (`allScopes`), in one year (0: every year), by date.
    [[nodiscard]] Result<QList<HolidayEntry>> holidays(const QString &agencyCode, int year = 0,
                                                       bool allScopes = false) const;
    /// Refused with Conflict when that scope already has a holiday that day.
    [[nodiscard]] Result<HolidayEntry> addHoliday(const Actor &actor, const QString &agencyCode, const Holiday &holiday);
    [[nodiscard]] Status removeHoliday(const Actor &actor, const QString &agencyCode, QDate date);
    /// Adds every holiday not already there, in one transaction: all or nothing.
    [[nodiscard]] Result<HolidayImport> importHolidays(const Actor &actor, const QString &agencyCode,
                                                       const QList<Holiday> &holidays);

private:
    /// The agency id for a code; std::nullopt for the network scope (empty code).
    [[nodiscard]] Result<std::optional<Id>> scopeOf(const QString &agencyCode) const;
    /// Sets `columns` of the agency in one statement, audited once, announced once.
    [[nodiscard]] Status updateAgency(const Actor &actor, const QString &agencyCode,
                                      const QList<std::pair<QString, QVariant>> &columns,
                                      const QString &auditAction);
    /// The new holiday's id; nullopt when that scope already has one that day.
    [[nodiscard]] Result<std::optional<Id>> insertHoliday(const Actor &actor, std::optional<Id> agencyId,
                                             const Holiday &holiday, const QString &source);

    Database &m_db;
    ChangeNotifier &m_notifier;
    mutable std::optional<AgencyCalendars> m_current;
};

} // namespace Relais::Core
