#include "calendar/icsimport.h"

#include "resultchecks.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Relais::Core;
using Relais::Test::failureText;
using namespace Qt::Literals::StringLiterals;

namespace {

// Lines joined with CRLF, as RFC 5545 wants and as exporters write.
QByteArray ics(const QStringList &lines)
{
    return lines.join(u"\r\n"_s).toUtf8() + "\r\n";
}

QByteArray calendarWith(const QStringList &body)
{
    return ics(QStringList{u"BEGIN:VCALENDAR"_s, u"VERSION:2.0"_s, u"PRODID:-//Relais//Test//FR"_s} + body
               + QStringList{u"END:VCALENDAR"_s});
}

QStringList allDay(const QString &summary, const QString &start, const QString &end = QString())
{
    QStringList lines{u"BEGIN:VEVENT"_s, u"UID:"_s + start + u"@relais.test"_s, u"DTSTAMP:20251201T120000Z"_s,
                      u"DTSTART;VALUE=DATE:"_s + start};
    if (!end.isEmpty())
        lines.append(u"DTEND;VALUE=DATE:"_s + end);
    lines.append(u"SUMMARY:"_s + summary);
    lines.append(u"END:VEVENT"_s);
    return lines;
}

// What a ministry or Google export of Moroccan religious holidays looks like: a time zone
// block, folded long lines, French and Arabic names, an office meeting that is not a holiday, a
// yearly event, and a cancelled one.
QByteArray realLookingCalendar()
{
    return ics({
        u"BEGIN:VCALENDAR"_s,
        u"PRODID:-//Ministère de l'Intérieur//Jours fériés 2026//FR"_s,
        u"VERSION:2.0"_s,
        u"CALSCALE:GREGORIAN"_s,
        u"METHOD:PUBLISH"_s,
        u"X-WR-CALNAME:Jours fériés religieux — Maroc"_s,
        u"BEGIN:VTIMEZONE"_s,
        u"TZID:Africa/Casablanca"_s,
        u"BEGIN:STANDARD"_s,
        u"DTSTART:19700101T000000"_s,
        u"TZOFFSETFROM:+0100"_s,
        u"TZOFFSETTO:+0100"_s,
        u"END:STANDARD"_s,
        u"END:VTIMEZONE"_s,
        u"BEGIN:VEVENT"_s,
        u"UID:fitr-2026@interieur.gov.ma"_s,
        u"DTSTAMP:20251201T120000Z"_s,
        u"DTSTART;VALUE=DATE:20260320"_s,
        u"DTEND;VALUE=DATE:20260321"_s,
        u"SUMMARY:Aïd al-Fitr — عيد الفطر"_s,
        u"DESCRIPTION:Date fixée par le ministère des Habous après l'observation du croissant lunaire\\, "_s,
        u" sous réserve de confirmation."_s,
        u"TRANSP:TRANSPARENT"_s,
        u"END:VEVENT"_s,
        u"BEGIN:VEVENT"_s,
        u"UID:adha-2026@interieur.gov.ma"_s,
        u"DTSTAMP:20251201T120000Z"_s,
        u"DTSTART;VALUE=DATE:20260527"_s,
        u"DTEND;VALUE=DATE:20260529"_s,
        u"SUMMARY:Aïd al-Adha — عيد "_s, // folded: the next line continues the summary
        u" الأضحى"_s,
        u"END:VEVENT"_s,
        u"BEGIN:VEVENT"_s,
        u"UID:moharram-2026@interieur.gov.ma"_s,
        u"DTSTAMP:20251201T120000Z"_s,
        u"DTSTART;VALUE=DATE:20260616"_s,
        u"SUMMARY:1er Mo"_s,
        u" harram"_s,
        u"END:VEVENT"_s,
        u"BEGIN:VEVENT"_s,
        u"UID:meeting@agence.ma"_s,
        u"DTSTAMP:20251201T120000Z"_s,
        u"DTSTART;TZID=Africa/Casablanca:20260610T090000"_s,
        u"DTEND;TZID=Africa/Casablanca:20260610T100000"_s,
        u"SUMMARY:Réunion d'équipe"_s,
        u"END:VEVENT"_s,
        u"BEGIN:VEVENT"_s,
        u"UID:trone@interieur.gov.ma"_s,
        u"DTSTAMP:20251201T120000Z"_s,
        u"DTSTART;VALUE=DATE:20260730"_s,
        u"DTEND;VALUE=DATE:20260731"_s,
        u"RRULE:FREQ=YEARLY;COUNT=3"_s,
        u"SUMMARY:Fête du Trône"_s,
        u"END:VEVENT"_s,
        u"BEGIN:VEVENT"_s,
        u"UID:cancelled@interieur.gov.ma"_s,
        u"DTSTAMP:20251201T120000Z"_s,
        u"DTSTART;VALUE=DATE:20260401"_s,
        u"STATUS:CANCELLED"_s,
        u"SUMMARY:Annulé"_s,
        u"END:VEVENT"_s,
        u"END:VCALENDAR"_s,
    });
}

QStringList namesOf(const QList<Holiday> &holidays)
{
    QStringList names;
    for (const Holiday &holiday : holidays)
        names.append(holiday.name);
    return names;
}

QList<QDate> datesOf(const QList<Holiday> &holidays)
{
    QList<QDate> dates;
    for (const Holiday &holiday : holidays)
        dates.append(holiday.date);
    return dates;
}

QList<QDate> yearly(int firstYear, int lastYear, int month, int day)
{
    QList<QDate> dates;
    for (int year = firstYear; year <= lastYear; ++year)
        dates.append(QDate(year, month, day));
    return dates;
}

} // namespace

class TestIcsImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsHolidays_data();
    void readsHolidays();
    void namesHolidays();
    void refusesMalformed_data();
    void refusesMalformed();
    void survivesEveryTruncation();
    void survivesCorruption();
    void importedHolidaysCloseTheCalendar();
};

void TestIcsImport::readsHolidays_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QList<QDate>>("dates");

    QTest::addRow("a real-looking calendar")
        << realLookingCalendar()
        << QList<QDate>{QDate(2026, 3, 20), QDate(2026, 5, 27), QDate(2026, 5, 28), QDate(2026, 6, 16),
                        QDate(2026, 7, 30), QDate(2027, 7, 30), QDate(2028, 7, 30)};
    QTest::addRow("no DTEND is one day") << calendarWith(allDay(u"1er Moharram"_s, u"20260616"_s))
                                         << QList<QDate>{QDate(2026, 6, 16)};
    QTest::addRow("DTEND is exclusive") << calendarWith(allDay(u"Aïd al-Adha"_s, u"20260527"_s, u"20260529"_s))
                                        << QList<QDate>{QDate(2026, 5, 27), QDate(2026, 5, 28)};
    QTest::addRow("DTEND equal to DTSTART is still one day")
        << calendarWith(allDay(u"x"_s, u"20260616"_s, u"20260616"_s)) << QList<QDate>{QDate(2026, 6, 16)};
    QTest::addRow("across a month end") << calendarWith(allDay(u"x"_s, u"20260630"_s, u"20260702"_s))
                                        << QList<QDate>{QDate(2026, 6, 30), QDate(2026, 7, 1)};
    QTest::addRow("DURATION instead of DTEND")
        << calendarWith({u"BEGIN:VEVENT"_s, u"DTSTART;VALUE=DATE:20260527"_s, u"DURATION:P2D"_s,
                         u"SUMMARY:Aïd al-Adha"_s, u"END:VEVENT"_s})
        << QList<QDate>{QDate(2026, 5, 27), QDate(2026, 5, 28)};
    QTest::addRow("yearly, three times")
        << calendarWith({u"BEGIN:VEVENT"_s, u"DTSTART;VALUE=DATE:20260730"_s, u"RRULE:FREQ=YEARLY;COUNT=3"_s,
                         u"SUMMARY:Fête du Trône"_s, u"END:VEVENT"_s})
        << QList<QDate>{QDate(2026, 7, 30), QDate(2027, 7, 30), QDate(2028, 7, 30)};
    QTest::addRow("yearly for ever: capped at 30")
        << calendarWith({u"BEGIN:VEVENT"_s, u"DTSTART;VALUE=DATE:20260101"_s, u"RRULE:FREQ=YEARLY"_s,
                         u"SUMMARY:Nouvel An"_s, u"END:VEVENT"_s})
        << yearly(2026, 2055, 1, 1);
    QTest::addRow("yearly for ever: capped at 2100")
        << calendarWith({u"BEGIN:VEVENT"_s, u"DTSTART;VALUE=DATE:20900101"_s, u"RRULE:FREQ=YEARLY"_s,
                         u"SUMMARY:Nouvel An"_s, u"END:VEVENT"_s})
        << yearly(2090, 2100, 1, 1);
    QTest::addRow("yearly until, with an exception")
        << calendarWith({u"BEGIN:VEVENT"_s, u"DTSTART;VALUE=DATE:20260501"_s,
                         u"RRULE:FREQ=YEARLY;UNTIL=20290501"_s, u"EXDATE;VALUE=DATE:20270501"_s,
                         u"SUMMARY:Fête du Travail"_s, u"END:VEVENT"_s})
        << QList<QDate>{QDate(2026, 5, 1), QDate(2028, 5, 1), QDate(2029, 5, 1)};
    QTest::addRow("two-day event repeating")
        << calendarWith({u"BEGIN:VEVENT"_s, u"DTSTART;VALUE=DATE:20260820"_s, u"DTEND;VALUE=DATE:20260822"_s,
                         u"RRULE:FREQ=YEARLY;COUNT=2"_s, u"SUMMARY:Août"_s, u"END:VEVENT"_s})
        << QList<QDate>{QDate(2026, 8, 20), QDate(2026, 8, 21), QDate(2027, 8, 20), QDate(2027, 8, 21)};
    QTest::addRow("hourly rule not expanded")
        << calendarWith({u"BEGIN:VEVENT"_s, u"DTSTART;VALUE=DATE:20260820"_s, u"RRULE:FREQ=HOURLY"_s,
                         u"SUMMARY:odd"_s, u"END:VEVENT"_s})
        << QList<QDate>{QDate(2026, 8, 20)};
    QTest::addRow("sorted, one per date")
        << calendarWith(allDay(u"b"_s, u"20260618"_s) + allDay(u"a"_s, u"20260616"_s, u"20260619"_s))
        << QList<QDate>{QDate(2026, 6, 16), QDate(2026, 6, 17), QDate(2026, 6, 18)};
    QTest::addRow("LF line endings") << calendarWith(allDay(u"x"_s, u"20260616"_s)).replace("\r\n", "\n")
                                     << QList<QDate>{QDate(2026, 6, 16)};
    QTest::addRow("byte order mark") << "\xEF\xBB\xBF"_ba + calendarWith(allDay(u"x"_s, u"20260616"_s))
                                     << QList<QDate>{QDate(2026, 6, 16)};
    QTest::addRow("lower-case keywords") << calendarWith(allDay(u"x"_s, u"20260616"_s)).toLower()
                                         << QList<QDate>{QDate(2026, 6, 16)};
    QTest::addRow("no final newline") << calendarWith(allDay(u"x"_s, u"20260616"_s)).trimmed()
                                      << QList<QDate>{QDate(2026, 6, 16)};
    QTest::addRow("two calendars in one file")
        << calendarWith(allDay(u"x"_s, u"20260616"_s)) + calendarWith(allDay(u"y"_s, u"20260320"_s))
        << QList<QDate>{QDate(2026, 3, 20), QDate(2026, 6, 16)};
    QTest::addRow("an unreadable event among good ones")
        << calendarWith(allDay(u"bad"_s, u"2026XX20"_s) + allDay(u"good"_s, u"20260616"_s))
        << QList<QDate>{QDate(2026, 6, 16)};
    QTest::addRow("absurdly long event capped at a year")
        << calendarWith(allDay(u"x"_s, u"20260101"_s, u"99991231"_s)) << [] {
               QList<QDate> dates;
               for (int i = 0; i < 366; ++i)
                   dates.append(QDate(2026, 1, 1).addDays(i));
               return dates;
           }();
}

