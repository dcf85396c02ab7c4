// The six stall rules of DESIGN.md as pure functions of (case facts, calendars, instant), on
// hand-built cases — no database. Each rule is checked just before its threshold (1 s, 1 min),
// exactly at it (not yet stalled: a rule fires once the instant is past the threshold) and just
// after, with the numbers a supervisor reads: working time past the threshold, when it was
// crossed, who must act, and how much the customer has had to chase.
//
// Calendar: Monday to Friday 09:00–13:00 and 14:00–18:00 Casablanca time; Monday 2 March 2026
// is a working Monday, 7–8 March a weekend; Casablanca is UTC+0 until 22 March, then UTC+1.

#include "stallfacts.h"

using namespace Relais::Core;
using namespace Relais::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 hour = 3600;
constexpr qint64 minute = 60;

HandoffStatus statusOf(const QString &code)
{
    const auto status = handoffStatusFromCode(code);
    if (!status)
        qFatal("no handoff status %s", qPrintable(code));
    return *status;
}

const AgencyRef &agencyOf(const QString &code)
{
    for (const AgencyRef *a : {&INS, &GAR, &TOW, &HOS})
        if (a->code == code)
            return *a;
    qFatal("no test agency %s", qPrintable(code));
}

/// Calendars where `agency` has its own service levels.
AgencyCalendars withLevels(const QString &agency, ServiceLevels levels)
{
    AgencyCalendars calendars = defaultCalendars();
    if (!agency.isEmpty())
        calendars.set(agencyOf(agency).id, WorkingCalendar::moroccanDefault(), levels);
    return calendars;
}

/// The stalls of one rule in a list.
QList<Stall> ofRule(const QList<Stall> &stalls, StallRule rule)
{
    QList<Stall> out;
    for (const Stall &s : stalls)
        if (s.rule == rule)
            out.append(s);
    return out;
}

QStringList ruleCodes(const QList<Stall> &stalls)
{
    QStringList codes;
    for (const Stall &s : stalls)
        codes << stallRuleCode(s.rule);
    return codes;
}

/// What every stall carries about its case and its clock, whatever the rule.
void checkCommon(const Stall &stall, const QDateTime &thresholdAt, const QDateTime &at, qint64 workingSecondsPast)
{
    QCOMPARE(stall.caseId, Id(7));
    QCOMPARE(stall.caseReference, u"REL-2026-000007"_s);
    QCOMPARE(stall.clientId, Id(70));
    QCOMPARE(stall.clientName, u"Karim Bennani"_s);
    QCOMPARE(stall.thresholdAt, thresholdAt);
    QCOMPARE(stall.workingSecondsPast, workingSecondsPast);
    QCOMPARE(stall.secondsPast, thresholdAt.secsTo(at));
    QVERIFY(!stall.threshold.isEmpty());
    QVERIFY(!stall.ballHolder.isEmpty());
}

} // namespace

class TestStallRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ruleCodesRoundTrip();

    void unacknowledged_data();
    void unacknowledged();
    void silent_data();
    void silent();
    void overdue_data();
    void overdue();
    void holdExpired_data();
    void holdExpired();
    void pingPong_data();
    void pingPong();
    void clientChasing_data();
    void clientChasing();
    void clientChasingAttachesToTheBallHolder_data();
    void clientChasingAttachesToTheBallHolder();

    void evaluationIsAsOfTheInstant();
    void stallsShowTheCustomersEffort();
    void evaluationOrdersMostLateFirst();
    void caseStatusAtFollowsTheChanges();
};

void TestStallRules::ruleCodesRoundTrip()
{
    QStringList codes;
    for (StallRule rule : allStallRules) {
        codes << stallRuleCode(rule);
        QCOMPARE(stallRuleFromCode(stallRuleCode(rule)), std::optional<StallRule>(rule));
        QVERIFY(!stallRuleLabel(rule).isEmpty());
    }
    QCOMPARE(codes, (QStringList{u"unacknowledged"_s, u"silent"_s, u"overdue"_s, u"hold-expired"_s, u"ping-pong"_s,
                                 u"client-chasing"_s}));
    QVERIFY(!stallRuleFromCode(u"bogus").has_value());
    QVERIFY(!stallRuleFromCode(u"").has_value());
}

// ---------------------------------------------------------------------------------------------
// unacknowledged: requested and not received/accepted/rejected within the receiver's ack SLA
// (default 8 working hours).

