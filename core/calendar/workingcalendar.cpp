#include "calendar/workingcalendar.h"

#include "common/error.h"

#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core {

namespace {

constexpr int minutesPerDay = 24 * 60;
// Searching longer than this for an opening means the calendar is, in practice, never open
// (say every weekday entered as a holiday): callers get an invalid QDateTime, not a hang.
constexpr int maxClosedDays = 5 * 366;
// Arithmetic reaching further than a century ahead is a bug upstream; stop rather than spin.
constexpr qint64 maxSearchDays = 100 * 366;

struct FixedHoliday {
    int month;
    int day;
    const char *name;
};

// DESIGN.md "Default calendar". Names are marked for translation in Tr's context.
constexpr std::array fixedHolidays{
    FixedHoliday{1, 1, QT_TRANSLATE_NOOP("Relais::Core", "New Year's Day")},
    FixedHoliday{1, 11, QT_TRANSLATE_NOOP("Relais::Core", "Proclamation of Independence Day")},
    FixedHoliday{1, 14, QT_TRANSLATE_NOOP("Relais::Core", "Amazigh New Year")},
    FixedHoliday{5, 1, QT_TRANSLATE_NOOP("Relais::Core", "Labour Day")},
    FixedHoliday{7, 30, QT_TRANSLATE_NOOP("Relais::Core", "Throne Day")},
    FixedHoliday{8, 14, QT_TRANSLATE_NOOP("Relais::Core", "Oued Ed-Dahab Day")},
    FixedHoliday{8, 20, QT_TRANSLATE_NOOP("Relais::Core", "Revolution of the King and the People")},
    FixedHoliday{8, 21, QT_TRANSLATE_NOOP("Relais::Core", "Youth Day")},
    FixedHoliday{11, 6, QT_TRANSLATE_NOOP("Relais::Core", "Green March")},
    FixedHoliday{11, 18, QT_TRANSLATE_NOOP("Relais::Core", "Independence Day")},
};

const FixedHoliday *fixedHolidayOn(QDate date)
{
    for (const FixedHoliday &holiday : fixedHolidays)
        if (holiday.month == date.month() && holiday.day == date.day())
            return &holiday;
    return nullptr;
}

bool neverOpens(const WeeklyHours &hours)
{
    return std::all_of(hours.begin(), hours.end(), [](const auto &spans) { return spans.isEmpty(); });
}

// Spans clamped into the day, empty ones dropped, sorted, overlaps merged: whatever a caller
// built by hand, no opening time is counted twice.
WeeklyHours normalised(WeeklyHours hours)
{
    for (QList<OpeningSpan> &spans : hours) {
        QList<OpeningSpan> kept;
        for (OpeningSpan span : spans) {
            span.from = std::clamp(span.from, 0, minutesPerDay);
            span.to = std::clamp(span.to, 0, minutesPerDay);
            if (span.from < span.to)
                kept.append(span);
        }
        std::sort(kept.begin(), kept.end(), [](OpeningSpan a, OpeningSpan b) { return a.from < b.from; });
        spans.clear();
        for (OpeningSpan span : kept) {
            if (!spans.isEmpty() && span.from < spans.last().to)
                spans.last().to = std::max(spans.last().to, span.to);
            else
                spans.append(span);
        }
    }
    return hours;
}

// A wall time the clocks skip (spring forward) is an invalid QDateTime in Qt 6.4 and a shifted
// one in later Qt. Opening hours starting or ending in that gap start or end when the clocks
// jump: the transition instant.
qint64 clocksJumpInstant(QDate day, QTime time, const QTimeZone &zone)
{
    const qint64 wall = QDateTime(day, time, Qt::UTC).toMSecsSinceEpoch();
    constexpr qint64 widestOffset = 15LL * 3600 * 1000; // UTC offsets stay within ±14 h
    QTimeZone::OffsetData transition =
        zone.nextTransition(QDateTime::fromMSecsSinceEpoch(wall - widestOffset, Qt::UTC));
    while (transition.atUtc.isValid() && transition.atUtc.toMSecsSinceEpoch() <= wall + widestOffset) {
        const qint64 at = transition.atUtc.toMSecsSinceEpoch();
        const qint64 before = qint64(zone.offsetFromUtc(transition.atUtc.addMSecs(-1))) * 1000;
        if (at + before <= wall && wall < at + qint64(transition.offsetFromUtc) * 1000)
            return at;
        transition = zone.nextTransition(transition.atUtc);
    }
    return wall - qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(wall, Qt::UTC))) * 1000;
}

