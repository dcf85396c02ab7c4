#include "calendar/workingcalendar.h"

#include <QElapsedTimer>
#include <QTest>

#include <limits>

using namespace Relais::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

const QTimeZone casablanca(QByteArrayLiteral("Africa/Casablanca"));

constexpr qint64 hour = 3600;

// A wall-clock time in Casablanca.
QDateTime casa(int year, int month, int day, int h, int m = 0, int s = 0)
{
    return QDateTime(QDate(year, month, day), QTime(h, m, s), casablanca);
}

QDateTime utc(int year, int month, int day, int h, int m = 0)
{
    return QDateTime(QDate(year, month, day), QTime(h, m), Qt::UTC);
}

WeeklyHours hoursFrom(const QString &text)
{
    QString error;
    const std::optional<WeeklyHours> hours = parseWeeklyHours(text, &error);
    if (!hours)
        qFatal("bad hours in test: %s", qPrintable(error));
    return *hours;
}

// The calendars rows name: "default" is Morocco's (Mon–Fri 09–13, 14–18, fixed holidays);
// "eid" adds Aïd al-Fitr 2026 as a dated holiday; "24h" is open round the clock every day with
// no holidays; "saturday" adds a short Saturday; "nine-to-six" has no lunch break; "gap" opens
// in the hour the clocks skip on 2026-03-22; "never" has no opening hours at all.
WorkingCalendar calendarNamed(const QString &name)
{
    if (name == u"default")
        return WorkingCalendar::moroccanDefault();
    if (name == u"eid") {
        WorkingCalendar calendar = WorkingCalendar::moroccanDefault();
        calendar.addHoliday(Holiday{QDate(2026, 3, 20), u"Aïd al-Fitr"_s});
        return calendar;
    }
    if (name == u"24h")
        return WorkingCalendar(casablanca, hoursFrom(u"mon-sun 00:00-24:00"_s), false);
    if (name == u"saturday")
        return WorkingCalendar(casablanca, hoursFrom(u"mon-fri 09:00-13:00,14:00-18:00; sat 09:00-12:00"_s));
    if (name == u"nine-to-six")
        return WorkingCalendar(casablanca, hoursFrom(u"mon-fri 09:00-18:00"_s));
    if (name == u"gap")
        return WorkingCalendar(casablanca, hoursFrom(u"sun 02:30-04:00"_s), false);
    if (name == u"never")
        return WorkingCalendar(casablanca, WeeklyHours{}, true);
    qFatal("no calendar named %s", qPrintable(name));
}

} // namespace

class TestWorkingCalendar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workingDays_data();
    void workingDays();
    void holidayNames();
    void fixedHolidaysOfAYear();
    void datedHolidaysAreSortedAndReplaced();
    void openAt_data();
    void openAt();
    void secondsBetween_data();
    void secondsBetween();
    void addSeconds_data();
    void addSeconds();
    void addSecondsKeepsTheTimeSpec();
    void addHoursMatchesSeconds();
    void roundTrip_data();
    void roundTrip();
    void addDays_data();
    void addDays();
    void neverOpenCalendar();
    void yearsOfHolidaysGiveUp();
    void invalidInstants();
    void constructorTidiesHours();
    void unknownZoneCountsInUtc();
    void parsesHours_data();
    void parsesHours();
    void refusesBadHours_data();
    void refusesBadHours();
    void defaultHoursText();
    void typicalDay_data();
    void typicalDay();
    void inWords_data();
    void inWords();
    void fastEnoughForTheStallEngine();
};

void TestWorkingCalendar::workingDays_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("working");

    QTest::addRow("Monday") << u"default"_s << QDate(2026, 3, 9) << true;
    QTest::addRow("Friday") << u"default"_s << QDate(2026, 3, 13) << true;
    QTest::addRow("Saturday") << u"default"_s << QDate(2026, 3, 14) << false;
    QTest::addRow("Sunday") << u"default"_s << QDate(2026, 3, 15) << false;
    QTest::addRow("Saturday with Saturday hours") << u"saturday"_s << QDate(2026, 3, 14) << true;
    QTest::addRow("Independence Day (Wed 18 Nov)") << u"default"_s << QDate(2026, 11, 18) << false;
    QTest::addRow("Labour Day (Fri 1 May)") << u"default"_s << QDate(2026, 5, 1) << false;
    QTest::addRow("Amazigh New Year (Wed 14 Jan)") << u"default"_s << QDate(2026, 1, 14) << false;
    QTest::addRow("day before Independence Day") << u"default"_s << QDate(2026, 11, 17) << true;
    QTest::addRow("fixed holidays off: 18 Nov works") << u"24h"_s << QDate(2026, 11, 18) << true;
    QTest::addRow("Aïd al-Fitr entered") << u"eid"_s << QDate(2026, 3, 20) << false;
    QTest::addRow("Aïd al-Fitr not entered") << u"default"_s << QDate(2026, 3, 20) << true;
    QTest::addRow("never open") << u"never"_s << QDate(2026, 3, 9) << false;
    QTest::addRow("invalid date") << u"default"_s << QDate() << false;
}

void TestWorkingCalendar::workingDays()
{
    QFETCH(QString, calendar);
    QFETCH(QDate, date);
    QFETCH(bool, working);
    QCOMPARE(calendarNamed(calendar).isWorkingDay(date), working);
}