void TestStallRules::unacknowledged_data()
{
    QTest::addColumn<QDateTime>("requestedAt");
    QTest::addColumn<QString>("levelsOf");  // agency given ackHours below; empty: defaults everywhere
    QTest::addColumn<int>("ackHours");
    QTest::addColumn<QString>("holidayOf"); // agency whose calendar has `holiday`; empty: none
    QTest::addColumn<QDate>("holiday");
    QTest::addColumn<QString>("answer");    // receiver's answer (status code); empty: none
    QTest::addColumn<QDateTime>("answerAt");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<bool>("fires");
    QTest::addColumn<QDateTime>("thresholdAt");
    QTest::addColumn<qint64>("workingSecondsPast");

    const QString none;
    const QDate noDay;
    const QDateTime never;
    auto row = [&](const char *name, const QDateTime &requested, const QDateTime &at, bool fires,
                   const QDateTime &threshold, qint64 past) {
        QTest::addRow("%s", name) << requested << none << 0 << none << noDay << none << never << at << fires
                                  << threshold << past;
    };
    // Monday 10:00 + 8 working hours = Tuesday 10:00 (3 h + 4 h on Monday, 1 h on Tuesday).
    const QDateTime mon10 = march(2, 10);
    const QDateTime tue10 = march(3, 10);
    row("mid-day: 1 min before", mon10, march(3, 9, 59), false, tue10, 0);
    row("mid-day: 1 s before", mon10, march(3, 9, 59, 59), false, tue10, 0);
    row("mid-day: at the threshold", mon10, tue10, false, tue10, 0);
    row("mid-day: 1 s after", mon10, march(3, 10, 0, 1), true, tue10, 1);
    row("mid-day: 1 min after", mon10, march(3, 10, 1), true, tue10, minute);
    row("mid-day: a working day after", mon10, march(4, 10), true, tue10, 8 * hour);
    // Monday 09:00 + 8 h = Monday 18:00, closing time: past it, nothing counts until Tuesday.
    row("closing time: 1 s before", march(2, 9), march(2, 17, 59, 59), false, march(2, 18), 0);
    row("closing time: 1 s after, office closed", march(2, 9), march(2, 18, 0, 1), true, march(2, 18), 0);
    row("closing time: next morning 09:01", march(2, 9), march(3, 9, 1), true, march(2, 18), minute);
    // Across lunch: Monday 12:00 + 8 h = 1 h + 4 h + 3 h = Tuesday 12:00.
    row("across lunch: 1 min before", march(2, 12), march(3, 11, 59), false, march(3, 12), 0);
    row("across lunch: 1 min after", march(2, 12), march(3, 12, 1), true, march(3, 12), minute);
    // Requested during lunch: counts from 14:00, so Tuesday 13:00 — lunch again, then 14:00.
    row("requested at lunch: 1 s before", march(2, 13), march(3, 12, 59, 59), false, march(3, 13), 0);
    row("requested at lunch: 1 s after, at lunch", march(2, 13), march(3, 13, 0, 1), true, march(3, 13), 0);
    row("requested at lunch: lunch counts nothing", march(2, 13), march(3, 13, 59), true, march(3, 13), 0);
    row("requested at lunch: 1 min into the afternoon", march(2, 13), march(3, 14, 1), true, march(3, 13), minute);
    // Across the weekend: Friday 14:00 + 8 h = 4 h on Friday, 4 h on Monday = Monday 13:00.
    row("weekend: Saturday noon is not late", march(6, 14), march(7, 12), false, march(9, 13), 0);
    row("weekend: Monday 1 min before", march(6, 14), march(9, 12, 59), false, march(9, 13), 0);
    row("weekend: Monday 14:01", march(6, 14), march(9, 14, 1), true, march(9, 13), minute);
    // Morocco's fixed holiday: Thursday 30 April 14:00 (UTC+1) + 8 h skips Friday 1 May.
    row("fixed holiday (1 May): Monday 12:59 not late", local(2026, 4, 30, 14), local(2026, 5, 4, 12, 59), false,
        local(2026, 5, 4, 13), 0);
    row("fixed holiday (1 May): Monday 14:01", local(2026, 4, 30, 14), local(2026, 5, 4, 14, 1), true,
        local(2026, 5, 4, 13), minute);

    // A dated holiday (Aïd al-Fitr, Friday 20 March) on the receiver's calendar; the clocks move
    // to UTC+1 on Sunday 22 March, so Monday 13:00 local is 12:00 UTC.
    const QDateTime thu19 = march(19, 14);
    const QDate fitr(2026, 3, 20);
    QTest::addRow("receiver's holiday: Friday is not late")
        << thu19 << none << 0 << u"GAR"_s << fitr << none << never << march(20, 14) << false << local(2026, 3, 23, 13)
        << qint64(0);
    QTest::addRow("receiver's holiday: Monday 12:59 not late")
        << thu19 << none << 0 << u"GAR"_s << fitr << none << never << local(2026, 3, 23, 12, 59) << false
        << local(2026, 3, 23, 13) << qint64(0);
    QTest::addRow("receiver's holiday: Monday 14:01 late")
        << thu19 << none << 0 << u"GAR"_s << fitr << none << never << local(2026, 3, 23, 14, 1) << true
        << local(2026, 3, 23, 13) << minute;
    QTest::addRow("requester's holiday does not move the receiver's clock")
        << thu19 << none << 0 << u"INS"_s << fitr << none << never << march(20, 14, 1) << true << march(20, 13)
        << minute;

    // Per-agency SLA: the receiver (GAR) acknowledges within 2 working hours.
    QTest::addRow("GAR ack 2 h: 1 s before")
        << mon10 << u"GAR"_s << 2 << none << noDay << none << never << march(2, 11, 59, 59) << false << march(2, 12)
        << qint64(0);
    QTest::addRow("GAR ack 2 h: 1 s after")
        << mon10 << u"GAR"_s << 2 << none << noDay << none << never << march(2, 12, 0, 1) << true << march(2, 12)
        << qint64(1);
    QTest::addRow("GAR ack 2 h across lunch: 14:30 is only 1.5 working hours")
        << march(2, 12) << u"GAR"_s << 2 << none << noDay << none << never << march(2, 14, 30) << false
        << march(2, 15) << qint64(0);
    QTest::addRow("GAR ack 2 h across lunch: 15:00:01 late")
        << march(2, 12) << u"GAR"_s << 2 << none << noDay << none << never << march(2, 15, 0, 1) << true
        << march(2, 15) << qint64(1);
    QTest::addRow("the requester's own SLA does not apply")
        << mon10 << u"INS"_s << 2 << none << noDay << none << never << march(2, 12, 0, 1) << false << tue10
        << qint64(0);

    // Answers.
    QTest::addRow("received counts as acknowledged")
        << mon10 << none << 0 << none << noDay << u"received"_s << march(2, 11) << march(4, 10) << false << tue10
        << qint64(0);
    QTest::addRow("accepted counts as acknowledged")
        << mon10 << none << 0 << none << noDay << u"accepted"_s << march(2, 11) << march(4, 10) << false << tue10
        << qint64(0);
    QTest::addRow("rejected counts as acknowledged")
        << mon10 << none << 0 << none << noDay << u"rejected"_s << march(2, 11) << march(4, 10) << false << tue10
        << qint64(0);
    QTest::addRow("cancelled by the requester: nobody to chase")
        << mon10 << none << 0 << none << noDay << u"cancelled"_s << march(2, 11) << march(4, 10) << false << tue10
        << qint64(0);
    QTest::addRow("received late counts from then, not before")
        << mon10 << none << 0 << none << noDay << u"received"_s << march(3, 12) << march(4, 10) << false << tue10
        << qint64(0);
    QTest::addRow("as of: received after `at` is still unacknowledged then")
        << mon10 << none << 0 << none << noDay << u"received"_s << march(4, 12) << march(3, 10, 0, 1) << true << tue10
        << qint64(1);
    QTest::addRow("as of: accepted after `at` is still unacknowledged then")
        << mon10 << none << 0 << none << noDay << u"accepted"_s << march(4, 12) << march(4, 11) << true << tue10
        << (3 + 4 + 2) * hour;
}

