#pragma once

#include "calendar/workingcalendar.h"
#include "common/error.h"

#include <QByteArray>
#include <QList>

namespace Relais::Core {

/// Holidays in an iCalendar (.ics) file: each all-day VEVENT gives one Holiday per day it covers
/// (DTEND exclusive, as RFC 5545 says; no DTEND: one day), named by its SUMMARY. Timed events are
/// skipped (they are not days off), and so are cancelled ones. An event with an RRULE gives its
/// first 30 occurrences up to the year 2100 (EXDATEs left out). Sorted by date, one per date
/// (the first event naming a day wins). Fails with ErrorCode::Invalid and a message a person
/// understands ("This file is not an iCalendar file…", "…has no all-day events") on malformed
/// or empty input.
[[nodiscard]] Result<QList<Holiday>> holidaysFromIcs(const QByteArray &icsText);

} // namespace Relais::Core