void TestWorkingCalendar::holidayNames()
{
    const WorkingCalendar calendar = calendarNamed(u"eid"_s);
    QCOMPARE(calendar.holidayName(QDate(2026, 3, 20)), u"Aïd al-Fitr"_s);
    QCOMPARE(calendar.holidayName(QDate(2026, 11, 18)), u"Independence Day"_s);
    QVERIFY(calendar.holidayName(QDate(2026, 11, 17)).isEmpty());
    QVERIFY(calendar.isHoliday(QDate(2026, 5, 1)));
    // A holiday on a weekend is still a holiday, even though the office is closed anyway.
    QVERIFY(calendar.isHoliday(QDate(2027, 5, 1)));

    WorkingCalendar overlapping = WorkingCalendar::moroccanDefault();
    overlapping.addHoliday(Holiday{QDate(2026, 11, 18), u"Bridge"_s});
    QCOMPARE(overlapping.holidayName(QDate(2026, 11, 18)), u"Bridge"_s);

    WorkingCalendar unnamed = WorkingCalendar::moroccanDefault();
    unnamed.addHoliday(Holiday{QDate(2026, 6, 16), QString()});
    QVERIFY(unnamed.isHoliday(QDate(2026, 6, 16)));
}

void TestWorkingCalendar::fixedHolidaysOfAYear()
{
    const QList<Holiday> holidays = moroccanFixedHolidays(2026);
    QList<QDate> dates;
    for (const Holiday &holiday : holidays) {
        QVERIFY2(!holiday.name.isEmpty(), qPrintable(holiday.date.toString(Qt::ISODate)));
        dates.append(holiday.date);
    }
    const QList<QDate> expected{QDate(2026, 1, 1),  QDate(2026, 1, 11), QDate(2026, 1, 14), QDate(2026, 5, 1),
                                QDate(2026, 7, 30), QDate(2026, 8, 14), QDate(2026, 8, 20), QDate(2026, 8, 21),
                                QDate(2026, 11, 6), QDate(2026, 11, 18)};
    QCOMPARE(dates, expected);
}

void TestWorkingCalendar::datedHolidaysAreSortedAndReplaced()
{
    WorkingCalendar calendar;
    calendar.addHoliday(Holiday{QDate(2026, 6, 16), u"1er Moharram"_s});
    calendar.addHoliday(Holiday{QDate(2026, 3, 20), u"Aïd al-Fitr"_s});
    calendar.addHoliday(Holiday{QDate(2026, 6, 16), u"Nouvel an de l'Hégire"_s});
    calendar.addHoliday(Holiday{QDate(), u"ignored"_s});
    const QList<Holiday> holidays = calendar.datedHolidays();
    QCOMPARE(holidays.size(), 2);
    QCOMPARE(holidays[0].date, QDate(2026, 3, 20));
    QCOMPARE(holidays[1].date, QDate(2026, 6, 16));
    QCOMPARE(holidays[1].name, u"Nouvel an de l'Hégire"_s);
}

void TestWorkingCalendar::openAt_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<bool>("open");

    QTest::addRow("opening time") << u"default"_s << casa(2026, 3, 9, 9) << true;
    QTest::addRow("a minute before opening") << u"default"_s << casa(2026, 3, 9, 8, 59) << false;
    QTest::addRow("just before lunch") << u"default"_s << casa(2026, 3, 9, 12, 59, 59) << true;
    QTest::addRow("lunch starts (closed)") << u"default"_s << casa(2026, 3, 9, 13) << false;
    QTest::addRow("during lunch") << u"default"_s << casa(2026, 3, 9, 13, 30) << false;
    QTest::addRow("after lunch") << u"default"_s << casa(2026, 3, 9, 14) << true;
    QTest::addRow("last second") << u"default"_s << casa(2026, 3, 9, 17, 59, 59) << true;
    QTest::addRow("closing time (closed)") << u"default"_s << casa(2026, 3, 9, 18) << false;
    QTest::addRow("Sunday noon") << u"default"_s << casa(2026, 3, 15, 12) << false;
    QTest::addRow("holiday noon") << u"default"_s << casa(2026, 11, 18, 12) << false;
    QTest::addRow("dated holiday noon") << u"eid"_s << casa(2026, 3, 20, 12) << false;
    // 09:00 in Casablanca is 08:00 UTC most of the year but 09:00 UTC during Ramadan 2026.
    QTest::addRow("08:30 UTC, before Ramadan: 09:30 local") << u"default"_s << utc(2026, 2, 13, 8, 30) << true;
    QTest::addRow("08:30 UTC, in Ramadan: 08:30 local") << u"default"_s << utc(2026, 2, 16, 8, 30) << false;
    QTest::addRow("17:30 UTC, before Ramadan: 18:30 local") << u"default"_s << utc(2026, 2, 13, 17, 30) << false;
    QTest::addRow("17:30 UTC, in Ramadan: 17:30 local") << u"default"_s << utc(2026, 2, 16, 17, 30) << true;
    QTest::addRow("24h at midnight") << u"24h"_s << casa(2026, 3, 22, 0) << true;
    QTest::addRow("never") << u"never"_s << casa(2026, 3, 9, 10) << false;
}

void TestWorkingCalendar::openAt()
{
    QFETCH(QString, calendar);
    QFETCH(QDateTime, instant);
    QFETCH(bool, open);
    QCOMPARE(calendarNamed(calendar).isOpenAt(instant), open);
}