void TestStallRules::unacknowledged()
{
    QFETCH(QDateTime, requestedAt);
    QFETCH(QString, levelsOf);
    QFETCH(int, ackHours);
    QFETCH(QString, holidayOf);
    QFETCH(QDate, holiday);
    QFETCH(QString, answer);
    QFETCH(QDateTime, answerAt);
    QFETCH(QDateTime, at);
    QFETCH(bool, fires);
    QFETCH(QDateTime, thresholdAt);
    QFETCH(qint64, workingSecondsPast);

    AgencyCalendars calendars = withLevels(levelsOf, ServiceLevels{ackHours, 3});
    if (!holidayOf.isEmpty()) {
        WorkingCalendar calendar = WorkingCalendar::moroccanDefault();
        calendar.addHoliday({holiday, u"Aïd al-Fitr"_s});
        calendars.set(agencyOf(holidayOf).id, calendar, ServiceLevels{});
    }
    CaseBuilder builder;
    const Id id = builder.request(INS, GAR, requestedAt);
    if (!answer.isEmpty())
        builder.move(id, statusOf(answer), answerAt);
    const CaseFacts facts = builder.facts();

    const auto stall = unacknowledgedStall(facts, facts.handoffs.first(), calendars, at);
    QCOMPARE(stall.has_value(), fires);
    // The other rules never report this one (no due date, no hold, no bounce, no effort).
    QCOMPARE(ruleCodes(evaluateStalls(facts, calendars, at)),
             fires ? QStringList{u"unacknowledged"_s} : QStringList{});
    if (!fires)
        return;
    checkCommon(*stall, thresholdAt, at, workingSecondsPast);
    QCOMPARE(stall->rule, StallRule::Unacknowledged);
    QCOMPARE(stall->handoffId, std::optional<Id>(id));
    QCOMPARE(stall->from.code, u"INS"_s);
    QCOMPARE(stall->to.code, u"GAR"_s);
    QCOMPARE(stall->status, std::optional<HandoffStatus>(HandoffStatus::Requested));
    QCOMPARE(stall->since, requestedAt);
    QVERIFY2(stall->threshold.contains(QString::number(levelsOf == u"GAR" ? ackHours : 8)), qPrintable(stall->threshold));
    QVERIFY2(stall->ballHolder.contains(GAR.name), qPrintable(stall->ballHolder));
}

// ---------------------------------------------------------------------------------------------
// silent: accepted/in-progress and no event from the receiving agency for N working days
// (default 3), counted from acceptance or the agency's latest event, whichever is later.

void TestStallRules::silent_data()
{
    QTest::addColumn<QDateTime>("acceptedAt");
    QTest::addColumn<QString>("extra");     // garNote, insNote, towNote, inProgress, onHold, completed,
                                            // receivedOnly, or empty
    QTest::addColumn<QDateTime>("extraAt");
    QTest::addColumn<int>("silenceDays");   // GAR's; 0: default
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<bool>("fires");
    QTest::addColumn<QDateTime>("since");
    QTest::addColumn<QDateTime>("thresholdAt");
    QTest::addColumn<qint64>("workingSecondsPast");

    const QString none;
    const QDateTime never;
    // Accepted Monday 10:00: silent after Thursday 10:00.
    const QDateTime mon10 = march(2, 10);
    const QDateTime thu10 = march(5, 10);
    QTest::addRow("1 min before") << mon10 << none << never << 0 << march(5, 9, 59) << false << mon10 << thu10
                                  << qint64(0);
    QTest::addRow("1 s before") << mon10 << none << never << 0 << march(5, 9, 59, 59) << false << mon10 << thu10
                                << qint64(0);
    QTest::addRow("at the threshold") << mon10 << none << never << 0 << thu10 << false << mon10 << thu10 << qint64(0);
    QTest::addRow("1 s after") << mon10 << none << never << 0 << march(5, 10, 0, 1) << true << mon10 << thu10
                               << qint64(1);
    QTest::addRow("1 min after") << mon10 << none << never << 0 << march(5, 10, 1) << true << mon10 << thu10
                                 << minute;
    // Accepted Thursday 15:00: Friday, Monday, Tuesday → Tuesday 15:00.
    QTest::addRow("weekend: Saturday is not silent")
        << march(5, 15) << none << never << 0 << march(7, 12) << false << march(5, 15) << march(10, 15) << qint64(0);
    QTest::addRow("weekend: Tuesday 14:59 not yet")
        << march(5, 15) << none << never << 0 << march(10, 14, 59) << false << march(5, 15) << march(10, 15)
        << qint64(0);
    QTest::addRow("weekend: Tuesday 15:01 silent")
        << march(5, 15) << none << never << 0 << march(10, 15, 1) << true << march(5, 15) << march(10, 15) << minute;
    // Accepted during lunch: counts from the afternoon opening, Thursday 14:00.
    QTest::addRow("accepted at lunch: Thursday 13:30 not yet")
        << march(2, 13, 30) << none << never << 0 << march(5, 13, 30) << false << march(2, 13, 30) << march(5, 14)
        << qint64(0);
    QTest::addRow("accepted at lunch: Thursday 14:00:01 silent")
        << march(2, 13, 30) << none << never << 0 << march(5, 14, 0, 1) << true << march(2, 13, 30) << march(5, 14)
        << qint64(1);
    // The receiving agency's word restarts the count.
    QTest::addRow("GAR's note restarts it: Thursday not silent")
        << mon10 << u"garNote"_s << march(3, 11) << 0 << march(5, 10, 0, 1) << false << march(3, 11) << march(6, 11)
        << qint64(0);
    QTest::addRow("GAR's note restarts it: 1 s before")
        << mon10 << u"garNote"_s << march(3, 11) << 0 << march(6, 10, 59, 59) << false << march(3, 11)
        << march(6, 11) << qint64(0);
    QTest::addRow("GAR's note restarts it: 1 s after")
        << mon10 << u"garNote"_s << march(3, 11) << 0 << march(6, 11, 0, 1) << true << march(3, 11) << march(6, 11)
        << qint64(1);
    QTest::addRow("GAR moving it to in-progress is a word too")
        << mon10 << u"inProgress"_s << march(3, 9, 30) << 0 << march(6, 9, 30, 1) << true << march(3, 9, 30)
        << march(6, 9, 30) << qint64(1);
    QTest::addRow("GAR moving it to in-progress: at the threshold")
        << mon10 << u"inProgress"_s << march(3, 9, 30) << 0 << march(6, 9, 30) << false << march(3, 9, 30)
        << march(6, 9, 30) << qint64(0);
    QTest::addRow("the requester's note does not restart it")
        << mon10 << u"insNote"_s << march(4, 11) << 0 << march(5, 10, 0, 1) << true << mon10 << thu10 << qint64(1);
    QTest::addRow("another agency's note does not restart it")
        << mon10 << u"towNote"_s << march(4, 11) << 0 << march(5, 10, 0, 1) << true << mon10 << thu10 << qint64(1);
    QTest::addRow("as of: GAR's note after `at` is ignored")
        << mon10 << u"garNote"_s << march(5, 12) << 0 << march(5, 10, 0, 1) << true << mon10 << thu10 << qint64(1);
    // GAR's own service level.
    QTest::addRow("GAR silent after 1 day: Monday 17:00 not yet")
        << mon10 << none << never << 1 << march(2, 17) << false << mon10 << march(3, 10) << qint64(0);
    QTest::addRow("GAR silent after 1 day: Tuesday 10:00:01")
        << mon10 << none << never << 1 << march(3, 10, 0, 1) << true << mon10 << march(3, 10) << qint64(1);
    QTest::addRow("GAR silent after 5 days: Friday not yet")
        << mon10 << none << never << 5 << march(6, 17) << false << mon10 << march(9, 10) << qint64(0);
    QTest::addRow("GAR silent after 5 days: next Monday 10:01")
        << mon10 << none << never << 5 << march(9, 10, 1) << true << mon10 << march(9, 10) << minute;
    // Only accepted or in-progress work goes silent.
    QTest::addRow("on hold: not silent")
        << mon10 << u"onHold"_s << march(2, 11) << 0 << march(11, 12) << false << mon10 << thu10 << qint64(0);
    QTest::addRow("completed: not silent")
        << mon10 << u"completed"_s << march(2, 11) << 0 << march(11, 12) << false << mon10 << thu10 << qint64(0);
    QTest::addRow("received, never accepted: not silent")
        << mon10 << u"receivedOnly"_s << mon10 << 0 << march(11, 12) << false << mon10 << thu10 << qint64(0);
}