// The instant (UTC ms) of `minutes` past local midnight on `date`; 1440 is the next midnight,
// which is not always 24 hours later.
qint64 instantOf(QDate date, int minutes, const QTimeZone &zone)
{
    const QDate day = minutes >= minutesPerDay ? date.addDays(1) : date;
    const int inDay = minutes % minutesPerDay;
    const QTime time(inDay / 60, inDay % 60);
    const QDateTime local(day, time, zone);
    const bool exists = local.isValid() && local.date() == day && local.time() == time;
    return exists ? local.toMSecsSinceEpoch() : clocksJumpInstant(day, time, zone);
}

/// Real opening time on one local day, [start, end) in UTC milliseconds.
struct Interval {
    qint64 start = 0;
    qint64 end = 0;

    [[nodiscard]] qint64 length() const { return end - start; }
};
// Inline storage: the day loops below run thousands of times and should not allocate.
using DayOpening = QVarLengthArray<Interval, 4>;

DayOpening openingOn(const WorkingCalendar &calendar, QDate date)
{
    DayOpening opening;
    if (!calendar.isWorkingDay(date))
        return opening;
    for (const OpeningSpan &span : calendar.hours()[date.dayOfWeek() - 1]) {
        const qint64 start = instantOf(date, span.from, calendar.timeZone());
        const qint64 end = instantOf(date, span.to, calendar.timeZone());
        if (start < end)
            opening.append(Interval{start, end});
    }
    return opening;
}

QDate localDate(const QDateTime &instant, const QTimeZone &zone)
{
    return instant.toTimeZone(zone).date();
}

// The earliest instant after `fromMs` by which `msecs` (> 0) of opening time have passed.
std::optional<qint64> walkForward(const WorkingCalendar &calendar, qint64 fromMs, QDate day, qint64 msecs)
{
    int closedDays = 0;
    for (qint64 n = 0; n < maxSearchDays && closedDays <= maxClosedDays; ++n, day = day.addDays(1)) {
        bool open = false;
        for (const Interval &interval : openingOn(calendar, day)) {
            const qint64 start = std::max(interval.start, fromMs);
            if (interval.end <= start)
                continue;
            open = true;
            if (msecs <= interval.end - start)
                return start + msecs;
            msecs -= interval.end - start;
        }
        closedDays = open ? 0 : closedDays + 1;
    }
    return std::nullopt;
}

// The latest instant before `fromMs` from which `msecs` (> 0) of opening time lead to it.
std::optional<qint64> walkBackward(const WorkingCalendar &calendar, qint64 fromMs, QDate day, qint64 msecs)
{
    int closedDays = 0;
    for (qint64 n = 0; n < maxSearchDays && closedDays <= maxClosedDays; ++n, day = day.addDays(-1)) {
        bool open = false;
        const DayOpening opening = openingOn(calendar, day);
        for (auto interval = opening.rbegin(); interval != opening.rend(); ++interval) {
            const qint64 end = std::min(interval->end, fromMs);
            if (end <= interval->start)
                continue;
            open = true;
            if (msecs <= end - interval->start)
                return end - msecs;
            msecs -= end - interval->start;
        }
        closedDays = open ? 0 : closedDays + 1;
    }
    return std::nullopt;
}