void TestIcsImport::readsHolidays()
{
    QFETCH(QByteArray, text);
    QFETCH(QList<QDate>, dates);

    const Result<QList<Holiday>> holidays = holidaysFromIcs(text);
    QVERIFY2(holidays.has_value(), failureText(holidays).constData());
    QCOMPARE(datesOf(*holidays), dates);
    for (const Holiday &holiday : *holidays)
        QVERIFY(!holiday.name.isEmpty());
}

void TestIcsImport::namesHolidays()
{
    const Result<QList<Holiday>> holidays = holidaysFromIcs(realLookingCalendar());
    QVERIFY2(holidays.has_value(), failureText(holidays).constData());
    QCOMPARE(namesOf(*holidays),
             (QStringList{u"Aïd al-Fitr — عيد الفطر"_s, u"Aïd al-Adha — عيد الأضحى"_s, u"Aïd al-Adha — عيد الأضحى"_s,
                          u"1er Moharram"_s, u"Fête du Trône"_s, u"Fête du Trône"_s, u"Fête du Trône"_s}));

    const Result<QList<Holiday>> unnamed = holidaysFromIcs(
        calendarWith({u"BEGIN:VEVENT"_s, u"DTSTART;VALUE=DATE:20260616"_s, u"END:VEVENT"_s}));
    QVERIFY2(unnamed.has_value(), failureText(unnamed).constData());
    QCOMPARE(unnamed->first().name, u"Holiday"_s);

    const Result<QList<Holiday>> escaped = holidaysFromIcs(calendarWith(allDay(u"Pont\\, fin d'année"_s, u"20261231"_s)));
    QVERIFY2(escaped.has_value(), failureText(escaped).constData());
    QCOMPARE(escaped->first().name, u"Pont, fin d'année"_s);
}

