// calendar commands: opening hours, holidays and service levels that stall deadlines count on.
#include "cli.h"

#include "calendar/icsimport.h"
#include "casefile/json.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Cli {

namespace {

Result<QDate> dateArgument(const QString &text)
{
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!date.isValid())
        return fail(ErrorCode::Invalid, Tr::tr("\"%1\" is not a date; write it YYYY-MM-DD.").arg(text));
    return date;
}

/// Every holiday `calendar` keeps in `year`, fixed and dated, by date.
QList<Holiday> holidaysOfYear(const WorkingCalendar &calendar, int year)
{
    QList<Holiday> out;
    for (QDate day(year, 1, 1); day.year() == year; day = day.addDays(1))
        if (const QString name = calendar.holidayName(day); !name.isEmpty())
            out.append({day, name});
    return out;
}

int calendarShow(Context &ctx)
{
    auto session = ctx.session(Acting::Anyone);
    if (!session)
        return ctx.failed(session.error());
    auto agency = session->ws->directory().agencyByCode(ctx.positional(0));
    if (!agency)
        return ctx.failed(agency.error());
    auto calendar = session->ws->calendars().calendarOf(agency->code);
    if (!calendar)
        return ctx.failed(calendar.error());
    auto year = numberOption(ctx, u"--year"_s, session->ws->database().now().date().year(), 1970, 2200);
    if (!year)
        return ctx.failed(year.error());
    const QList<Holiday> holidays = holidaysOfYear(*calendar, *year);
    QJsonArray days;
    QString list;
    for (const Holiday &h : holidays) {
        days.append(QJsonObject{{u"date"_s, h.date.toString(Qt::ISODate)}, {u"name"_s, h.name}});
        list += u"  %1  %2  %3\n"_s.arg(h.date.toString(Qt::ISODate), QLocale().dayName(h.date.dayOfWeek(), QLocale::ShortFormat).leftJustified(4), h.name);
    }
    const QString hours = weeklyHoursText(calendar->hours());
    QJsonObject json{{u"agency"_s, agency->code},
                     {u"timeZone"_s, agency->timeZone},
                     {u"hours"_s, hours},
                     {u"moroccanHolidays"_s, calendar->usesMoroccanHolidays()},
                     {u"ackHours"_s, agency->ackSlaHours},
                     {u"silenceDays"_s, agency->silenceDays},
                     {u"year"_s, *year},
                     {u"holidays"_s, days}};
    QString text = Tr::tr("%1 — %2\n  time zone      %3\n  opening hours  %4\n  Moroccan fixed holidays %5\n"
                          "  acknowledge within %6 working hours; silent after %7 working days\n\n"
                          "Holidays in %8 (%9):\n")
                       .arg(agency->code, agency->name, agency->timeZone, hours,
                            calendar->usesMoroccanHolidays() ? Tr::tr("on") : Tr::tr("off"))
                       .arg(agency->ackSlaHours)
                       .arg(agency->silenceDays)
                       .arg(*year)
                       .arg(holidays.size());
    return ctx.print(json, text + (list.isEmpty() ? Tr::tr("  none\n") : list));
}

int calendarHours(Context &ctx)
{
    auto session = ctx.session(Acting::UserOrConsole);
    if (!session)
        return ctx.failed(session.error());
    QString problem;
    const auto hours = parseWeeklyHours(ctx.positional(1), &problem);
    if (!hours)
        return ctx.failed({ErrorCode::Invalid, Tr::tr("Opening hours \"%1\": %2 (example: \"mon-fri 09:00-13:00,14:00-18:00; "
                                                      "sat 09:00-12:00\").").arg(ctx.positional(1), problem)});
    if (auto set = session->ws->calendars().setOpeningHours(session->actor, ctx.positional(0), *hours); !set)
        return ctx.failed(set.error());
    return ctx.print(QJsonObject{{u"agency"_s, ctx.positional(0).toUpper()}, {u"hours"_s, weeklyHoursText(*hours)}},
                     Tr::tr("%1 now opens %2.").arg(ctx.positional(0).toUpper(), weeklyHoursText(*hours)));
}

