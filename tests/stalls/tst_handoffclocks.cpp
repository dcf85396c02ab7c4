// DESIGN.md's two clocks of a handoff, on hand-built status histories (no database):
//   * acknowledgement: from `requested` until received / accepted / rejected (a cancellation
//     before any answer stops it too, without counting as an answer);
//   * delivery: from `accepted` until a terminal status, paused while on hold waiting on the
//     customer — and only then — resumed by in-progress.
// Both count the receiving agency's working hours: Monday to Friday 09:00–13:00, 14:00–18:00.

#include "stallfacts.h"

#include "stalls/handofftrack.h"

using namespace Relais::Core;
using namespace Relais::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

/// One status change after the request.
struct Step {
    HandoffStatus status = HandoffStatus::Requested;
    QDateTime at;
    bool onCustomer = false;
};

Step step(HandoffStatus status, const QDateTime &at, bool onCustomer = false)
{
    Step s;
    s.status = status;
    s.at = at;
    s.onCustomer = onCustomer;
    return s;
}

HandoffTrack trackOf(const QDateTime &requestedAt, const QList<Step> &steps)
{
    HandoffTrack track;
    track.id = 1;
    track.from = INS;
    track.to = GAR;
    track.requestedAt = requestedAt;
    StatusChange requested;
    requested.status = HandoffStatus::Requested;
    requested.at = requestedAt;
    track.changes.append(requested);
    for (const Step &s : steps) {
        StatusChange change;
        change.status = s.status;
        change.at = s.at;
        change.holdOnCustomer = s.onCustomer;
        track.changes.append(change);
    }
    return track;
}

constexpr qint64 hour = 3600;
constexpr qint64 minute = 60;

} // namespace

Q_DECLARE_METATYPE(Step)

class TestHandoffClocks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acknowledgementClock_data();
    void acknowledgementClock();
    void deliveryClock_data();
    void deliveryClock();
    void clocksCountTheReceiversCalendar();
    void clocksBeforeTheRequestAreZero();
};

void TestHandoffClocks::acknowledgementClock_data()
{
    QTest::addColumn<QDateTime>("requestedAt");
    QTest::addColumn<QList<Step>>("steps");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<bool>("acknowledged");

    using enum HandoffStatus;
    const QDateTime mon9 = march(2, 9);
    QTest::addRow("still waiting: runs until `at`") << mon9 << QList<Step>{} << march(2, 11) << 2 * hour << false;
    QTest::addRow("still waiting over lunch: lunch not counted")
        << mon9 << QList<Step>{} << march(2, 15) << 5 * hour << false;
    QTest::addRow("received stops it") << mon9 << QList<Step>{step(Received, march(2, 10, 30))} << march(4, 12)
                                       << 90 * minute << true;
    QTest::addRow("accepted stops it") << mon9 << QList<Step>{step(Accepted, march(2, 12))} << march(4, 12)
                                       << 3 * hour << true;
    QTest::addRow("rejected stops it (lunch inside)")
        << mon9 << QList<Step>{step(Rejected, march(2, 14, 30))} << march(4, 12) << 4 * hour + 30 * minute << true;
    QTest::addRow("received then accepted: the first answer counts")
        << mon9 << QList<Step>{step(Received, march(2, 10)), step(Accepted, march(3, 10))} << march(4, 12) << hour
        << true;
    QTest::addRow("cancelled before any answer: stops, not an answer")
        << mon9 << QList<Step>{step(Cancelled, march(2, 10))} << march(6, 12) << hour << false;
    QTest::addRow("entered in error before any answer: stops")
        << mon9 << QList<Step>{step(EnteredInError, march(2, 9, 45))} << march(6, 12) << 45 * minute << false;
    QTest::addRow("answered after `at`: still running as of `at`")
        << mon9 << QList<Step>{step(Accepted, march(3, 10))} << march(2, 10) << hour << false;
    QTest::addRow("weekend inside: Friday 17:00 to Monday 10:00 is 2 working hours")
        << march(6, 17) << QList<Step>{step(Received, march(9, 10))} << march(9, 12) << 2 * hour << true;
    QTest::addRow("requested on Saturday, received Monday 09:30")
        << march(7, 11) << QList<Step>{step(Received, march(9, 9, 30))} << march(9, 12) << 30 * minute << true;
}

void TestHandoffClocks::acknowledgementClock()
{
    QFETCH(QDateTime, requestedAt);
    QFETCH(QList<Step>, steps);
    QFETCH(QDateTime, at);
    QFETCH(qint64, seconds);
    QFETCH(bool, acknowledged);
    const HandoffClocks clocks = clocksOf(trackOf(requestedAt, steps), WorkingCalendar::moroccanDefault(), at);
    QCOMPARE(clocks.acknowledgementSeconds, seconds);
    QCOMPARE(clocks.acknowledged, acknowledged);
}