void TestStallRules::silent()
{
    QFETCH(QDateTime, acceptedAt);
    QFETCH(QString, extra);
    QFETCH(QDateTime, extraAt);
    QFETCH(int, silenceDays);
    QFETCH(QDateTime, at);
    QFETCH(bool, fires);
    QFETCH(QDateTime, since);
    QFETCH(QDateTime, thresholdAt);
    QFETCH(qint64, workingSecondsPast);

    using enum HandoffStatus;
    const AgencyCalendars calendars =
        silenceDays ? withLevels(u"GAR"_s, ServiceLevels{8, silenceDays}) : defaultCalendars();
    CaseBuilder builder;
    const Id id = builder.request(INS, GAR, acceptedAt.addSecs(-30 * 60));
    if (extra == u"receivedOnly") {
        builder.move(id, Received, acceptedAt);
    } else {
        builder.move(id, Accepted, acceptedAt);
        if (extra == u"garNote")
            builder.note(GAR, extraAt);
        else if (extra == u"insNote")
            builder.note(INS, extraAt);
        else if (extra == u"towNote")
            builder.note(TOW, extraAt);
        else if (extra == u"inProgress")
            builder.move(id, InProgress, extraAt);
        else if (extra == u"onHold") {
            builder.move(id, InProgress, extraAt);
            builder.move(id, OnHold, extraAt, false);
        } else if (extra == u"completed") {
            builder.move(id, InProgress, extraAt);
            builder.move(id, Completed, extraAt);
        }
    }
    const CaseFacts facts = builder.facts();

    const auto stall = silentStall(facts, facts.handoffs.first(), calendars, at);
    QCOMPARE(stall.has_value(), fires);
    QCOMPARE(ofRule(evaluateStalls(facts, calendars, at), StallRule::Silent).size(), fires ? 1 : 0);
    if (!fires)
        return;
    checkCommon(*stall, thresholdAt, at, workingSecondsPast);
    QCOMPARE(stall->rule, StallRule::Silent);
    QCOMPARE(stall->handoffId, std::optional<Id>(id));
    QCOMPARE(stall->to.code, u"GAR"_s);
    QCOMPARE(stall->since, since);
    QVERIFY2(stall->threshold.contains(QString::number(silenceDays ? silenceDays : 3)), qPrintable(stall->threshold));
}

// ---------------------------------------------------------------------------------------------
// overdue: past its due date and not terminal.

void TestStallRules::overdue_data()
{
    QTest::addColumn<QDateTime>("due");
    QTest::addColumn<QString>("end");   // the handoff's last status; empty: in progress
    QTest::addColumn<QDateTime>("endAt");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<bool>("fires");
    QTest::addColumn<qint64>("workingSecondsPast");

    const QDateTime wed12 = march(4, 12);
    const QString working;
    const QDateTime never;
    QTest::addRow("1 min before") << wed12 << working << never << march(4, 11, 59) << false << qint64(0);
    QTest::addRow("1 s before") << wed12 << working << never << march(4, 11, 59, 59) << false << qint64(0);
    QTest::addRow("at the due date") << wed12 << working << never << wed12 << false << qint64(0);
    QTest::addRow("1 s after") << wed12 << working << never << march(4, 12, 0, 1) << true << qint64(1);
    QTest::addRow("1 min after") << wed12 << working << never << march(4, 12, 1) << true << minute;
    QTest::addRow("at lunch: 1 working hour past") << wed12 << working << never << march(4, 13, 30) << true << hour;
    QTest::addRow("next morning: 5 working hours past") << wed12 << working << never << march(5, 9) << true
                                                       << 5 * hour;
    QTest::addRow("due on a Saturday: late at once, no working time yet")
        << march(7, 12) << working << never << march(7, 12, 1) << true << qint64(0);
    QTest::addRow("due on a Saturday: Monday 09:01") << march(7, 12) << working << never << march(9, 9, 1) << true
                                                     << minute;
    QTest::addRow("no due date: never") << never << working << never << march(31, 12) << false << qint64(0);
    QTest::addRow("still requested, past due: overdue too")
        << wed12 << u"requested"_s << never << march(4, 12, 1) << true << minute;
    QTest::addRow("on hold, past due: overdue") << wed12 << u"on-hold"_s << march(3, 10) << march(4, 12, 1) << true
                                                << minute;
    QTest::addRow("completed before due: never") << wed12 << u"completed"_s << march(4, 11) << march(5, 12) << false
                                                 << qint64(0);
    QTest::addRow("completed after due: overdue as of before completion")
        << wed12 << u"completed"_s << march(5, 10) << march(4, 12, 1) << true << minute;
    QTest::addRow("completed after due: not once completed")
        << wed12 << u"completed"_s << march(5, 10) << march(5, 10, 1) << false << qint64(0);
    QTest::addRow("rejected: terminal, never") << wed12 << u"rejected"_s << march(5, 10) << march(6, 12) << false
                                               << qint64(0);
    QTest::addRow("cancelled: terminal, never") << wed12 << u"cancelled"_s << march(5, 10) << march(6, 12) << false
                                                << qint64(0);
    QTest::addRow("failed: terminal, never") << wed12 << u"failed"_s << march(5, 10) << march(6, 12) << false
                                             << qint64(0);
    QTest::addRow("entered in error: terminal, never")
        << wed12 << u"entered-in-error"_s << march(5, 10) << march(6, 12) << false << qint64(0);
}