int calendarZone(Context &ctx)
{
    auto session = ctx.session(Acting::UserOrConsole);
    if (!session)
        return ctx.failed(session.error());
    if (auto set = session->ws->calendars().setTimeZone(session->actor, ctx.positional(0), ctx.positional(1)); !set)
        return ctx.failed(set.error());
    return ctx.print(QJsonObject{{u"agency"_s, ctx.positional(0).toUpper()}, {u"timeZone"_s, ctx.positional(1)}},
                     Tr::tr("%1 now works in the %2 time zone.").arg(ctx.positional(0).toUpper(), ctx.positional(1)));
}

int calendarSla(Context &ctx)
{
    auto session = ctx.session(Acting::UserOrConsole);
    if (!session)
        return ctx.failed(session.error());
    auto agency = session->ws->directory().agencyByCode(ctx.positional(0));
    if (!agency)
        return ctx.failed(agency.error());
    auto ack = numberOption(ctx, u"--ack-hours"_s, agency->ackSlaHours, 1, 24 * 30);
    if (!ack)
        return ctx.failed(ack.error());
    auto silence = numberOption(ctx, u"--silence-days"_s, agency->silenceDays, 1, 365);
    if (!silence)
        return ctx.failed(silence.error());
    if (auto set = session->ws->calendars().setServiceLevels(session->actor, agency->code, {*ack, *silence}); !set)
        return ctx.failed(set.error());
    return ctx.print(QJsonObject{{u"agency"_s, agency->code}, {u"ackHours"_s, *ack}, {u"silenceDays"_s, *silence}},
                     Tr::tr("%1 acknowledges within %2 working hours and is silent after %3 working days.")
                         .arg(agency->code)
                         .arg(*ack)
                         .arg(*silence));
}

int calendarFixedHolidays(Context &ctx)
{
    auto session = ctx.session(Acting::UserOrConsole);
    if (!session)
        return ctx.failed(session.error());
    const QString value = ctx.positional(1).toLower();
    if (value != u"on"_s && value != u"off"_s)
        return ctx.usage(Tr::tr("calendar fixed-holidays takes on or off, not \"%1\"").arg(ctx.positional(1)));
    if (auto set = session->ws->calendars().setMoroccanHolidays(session->actor, ctx.positional(0), value == u"on"_s); !set)
        return ctx.failed(set.error());
    return ctx.print(QJsonObject{{u"agency"_s, ctx.positional(0).toUpper()}, {u"moroccanHolidays"_s, value == u"on"_s}},
                     Tr::tr("Morocco's fixed holidays are %1 for %2.")
                         .arg(value == u"on"_s ? Tr::tr("on") : Tr::tr("off"), ctx.positional(0).toUpper()));
}

int holidayAdd(Context &ctx)
{
    auto session = ctx.session(Acting::UserOrConsole);
    if (!session)
        return ctx.failed(session.error());
    auto date = dateArgument(ctx.positional(0));
    if (!date)
        return ctx.failed(date.error());
    auto added = session->ws->calendars().addHoliday(session->actor, ctx.args().value(u"--agency"_s),
                                                     {*date, ctx.positional(1)});
    if (!added)
        return ctx.failed(added.error());
    return ctx.print(Json::holiday(*added), Tr::tr("%1 — %2 is a holiday for %3.")
                                                .arg(added->date.toString(Qt::ISODate), added->name,
                                                     added->agencyCode.isEmpty() ? Tr::tr("every agency") : added->agencyCode));
}

int holidayRemove(Context &ctx)
{
    auto session = ctx.session(Acting::UserOrConsole);
    if (!session)
        return ctx.failed(session.error());
    auto date = dateArgument(ctx.positional(0));
    if (!date)
        return ctx.failed(date.error());
    if (auto removed = session->ws->calendars().removeHoliday(session->actor, ctx.args().value(u"--agency"_s), *date); !removed)
        return ctx.failed(removed.error());
    return ctx.print(QJsonObject{{u"removed"_s, date->toString(Qt::ISODate)}},
                     Tr::tr("%1 is no longer a holiday there.").arg(date->toString(Qt::ISODate)));
}