void TestHandoffClocks::deliveryClock_data()
{
    QTest::addColumn<QList<Step>>("steps");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<bool>("started");
    QTest::addColumn<bool>("delivered");

    using enum HandoffStatus;
    // Requested Monday 2 March 09:00 in every row.
    QTest::addRow("not accepted yet: not started")
        << QList<Step>{step(Received, march(2, 10))} << march(4, 12) << qint64(0) << false << false;
    QTest::addRow("rejected: never started")
        << QList<Step>{step(Rejected, march(2, 10))} << march(4, 12) << qint64(0) << false << false;
    QTest::addRow("accepted, running at `at`")
        << QList<Step>{step(Accepted, march(2, 10))} << march(2, 12) << 2 * hour << true << false;
    QTest::addRow("accepted → completed: stops at completion")
        << QList<Step>{step(Accepted, march(2, 10)), step(InProgress, march(2, 11)), step(Completed, march(3, 10))}
        << march(6, 12) << 8 * hour << true << true;
    QTest::addRow("completed after `at`: running, not delivered as of `at`")
        << QList<Step>{step(Accepted, march(2, 10)), step(InProgress, march(2, 11)), step(Completed, march(3, 10))}
        << march(2, 12) << 2 * hour << true << false;
    QTest::addRow("cancelled after acceptance: stops, not delivered")
        << QList<Step>{step(Accepted, march(2, 10)), step(Cancelled, march(2, 11))} << march(6, 12) << hour << true
        << false;
    QTest::addRow("failed: stops, not delivered")
        << QList<Step>{step(Accepted, march(2, 10)), step(InProgress, march(2, 10)), step(Failed, march(2, 12))}
        << march(6, 12) << 2 * hour << true << false;
    // On hold Monday 12:00 until in-progress again Tuesday 12:00, completed Tuesday 15:00.
    QTest::addRow("on hold waiting on the customer: paused")
        << QList<Step>{step(Accepted, march(2, 10)), step(InProgress, march(2, 10)),
                       step(OnHold, march(2, 12), true), step(InProgress, march(3, 12)),
                       step(Completed, march(3, 15))}
        << march(6, 12) << 2 * hour + hour + hour << true << true;
    QTest::addRow("on hold, not on the customer: not paused")
        << QList<Step>{step(Accepted, march(2, 10)), step(InProgress, march(2, 10)),
                       step(OnHold, march(2, 12), false), step(InProgress, march(3, 12)),
                       step(Completed, march(3, 15))}
        << march(6, 12) << 3 * hour + 4 * hour + 4 * hour + hour << true << true;
    QTest::addRow("still on hold on the customer at `at`: paused since")
        << QList<Step>{step(Accepted, march(2, 10)), step(InProgress, march(2, 10)),
                       step(OnHold, march(2, 12), true)}
        << march(4, 12) << 2 * hour << true << false;
    QTest::addRow("resumed: runs again from in-progress")
        << QList<Step>{step(Accepted, march(2, 10)), step(InProgress, march(2, 10)),
                       step(OnHold, march(2, 12), true), step(InProgress, march(4, 10))}
        << march(4, 11, 30) << 2 * hour + 90 * minute << true << false;
    QTest::addRow("two customer holds")
        << QList<Step>{step(Accepted, march(2, 10)), step(InProgress, march(2, 10)),
                       step(OnHold, march(2, 11), true), step(InProgress, march(3, 9)),
                       step(OnHold, march(3, 10), true), step(InProgress, march(5, 9)),
                       step(Completed, march(5, 9, 30))}
        << march(6, 12) << hour + hour + 30 * minute << true << true;
    QTest::addRow("weekend inside: Friday 16:00 to Monday 10:00")
        << QList<Step>{step(Accepted, march(6, 16)), step(InProgress, march(6, 16)), step(Completed, march(9, 10))}
        << march(9, 12) << 3 * hour << true << true;
    QTest::addRow("weekend inside, lunch inside: Friday 12:00 to Monday 15:00")
        << QList<Step>{step(Accepted, march(6, 12)), step(InProgress, march(6, 12)), step(Completed, march(9, 15))}
        << march(10, 12) << (1 + 4 + 4 + 1) * hour << true << true;
}

void TestHandoffClocks::deliveryClock()
{
    QFETCH(QList<Step>, steps);
    QFETCH(QDateTime, at);
    QFETCH(qint64, seconds);
    QFETCH(bool, started);
    QFETCH(bool, delivered);
    const HandoffClocks clocks = clocksOf(trackOf(march(2, 9), steps), WorkingCalendar::moroccanDefault(), at);
    QCOMPARE(clocks.deliverySeconds, seconds);
    QCOMPARE(clocks.deliveryStarted, started);
    QCOMPARE(clocks.delivered, delivered);
}

// The same history counts differently on a round-the-clock receiver and on office hours.
void TestHandoffClocks::clocksCountTheReceiversCalendar()
{
    using enum HandoffStatus;
    const HandoffTrack track = trackOf(march(6, 17), {step(Received, march(9, 10)), step(Accepted, march(9, 10)),
                                                      step(InProgress, march(9, 10)), step(Completed, march(9, 20))});
    WeeklyHours always;
    for (auto &day : always)
        day = {OpeningSpan{0, 24 * 60}};
    const WorkingCalendar roundTheClock(casablanca(), always, false);

    const HandoffClocks office = clocksOf(track, WorkingCalendar::moroccanDefault(), march(10, 12));
    QCOMPARE(office.acknowledgementSeconds, 2 * hour);
    QCOMPARE(office.deliverySeconds, 7 * hour); // 10–13, 14–18

    const HandoffClocks always24 = clocksOf(track, roundTheClock, march(10, 12));
    QCOMPARE(always24.acknowledgementSeconds, 65 * hour); // Friday 17:00 → Monday 10:00
    QCOMPARE(always24.deliverySeconds, 10 * hour);
}

void TestHandoffClocks::clocksBeforeTheRequestAreZero()
{
    const HandoffClocks clocks = clocksOf(trackOf(march(3, 10), {}), WorkingCalendar::moroccanDefault(), march(2, 10));
    QCOMPARE(clocks.acknowledgementSeconds, qint64(0));
    QVERIFY(!clocks.acknowledged);
    QCOMPARE(clocks.deliverySeconds, qint64(0));
    QVERIFY(!clocks.deliveryStarted);
}

QTEST_APPLESS_MAIN(TestHandoffClocks)
#include "tst_handoffclocks.moc"