void TestWorkingCalendar::secondsBetween_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<qint64>("seconds");

    // 2026-03-09 is a Monday.
    QTest::addRow("within a morning") << u"default"_s << casa(2026, 3, 9, 10) << casa(2026, 3, 9, 11) << hour;
    QTest::addRow("across lunch") << u"default"_s << casa(2026, 3, 9, 12) << casa(2026, 3, 9, 15) << 2 * hour;
    QTest::addRow("a whole day") << u"default"_s << casa(2026, 3, 9, 0) << casa(2026, 3, 10, 0) << 8 * hour;
    QTest::addRow("a whole week") << u"default"_s << casa(2026, 3, 9, 0) << casa(2026, 3, 16, 0) << 40 * hour;
    QTest::addRow("over a weekend") << u"default"_s << casa(2026, 3, 13, 17) << casa(2026, 3, 16, 10) << 2 * hour;
    QTest::addRow("within a weekend") << u"default"_s << casa(2026, 3, 14, 10) << casa(2026, 3, 15, 20) << qint64(0);
    QTest::addRow("equal instants") << u"default"_s << casa(2026, 3, 9, 10) << casa(2026, 3, 9, 10) << qint64(0);
    QTest::addRow("millisecond inside") << u"default"_s << casa(2026, 3, 9, 10) << casa(2026, 3, 9, 10).addMSecs(999)
                                        << qint64(0);

    QTest::addRow("from before opening") << u"default"_s << casa(2026, 3, 9, 7) << casa(2026, 3, 9, 10) << hour;
    QTest::addRow("from at lunch") << u"default"_s << casa(2026, 3, 9, 13, 30) << casa(2026, 3, 9, 15) << hour;
    QTest::addRow("from after closing") << u"default"_s << casa(2026, 3, 9, 19) << casa(2026, 3, 10, 10) << hour;
    QTest::addRow("from on a Sunday") << u"default"_s << casa(2026, 3, 15, 12) << casa(2026, 3, 16, 10) << hour;
    QTest::addRow("from on a holiday") << u"default"_s << casa(2026, 11, 18, 10) << casa(2026, 11, 19, 10) << hour;
    QTest::addRow("to before opening") << u"default"_s << casa(2026, 3, 9, 10) << casa(2026, 3, 10, 8) << 7 * hour;
    QTest::addRow("to at lunch") << u"default"_s << casa(2026, 3, 9, 10) << casa(2026, 3, 9, 13, 30) << 3 * hour;
    QTest::addRow("to after closing") << u"default"_s << casa(2026, 3, 9, 10) << casa(2026, 3, 9, 20) << 7 * hour;
    QTest::addRow("to on a Sunday") << u"default"_s << casa(2026, 3, 13, 10) << casa(2026, 3, 15, 12) << 7 * hour;
    QTest::addRow("to on a holiday") << u"default"_s << casa(2026, 11, 17, 10) << casa(2026, 11, 18, 12) << 7 * hour;
    QTest::addRow("over Labour Day and a weekend") << u"default"_s << casa(2026, 4, 30, 17) << casa(2026, 5, 4, 10)
                                                   << 2 * hour;
    QTest::addRow("over Aïd al-Fitr when entered") << u"eid"_s << casa(2026, 3, 19, 10) << casa(2026, 3, 23, 10)
                                                   << 8 * hour;
    QTest::addRow("same span without the holiday") << u"default"_s << casa(2026, 3, 19, 10) << casa(2026, 3, 23, 10)
                                                   << 16 * hour;
    QTest::addRow("backwards is negative") << u"default"_s << casa(2026, 3, 9, 11) << casa(2026, 3, 9, 10) << -hour;
    QTest::addRow("backwards over a weekend") << u"default"_s << casa(2026, 3, 16, 10) << casa(2026, 3, 13, 17)
                                              << -2 * hour;

    QTest::addRow("24h across midnight") << u"24h"_s << casa(2026, 3, 9, 22) << casa(2026, 3, 10, 2) << 4 * hour;
    QTest::addRow("24h: 15 Feb 2026 has 25 hours") << u"24h"_s << casa(2026, 2, 15, 0) << casa(2026, 2, 16, 0)
                                                   << 25 * hour;
    QTest::addRow("24h: 22 Mar 2026 has 23 hours") << u"24h"_s << casa(2026, 3, 22, 0) << casa(2026, 3, 23, 0)
                                                   << 23 * hour;
    QTest::addRow("24h: noon to noon over the fall back") << u"24h"_s << casa(2026, 2, 14, 12) << casa(2026, 2, 15, 12)
                                                          << 25 * hour;
    QTest::addRow("24h: noon to noon over the spring forward")
        << u"24h"_s << casa(2026, 3, 21, 12) << casa(2026, 3, 22, 12) << 23 * hour;
    QTest::addRow("24h: a normal day") << u"24h"_s << casa(2026, 3, 29, 0) << casa(2026, 3, 30, 0) << 24 * hour;

    // Local hours stay 09:00–18:00 while UTC moves by an hour.
    QTest::addRow("working hours over the fall back") << u"default"_s << casa(2026, 2, 13, 9) << casa(2026, 2, 16, 9)
                                                      << 8 * hour;
    QTest::addRow("working hours over the spring forward")
        << u"default"_s << casa(2026, 3, 20, 9) << casa(2026, 3, 23, 9) << 8 * hour;
    QTest::addRow("UTC instants in Ramadan") << u"default"_s << utc(2026, 2, 16, 8, 30) << utc(2026, 2, 16, 10)
                                             << hour;
    QTest::addRow("UTC instants after Ramadan") << u"default"_s << utc(2026, 3, 23, 8, 30) << utc(2026, 3, 23, 10)
                                                << hour + hour / 2;
    QTest::addRow("opening inside the skipped hour") << u"gap"_s << casa(2026, 3, 21, 0) << casa(2026, 3, 23, 0)
                                                     << hour;
    QTest::addRow("same hours a week later") << u"gap"_s << casa(2026, 3, 28, 0) << casa(2026, 3, 30, 0)
                                             << hour + hour / 2;
    QTest::addRow("never open") << u"never"_s << casa(2026, 1, 1, 0) << casa(2027, 1, 1, 0) << qint64(0);
}