int holidayList(Context &ctx)
{
    auto session = ctx.session(Acting::Anyone);
    if (!session)
        return ctx.failed(session.error());
    auto year = numberOption(ctx, u"--year"_s, 0, 0, 2200);
    if (!year)
        return ctx.failed(year.error());
    const bool oneScope = ctx.args().has(u"--agency"_s);
    auto holidays = session->ws->calendars().holidays(ctx.args().value(u"--agency"_s), *year, !oneScope);
    if (!holidays)
        return ctx.failed(holidays.error());
    QString text;
    for (const HolidayEntry &h : *holidays)
        text += u"%1  %2  %3  (%4)\n"_s.arg(h.date.toString(Qt::ISODate),
                                           (h.agencyCode.isEmpty() ? Tr::tr("all") : h.agencyCode).leftJustified(8), h.name,
                                           h.source);
    return ctx.print(Json::array(*holidays, Json::holiday),
                     text.isEmpty() ? Tr::tr("No dated holidays entered (Morocco's fixed holidays are built in; "
                                             "relais-cli calendar show CODE lists them).")
                                    : text);
}

int calendarImport(Context &ctx)
{
    auto session = ctx.session(Acting::UserOrConsole);
    if (!session)
        return ctx.failed(session.error());
    QFile file(ctx.positional(0));
    if (!file.open(QIODevice::ReadOnly))
        return ctx.failed({ErrorCode::NotFound, Tr::tr("Cannot read %1: %2.").arg(ctx.positional(0), file.errorString())});
    auto holidays = holidaysFromIcs(file.readAll());
    if (!holidays)
        return ctx.failed({holidays.error().code, u"%1: %2"_s.arg(ctx.positional(0), holidays.error().message)});
    auto imported = session->ws->calendars().importHolidays(session->actor, ctx.args().value(u"--agency"_s), *holidays);
    if (!imported)
        return ctx.failed(imported.error());
    return ctx.print(QJsonObject{{u"added"_s, imported->added}, {u"alreadyThere"_s, imported->alreadyThere}},
                     Tr::tr("%1 holidays added, %2 already there.").arg(imported->added).arg(imported->alreadyThere));
}

} // namespace

void addCalendarCommands(QList<Command> &commands)
{
    commands << Command{u"calendar show"_s, u"CODE [--year YYYY] [--as LOGIN]"_s,
                        Tr::tr("An agency's working calendar: time zone, opening hours, service levels, holidays."), 1, 1,
                        {{u"--year"_s}, {}, {}}, calendarShow}
             << Command{u"calendar hours"_s, u"CODE \"mon-fri 09:00-13:00,14:00-18:00; sat 09:00-12:00\" [--as LOGIN]"_s,
                        Tr::tr("Set an agency's weekly opening hours (days not named are closed)."), 2, 2, {}, calendarHours}
             << Command{u"calendar zone"_s, u"CODE ZONE [--as LOGIN]"_s,
                        Tr::tr("Set an agency's time zone (e.g. Africa/Casablanca)."), 2, 2, {}, calendarZone}
             << Command{u"calendar sla"_s, u"CODE [--ack-hours N] [--silence-days N] [--as LOGIN]"_s,
                        Tr::tr("Set an agency's service levels."), 1, 1, {{u"--ack-hours"_s, u"--silence-days"_s}, {}, {}},
                        calendarSla}
             << Command{u"calendar fixed-holidays"_s, u"CODE on|off [--as LOGIN]"_s,
                        Tr::tr("Whether Morocco's fixed public holidays close the agency."), 2, 2, {}, calendarFixedHolidays}
             << Command{u"calendar holiday add"_s, u"YYYY-MM-DD NAME [--agency CODE] [--as LOGIN]"_s,
                        Tr::tr("Add a dated holiday (Islamic holidays, yearly) for every agency or one."), 2, 2,
                        {{u"--agency"_s}, {}, {}}, holidayAdd}
             << Command{u"calendar holiday remove"_s, u"YYYY-MM-DD [--agency CODE] [--as LOGIN]"_s,
                        Tr::tr("Remove a dated holiday."), 1, 1, {{u"--agency"_s}, {}, {}}, holidayRemove}
             << Command{u"calendar holiday list"_s, u"[--agency CODE] [--year YYYY]"_s,
                        Tr::tr("Dated holidays entered, network-wide and per agency."), 0, 0,
                        {{u"--agency"_s, u"--year"_s}, {}, {}}, holidayList}
             << Command{u"calendar import"_s, u"FILE.ics [--agency CODE] [--as LOGIN]"_s,
                        Tr::tr("Import the all-day events of an iCalendar file as holidays, for every agency or one."), 1,
                        1, {{u"--agency"_s}, {}, {}}, calendarImport};
}

} // namespace Relais::Cli
