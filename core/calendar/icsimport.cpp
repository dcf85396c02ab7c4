#include "calendar/icsimport.h"

#include <libical/ical.h>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core {

namespace {

// Recurrence is expanded only this far: holiday lists are re-imported every year or two, and an
// open-ended rule must not fill the calendar (or the loop) forever.
constexpr int maxOccurrences = 30;
constexpr int lastYear = 2100;
// A DTEND years after DTSTART is a typo, not a holiday; one year is already a long closure.
constexpr qint64 maxDaysPerEvent = 366;

struct ComponentDeleter {
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

struct IteratorDeleter {
    void operator()(icalrecur_iterator *iterator) const { icalrecur_iterator_free(iterator); }
};
using IteratorPtr = std::unique_ptr<icalrecur_iterator, IteratorDeleter>;

// libical can be built to abort() on errors; a bad file must never take the app down.
void makeLibicalErrorsNonFatal()
{
    static const bool done = [] {
        icalerror_set_errors_are_fatal(0);
        return true;
    }();
    Q_UNUSED(done);
}

QDate dateOf(const icaltimetype &time)
{
    return QDate(time.year, time.month, time.day);
}

bool isExcluded(icalcomponent *event, QDate date)
{
    for (icalproperty *exdate = icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY); exdate;
         exdate = icalcomponent_get_next_property(event, ICAL_EXDATE_PROPERTY))
        if (dateOf(icalproperty_get_exdate(exdate)) == date)
            return true;
    return false;
}

bool isDailyOrSlower(icalrecurrencetype_frequency frequency)
{
    // Sub-daily rules make no sense for all-day events, and libical can spin a long time on them.
    switch (frequency) {
    case ICAL_DAILY_RECURRENCE:
    case ICAL_WEEKLY_RECURRENCE:
    case ICAL_MONTHLY_RECURRENCE:
    case ICAL_YEARLY_RECURRENCE:
        return true;
    default:
        return false;
    }
}

// The dates the event starts on: DTSTART, plus its RRULE occurrences within the caps.
QList<QDate> occurrences(icalcomponent *event, const icaltimetype &start)
{
    const QDate first = dateOf(start);
    icalproperty *rule = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY);
    if (!rule)
        return {first};
    const icalrecurrencetype recurrence = icalproperty_get_rrule(rule);
    if (!isDailyOrSlower(recurrence.freq))
        return {first};
    const IteratorPtr iterator(icalrecur_iterator_new(recurrence, start));
    if (!iterator)
        return {first};
    QList<QDate> dates;
    // RFC 5545: DTSTART is always the first occurrence, even when the rule would not produce it.
    if (!isExcluded(event, first))
        dates.append(first);
    for (icaltimetype next = icalrecur_iterator_next(iterator.get());
         !icaltime_is_null_time(next) && next.year <= lastYear && dates.size() < maxOccurrences;
         next = icalrecur_iterator_next(iterator.get())) {
        const QDate date = dateOf(next);
        if (date.isValid() && date != first && !isExcluded(event, date))
            dates.append(date);
    }
    return dates;
}

void addHolidays(icalcomponent *event, QList<Holiday> &holidays)
{
    if (icalcomponent_get_status(event) == ICAL_STATUS_CANCELLED)
        return;
    const icaltimetype start = icalcomponent_get_dtstart(event);
    // Timed events (a meeting, a half-day closure) are not days off; unreadable dates are skipped.
    if (icaltime_is_null_time(start) || !icaltime_is_date(start) || !dateOf(start).isValid())
        return;
    qint64 days = 1;
    const icaltimetype end = icalcomponent_get_dtend(event); // libical derives it from DURATION too
    if (!icaltime_is_null_time(end) && dateOf(end).isValid())
        days = std::clamp<qint64>(dateOf(start).daysTo(dateOf(end)), 1, maxDaysPerEvent);
    const char *summary = icalcomponent_get_summary(event);
    QString name = summary ? QString::fromUtf8(summary).simplified() : QString();
    if (name.isEmpty())
        name = Tr::tr("Holiday");
    for (QDate first : occurrences(event, start))
        for (qint64 day = 0; day < days; ++day)
            holidays.append(Holiday{first.addDays(day), name});
}