void TestWorkingCalendar::secondsBetween()
{
    QFETCH(QString, calendar);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(qint64, seconds);
    QCOMPARE(calendarNamed(calendar).workingSecondsBetween(from, to), seconds);
}

void TestWorkingCalendar::addSeconds_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QDateTime>("expected");

    QTest::addRow("Friday 17:00 + 8 h, 09-18 (header example)") << u"nine-to-six"_s << casa(2026, 3, 13, 17)
                                                                << 8 * hour << casa(2026, 3, 16, 16);
    QTest::addRow("Friday 17:00 + 8 h with a lunch break") << u"default"_s << casa(2026, 3, 13, 17) << 8 * hour
                                                           << casa(2026, 3, 16, 17);
    QTest::addRow("within a morning") << u"default"_s << casa(2026, 3, 9, 10) << hour << casa(2026, 3, 9, 11);
    QTest::addRow("exactly at lunch is 13:00") << u"default"_s << casa(2026, 3, 9, 10) << 3 * hour
                                               << casa(2026, 3, 9, 13);
    QTest::addRow("one second past lunch") << u"default"_s << casa(2026, 3, 9, 10) << 3 * hour + 1
                                           << casa(2026, 3, 9, 14, 0, 1);
    QTest::addRow("exactly at closing is 18:00") << u"default"_s << casa(2026, 3, 9, 10) << 7 * hour
                                                 << casa(2026, 3, 9, 18);
    QTest::addRow("one second past closing") << u"default"_s << casa(2026, 3, 9, 10) << 7 * hour + 1
                                             << casa(2026, 3, 10, 9, 0, 1);
    QTest::addRow("across lunch") << u"default"_s << casa(2026, 3, 9, 12) << 2 * hour << casa(2026, 3, 9, 15);
    QTest::addRow("from before opening") << u"default"_s << casa(2026, 3, 9, 7) << hour << casa(2026, 3, 9, 10);
    QTest::addRow("from at lunch") << u"default"_s << casa(2026, 3, 9, 13, 30) << hour << casa(2026, 3, 9, 15);
    QTest::addRow("from after closing") << u"default"_s << casa(2026, 3, 9, 20) << hour << casa(2026, 3, 10, 10);
    QTest::addRow("from Saturday") << u"default"_s << casa(2026, 3, 14, 10) << hour << casa(2026, 3, 16, 10);
    QTest::addRow("zero from a Sunday stays") << u"default"_s << casa(2026, 3, 15, 10) << qint64(0)
                                              << casa(2026, 3, 15, 10);
    QTest::addRow("over Independence Day") << u"default"_s << casa(2026, 11, 17, 17) << 2 * hour
                                           << casa(2026, 11, 19, 10);
    QTest::addRow("over Aïd al-Fitr and a weekend") << u"eid"_s << casa(2026, 3, 19, 17) << 2 * hour
                                                    << casa(2026, 3, 23, 10);
    QTest::addRow("a working week") << u"default"_s << casa(2026, 3, 9, 10) << 40 * hour << casa(2026, 3, 16, 10);

    QTest::addRow("backwards over a weekend") << u"default"_s << casa(2026, 3, 16, 10) << -2 * hour
                                              << casa(2026, 3, 13, 17);
    QTest::addRow("backwards from opening") << u"default"_s << casa(2026, 3, 16, 9) << -hour << casa(2026, 3, 13, 17);
    QTest::addRow("backwards: the latest instant is the opening") << u"default"_s << casa(2026, 3, 10, 14)
                                                                  << -4 * hour << casa(2026, 3, 10, 9);

    QTest::addRow("24h across midnight") << u"24h"_s << casa(2026, 3, 9, 22) << 4 * hour << casa(2026, 3, 10, 2);
    QTest::addRow("24h: 24 real hours over the spring forward")
        << u"24h"_s << casa(2026, 3, 21, 12) << 24 * hour << casa(2026, 3, 22, 13);
    QTest::addRow("24h: 24 real hours over the fall back") << u"24h"_s << casa(2026, 2, 14, 12) << 24 * hour
                                                           << casa(2026, 2, 15, 11);
    QTest::addRow("working hours over the fall back") << u"default"_s << casa(2026, 2, 13, 17) << 2 * hour
                                                      << casa(2026, 2, 16, 10);
    QTest::addRow("UTC: 09:00 local is 08:00 UTC before Ramadan") << u"default"_s << utc(2026, 2, 13, 0) << hour
                                                                  << utc(2026, 2, 13, 9);
    QTest::addRow("UTC: 09:00 local is 09:00 UTC in Ramadan") << u"default"_s << utc(2026, 2, 16, 0) << hour
                                                              << utc(2026, 2, 16, 10);
    QTest::addRow("opening inside the skipped hour") << u"gap"_s << casa(2026, 3, 21, 0) << hour / 2
                                                     << utc(2026, 3, 22, 2, 30);
}