void TestStallRules::overdue()
{
    QFETCH(QDateTime, due);
    QFETCH(QString, end);
    QFETCH(QDateTime, endAt);
    QFETCH(QDateTime, at);
    QFETCH(bool, fires);
    QFETCH(qint64, workingSecondsPast);

    using enum HandoffStatus;
    CaseBuilder builder;
    const QDateTime requestedAt = march(2, 10);
    const Id id = builder.request(INS, GAR, requestedAt, due);
    if (end != u"requested" && end != u"rejected" && end != u"cancelled") {
        builder.move(id, Accepted, march(2, 11));
        builder.move(id, InProgress, march(2, 11));
    }
    if (!end.isEmpty() && end != u"requested")
        builder.move(id, statusOf(end), endAt, false, {});
    const CaseFacts facts = builder.facts();
    // GAR writes every morning, so the handoff is never silent: only overdue is in question.
    CaseBuilder chatty = builder;
    for (int day = 2; day <= 31; ++day)
        chatty.note(GAR, march(day, 9, 5));
    const CaseFacts talking = chatty.facts();

    const AgencyCalendars calendars = defaultCalendars();
    const auto stall = overdueStall(facts, facts.handoffs.first(), calendars, at);
    QCOMPARE(stall.has_value(), fires);
    QCOMPARE(ofRule(evaluateStalls(talking, calendars, at), StallRule::Overdue).size(), fires ? 1 : 0);
    if (!fires)
        return;
    checkCommon(*stall, due, at, workingSecondsPast);
    QCOMPARE(stall->rule, StallRule::Overdue);
    QCOMPARE(stall->handoffId, std::optional<Id>(id));
    QCOMPARE(stall->since, requestedAt);
    QCOMPARE(stall->to.code, u"GAR"_s);
    QVERIFY2(stall->threshold.contains(due.toString(u"yyyy-MM-dd HH:mm"_s)), qPrintable(stall->threshold));
}

// ---------------------------------------------------------------------------------------------
// hold expired: on hold past its hold-until date.

void TestStallRules::holdExpired_data()
{
    QTest::addColumn<QDateTime>("holdUntil");
    QTest::addColumn<bool>("onCustomer");
    QTest::addColumn<QString>("after");    // what came after the hold; empty: still on hold
    QTest::addColumn<QDateTime>("afterAt");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<bool>("fires");
    QTest::addColumn<qint64>("workingSecondsPast");

    const QDateTime wed12 = march(4, 12);
    const QString still;
    const QDateTime never;
    QTest::addRow("1 min before") << wed12 << true << still << never << march(4, 11, 59) << false << qint64(0);
    QTest::addRow("1 s before") << wed12 << true << still << never << march(4, 11, 59, 59) << false << qint64(0);
    QTest::addRow("at hold-until") << wed12 << true << still << never << wed12 << false << qint64(0);
    QTest::addRow("1 s after") << wed12 << true << still << never << march(4, 12, 0, 1) << true << qint64(1);
    QTest::addRow("1 min after") << wed12 << true << still << never << march(4, 12, 1) << true << minute;
    QTest::addRow("next morning") << wed12 << true << still << never << march(5, 9) << true << 5 * hour;
    QTest::addRow("hold not on the customer expires too")
        << wed12 << false << still << never << march(4, 12, 0, 1) << true << qint64(1);
    QTest::addRow("no hold-until: never") << never << true << still << never << march(31, 12) << false << qint64(0);
    QTest::addRow("resumed before hold-until: no") << wed12 << true << u"in-progress"_s << march(4, 11)
                                                   << march(4, 12, 1) << false << qint64(0);
    QTest::addRow("resumed after: expired as of before resuming")
        << wed12 << true << u"in-progress"_s << march(5, 10) << march(4, 12, 1) << true << minute;
    QTest::addRow("resumed after: not once resumed")
        << wed12 << true << u"in-progress"_s << march(5, 10) << march(5, 10, 1) << false << qint64(0);
    QTest::addRow("cancelled while on hold: no") << wed12 << true << u"cancelled"_s << march(4, 11)
                                                 << march(4, 12, 1) << false << qint64(0);
    QTest::addRow("failed while on hold: no") << wed12 << true << u"failed"_s << march(4, 11) << march(4, 12, 1)
                                              << false << qint64(0);
}

void TestStallRules::holdExpired()
{
    QFETCH(QDateTime, holdUntil);
    QFETCH(bool, onCustomer);
    QFETCH(QString, after);
    QFETCH(QDateTime, afterAt);
    QFETCH(QDateTime, at);
    QFETCH(bool, fires);
    QFETCH(qint64, workingSecondsPast);

    using enum HandoffStatus;
    CaseBuilder builder;
    const Id id = builder.request(INS, GAR, march(2, 9));
    builder.move(id, Accepted, march(2, 9, 30));
    builder.move(id, InProgress, march(2, 9, 30));
    const QDateTime holdAt = march(2, 11);
    builder.move(id, OnHold, holdAt, onCustomer, holdUntil);
    if (!after.isEmpty())
        builder.move(id, statusOf(after), afterAt);
    const CaseFacts facts = builder.facts();

    const AgencyCalendars calendars = defaultCalendars();
    const auto stall = holdExpiredStall(facts, facts.handoffs.first(), calendars, at);
    QCOMPARE(stall.has_value(), fires);
    QCOMPARE(ofRule(evaluateStalls(facts, calendars, at), StallRule::HoldExpired).size(), fires ? 1 : 0);
    if (!fires)
        return;
    checkCommon(*stall, holdUntil, at, workingSecondsPast);
    QCOMPARE(stall->rule, StallRule::HoldExpired);
    QCOMPARE(stall->handoffId, std::optional<Id>(id));
    QCOMPARE(stall->since, holdAt);
    QCOMPARE(stall->to.code, u"GAR"_s);
    QCOMPARE(stall->status, std::optional<HandoffStatus>(OnHold));
}

