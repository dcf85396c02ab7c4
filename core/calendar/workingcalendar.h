#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>
#include <optional>

namespace Relais::Core {

/// One stretch of opening hours on a day, in local minutes since midnight: [from, to).
/// `to` may be 1440 (midnight at the end of the day), so a 24-hour service is {0, 1440}.
struct OpeningSpan {
    int from = 0;
    int to = 0;

    friend bool operator==(const OpeningSpan &, const OpeningSpan &) = default;
};

/// Opening hours for each day of the week; index 0 is Monday, 6 is Sunday (QDate::dayOfWeek - 1).
/// A day without spans is a weekend day.
using WeeklyHours = std::array<QList<OpeningSpan>, 7>;

/// Parses "mon-fri 09:00-13:00,14:00-18:00; sat 09:00-12:00" (days: mon tue wed thu fri sat sun,
/// ranges with '-', several groups separated by ';'; "24:00" closes at midnight). Days not named
/// are closed. Empty optional on malformed text, with `error` saying what is wrong.
[[nodiscard]] std::optional<WeeklyHours> parseWeeklyHours(const QString &text, QString *error = nullptr);
/// The inverse of parseWeeklyHours, days with identical spans grouped: "mon-fri 09:00-18:00".
[[nodiscard]] QString weeklyHoursText(const WeeklyHours &hours);

/// A dated public holiday (Islamic holidays move every year and are entered as a list).
struct Holiday {
    QDate date;
    QString name;
};

/// Morocco's fixed public holidays for `year` (DESIGN.md): 1 Jan, 11 Jan, 14 Jan, 1 May, 30 Jul,
/// 14 Aug, 20 Aug, 21 Aug, 6 Nov, 18 Nov — with their names.
[[nodiscard]] QList<Holiday> moroccanFixedHolidays(int year);

/// When an agency works: its time zone, weekly opening hours and public holidays.
/// All arithmetic is on real instants: durations are UTC seconds inside local opening hours,
/// so a day when the clocks change (Morocco around Ramadan) counts what really elapsed.
class WorkingCalendar final
{
public:
    /// Africa/Casablanca, Monday to Friday 09:00–13:00 and 14:00–18:00 (8 hours a day),
    /// Morocco's fixed holidays.
    [[nodiscard]] static WorkingCalendar moroccanDefault();
    /// Mon–Fri 09:00–13:00, 14:00–18:00.
    [[nodiscard]] static WeeklyHours defaultHours();

    WorkingCalendar() = default;
    WorkingCalendar(QTimeZone zone, WeeklyHours hours, bool moroccanHolidays = true);

    [[nodiscard]] const QTimeZone &timeZone() const { return m_zone; }
    [[nodiscard]] const WeeklyHours &hours() const { return m_hours; }
    [[nodiscard]] bool usesMoroccanHolidays() const { return m_moroccanHolidays; }
    /// Holidays entered for particular dates (on top of the fixed ones when those are used).
    void addHoliday(const Holiday &holiday);
    [[nodiscard]] QList<Holiday> datedHolidays() const;

    /// The holiday's name when `date` is one, else an empty string.
    [[nodiscard]] QString holidayName(QDate date) const;
    [[nodiscard]] bool isHoliday(QDate date) const { return !holidayName(date).isEmpty(); }
    /// Open at some time that local day: has opening hours and is not a holiday.
    [[nodiscard]] bool isWorkingDay(QDate date) const;
    /// Open at that instant.
    [[nodiscard]] bool isOpenAt(const QDateTime &instant) const;

    /// Seconds of opening time in [from, to); negative when `to` is before `from`.
    [[nodiscard]] qint64 workingSecondsBetween(const QDateTime &from, const QDateTime &to) const;
    /// The earliest instant t ≥ from with workingSecondsBetween(from, t) == seconds (seconds ≥ 0).
    /// So with hours 09:00–18:00, adding 8 hours to Friday 17:00 gives Monday 16:00 (Monday 17:00
    /// with the default lunch break), and a sum that ends exactly at closing time gives the
    /// closing time. Invalid when the calendar never opens.
    [[nodiscard]] QDateTime addWorkingSeconds(const QDateTime &from, qint64 seconds) const;
    [[nodiscard]] QDateTime addWorkingHours(const QDateTime &from, double hours) const
    { return addWorkingSeconds(from, qint64(hours * 3600)); }
    /// The same working position `days` working days later: Monday 10:00 + 3 working days is
    /// Thursday 10:00 with a plain week. An instant outside opening hours counts from the next
    /// opening. Invalid when the calendar never opens.
    [[nodiscard]] QDateTime addWorkingDays(const QDateTime &from, int days) const;

    /// Seconds of opening time on a typical working day (the week's opening time divided by
    /// its working days); turns working hours into "working days" for people.
    [[nodiscard]] qint64 typicalDaySeconds() const;

private:
    QTimeZone m_zone = QTimeZone(QByteArrayLiteral("Africa/Casablanca"));
    WeeklyHours m_hours = defaultHours();
    bool m_moroccanHolidays = true;
    QHash<QDate, QString> m_dated;
};

/// "2 working days", "5 working hours", "40 working minutes": working time for people,
/// whole days counted on the calendar's typical day.
[[nodiscard]] QString workingTimeInWords(qint64 workingSeconds, const WorkingCalendar &calendar);
/// The calendar's working time from `from` to `to`, in those words.
[[nodiscard]] inline QString workingTimeInWords(const QDateTime &from, const QDateTime &to,
                                               const WorkingCalendar &calendar)
{
    return workingTimeInWords(calendar.workingSecondsBetween(from, to), calendar);
}

} // namespace Relais::Core