void TestWorkingCalendar::addSeconds()
{
    QFETCH(QString, calendar);
    QFETCH(QDateTime, from);
    QFETCH(qint64, seconds);
    QFETCH(QDateTime, expected);

    const WorkingCalendar cal = calendarNamed(calendar);
    const QDateTime result = cal.addWorkingSeconds(from, seconds);
    QVERIFY(result.isValid());
    QCOMPARE(result.toUTC(), expected.toUTC());
    if (seconds >= 0)
        QCOMPARE(cal.workingSecondsBetween(from, result), seconds);
}

void TestWorkingCalendar::addSecondsKeepsTheTimeSpec()
{
    const WorkingCalendar calendar = WorkingCalendar::moroccanDefault();
    const QDateTime inUtc = calendar.addWorkingSeconds(utc(2026, 3, 9, 12), hour);
    QCOMPARE(inUtc.timeSpec(), Qt::UTC);
    const QDateTime inZone = calendar.addWorkingSeconds(casa(2026, 3, 9, 12), 2 * hour);
    QCOMPARE(inZone.timeZone(), casablanca);
    QCOMPARE(inZone, casa(2026, 3, 9, 15));
}

void TestWorkingCalendar::addHoursMatchesSeconds()
{
    const WorkingCalendar calendar = WorkingCalendar::moroccanDefault();
    QCOMPARE(calendar.addWorkingHours(casa(2026, 3, 13, 17), 8), casa(2026, 3, 16, 17));
    QCOMPARE(calendar.addWorkingHours(casa(2026, 3, 9, 10), 1.5), casa(2026, 3, 9, 11, 30));
}

void TestWorkingCalendar::roundTrip_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<qint64>("seconds");

    const QStringList calendars{u"default"_s, u"eid"_s, u"24h"_s, u"saturday"_s, u"nine-to-six"_s, u"gap"_s};
    const QList<qint64> amounts{1, 59, hour, 4 * hour, 8 * hour, 8 * hour + 1, 23 * hour, 25 * hour, 100 * hour,
                                1000 * hour};
    for (const QString &calendar : calendars)
        for (qint64 seconds : amounts)
            QTest::addRow("%s + %llds", qPrintable(calendar), seconds) << calendar << seconds;
}

// For many starting instants, including closed ones and ones with milliseconds, around both
// clock changes: adding then measuring gives the amount back, and the result is the earliest.
void TestWorkingCalendar::roundTrip()
{
    QFETCH(QString, calendar);
    QFETCH(qint64, seconds);

    const WorkingCalendar cal = calendarNamed(calendar);
    for (QDateTime from = casa(2026, 2, 10, 0).addMSecs(250); from < casa(2026, 3, 28, 0); from = from.addSecs(7 * hour + 13 * 60)) {
        const QDateTime to = cal.addWorkingSeconds(from, seconds);
        QVERIFY2(to.isValid(), qPrintable(from.toString(Qt::ISODateWithMs)));
        QVERIFY(to > from);
        QCOMPARE(cal.workingSecondsBetween(from, to), seconds);
        QCOMPARE(cal.workingSecondsBetween(from, to.addSecs(-1)), seconds - 1); // nothing earlier will do

        const QDateTime back = cal.addWorkingSeconds(from, -seconds);
        QVERIFY(back.isValid());
        QCOMPARE(cal.workingSecondsBetween(back, from), seconds);
        QCOMPARE(cal.workingSecondsBetween(back.addSecs(1), from), seconds - 1); // nothing later will do
    }
}