// ---------------------------------------------------------------------------------------------
// ping-pong: 3+ handoffs in a row that return the case to an agency that already had it.

namespace {

/// When handoff k of a ping-pong route is requested: two a day from Monday 9 March, 10:00 and
/// 15:00. Each earlier handoff is declined an hour before the next one is asked.
QDateTime hop(int k)
{
    return march(9 + k / 2, k % 2 ? 15 : 10);
}

} // namespace

void TestStallRules::pingPong_data()
{
    QTest::addColumn<QString>("route");    // "INS>GAR GAR>INS …", the case led by INS
    QTest::addColumn<QString>("latestEnd"); // what became of the latest handoff; empty: open
    QTest::addColumn<QDateTime>("endAt");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<bool>("fires");
    QTest::addColumn<QDateTime>("thresholdAt");
    QTest::addColumn<QString>("to");
    QTest::addColumn<qint64>("workingSecondsPast");

    const QString three = u"INS>GAR GAR>INS INS>GAR GAR>INS"_s;
    const QString open;
    const QDateTime never;
    QTest::addRow("2 bounces do not fire") << u"INS>GAR GAR>INS INS>GAR"_s << open << never
                                           << hop(2).addSecs(60) << false << never << QString() << qint64(0);
    QTest::addRow("3 bounces: 1 s before the third") << three << open << never << hop(3).addSecs(-1) << false << never
                                                     << QString() << qint64(0);
    QTest::addRow("3 bounces: at the third") << three << open << never << hop(3) << true << hop(3) << u"INS"_s
                                             << qint64(0);
    QTest::addRow("3 bounces: 1 min after") << three << open << never << hop(3).addSecs(60) << true << hop(3)
                                            << u"INS"_s << minute;
    QTest::addRow("4 bounces: still counted from the third")
        << u"INS>GAR GAR>INS INS>GAR GAR>INS INS>GAR"_s << open << never << hop(4).addSecs(60) << true << hop(3)
        << u"GAR"_s << (3 * hour + hour + minute);
    QTest::addRow("round between three agencies that all had it")
        << u"INS>GAR GAR>TOW TOW>INS INS>GAR GAR>TOW"_s << open << never << hop(4).addSecs(60) << true << hop(4)
        << u"TOW"_s << minute;
    QTest::addRow("a newcomer resets the streak")
        << u"INS>GAR GAR>INS INS>GAR GAR>TOW TOW>GAR GAR>TOW"_s << open << never << hop(5).addSecs(60) << false
        << never << QString() << qint64(0);
    QTest::addRow("after a newcomer, 3 bounces again")
        << u"INS>GAR GAR>INS INS>GAR GAR>TOW TOW>GAR GAR>TOW TOW>GAR"_s << open << never << hop(6).addSecs(60) << true
        << hop(6) << u"GAR"_s << minute;
    QTest::addRow("latest completed: no longer") << three << u"completed"_s << hop(3).addSecs(2 * 3600)
                                                 << hop(3).addSecs(3 * 3600) << false << never << QString()
                                                 << qint64(0);
    QTest::addRow("latest completed later: fired as of before")
        << three << u"completed"_s << hop(3).addSecs(2 * 3600) << hop(3).addSecs(3600) << true << hop(3) << u"INS"_s
        << hour;
    QTest::addRow("latest declined: no longer") << three << u"rejected"_s << hop(3).addSecs(1800)
                                                << hop(3).addSecs(3600) << false << never << QString() << qint64(0);
    QTest::addRow("case resolved: not on a resolved case")
        << three << u"case-resolved"_s << hop(3).addSecs(2 * 3600) << hop(3).addSecs(3 * 3600) << false << never
        << QString() << qint64(0);
    QTest::addRow("case resolved later: fired as of before")
        << three << u"case-resolved"_s << hop(3).addSecs(2 * 3600) << hop(3).addSecs(3600) << true << hop(3)
        << u"INS"_s << hour;
}

void TestStallRules::pingPong()
{
    QFETCH(QString, route);
    QFETCH(QString, latestEnd);
    QFETCH(QDateTime, endAt);
    QFETCH(QDateTime, at);
    QFETCH(bool, fires);
    QFETCH(QDateTime, thresholdAt);
    QFETCH(QString, to);
    QFETCH(qint64, workingSecondsPast);

    using enum HandoffStatus;
    CaseBuilder builder;
    const QStringList hops = route.split(u' ');
    Id latest = 0;
    for (int k = 0; k < hops.size(); ++k) {
        const QStringList ends = hops[k].split(u'>');
        if (latest)
            builder.move(latest, Rejected, hop(k).addSecs(-3600));
        latest = builder.request(agencyOf(ends[0]), agencyOf(ends[1]), hop(k));
    }
    // The latest handoff is answered at once, so it is never unacknowledged.
    builder.move(latest, Received, hop(hops.size() - 1).addSecs(1));
    if (latestEnd == u"completed") {
        builder.move(latest, Accepted, endAt.addSecs(-60));
        builder.move(latest, InProgress, endAt.addSecs(-60));
        builder.move(latest, Completed, endAt);
    } else if (latestEnd == u"case-resolved") {
        builder.caseStatus(endAt, CaseStatus::Resolved);
    } else if (!latestEnd.isEmpty()) {
        builder.move(latest, statusOf(latestEnd), endAt);
    }
    const CaseFacts facts = builder.facts();

    const AgencyCalendars calendars = defaultCalendars();
    const auto stall = pingPongStall(facts, calendars, at);
    QCOMPARE(stall.has_value(), fires);
    QCOMPARE(ruleCodes(evaluateStalls(facts, calendars, at)), fires ? QStringList{u"ping-pong"_s} : QStringList{});
    if (!fires)
        return;
    checkCommon(*stall, thresholdAt, at, workingSecondsPast);
    QCOMPARE(stall->rule, StallRule::PingPong);
    QCOMPARE(stall->handoffId, std::optional<Id>(latest));
    QCOMPARE(stall->to.code, to);
    QCOMPARE(stall->since, thresholdAt);
}

// ---------------------------------------------------------------------------------------------
// client chasing: 2+ client-effort events on the case within the last 14 days.