void TestIcsImport::refusesMalformed_data()
{
    QTest::addColumn<QByteArray>("text");

    QByteArray binary(4096, '\0');
    QRandomGenerator random(20260320);
    for (char &byte : binary)
        byte = char(random.bounded(256));
    QByteArray binaryWithoutNul = binary;
    binaryWithoutNul.replace('\0', '\x01');
    const QByteArray full = realLookingCalendar();

    QTest::addRow("empty") << QByteArray();
    QTest::addRow("only blank lines") << "\r\n\r\n  \n"_ba;
    QTest::addRow("hello") << "hello"_ba;
    QTest::addRow("a text file") << "Jours fériés 2026:\n20 mars Aïd al-Fitr\n27 mai Aïd al-Adha\n"_ba;
    QTest::addRow("an HTML error page") << "<!DOCTYPE html><html><body>404 Not Found</body></html>"_ba;
    QTest::addRow("a vCard") << "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Youssef Alami\r\nEND:VCARD\r\n"_ba;
    QTest::addRow("truncated: no END") << full.left(full.indexOf("BEGIN:VEVENT") + 60);
    QTest::addRow("only BEGIN:VCALENDAR") << "BEGIN:VCALENDAR"_ba;
    QTest::addRow("binary bytes") << binary;
    QTest::addRow("binary bytes without NUL") << binaryWithoutNul;
    QTest::addRow("binary after a calendar header") << "BEGIN:VCALENDAR\r\n"_ba + binary + "\r\nEND:VCALENDAR\r\n"_ba;
    QTest::addRow("NUL inside a calendar") << full.left(200) + '\0' + full.mid(200);
    QTest::addRow("calendar with no events") << calendarWith({});
    QTest::addRow("only timed events")
        << calendarWith({u"BEGIN:VEVENT"_s, u"DTSTART:20260610T090000Z"_s, u"DTEND:20260610T100000Z"_s,
                         u"SUMMARY:Réunion"_s, u"END:VEVENT"_s});
    QTest::addRow("only unreadable dates") << calendarWith(allDay(u"bad"_s, u"2026XX20"_s));
    QTest::addRow("only cancelled events")
        << calendarWith({u"BEGIN:VEVENT"_s, u"DTSTART;VALUE=DATE:20260401"_s, u"STATUS:CANCELLED"_s,
                         u"END:VEVENT"_s});
    QTest::addRow("END before BEGIN") << "END:VCALENDAR\r\nBEGIN:VCALENDAR\r\n"_ba;
    QTest::addRow("an END nothing opened")
        << calendarWith(allDay(u"x"_s, u"20260616"_s) + QStringList{u"END:VEVENT"_s});
    QTest::addRow("mismatched END") << calendarWith({u"BEGIN:VEVENT"_s, u"DTSTART;VALUE=DATE:20260616"_s,
                                                     u"END:VTODO"_s});
    QTest::addRow("an event never closed")
        << calendarWith({u"BEGIN:VEVENT"_s, u"DTSTART;VALUE=DATE:20260616"_s, u"SUMMARY:x"_s});
    QTest::addRow("nested absurdly deep") << [] {
        QStringList lines;
        for (int i = 0; i < 10000; ++i)
            lines.append(u"BEGIN:VEVENT"_s);
        for (int i = 0; i < 10000; ++i)
            lines.append(u"END:VEVENT"_s);
        return calendarWith(lines);
    }();
}