// The opening time on `day` before `fromMs`, when `day` is still open at or after `fromMs`:
// the working position of `fromMs` (or of the next opening) within that day.
std::optional<qint64> offsetIntoDay(const WorkingCalendar &calendar, qint64 fromMs, QDate day)
{
    qint64 before = 0;
    for (const Interval &interval : openingOn(calendar, day)) {
        if (fromMs < interval.end)
            return before + std::max<qint64>(0, fromMs - interval.start);
        before += interval.length();
    }
    return std::nullopt;
}

// ---- weekly hours text -------------------------------------------------------------------

constexpr std::array<const char *, 7> dayCodes{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
constexpr std::array<const char *, 7> dayNames{
    QT_TRANSLATE_NOOP("Relais::Core", "Monday"),   QT_TRANSLATE_NOOP("Relais::Core", "Tuesday"),
    QT_TRANSLATE_NOOP("Relais::Core", "Wednesday"), QT_TRANSLATE_NOOP("Relais::Core", "Thursday"),
    QT_TRANSLATE_NOOP("Relais::Core", "Friday"),   QT_TRANSLATE_NOOP("Relais::Core", "Saturday"),
    QT_TRANSLATE_NOOP("Relais::Core", "Sunday"),
};

// Index 0–6 of "mon" or "Monday" (any case), -1 otherwise.
int dayIndex(const QString &word)
{
    const QString lower = word.toLower();
    for (int i = 0; i < 7; ++i)
        if (lower == QLatin1StringView(dayCodes[i]) || lower == QLatin1StringView(dayNames[i]).toString().toLower())
            return i;
    return -1;
}

std::optional<int> minutesOf(const QString &text)
{
    static const QRegularExpression pattern(u"^([0-9]{1,2}):([0-9]{2})$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int hour = match.captured(1).toInt();
    const int minute = match.captured(2).toInt();
    if (minute > 59 || hour > 24 || (hour == 24 && minute != 0))
        return std::nullopt;
    return hour * 60 + minute;
}

QString timeText(int minutes)
{
    return u"%1:%2"_s.arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString spanText(OpeningSpan span)
{
    return timeText(span.from) + u'-' + timeText(span.to);
}

using ParseError = QString;

// "mon-wed,fri" → the days it names, or what is wrong with it.
std::expected<QList<int>, ParseError> parseDays(const QString &text)
{
    QList<int> days;
    for (const QString &item : text.split(u',')) {
        const QStringList ends = item.split(u'-');
        if (ends.size() > 2)
            return std::unexpected(Tr::tr("“%1” is not a day or a range of days; write it like mon-fri.").arg(item));
        const int first = dayIndex(ends.first());
        const int last = dayIndex(ends.last());
        if (first < 0 || last < 0)
            return std::unexpected(Tr::tr("“%1” is not a day; use mon, tue, wed, thu, fri, sat or sun.")
                                       .arg(first < 0 ? ends.first() : ends.last()));
        if (last < first)
            return std::unexpected(
                Tr::tr("“%1” runs backwards; write days in week order, Monday first, like mon-fri.").arg(item));
        for (int day = first; day <= last; ++day)
            days.append(day);
    }
    return days;
}

// "09:00-13:00,14:00-18:00" → its spans, in order, or what is wrong with it.
std::expected<QList<OpeningSpan>, ParseError> parseSpans(const QString &text)
{
    QList<OpeningSpan> spans;
    for (const QString &item : text.split(u',')) {
        const QStringList ends = item.split(u'-');
        if (ends.size() != 2)
            return std::unexpected(Tr::tr("“%1” is not a time range; write it like 09:00-13:00.").arg(item));
        const std::optional<int> from = minutesOf(ends[0]);
        const std::optional<int> to = minutesOf(ends[1]);
        if (!from || !to)
            return std::unexpected(
                Tr::tr("“%1” is not a time of day; write it like 09:00 (24:00 for midnight at the end of the day).")
                    .arg(!from ? ends[0] : ends[1]));
        if (*from >= *to)
            return std::unexpected(
                Tr::tr("“%1” closes before it opens; the closing time must come after the opening time "
                       "(use 24:00 for midnight).")
                    .arg(item));
        if (!spans.isEmpty() && *from < spans.last().to)
            return std::unexpected(Tr::tr("“%1” starts before “%2” ends; list the hours of a day in order, "
                                          "earliest first, without overlaps.")
                                       .arg(item, spanText(spans.last())));
        spans.append(OpeningSpan{*from, *to});
    }
    return spans;
}

// One "mon-fri 09:00-13:00,14:00-18:00" group added to `hours`.
std::optional<ParseError> parseGroup(const QString &group, WeeklyHours &hours)
{
    static const QRegularExpression space(u"\\s+"_s);
    const qsizetype split = group.indexOf(space);
    if (split < 0)
        return Tr::tr("“%1” needs days and hours, like “mon-fri 09:00-18:00”.").arg(group);
    const auto days = parseDays(group.left(split));
    if (!days)
        return days.error();
    const auto spans = parseSpans(group.mid(split).remove(space));
    if (!spans)
        return spans.error();
    for (int day : *days)
        hours[day].append(*spans);
    return std::nullopt;
}

// Groups may name a day twice ("mon-fri 09:00-13:00; mon-thu 14:00-18:00"): allowed as long as
// that day's hours do not overlap.
std::optional<ParseError> checkOverlaps(WeeklyHours &hours)
{
    for (int day = 0; day < 7; ++day) {
        QList<OpeningSpan> &spans = hours[day];
        std::sort(spans.begin(), spans.end(), [](OpeningSpan a, OpeningSpan b) { return a.from < b.from; });
        for (qsizetype i = 1; i < spans.size(); ++i)
            if (spans[i].from < spans[i - 1].to)
                return Tr::tr("On %1, %2 and %3 overlap; each hour may be given only once.")
                    .arg(Tr::tr(dayNames[day]), spanText(spans[i - 1]), spanText(spans[i]));
    }
    return std::nullopt;
}

// "mon-wed,fri" for the days in `days` (ascending).
QString daysText(const QList<int> &days)
{
    QStringList parts;
    for (qsizetype i = 0; i < days.size();) {
        qsizetype j = i;
        while (j + 1 < days.size() && days[j + 1] == days[j] + 1)
            ++j;
        QString part = QLatin1StringView(dayCodes[days[i]]).toString();
        if (j > i)
            part += u'-' + QLatin1StringView(dayCodes[days[j]]).toString();
        parts.append(part);
        i = j + 1;
    }
    return parts.join(u',');
}

} // namespace

std::optional<WeeklyHours> parseWeeklyHours(const QString &text, QString *error)
{
    WeeklyHours hours;
    std::optional<ParseError> problem;
    for (const QString &group : text.split(u';')) {
        // Empty groups (a trailing ';') are harmless; "days not named are closed".
        if (!group.trimmed().isEmpty())
            problem = parseGroup(group.trimmed(), hours);
        if (problem)
            break;
    }
    if (!problem)
        problem = checkOverlaps(hours);
    if (problem) {
        if (error)
            *error = *problem;
        return std::nullopt;
    }
    return hours;
}

QString weeklyHoursText(const WeeklyHours &hours)
{
    QStringList groups;
    std::array<bool, 7> written{};
    for (int day = 0; day < 7; ++day) {
        if (written[day] || hours[day].isEmpty())
            continue;
        QList<int> sameHours;
        for (int other = day; other < 7; ++other)
            if (!written[other] && hours[other] == hours[day]) {
                sameHours.append(other);
                written[other] = true;
            }
        QStringList spans;
        for (OpeningSpan span : hours[day])
            spans.append(spanText(span));
        groups.append(daysText(sameHours) + u' ' + spans.join(u','));
    }
    return groups.join(u"; "_s);
}

QList<Holiday> moroccanFixedHolidays(int year)
{
    QList<Holiday> holidays;
    for (const FixedHoliday &holiday : fixedHolidays)
        holidays.append(Holiday{QDate(year, holiday.month, holiday.day), Tr::tr(holiday.name)});
    return holidays;
}

WorkingCalendar WorkingCalendar::moroccanDefault()
{
    return WorkingCalendar(QTimeZone(QByteArrayLiteral("Africa/Casablanca")), defaultHours(), true);
}

WeeklyHours WorkingCalendar::defaultHours()
{
    WeeklyHours hours;
    for (int day = 0; day < 5; ++day)
        hours[day] = {OpeningSpan{9 * 60, 13 * 60}, OpeningSpan{14 * 60, 18 * 60}};
    return hours;
}

WorkingCalendar::WorkingCalendar(QTimeZone zone, WeeklyHours hours, bool moroccanHolidays)
    : m_zone(std::move(zone))
    , m_hours(normalised(std::move(hours)))
    , m_moroccanHolidays(moroccanHolidays)
{
    // An unknown zone id would make every instant invalid and every clock stop silently;
    // counting in UTC keeps clocks running, at worst an offset away.
    if (!m_zone.isValid()) {
        qWarning() << "working calendar: unknown time zone, counting in UTC";
        m_zone = QTimeZone::utc();
    }
}

void WorkingCalendar::addHoliday(const Holiday &holiday)
{
    if (holiday.date.isValid())
        m_dated.insert(holiday.date, holiday.name);
}

QList<Holiday> WorkingCalendar::datedHolidays() const
{
    QList<Holiday> holidays;
    for (auto it = m_dated.cbegin(); it != m_dated.cend(); ++it)
        holidays.append(Holiday{it.key(), it.value()});
    std::sort(holidays.begin(), holidays.end(), [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    return holidays;
}

QString WorkingCalendar::holidayName(QDate date) const
{
    // A dated holiday wins over a fixed one on the same day: it is the more deliberate entry.
    if (const auto it = m_dated.constFind(date); it != m_dated.cend())
        return it.value().isEmpty() ? Tr::tr("Holiday") : it.value();
    if (m_moroccanHolidays && date.isValid())
        if (const FixedHoliday *fixed = fixedHolidayOn(date))
            return Tr::tr(fixed->name);
    return {};
}

bool WorkingCalendar::isWorkingDay(QDate date) const
{
    // Called for every day the clocks cross, so it avoids building holiday names.
    if (!date.isValid() || m_hours[date.dayOfWeek() - 1].isEmpty() || m_dated.contains(date))
        return false;
    return !(m_moroccanHolidays && fixedHolidayOn(date));
}

bool WorkingCalendar::isOpenAt(const QDateTime &instant) const
{
    if (!instant.isValid())
        return false;
    const qint64 at = instant.toMSecsSinceEpoch();
    const DayOpening opening = openingOn(*this, localDate(instant, m_zone));
    return std::any_of(opening.begin(), opening.end(),
                       [at](const Interval &interval) { return interval.start <= at && at < interval.end; });
}

qint64 WorkingCalendar::workingSecondsBetween(const QDateTime &from, const QDateTime &to) const
{
    if (!from.isValid() || !to.isValid() || neverOpens(m_hours))
        return 0;
    if (to < from)
        return -workingSecondsBetween(to, from);
    const qint64 a = from.toMSecsSinceEpoch();
    const qint64 b = to.toMSecsSinceEpoch();
    qint64 msecs = 0;
    const QDate last = localDate(to, m_zone);
    for (QDate day = localDate(from, m_zone); day <= last; day = day.addDays(1))
        for (const Interval &interval : openingOn(*this, day))
            msecs += std::max<qint64>(0, std::min(interval.end, b) - std::max(interval.start, a));
    return msecs / 1000;
}

QDateTime WorkingCalendar::addWorkingSeconds(const QDateTime &from, qint64 seconds) const
{
    if (!from.isValid() || neverOpens(m_hours))
        return {};
    if (seconds == 0)
        return from;
    // More than the search could ever reach (and than the millisecond sums could hold).
    constexpr qint64 unreachable = maxSearchDays * 25 * 3600;
    if (seconds > unreachable || seconds < -unreachable)
        return {};
    // Negative amounts go back in time: the latest t with workingSecondsBetween(t, from) == -seconds.
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const QDate day = localDate(from, m_zone);
    const std::optional<qint64> target = seconds > 0 ? walkForward(*this, fromMs, day, seconds * 1000)
                                                     : walkBackward(*this, fromMs, day, -seconds * 1000);
    // addMSecs keeps the caller's time spec (UTC stays UTC).
    return target ? from.addMSecs(*target - fromMs) : QDateTime();
}

QDateTime WorkingCalendar::addWorkingDays(const QDateTime &from, int days) const
{
    if (!from.isValid() || neverOpens(m_hours))
        return {};
    const qint64 fromMs = from.toMSecsSinceEpoch();

    // 1. Where `from` stands: the working day it counts in (the next opening when closed) and
    //    the opening time already past on that day.
    QDate day = localDate(from, m_zone);
    std::optional<qint64> offset = offsetIntoDay(*this, fromMs, day);
    for (int searched = 0; !offset; ++searched) {
        if (searched > maxClosedDays)
            return {};
        day = day.addDays(1);
        offset = offsetIntoDay(*this, fromMs, day);
    }

    // 2. Step over `days` working days, in either direction.
    const int step = days < 0 ? -1 : 1;
    qint64 left = days < 0 ? -qint64(days) : qint64(days);
    for (qint64 searched = 0, closed = 0; left > 0; ++searched) {
        if (searched > maxSearchDays || closed > maxClosedDays)
            return {};
        day = day.addDays(step);
        if (openingOn(*this, day).isEmpty()) {
            ++closed;
        } else {
            --left;
            closed = 0;
        }
    }

    // 3. The same offset into that day's opening. An offset that is exactly the end of a span
    //    means the start of the next one (Monday 14:00 stays 14:00, not 13:00); past the day's
    //    total (a shorter day) means its closing time.
    const DayOpening opening = openingOn(*this, day);
    qint64 rest = *offset;
    for (const Interval &interval : opening) {
        if (rest < interval.length())
            return from.addMSecs(interval.start + rest - fromMs);
        rest -= interval.length();
    }
    return from.addMSecs(opening.last().end - fromMs);
}

qint64 WorkingCalendar::typicalDaySeconds() const
{
    qint64 minutes = 0;
    int openDays = 0;
    for (const QList<OpeningSpan> &spans : m_hours) {
        for (OpeningSpan span : spans)
            minutes += span.to - span.from;
        openDays += spans.isEmpty() ? 0 : 1;
    }
    return openDays == 0 ? 0 : minutes * 60 / openDays;
}

QString workingTimeInWords(qint64 workingSeconds, const WorkingCalendar &calendar)
{
    if (workingSeconds < 0)
        return u"-"_s + workingTimeInWords(-workingSeconds, calendar);
    const qint64 day = calendar.typicalDaySeconds();
    if (day > 0 && workingSeconds >= day) {
        const qint64 days = workingSeconds / day;
        return days == 1 ? Tr::tr("1 working day") : Tr::tr("%1 working days").arg(days);
    }
    if (workingSeconds >= 3600) {
        const qint64 hours = workingSeconds / 3600;
        return hours == 1 ? Tr::tr("1 working hour") : Tr::tr("%1 working hours").arg(hours);
    }
    const qint64 minutes = workingSeconds / 60;
    return minutes == 1 ? Tr::tr("1 working minute") : Tr::tr("%1 working minutes").arg(minutes);
}

} // namespace Relais::Core