void TestStallRules::clientChasing_data()
{
    QTest::addColumn<QList<QDateTime>>("efforts");
    QTest::addColumn<QDateTime>("resolvedAt");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<bool>("fires");
    QTest::addColumn<QDateTime>("since");
    QTest::addColumn<QDateTime>("thresholdAt");
    QTest::addColumn<qint64>("workingSecondsPast");
    QTest::addColumn<int>("clientEfforts");
    QTest::addColumn<int>("recentEfforts");

    const QDateTime never;
    const QDateTime mon10 = march(2, 10);
    const QDateTime tue10 = march(3, 10);
    const QList<QDateTime> two{mon10, tue10};
    QTest::addRow("one effort: no") << QList<QDateTime>{mon10} << never << march(3, 10) << false << never << never
                                    << qint64(0) << 0 << 0;
    QTest::addRow("second effort, 1 min before") << two << never << march(3, 9, 59) << false << never << never
                                                 << qint64(0) << 0 << 0;
    QTest::addRow("second effort, 1 s before") << two << never << march(3, 9, 59, 59) << false << never << never
                                               << qint64(0) << 0 << 0;
    QTest::addRow("at the second effort") << two << never << tue10 << true << mon10 << tue10 << qint64(0) << 2 << 2;
    QTest::addRow("1 min after") << two << never << march(3, 10, 1) << true << mon10 << tue10 << minute << 2 << 2;
    // The first effort leaves the window 14 days after it: Monday 16 March 10:00.
    QTest::addRow("window: 1 s before the first effort leaves it")
        << two << never << march(16, 9, 59, 59) << true << mon10 << tue10
        << qint64(7 * hour + 3 * 8 * hour + 5 * 8 * hour + 3599) << 2 << 2;
    QTest::addRow("window: the first effort has left") << two << never << march(16, 10) << false << never << never
                                                      << qint64(0) << 0 << 0;
    QTest::addRow("2 efforts 15 days apart: no")
        << QList<QDateTime>{mon10, march(17, 10)} << never << march(17, 10, 1) << false << never << never << qint64(0)
        << 0 << 0;
    QTest::addRow("2 efforts a minute under 14 days apart: yes")
        << QList<QDateTime>{mon10, march(16, 9, 59)} << never << march(16, 9, 59) << true << mon10 << march(16, 9, 59)
        << qint64(0) << 2 << 2;
    QTest::addRow("3 efforts: crossed at the second")
        << QList<QDateTime>{mon10, march(4, 10), march(6, 10)} << never << march(6, 10, 1) << true << mon10
        << march(4, 10) << (16 * hour + minute) << 3 << 3;
    QTest::addRow("4 efforts: crossed at the second, not the third")
        << QList<QDateTime>{mon10, tue10, march(4, 10), march(5, 10)} << never << march(5, 10, 1) << true << mon10
        << tue10 << (16 * hour + minute) << 4 << 4;
    QTest::addRow("an old effort counts in the total, not in the window")
        << QList<QDateTime>{local(2026, 2, 10, 10), mon10, tue10} << never << march(3, 10, 1) << true << mon10
        << tue10 << minute << 3 << 2;
    QTest::addRow("efforts after `at` are ignored")
        << QList<QDateTime>{mon10, tue10, march(4, 10)} << never << march(3, 10, 1) << true << mon10 << tue10
        << minute << 2 << 2;
    QTest::addRow("case resolved: no") << two << march(3, 12) << march(3, 12, 1) << false << never << never
                                       << qint64(0) << 0 << 0;
    QTest::addRow("case resolved later: fired as of before")
        << two << march(3, 12) << march(3, 11) << true << mon10 << tue10 << hour << 2 << 2;
}

void TestStallRules::clientChasing()
{
    QFETCH(QList<QDateTime>, efforts);
    QFETCH(QDateTime, resolvedAt);
    QFETCH(QDateTime, at);
    QFETCH(bool, fires);
    QFETCH(QDateTime, since);
    QFETCH(QDateTime, thresholdAt);
    QFETCH(qint64, workingSecondsPast);
    QFETCH(int, clientEfforts);
    QFETCH(int, recentEfforts);

    CaseBuilder builder;
    for (const QDateTime &effort : efforts)
        builder.effort(effort);
    if (resolvedAt.isValid())
        builder.caseStatus(resolvedAt, CaseStatus::Resolved);
    const CaseFacts facts = builder.facts();

    const AgencyCalendars calendars = defaultCalendars();
    const auto stall = clientChasingStall(facts, calendars, at);
    QCOMPARE(stall.has_value(), fires);
    QCOMPARE(ruleCodes(evaluateStalls(facts, calendars, at)), fires ? QStringList{u"client-chasing"_s} : QStringList{});
    if (!fires)
        return;
    checkCommon(*stall, thresholdAt, at, workingSecondsPast);
    QCOMPARE(stall->rule, StallRule::ClientChasing);
    QCOMPARE(stall->since, since);
    QCOMPARE(stall->clientEfforts, clientEfforts);
    QCOMPARE(stall->recentClientEfforts, recentEfforts);
    // No handoff: the lead agency holds the ball.
    QCOMPARE(stall->handoffId, std::optional<Id>());
    QCOMPARE(stall->to.code, u"INS"_s);
    QVERIFY(!stall->status.has_value());
}

void TestStallRules::clientChasingAttachesToTheBallHolder_data()
{
    QTest::addColumn<QString>("handoffs");
    QTest::addColumn<QString>("holder");
    QTest::addColumn<int>("handoffIndex"); // -1: none

    QTest::addRow("no handoff: the lead agency") << u"none"_s << u"INS"_s << -1;
    QTest::addRow("handoff waiting for GAR") << u"waiting"_s << u"GAR"_s << 0;
    QTest::addRow("handoff GAR completed: the lead agency again") << u"done"_s << u"INS"_s << -1;
    QTest::addRow("GAR working, TOW not yet accepted: TOW") << u"two"_s << u"TOW"_s << 1;
    QTest::addRow("GAR working: GAR") << u"working"_s << u"GAR"_s << 0;
    QTest::addRow("asked after `at`: not yet the holder") << u"later"_s << u"INS"_s << -1;
}