void TestIcsImport::refusesMalformed()
{
    QFETCH(QByteArray, text);

    const Result<QList<Holiday>> holidays = holidaysFromIcs(text);
    QVERIFY(!holidays.has_value());
    QCOMPARE(holidays.error().code, ErrorCode::Invalid);
    QVERIFY(!holidays.error().message.isEmpty());
}

// A download cut off anywhere gives an error or the holidays read so far, never a crash.
void TestIcsImport::survivesEveryTruncation()
{
    const QByteArray full = realLookingCalendar();
    int refused = 0;
    for (qsizetype length = 0; length < full.size(); ++length) {
        const Result<QList<Holiday>> holidays = holidaysFromIcs(full.left(length));
        if (!holidays) {
            QCOMPARE(holidays.error().code, ErrorCode::Invalid);
            QVERIFY(!holidays.error().message.isEmpty());
            ++refused;
        }
    }
    QVERIFY(refused > 0);
}

// Random bytes flipped inside a good file: no crash, and every failure is an Invalid error.
void TestIcsImport::survivesCorruption()
{
    const QByteArray full = realLookingCalendar();
    QRandomGenerator random(42);
    for (int round = 0; round < 300; ++round) {
        QByteArray damaged = full;
        for (int flips = 0; flips < 5; ++flips)
            damaged[random.bounded(int(damaged.size()))] = char(random.bounded(256));
        const Result<QList<Holiday>> holidays = holidaysFromIcs(damaged);
        if (!holidays)
            QCOMPARE(holidays.error().code, ErrorCode::Invalid);
    }
}

void TestIcsImport::importedHolidaysCloseTheCalendar()
{
    const Result<QList<Holiday>> holidays = holidaysFromIcs(realLookingCalendar());
    QVERIFY2(holidays.has_value(), failureText(holidays).constData());
    WorkingCalendar calendar = WorkingCalendar::moroccanDefault();
    for (const Holiday &holiday : *holidays)
        calendar.addHoliday(holiday);
    QVERIFY(!calendar.isWorkingDay(QDate(2026, 3, 20)));
    QVERIFY(!calendar.isWorkingDay(QDate(2026, 5, 28)));
    QVERIFY(calendar.isWorkingDay(QDate(2026, 5, 29)));
    QCOMPARE(calendar.holidayName(QDate(2026, 6, 16)), u"1er Moharram"_s);
}

QTEST_APPLESS_MAIN(TestIcsImport)
#include "tst_icsimport.moc"