void TestWorkingCalendar::addDays_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDateTime>("expected");

    QTest::addRow("Monday 10:00 + 3 is Thursday 10:00") << u"default"_s << casa(2026, 3, 9, 10) << 3
                                                        << casa(2026, 3, 12, 10);
    QTest::addRow("Friday 10:00 + 1 is Monday 10:00") << u"default"_s << casa(2026, 3, 13, 10) << 1
                                                      << casa(2026, 3, 16, 10);
    QTest::addRow("Saturday + 1 counts from Monday's opening") << u"default"_s << casa(2026, 3, 14, 10) << 1
                                                               << casa(2026, 3, 17, 9);
    QTest::addRow("Sunday + 0 is the next opening") << u"default"_s << casa(2026, 3, 15, 10) << 0
                                                    << casa(2026, 3, 16, 9);
    QTest::addRow("open + 0 stays") << u"default"_s << casa(2026, 3, 9, 10, 17) << 0 << casa(2026, 3, 9, 10, 17);
    QTest::addRow("afternoon opening stays afternoon") << u"default"_s << casa(2026, 3, 9, 14) << 1
                                                       << casa(2026, 3, 10, 14);
    QTest::addRow("from lunch: afternoon opening") << u"default"_s << casa(2026, 3, 9, 13, 30) << 1
                                                   << casa(2026, 3, 10, 14);
    QTest::addRow("from before opening") << u"default"_s << casa(2026, 3, 9, 7) << 1 << casa(2026, 3, 10, 9);
    QTest::addRow("from closing time: next day's opening") << u"default"_s << casa(2026, 3, 9, 18) << 1
                                                           << casa(2026, 3, 11, 9);
    QTest::addRow("a week of working days") << u"default"_s << casa(2026, 3, 9, 17, 30) << 5
                                            << casa(2026, 3, 16, 17, 30);
    QTest::addRow("over Independence Day") << u"default"_s << casa(2026, 11, 17, 10) << 1 << casa(2026, 11, 19, 10);
    QTest::addRow("from Independence Day") << u"default"_s << casa(2026, 11, 18, 10) << 1 << casa(2026, 11, 20, 9);
    QTest::addRow("over Aïd al-Fitr and a weekend") << u"eid"_s << casa(2026, 3, 19, 11) << 1
                                                    << casa(2026, 3, 23, 11);
    QTest::addRow("onto a short Saturday: its closing") << u"saturday"_s << casa(2026, 3, 13, 17) << 1
                                                        << casa(2026, 3, 14, 12);
    QTest::addRow("Thursday 10:00 - 3 is Monday 10:00") << u"default"_s << casa(2026, 3, 12, 10) << -3
                                                        << casa(2026, 3, 9, 10);
    QTest::addRow("Monday 10:00 - 1 is Friday 10:00") << u"default"_s << casa(2026, 3, 16, 10) << -1
                                                      << casa(2026, 3, 13, 10);
    QTest::addRow("working hours over the fall back") << u"default"_s << casa(2026, 2, 13, 10) << 1
                                                      << casa(2026, 2, 16, 10);
    QTest::addRow("working hours over the spring forward") << u"default"_s << casa(2026, 3, 20, 10) << 1
                                                           << casa(2026, 3, 23, 10);
    // A 24-hour service keeps the working time into the day, not the wall clock: ten real hours
    // into 22 March (a 23-hour day) is 11:00, ten hours into 15 February (25 hours) is 09:00.
    QTest::addRow("24h onto the 23-hour day") << u"24h"_s << casa(2026, 3, 21, 10) << 1 << casa(2026, 3, 22, 11);
    QTest::addRow("24h onto the 25-hour day") << u"24h"_s << casa(2026, 2, 14, 10) << 1 << casa(2026, 2, 15, 9);
    QTest::addRow("24h on ordinary days") << u"24h"_s << casa(2026, 3, 9, 23, 30) << 2 << casa(2026, 3, 11, 23, 30);
}

void TestWorkingCalendar::addDays()
{
    QFETCH(QString, calendar);
    QFETCH(QDateTime, from);
    QFETCH(int, days);
    QFETCH(QDateTime, expected);

    const QDateTime result = calendarNamed(calendar).addWorkingDays(from, days);
    QVERIFY(result.isValid());
    QCOMPARE(result.toTimeZone(casablanca), expected);
}

void TestWorkingCalendar::neverOpenCalendar()
{
    const WorkingCalendar never = calendarNamed(u"never"_s);
    QVERIFY(!never.addWorkingSeconds(casa(2026, 3, 9, 10), hour).isValid());
    QVERIFY(!never.addWorkingSeconds(casa(2026, 3, 9, 10), 0).isValid());
    QVERIFY(!never.addWorkingSeconds(casa(2026, 3, 9, 10), -hour).isValid());
    QVERIFY(!never.addWorkingDays(casa(2026, 3, 9, 10), 1).isValid());
    QVERIFY(!never.addWorkingDays(casa(2026, 3, 9, 10), 0).isValid());
    QCOMPARE(never.typicalDaySeconds(), qint64(0));
}

// Open on Mondays only, and every Monday for six years entered as a holiday: the search gives up
// (invalid) instead of running on.
void TestWorkingCalendar::yearsOfHolidaysGiveUp()
{
    WorkingCalendar calendar(casablanca, hoursFrom(u"mon 09:00-17:00"_s), false);
    for (QDate monday(2026, 3, 9); monday < QDate(2032, 6, 1); monday = monday.addDays(7))
        calendar.addHoliday(Holiday{monday, u"closed"_s});
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!calendar.addWorkingSeconds(casa(2026, 3, 9, 10), hour).isValid());
    QVERIFY(!calendar.addWorkingDays(casa(2026, 3, 9, 10), 1).isValid());
    QVERIFY(!calendar.addWorkingDays(casa(2026, 3, 1, 10), 1).isValid());
    QVERIFY2(timer.elapsed() < 5000, "gave up too slowly");
    // Before the closure it still works.
    QCOMPARE(calendar.addWorkingDays(casa(2026, 3, 2, 10), 0), casa(2026, 3, 2, 10));
}

void TestWorkingCalendar::invalidInstants()
{
    const WorkingCalendar calendar = WorkingCalendar::moroccanDefault();
    QVERIFY(!calendar.addWorkingSeconds(QDateTime(), hour).isValid());
    QVERIFY(!calendar.addWorkingDays(QDateTime(), 1).isValid());
    QCOMPARE(calendar.workingSecondsBetween(QDateTime(), casa(2026, 3, 9, 10)), qint64(0));
    // Amounts no search can reach give up at once instead of overflowing or spinning.
    QVERIFY(!calendar.addWorkingSeconds(casa(2026, 3, 9, 10), std::numeric_limits<qint64>::max()).isValid());
    QVERIFY(!calendar.addWorkingSeconds(casa(2026, 3, 9, 10), std::numeric_limits<qint64>::min()).isValid());
    QVERIFY(!calendar.addWorkingDays(casa(2026, 3, 9, 10), std::numeric_limits<int>::min()).isValid());
    QVERIFY(!calendar.isOpenAt(QDateTime()));
}