void TestStallRules::clientChasingAttachesToTheBallHolder()
{
    QFETCH(QString, handoffs);
    QFETCH(QString, holder);
    QFETCH(int, handoffIndex);

    using enum HandoffStatus;
    CaseBuilder builder;
    QList<Id> ids;
    if (handoffs != u"none" && handoffs != u"later")
        ids << builder.request(INS, GAR, march(2, 9));
    if (handoffs == u"done" || handoffs == u"two" || handoffs == u"working") {
        builder.move(ids[0], Accepted, march(2, 9, 10));
        builder.move(ids[0], InProgress, march(2, 9, 10));
    }
    if (handoffs == u"done")
        builder.move(ids[0], Completed, march(2, 11));
    if (handoffs == u"two")
        ids << builder.request(INS, TOW, march(2, 16));
    if (handoffs == u"later")
        ids << builder.request(INS, GAR, march(3, 11));
    builder.effort(march(2, 10));
    builder.effort(march(3, 10));
    const CaseFacts facts = builder.facts();
    const QDateTime at = march(3, 10, 1);

    const auto stall = clientChasingStall(facts, defaultCalendars(), at);
    QVERIFY(stall.has_value());
    QCOMPARE(stall->to.code, holder);
    QCOMPARE(stall->handoffId, handoffIndex < 0 ? std::optional<Id>() : std::optional<Id>(ids[handoffIndex]));
    QCOMPARE(stall->workingSecondsPast, minute);
    QCOMPARE(stall->clientEfforts, 2);
    QVERIFY2(stall->ballHolder.contains(agencyOf(holder).name), qPrintable(stall->ballHolder));
}

// ---------------------------------------------------------------------------------------------
// The whole evaluation, "as of" an instant.

void TestStallRules::evaluationIsAsOfTheInstant()
{
    using enum HandoffStatus;
    CaseBuilder builder;
    // Requested Monday 10:00 (due Wednesday 17:00), accepted only Wednesday 12:00; the customer
    // chases Tuesday 10:00 and Wednesday 11:00.
    const Id id = builder.request(INS, GAR, march(2, 10), march(4, 17));
    builder.move(id, Accepted, march(4, 12));
    builder.effort(march(3, 10));
    builder.effort(march(4, 11));
    const CaseFacts facts = builder.facts();
    const AgencyCalendars calendars = defaultCalendars();

    QCOMPARE(evaluateStalls(facts, calendars, march(2, 9, 59)).size(), 0); // not requested yet
    QCOMPARE(ruleCodes(evaluateStalls(facts, calendars, march(4, 10, 59))), QStringList{u"unacknowledged"_s});
    // Both: unacknowledged since Tuesday 10:00 (9.5 h), the customer chasing since 11:00 (0.5 h).
    const QList<Stall> both = evaluateStalls(facts, calendars, march(4, 11, 30));
    QCOMPARE(ruleCodes(both), (QStringList{u"unacknowledged"_s, u"client-chasing"_s}));
    QCOMPARE(both[0].workingSecondsPast, 9 * hour + 30 * minute);
    QCOMPARE(both[1].workingSecondsPast, 30 * minute);
    // The acceptance at 12:00 ends the unacknowledged stall — only from 12:00 on.
    QCOMPARE(ruleCodes(evaluateStalls(facts, calendars, march(4, 12, 30))), QStringList{u"client-chasing"_s});
    // Past the due date, still open.
    QCOMPARE(ruleCodes(evaluateStalls(facts, calendars, march(4, 17, 1))),
             (QStringList{u"client-chasing"_s, u"overdue"_s}));

    // A handoff asked after `at` is not evaluated at all, not even for its due date.
    CaseBuilder future;
    future.request(INS, GAR, march(10, 10), march(10, 12));
    QCOMPARE(evaluateStalls(future.facts(), calendars, march(9, 10)).size(), 0);
}

void TestStallRules::stallsShowTheCustomersEffort()
{
    CaseBuilder builder;
    builder.request(INS, GAR, march(2, 10));
    builder.effort(local(2026, 2, 3, 10)); // a month before: outside the window
    builder.effort(march(3, 11));
    builder.effort(march(5, 11)); // after `at`
    const CaseFacts facts = builder.facts();
    const auto stall = unacknowledgedStall(facts, facts.handoffs.first(), defaultCalendars(), march(4, 10));
    QVERIFY(stall.has_value());
    QCOMPARE(stall->clientEfforts, 2);
    QCOMPARE(stall->recentClientEfforts, 1);
}

void TestStallRules::evaluationOrdersMostLateFirst()
{
    using enum HandoffStatus;
    CaseBuilder builder;
    // To TOW on Monday 09:00 (late Monday 18:00) and to GAR Monday 10:00 (late Tuesday 10:00);
    // a handoff to HOS on hold until Tuesday 09:30.
    builder.request(INS, GAR, march(2, 10));
    builder.request(INS, TOW, march(2, 9));
    const Id hos = builder.request(INS, HOS, march(2, 9));
    builder.move(hos, Accepted, march(2, 9, 1));
    builder.move(hos, InProgress, march(2, 9, 1));
    builder.move(hos, OnHold, march(2, 9, 2), false, march(3, 9, 30));
    const QList<Stall> stalls = evaluateStalls(builder.facts(), defaultCalendars(), march(3, 11));
    QStringList order;
    for (const Stall &s : stalls)
        order << u"%1 %2 %3"_s.arg(stallRuleCode(s.rule), s.to.code).arg(s.workingSecondsPast);
    QCOMPARE(order, (QStringList{u"unacknowledged TOW 7200"_s, u"hold-expired HOS 5400"_s,
                                 u"unacknowledged GAR 3600"_s}));

    // Same working time past: calendar time decides, then the reference.
    QList<Stall> tied(3);
    tied[0].caseReference = u"REL-B"_s;
    tied[1].caseReference = u"REL-A"_s;
    tied[2].caseReference = u"REL-C"_s;
    tied[2].secondsPast = 10;
    sortByLateness(tied);
    QCOMPARE(tied[0].caseReference, u"REL-C"_s);
    QCOMPARE(tied[1].caseReference, u"REL-A"_s);
    QCOMPARE(tied[2].caseReference, u"REL-B"_s);
}

void TestStallRules::caseStatusAtFollowsTheChanges()
{
    CaseBuilder builder;
    builder.caseStatus(march(3, 10), CaseStatus::Resolved);
    builder.caseStatus(march(4, 10), CaseStatus::Open);
    builder.caseStatus(march(5, 10), CaseStatus::Closed);
    const CaseFacts facts = builder.facts();
    QCOMPARE(caseStatusAt(facts, march(3, 9)), CaseStatus::Open);
    QCOMPARE(caseStatusAt(facts, march(3, 10)), CaseStatus::Resolved);
    QCOMPARE(caseStatusAt(facts, march(4, 11)), CaseStatus::Open);
    QCOMPARE(caseStatusAt(facts, march(6, 11)), CaseStatus::Closed);
}

QTEST_APPLESS_MAIN(TestStallRules)
#include "tst_stallrules.moc"