void addCalendar(icalcomponent *calendar, QList<Holiday> &holidays)
{
    for (icalcomponent *event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event;
         event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT))
        addHolidays(event, holidays);
}

// Real files nest VCALENDAR > VEVENT > VALARM at most; anything deeper is not a calendar, and
// libical frees components recursively.
constexpr int maxNesting = 8;

// The BEGIN/END structure, checked before libical sees the text: libical accepts a file cut
// short, and prints to stderr (with no way to silence it) when it meets an END without BEGIN.
std::optional<QString> structureProblem(const QByteArray &text)
{
    QList<QByteArray> open;
    int lineNumber = 0;
    for (const QByteArray &rawLine : text.split('\n')) {
        ++lineNumber;
        const QByteArray line = rawLine.trimmed().toUpper();
        if (line.startsWith("BEGIN:"_ba)) {
            open.append(line.mid(6));
            if (open.size() > maxNesting)
                return Tr::tr("This file is not an iCalendar file that can be read: its parts are nested "
                              "too deeply (line %1).")
                    .arg(lineNumber);
        } else if (line.startsWith("END:"_ba)) {
            if (open.isEmpty() || open.last() != line.mid(4))
                return Tr::tr("This file is not a valid iCalendar file: line %1 closes a part that was never "
                              "opened. The file may be damaged; export or download it again.")
                    .arg(lineNumber);
            open.removeLast();
        }
    }
    if (!open.isEmpty())
        return Tr::tr("This file is not a complete iCalendar file: it stops before END:VCALENDAR. "
                      "It may have been cut short; export or download it again.");
    return std::nullopt;
}

std::optional<QString> shapeProblem(const QByteArray &text)
{
    if (text.isEmpty())
        return Tr::tr("This file is not an iCalendar file: it is empty.");
    if (text.contains('\0') || !text.left(15).toUpper().startsWith("BEGIN:VCALENDAR"_ba))
        return Tr::tr("This file is not an iCalendar file (.ics): it should start with BEGIN:VCALENDAR. "
                      "Export the holidays from your calendar application as .ics and try again.");
    return structureProblem(text);
}

} // namespace

Result<QList<Holiday>> holidaysFromIcs(const QByteArray &icsText)
{
    QByteArray text = icsText.trimmed();
    if (text.startsWith("\xEF\xBB\xBF"_ba)) // a UTF-8 byte order mark, as some exporters write
        text = text.mid(3).trimmed();
    if (const std::optional<QString> problem = shapeProblem(text))
        return fail(ErrorCode::Invalid, *problem);

    makeLibicalErrorsNonFatal();
    icalerror_clear_errno();
    const ComponentPtr root(icalparser_parse_string(text.constData()));
    if (!root)
        return fail(ErrorCode::Invalid,
                    Tr::tr("This file is not an iCalendar file that can be read: its contents are malformed."));

    QList<Holiday> holidays;
    if (icalcomponent_isa(root.get()) == ICAL_VCALENDAR_COMPONENT) {
        addCalendar(root.get(), holidays);
    } else { // several calendars in one file come wrapped in an XROOT
        for (icalcomponent *calendar = icalcomponent_get_first_component(root.get(), ICAL_VCALENDAR_COMPONENT);
             calendar; calendar = icalcomponent_get_next_component(root.get(), ICAL_VCALENDAR_COMPONENT))
            addCalendar(calendar, holidays);
    }
    icalerror_clear_errno();
    if (holidays.isEmpty())
        return fail(ErrorCode::Invalid,
                    Tr::tr("This calendar has no all-day events, so there are no holidays to take from it. "
                           "Holidays must be entered as all-day events."));

    std::stable_sort(holidays.begin(), holidays.end(),
                     [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    holidays.erase(std::unique(holidays.begin(), holidays.end(),
                               [](const Holiday &a, const Holiday &b) { return a.date == b.date; }),
                   holidays.end());
    return holidays;
}

} // namespace Relais::Core