void TestWorkingCalendar::constructorTidiesHours()
{
    WeeklyHours messy;
    messy[0] = {OpeningSpan{14 * 60, 18 * 60}, OpeningSpan{9 * 60, 13 * 60}, OpeningSpan{12 * 60, 15 * 60},
                OpeningSpan{20 * 60, 20 * 60}};
    messy[1] = {OpeningSpan{-60, 9 * 60}, OpeningSpan{23 * 60, 2000}};
    const WorkingCalendar calendar(casablanca, messy, false);
    QCOMPARE(calendar.hours()[0], (QList<OpeningSpan>{OpeningSpan{9 * 60, 18 * 60}}));
    QCOMPARE(calendar.hours()[1], (QList<OpeningSpan>{OpeningSpan{0, 9 * 60}, OpeningSpan{23 * 60, 24 * 60}}));
    QCOMPARE(calendar.workingSecondsBetween(casa(2026, 3, 9, 0), casa(2026, 3, 10, 0)), 9 * hour);
}

void TestWorkingCalendar::unknownZoneCountsInUtc()
{
    QTest::ignoreMessage(QtWarningMsg, "working calendar: unknown time zone, counting in UTC");
    const WorkingCalendar calendar(QTimeZone(QByteArrayLiteral("Mars/Olympus_Mons")), WorkingCalendar::defaultHours());
    QVERIFY(calendar.timeZone().isValid());
    QCOMPARE(calendar.addWorkingSeconds(utc(2026, 3, 9, 0), hour), utc(2026, 3, 9, 10));
}

void TestWorkingCalendar::parsesHours_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");

    QTest::addRow("default") << u"mon-fri 09:00-13:00,14:00-18:00"_s << u"mon-fri 09:00-13:00,14:00-18:00"_s;
    QTest::addRow("any case, spaces after commas") << u"MON-Fri 09:00-13:00, 14:00-18:00"_s
                                                   << u"mon-fri 09:00-13:00,14:00-18:00"_s;
    QTest::addRow("with a Saturday") << u"mon-fri 09:00-13:00,14:00-18:00; sat 09:00-12:00"_s
                                     << u"mon-fri 09:00-13:00,14:00-18:00; sat 09:00-12:00"_s;
    QTest::addRow("round the clock") << u"mon-sun 00:00-24:00"_s << u"mon-sun 00:00-24:00"_s;
    QTest::addRow("listed days") << u"mon,wed,fri 08:00-12:00"_s << u"mon,wed,fri 08:00-12:00"_s;
    QTest::addRow("a day in two groups") << u"mon-fri 09:00-13:00; mon-thu 14:00-18:00"_s
                                         << u"mon-thu 09:00-13:00,14:00-18:00; fri 09:00-13:00"_s;
    QTest::addRow("one-digit hour") << u"sat 9:00-12:00"_s << u"sat 09:00-12:00"_s;
    QTest::addRow("full day names") << u"Monday-Friday 09:00-17:00"_s << u"mon-fri 09:00-17:00"_s;
    QTest::addRow("weekend pair") << u"sat,sun 10:00-14:00"_s << u"sat-sun 10:00-14:00"_s;
    QTest::addRow("stray spaces and a trailing ;") << u"  mon 08:00-17:00 ; "_s << u"mon 08:00-17:00"_s;
    QTest::addRow("tab between days and hours") << u"tue\t08:00-17:00"_s << u"tue 08:00-17:00"_s;
    QTest::addRow("touching spans") << u"wed 09:00-12:00,12:00-13:00"_s << u"wed 09:00-12:00,12:00-13:00"_s;
    QTest::addRow("nothing: closed every day") << QString() << QString();
    QTest::addRow("mixed groups") << u"mon 08:00-12:00; tue 10:00-11:00; wed 08:00-12:00; sun 00:00-24:00"_s
                                  << u"mon,wed 08:00-12:00; tue 10:00-11:00; sun 00:00-24:00"_s;
}

void TestWorkingCalendar::parsesHours()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);

    QString error = u"untouched"_s;
    const std::optional<WeeklyHours> hours = parseWeeklyHours(text, &error);
    QVERIFY2(hours.has_value(), qPrintable(error));
    QCOMPARE(weeklyHoursText(*hours), canonical);
    const std::optional<WeeklyHours> again = parseWeeklyHours(weeklyHoursText(*hours));
    QVERIFY(again.has_value());
    QVERIFY(*again == *hours);
}

void TestWorkingCalendar::refusesBadHours_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");

    QTest::addRow("days without hours") << u"mon-fri"_s << u"mon-fri"_s;
    QTest::addRow("unknown day") << u"xyz 09:00-12:00"_s << u"xyz"_s;
    QTest::addRow("French day") << u"lun-ven 09:00-12:00"_s << u"lun"_s;
    QTest::addRow("backward day range") << u"fri-mon 09:00-12:00"_s << u"fri-mon"_s;
    QTest::addRow("three-part day range") << u"mon-tue-wed 09:00-12:00"_s << u"mon-tue-wed"_s;
    QTest::addRow("hours without minutes") << u"mon 9-12"_s << u"9"_s;
    QTest::addRow("hour 25") << u"mon 25:00-26:00"_s << u"25:00"_s;
    QTest::addRow("minute 60") << u"mon 09:60-10:00"_s << u"09:60"_s;
    QTest::addRow("past midnight") << u"mon 22:00-24:30"_s << u"24:30"_s;
    QTest::addRow("closes before opening") << u"mon 18:00-09:00"_s << u"18:00-09:00"_s;
    QTest::addRow("opens and closes at once") << u"mon 10:00-10:00"_s << u"10:00-10:00"_s;
    QTest::addRow("spans out of order") << u"mon 14:00-18:00,09:00-13:00"_s << u"09:00-13:00"_s;
    QTest::addRow("overlapping spans") << u"mon 09:00-13:00,12:00-18:00"_s << u"12:00-18:00"_s;
    QTest::addRow("overlap across groups") << u"mon-fri 09:00-13:00; mon 12:00-14:00"_s << u"Monday"_s;
    QTest::addRow("three times in a span") << u"mon 09:00-12:00-13:00"_s << u"09:00-12:00-13:00"_s;
    QTest::addRow("empty span") << u"mon 09:00-12:00,"_s << u"is not a time range"_s;
    QTest::addRow("just a time") << u"09:00-18:00"_s << u"09:00-18:00"_s;
}

