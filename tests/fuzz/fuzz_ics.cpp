// holidaysFromIcs (calendar/icsimport.h) on any bytes: an .ics export, a damaged one, or a file
// made to send libical into the weeds (deep nesting, endless RRULEs, huge DTEND spans).
//
// Properties: it never crashes, hangs or leaks; a list it gives is not empty, sorted, one
// holiday per date, every date valid, every name non-empty and on one line; an event covers at
// most a year and a rule at most 30 occurrences up to 2100, so the list stays bounded; the same
// bytes give the same list.

#include "calendar/icsimport.h"

#include "fuzzsupport.h"

using namespace Relais::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

QString describe(const QList<Holiday> &holidays)
{
    QStringList lines;
    for (const Holiday &holiday : holidays)
        lines << holiday.date.toString(Qt::ISODate) + u' ' + holiday.name;
    return lines.join(u'\n');
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Relais::Fuzz::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Relais::Fuzz::bytesOf(data, size);
    const auto holidays = holidaysFromIcs(bytes);
    if (!holidays) {
        FUZZ_REQUIRE(holidays.error().code == ErrorCode::Invalid && !holidays.error().message.isEmpty(),
                     holidays.error().message);
        return 0;
    }
    FUZZ_REQUIRE(!holidays->isEmpty(), u"success with no holiday"_s);
    // Each VEVENT adds at most 30 occurrences of at most 366 days; there cannot be more
    // events than "BEGIN:" lines.
    const qsizetype events = bytes.count("BEGIN:") + bytes.count("begin:") + 1;
    FUZZ_REQUIRE(holidays->size() <= events * 30 * 366, u"%1 holidays"_s.arg(holidays->size()));
    for (qsizetype i = 0; i < holidays->size(); ++i) {
        const Holiday &holiday = holidays->at(i);
        FUZZ_REQUIRE(holiday.date.isValid(), describe(*holidays));
        FUZZ_REQUIRE(!holiday.name.isEmpty() && holiday.name == holiday.name.simplified(), describe(*holidays));
        if (i > 0)
            FUZZ_REQUIRE(holidays->at(i - 1).date < holiday.date, u"not sorted, or a date twice:\n"_s + describe(*holidays));
    }
    const auto again = holidaysFromIcs(bytes);
    FUZZ_REQUIRE(again && again->size() == holidays->size(), u"the same file read twice differs"_s);
    for (qsizetype i = 0; i < holidays->size(); ++i)
        FUZZ_REQUIRE(again->at(i).date == holidays->at(i).date && again->at(i).name == holidays->at(i).name,
                     u"the same file read twice differs"_s);
    return 0;
}