void TestWorkingCalendar::refusesBadHours()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);

    QString error;
    QVERIFY(!parseWeeklyHours(text, &error).has_value());
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY(!parseWeeklyHours(text).has_value()); // no error pointer is fine
}

void TestWorkingCalendar::defaultHoursText()
{
    QCOMPARE(weeklyHoursText(WorkingCalendar::defaultHours()), u"mon-fri 09:00-13:00,14:00-18:00"_s);
    QVERIFY(parseWeeklyHours(u"mon-fri 09:00-13:00,14:00-18:00"_s) == WorkingCalendar::defaultHours());
    QCOMPARE(WorkingCalendar().hours(), WorkingCalendar::defaultHours());
    QCOMPARE(WorkingCalendar().timeZone(), casablanca);
    QVERIFY(WorkingCalendar().usesMoroccanHolidays());
}

void TestWorkingCalendar::typicalDay_data()
{
    QTest::addColumn<QString>("hours");
    QTest::addColumn<qint64>("seconds");

    QTest::addRow("default") << u"mon-fri 09:00-13:00,14:00-18:00"_s << 8 * hour;
    QTest::addRow("short Saturday") << u"mon-fri 09:00-18:00; sat 09:00-12:00"_s << 8 * hour;
    QTest::addRow("round the clock") << u"mon-sun 00:00-24:00"_s << 24 * hour;
    QTest::addRow("half hours") << u"mon 09:00-09:30"_s << hour / 2;
    QTest::addRow("never") << QString() << qint64(0);
}

void TestWorkingCalendar::typicalDay()
{
    QFETCH(QString, hours);
    QFETCH(qint64, seconds);
    QCOMPARE(WorkingCalendar(casablanca, hoursFrom(hours)).typicalDaySeconds(), seconds);
}

void TestWorkingCalendar::inWords_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("words");

    QTest::addRow("nothing") << u"default"_s << qint64(0) << u"0 working minutes"_s;
    QTest::addRow("one minute") << u"default"_s << qint64(60) << u"1 working minute"_s;
    QTest::addRow("forty minutes") << u"default"_s << 40 * 60LL << u"40 working minutes"_s;
    QTest::addRow("an hour") << u"default"_s << hour << u"1 working hour"_s;
    QTest::addRow("five hours") << u"default"_s << 5 * hour << u"5 working hours"_s;
    QTest::addRow("just under a day") << u"default"_s << 8 * hour - 1 << u"7 working hours"_s;
    QTest::addRow("a day") << u"default"_s << 8 * hour << u"1 working day"_s;
    QTest::addRow("two days") << u"default"_s << 16 * hour << u"2 working days"_s;
    QTest::addRow("days are floored") << u"default"_s << 23 * hour << u"2 working days"_s;
    QTest::addRow("24h: 30 hours is a day") << u"24h"_s << 30 * hour << u"1 working day"_s;
    QTest::addRow("24h: 20 hours") << u"24h"_s << 20 * hour << u"20 working hours"_s;
    QTest::addRow("negative") << u"default"_s << -2 * hour << u"-2 working hours"_s;
    QTest::addRow("never open: hours only") << u"never"_s << 100 * hour << u"100 working hours"_s;
}

void TestWorkingCalendar::inWords()
{
    QFETCH(QString, calendar);
    QFETCH(qint64, seconds);
    QFETCH(QString, words);
    QCOMPARE(workingTimeInWords(seconds, calendarNamed(calendar)), words);
}

// The stall engine asks these for every open handoff on every refresh.
void TestWorkingCalendar::fastEnoughForTheStallEngine()
{
    const WorkingCalendar calendar = calendarNamed(u"eid"_s);
    QElapsedTimer timer;
    timer.start();
    qint64 sum = 0;
    for (int i = 0; i < 3000; ++i) {
        const QDateTime from = casa(2026, 1, 5, 8).addSecs(i * 1357);
        const QDateTime ack = calendar.addWorkingHours(from, 8);
        const QDateTime silent = calendar.addWorkingDays(from, 3);
        sum += calendar.workingSecondsBetween(from, silent) + ack.toSecsSinceEpoch() % 2;
    }
    const QDateTime farAway = calendar.addWorkingSeconds(casa(2026, 1, 5, 8), 10 * 250 * 8 * hour);
    QVERIFY(farAway > casa(2035, 1, 1, 0));
    QVERIFY(sum > 0);
    qInfo("3000 × (8 working hours, 3 working days, between) + 10 years: %lld ms", timer.elapsed());
    QVERIFY2(timer.elapsed() < 10000, "working-time arithmetic is too slow");
}

QTEST_APPLESS_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"
