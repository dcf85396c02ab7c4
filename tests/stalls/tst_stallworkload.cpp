// A generated workload on a real case file: 150 cases over two and a half weeks, most of them
// healthy (handoffs answered and worked within their service levels, customers who chased once,
// or twice more than 14 days apart, two bounces that are not yet ping-pong…), and known stalls
// of every rule injected at known cases. The monitor must flag exactly the injected (case, rule)
// pairs — no miss, no false alarm — each with the threshold instant the generator planned, and
// must not flag any of them as of one second before its threshold.
//
// The garage works the default calendar (Mon–Fri 09:00–13:00, 14:00–18:00; 8 h to acknowledge,
// 3 days of silence); the towing company works "mon-fri 08:00-17:00; sat 09:00-12:00" with 4 h
// and 2 days, set through the calendar store. Everything is driven by one seed.

#include "casefiletest.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <functional>
#include <memory>

using namespace Relais::Core;
using namespace Relais::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr quint32 seed = 20260302;
constexpr int caseCount = 150;
constexpr qint64 minute = 60;
constexpr qint64 hour = 3600;
constexpr qint64 day = 24 * hour;

const QTimeZone &casablanca()
{
    static const QTimeZone zone(QByteArrayLiteral("Africa/Casablanca"));
    return zone;
}

QDateTime march(int d, int h, int m = 0)
{
    return QDateTime(QDate(2026, 3, d), QTime(h, m), casablanca());
}

/// What the generator made of one case.
enum class Kind {
    // healthy
    Done, Working, Fresh, HoldAhead, HoldOpen, TwoBounces, OneEffort, EffortsFarApart, ChasedThenResolved, Quiet,
    // injected
    Unacknowledged, Silent, Overdue, HoldExpired, PingPong, ClientChasing, SilentAndChasing,
};

struct Expected {
    int caseIndex = 0;
    StallRule rule = StallRule::Unacknowledged;
    QDateTime thresholdAt;
};

struct Step {
    QDateTime at;
    int order = 0;
    std::function<void()> run;
};

} // namespace

class TestStallWorkload final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void flagsExactlyTheInjectedStalls();
    void nothingIsFlaggedBeforeItsThreshold();
    void eachRuleFilterGivesItsShare();

private:
    // Building the world.
    void generate();
    void at(const QDateTime &when, std::function<void()> run);
    void runSchedule();

    [[nodiscard]] const WorkingCalendar &calendarOf(const QString &agency) const
    {
        return agency == u"TOW" ? m_towCalendar : m_garCalendar;
    }
    [[nodiscard]] ServiceLevels levelsOf(const QString &agency) const
    {
        return agency == u"TOW" ? ServiceLevels{4, 2} : ServiceLevels{8, 3};
    }
    [[nodiscard]] QString loginOf(const QString &agency) const
    {
        return agency.toLower() + u".agent"_s;
    }
    [[nodiscard]] qint64 between(qint64 low, qint64 high) { return low + qint64(m_random.bounded(quint64(high - low + 1))); }
    /// A working instant of `agency` `low`..`high` working seconds after `from`.
    [[nodiscard]] QDateTime workingAfter(const QString &agency, const QDateTime &from, qint64 low, qint64 high)
    {
        return calendarOf(agency).addWorkingSeconds(from, between(low, high));
    }

    // Steps of a case, scheduled at their instants.
    void request(int c, const QString &from, const QString &to, const QDateTime &when, const QDateTime &due = {});
    void move(int c, int handoff, const QString &login, HandoffStatus status, const QDateTime &when,
              const QDateTime &holdUntil = {}, bool onCustomer = false);
    void note(int c, const QString &login, const QDateTime &when);
    void effort(int c, const QDateTime &when);
    void resolve(int c, const QDateTime &when);
    /// The receiving agency writes every 4 to 7 of its working hours from `from` to `until`.
    /// Returns the instant of its last note.
    QDateTime keepWriting(int c, const QString &agency, const QDateTime &from, const QDateTime &until);
    void expect(int c, StallRule rule, const QDateTime &thresholdAt);

    [[nodiscard]] QString key(int c, StallRule rule) const { return m_cases[c].reference + u' ' + stallRuleCode(rule); }
    [[nodiscard]] QStringList keysOf(const QList<Stall> &stalls) const;
    [[nodiscard]] Result<QList<Stall>> stalled(const QDateTime &at, std::optional<StallRule> rule = std::nullopt);

    std::unique_ptr<TestWorld> m_world;
    QRandomGenerator m_random{seed};
    WorkingCalendar m_garCalendar = WorkingCalendar::moroccanDefault();
    WorkingCalendar m_towCalendar;
    QHash<QString, Actor> m_actors;
    QList<Case> m_cases;
    QList<QList<Id>> m_handoffs; ///< per case, in request order
    QList<Kind> m_kinds;
    QList<Expected> m_expected;
    QList<Step> m_actions;
    QDateTime m_start;
    QDateTime m_evaluation;
    int m_writes = 0;
};

// ---------------------------------------------------------------------------------------------
// Scheduling

void TestStallWorkload::at(const QDateTime &when, std::function<void()> run)
{
    m_actions.append({when, int(m_actions.size()), std::move(run)});
}

void TestStallWorkload::request(int c, const QString &from, const QString &to, const QDateTime &when, const QDateTime &due)
{
    at(when, [this, c, from, to, due] {
        auto handoff = m_world->ws().handoffs().request(m_actors.value(loginOf(from)), m_cases[c].id, to,
                                                        u"Étape %1"_s.arg(m_handoffs[c].size() + 1), due);
        RELAIS_VERIFY_OK(handoff);
        m_handoffs[c].append(handoff->id);
        ++m_writes;
    });
}

void TestStallWorkload::move(int c, int handoff, const QString &login, HandoffStatus status, const QDateTime &when,
                             const QDateTime &holdUntil, bool onCustomer)
{
    at(when, [this, c, handoff, login, status, holdUntil, onCustomer] {
        QVERIFY2(handoff < m_handoffs[c].size(), "a transition scheduled before its request");
        TransitionDetails details;
        if (reasonRequired(status))
            details.reason = u"Motif : "_s + handoffStatusCode(status);
        details.holdUntil = holdUntil;
        details.holdOnCustomer = onCustomer;
        auto moved = m_world->ws().handoffs().transition(m_actors.value(login), m_handoffs[c][handoff], status, details);
        RELAIS_VERIFY_OK(moved);
        ++m_writes;
    });
}

void TestStallWorkload::note(int c, const QString &login, const QDateTime &when)
{
    at(when, [this, c, login] {
        RELAIS_VERIFY_OK(m_world->ws().cases().addEvent(m_actors.value(login), m_cases[c].id,
                                                        newEvent(EventKind::Note, u"Point d'avancement"_s)));
        ++m_writes;
    });
}

void TestStallWorkload::effort(int c, const QDateTime &when)
{
    at(when, [this, c] {
        RELAIS_VERIFY_OK(m_world->ws().cases().recordEffort(m_actors.value(u"ins.agent"_s), m_cases[c].id,
                                                            EffortKind::ChaseCall, u"Le client a rappelé"_s));
        ++m_writes;
    });
}

void TestStallWorkload::resolve(int c, const QDateTime &when)
{
    at(when, [this, c] {
        RELAIS_VERIFY_OK(m_world->ws().cases().setStatus(m_actors.value(u"ins.agent"_s), m_cases[c].id,
                                                         CaseStatus::Resolved, u"Dossier réglé"_s));
        ++m_writes;
    });
}

QDateTime TestStallWorkload::keepWriting(int c, const QString &agency, const QDateTime &from, const QDateTime &until)
{
    QDateTime last = from;
    for (QDateTime t = workingAfter(agency, from, 4 * hour, 7 * hour); t < until;
         t = workingAfter(agency, t, 4 * hour, 7 * hour)) {
        note(c, loginOf(agency), t);
        last = t;
    }
    return last;
}

void TestStallWorkload::expect(int c, StallRule rule, const QDateTime &thresholdAt)
{
    QVERIFY2(thresholdAt.isValid() && thresholdAt < m_evaluation.addSecs(-minute),
             qPrintable(u"case %1: planned %2 threshold %3 is not before the evaluation"_s.arg(c).arg(
                 stallRuleCode(rule), thresholdAt.toString(Qt::ISODate))));
    m_expected.append({c, rule, thresholdAt});
}

void TestStallWorkload::runSchedule()
{
    std::stable_sort(m_actions.begin(), m_actions.end(), [](const Step &a, const Step &b) {
        return a.at != b.at ? a.at < b.at : a.order < b.order;
    });
    for (const Step &action : std::as_const(m_actions)) {
        m_world->advance(std::max<qint64>(0, m_world->now().secsTo(action.at)));
        action.run();
        if (QTest::currentTestFailed())
            return;
    }
}

// ---------------------------------------------------------------------------------------------
// Generation

void TestStallWorkload::generate()
{
    using enum HandoffStatus;
    m_start = march(2, 9);
    m_evaluation = march(19, 16); // Thursday; still UTC+0 in Casablanca

    // A fixed share of each kind, shuffled by the seed.
    const QList<std::pair<Kind, int>> shares{
        {Kind::Done, 24},           {Kind::Working, 22},         {Kind::Fresh, 10},        {Kind::HoldAhead, 6},
        {Kind::HoldOpen, 4},        {Kind::TwoBounces, 6},       {Kind::OneEffort, 6},     {Kind::EffortsFarApart, 6},
        {Kind::ChasedThenResolved, 4}, {Kind::Quiet, 8},
        {Kind::Unacknowledged, 9},  {Kind::Silent, 9},           {Kind::Overdue, 8},       {Kind::HoldExpired, 8},
        {Kind::PingPong, 7},        {Kind::ClientChasing, 8},    {Kind::SilentAndChasing, 5},
    };
    for (const auto &[kind, count] : shares)
        for (int i = 0; i < count; ++i)
            m_kinds.append(kind);
    QCOMPARE(m_kinds.size(), caseCount);
    for (qsizetype i = m_kinds.size() - 1; i > 0; --i)
        m_kinds.swapItemsAt(i, qsizetype(m_random.bounded(quint32(i + 1))));

    // Cases: one customer for up to three cases, all led by the insurer.
    const Actor insAgent = m_actors.value(u"ins.agent"_s);
    Id client = 0;
    for (int c = 0; c < caseCount; ++c) {
        if (c % 3 == 0) {
            ClientDraft draft;
            draft.fullName = u"Client %1 Workload"_s.arg(c / 3 + 1, 3, 10, QLatin1Char('0'));
            draft.cin = u"WL%1"_s.arg(c / 3 + 100001);
            auto registered = m_world->ws().clients().registerClient(insAgent, draft, true);
            RELAIS_VERIFY_OK(registered);
            client = registered->client.id;
            RELAIS_VERIFY_OK(m_world->ws().clients().grantConsent(insAgent, client, ConsentScope::Network, {}));
        }
        auto opened = m_world->ws().cases().openCase(insAgent, client, u"Sinistre %1"_s.arg(c + 1));
        RELAIS_VERIFY_OK(opened);
        m_cases.append(*opened);
        m_handoffs.append(QList<Id>());
    }

    const QDateTime end = m_evaluation;
    for (int c = 0; c < caseCount; ++c) {
        const QString x = m_random.bounded(2) ? u"TOW"_s : u"GAR"_s; // the receiving agency
        const QString xLogin = loginOf(x);
        const WorkingCalendar &cal = calendarOf(x);
        const ServiceLevels levels = levelsOf(x);
        const qint64 ack = levels.ackHours * hour;
        // A request instant of the requester, leaving `room` working seconds (of x) before the end.
        auto requestTime = [&](qint64 roomBeforeEnd) {
            const qint64 span = cal.workingSecondsBetween(m_start, end) - roomBeforeEnd;
            return cal.addWorkingSeconds(m_start, between(10 * minute, std::max<qint64>(10 * minute, span)));
        };
        switch (m_kinds[c]) {
        case Kind::Done: {
            const QDateTime r = requestTime(4 * 8 * hour);
            const QDateTime received = workingAfter(x, r, 5 * minute, ack - hour);
            const QDateTime accepted = workingAfter(x, received, 5 * minute, hour);
            const QDateTime done = workingAfter(x, accepted, hour, 2 * 8 * hour);
            request(c, u"INS"_s, x, r, r.addDays(between(6, 10)));
            move(c, 0, xLogin, Received, received);
            move(c, 0, xLogin, Accepted, accepted);
            move(c, 0, xLogin, InProgress, accepted.addSecs(minute));
            keepWriting(c, x, accepted, done);
            move(c, 0, xLogin, Completed, done);
            break;
        }
        case Kind::Working: {
            const QDateTime r = requestTime(8 * hour);
            const QDateTime accepted = workingAfter(x, r, 5 * minute, ack - hour);
            // Due after the evaluation, or none.
            request(c, u"INS"_s, x, r, m_random.bounded(2) ? end.addSecs(between(day, 6 * day)) : QDateTime());
            move(c, 0, xLogin, Accepted, accepted);
            move(c, 0, xLogin, InProgress, accepted.addSecs(minute));
            keepWriting(c, x, accepted, end);
            break;
        }
        case Kind::Fresh: {
            // Asked less than the acknowledgement time before the evaluation: not late yet.
            const QDateTime r = cal.addWorkingSeconds(end, -between(20 * minute, ack - 20 * minute));
            request(c, u"INS"_s, x, r);
            if (m_random.bounded(2))
                move(c, 0, xLogin, Accepted, end.addSecs(hour)); // after the evaluation
            break;
        }
        case Kind::HoldAhead:
        case Kind::HoldOpen: {
            const QDateTime r = requestTime(2 * 8 * hour);
            const QDateTime accepted = workingAfter(x, r, 5 * minute, ack - hour);
            const QDateTime hold = workingAfter(x, accepted, hour, 6 * hour);
            const QDateTime until = m_kinds[c] == Kind::HoldAhead ? end.addSecs(between(2 * hour, 8 * day)) : QDateTime();
            request(c, u"INS"_s, x, r);
            move(c, 0, xLogin, Accepted, accepted);
            move(c, 0, xLogin, InProgress, accepted.addSecs(minute));
            move(c, 0, xLogin, OnHold, hold, until, m_random.bounded(2));
            break;
        }
        case Kind::TwoBounces: {
            // INS → GAR declined, GAR → INS declined, INS → GAR accepted and worked: two bounces.
            const QDateTime b = requestTime(3 * 8 * hour);
            request(c, u"INS"_s, u"GAR"_s, b);
            move(c, 0, u"gar.agent"_s, Rejected, b.addSecs(20 * minute));
            request(c, u"GAR"_s, u"INS"_s, b.addSecs(hour));
            move(c, 1, u"ins.agent"_s, Rejected, b.addSecs(hour + 20 * minute));
            request(c, u"INS"_s, u"GAR"_s, b.addSecs(2 * hour));
            const QDateTime accepted = b.addSecs(2 * hour + 20 * minute);
            move(c, 2, u"gar.agent"_s, Accepted, accepted);
            move(c, 2, u"gar.agent"_s, InProgress, accepted.addSecs(minute));
            keepWriting(c, u"GAR"_s, accepted, end);
            break;
        }
        case Kind::OneEffort:
            effort(c, m_start.addSecs(between(hour, m_start.secsTo(end) - hour)));
            break;
        case Kind::EffortsFarApart: {
            // Fifteen days and more apart: never two in one 14-day window.
            const QDateTime first = march(2, 9).addSecs(between(0, 20 * hour));
            effort(c, first);
            effort(c, first.addSecs(15 * day + between(0, 40 * hour)));
            break;
        }
        case Kind::ChasedThenResolved: {
            const QDateTime first = end.addSecs(-between(4 * day, 10 * day));
            effort(c, first);
            effort(c, first.addSecs(between(hour, day)));
            resolve(c, first.addSecs(day + between(hour, day)));
            break;
        }
        case Kind::Quiet:
            break;

        case Kind::Unacknowledged: {
            const QDateTime r = requestTime(ack + 2 * hour);
            request(c, u"INS"_s, x, r);
            expect(c, StallRule::Unacknowledged, cal.addWorkingHours(r, levels.ackHours));
            if (m_random.bounded(2))
                move(c, 0, xLogin, Accepted, end.addSecs(30 * minute)); // answered only after the evaluation
            break;
        }
        case Kind::Silent:
        case Kind::SilentAndChasing: {
            // The receiver's last word at `last`, then nothing from it: only the requester writes.
            const QDateTime latest = cal.addWorkingDays(end, -(levels.silenceDays + 1));
            const QDateTime r = cal.addWorkingSeconds(m_start, between(10 * minute, cal.workingSecondsBetween(m_start, latest) - 2 * hour));
            const QDateTime accepted = workingAfter(x, r, 5 * minute, hour);
            request(c, u"INS"_s, x, r);
            move(c, 0, xLogin, Accepted, accepted);
            move(c, 0, xLogin, InProgress, accepted.addSecs(minute));
            // Its last note, or the move to in-progress when it wrote none.
            const QDateTime last = keepWriting(c, x, accepted.addSecs(minute), latest);
            for (QDateTime t = last.addSecs(between(hour, day)); t < end; t = t.addSecs(between(day, 3 * day)))
                note(c, u"ins.agent"_s, t);
            expect(c, StallRule::Silent, cal.addWorkingDays(last, levels.silenceDays));
            if (m_kinds[c] == Kind::SilentAndChasing) {
                const QDateTime first = end.addSecs(-between(2 * day, 12 * day));
                const QDateTime second = first.addSecs(between(hour, first.secsTo(end) - 2 * hour));
                effort(c, first);
                effort(c, second);
                expect(c, StallRule::ClientChasing, second);
            }
            break;
        }
        case Kind::Overdue: {
            const QDateTime r = requestTime(4 * 8 * hour);
            const QDateTime due = std::min(r.addSecs(between(day, 3 * day)), end.addSecs(-2 * hour));
            const QDateTime accepted = workingAfter(x, r, 5 * minute, ack - hour);
            request(c, u"INS"_s, x, r, due);
            move(c, 0, xLogin, Accepted, accepted);
            move(c, 0, xLogin, InProgress, accepted.addSecs(minute));
            keepWriting(c, x, accepted, end);
            expect(c, StallRule::Overdue, due);
            break;
        }
        case Kind::HoldExpired: {
            const QDateTime r = requestTime(3 * 8 * hour);
            const QDateTime accepted = workingAfter(x, r, 5 * minute, ack - hour);
            const QDateTime hold = workingAfter(x, accepted, hour, 6 * hour);
            const QDateTime until = std::min(hold.addSecs(between(2 * hour, 3 * day)), end.addSecs(-hour));
            request(c, u"INS"_s, x, r);
            move(c, 0, xLogin, Accepted, accepted);
            move(c, 0, xLogin, InProgress, accepted.addSecs(minute));
            move(c, 0, xLogin, OnHold, hold, until, m_random.bounded(2));
            expect(c, StallRule::HoldExpired, until);
            break;
        }
        case Kind::PingPong: {
            // INS → GAR, GAR → INS, INS → GAR each declined, then GAR → INS again: three bounces.
            const QDateTime b = march(9, 9).addSecs(between(0, march(9, 9).secsTo(end) - 5 * hour));
            for (int k = 0; k < 3; ++k) {
                const bool fromIns = k % 2 == 0;
                request(c, fromIns ? u"INS"_s : u"GAR"_s, fromIns ? u"GAR"_s : u"INS"_s, b.addSecs(k * hour));
                move(c, k, fromIns ? u"gar.agent"_s : u"ins.agent"_s, Rejected, b.addSecs(k * hour + 20 * minute));
            }
            const QDateTime third = b.addSecs(3 * hour);
            request(c, u"GAR"_s, u"INS"_s, third);
            move(c, 3, u"ins.agent"_s, Received, third.addSecs(10 * minute));
            expect(c, StallRule::PingPong, third);
            break;
        }
        case Kind::ClientChasing: {
            const QDateTime first = end.addSecs(-between(day, 13 * day));
            const QDateTime second = first.addSecs(between(30 * minute, std::min(5 * day, first.secsTo(end) - 2 * hour)));
            effort(c, first);
            effort(c, second);
            if (m_random.bounded(2))
                effort(c, end.addSecs(2 * hour)); // after the evaluation: changes nothing then
            expect(c, StallRule::ClientChasing, second);
            break;
        }
        }
        if (QTest::currentTestFailed())
            return;
    }
}

// ---------------------------------------------------------------------------------------------

void TestStallWorkload::initTestCase()
{
    QElapsedTimer timer;
    timer.start();
    m_world = std::make_unique<TestWorld>();
    QVERIFY(m_world->isValid());
    for (const QString &login : {u"ins.agent"_s, u"gar.agent"_s, u"tow.agent"_s, u"ins.super"_s, u"net.admin"_s})
        m_actors.insert(login, m_world->actor(login));

    const QString towHours = u"mon-fri 08:00-17:00; sat 09:00-12:00"_s;
    const auto hours = parseWeeklyHours(towHours);
    QVERIFY(hours.has_value());
    m_towCalendar = WorkingCalendar(casablanca(), *hours, true);
    RELAIS_VERIFY_OK(m_world->ws().calendars().setOpeningHours(m_actors.value(u"net.admin"_s), u"TOW"_s, *hours));
    RELAIS_VERIFY_OK(m_world->ws().calendars().setServiceLevels(m_actors.value(u"net.admin"_s), u"TOW"_s, ServiceLevels{4, 2}));

    generate();
    if (QTest::currentTestFailed())
        return;
    runSchedule();
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(m_world->now() > m_evaluation, "the schedule should run past the evaluation instant");
    qInfo("%d cases, %d writes, %d stalls injected; built in %lld ms", caseCount, m_writes, int(m_expected.size()),
          timer.elapsed());

    // Every rule is injected more than once.
    for (StallRule rule : allStallRules) {
        const auto count = std::count_if(m_expected.cbegin(), m_expected.cend(),
                                         [rule](const Expected &e) { return e.rule == rule; });
        QVERIFY2(count >= 5, qPrintable(stallRuleCode(rule)));
    }
}

void TestStallWorkload::cleanupTestCase()
{
    m_world.reset();
}

QStringList TestStallWorkload::keysOf(const QList<Stall> &stalls) const
{
    QStringList keys;
    for (const Stall &s : stalls)
        keys << s.caseReference + u' ' + stallRuleCode(s.rule);
    keys.sort();
    return keys;
}

Result<QList<Stall>> TestStallWorkload::stalled(const QDateTime &at, std::optional<StallRule> rule)
{
    StallQuery query;
    query.at = at;
    query.rule = rule;
    return m_world->ws().stalls().stalled(m_actors.value(u"net.admin"_s), query);
}

void TestStallWorkload::flagsExactlyTheInjectedStalls()
{
    QVERIFY(m_world);
    QElapsedTimer timer;
    timer.start();
    auto stalls = stalled(m_evaluation);
    RELAIS_VERIFY_OK(stalls);
    qInfo("evaluated %d stalls in %lld ms", int(stalls->size()), timer.elapsed());

    QStringList expected;
    QHash<QString, QDateTime> thresholds;
    for (const Expected &e : std::as_const(m_expected)) {
        expected << key(e.caseIndex, e.rule);
        thresholds.insert(key(e.caseIndex, e.rule), e.thresholdAt);
    }
    expected.sort();
    const QStringList flagged = keysOf(*stalls);
    QStringList missed, falseAlarms;
    for (const QString &k : expected)
        if (!flagged.contains(k))
            missed << k;
    for (const QString &k : flagged)
        if (!expected.contains(k))
            falseAlarms << k;
    QVERIFY2(missed.isEmpty() && falseAlarms.isEmpty(),
             qPrintable(u"missed: %1\nfalse alarms: %2"_s.arg(missed.join(u", "_s), falseAlarms.join(u", "_s))));
    QCOMPARE(flagged, expected);

    // Each crossed its threshold when the generator planned, and is counted in working time from there.
    for (const Stall &s : std::as_const(*stalls)) {
        const QString k = s.caseReference + u' ' + stallRuleCode(s.rule);
        QVERIFY2(s.thresholdAt == thresholds.value(k),
                 qPrintable(u"%1: threshold %2, planned %3"_s.arg(k, s.thresholdAt.toString(Qt::ISODate),
                                                                  thresholds.value(k).toString(Qt::ISODate))));
        const WorkingCalendar &cal = calendarOf(s.to.code);
        QCOMPARE(s.workingSecondsPast, std::max<qint64>(0, cal.workingSecondsBetween(s.thresholdAt, m_evaluation)));
        QVERIFY(s.secondsPast > 0);
    }
    // Most late first.
    for (qsizetype i = 1; i < stalls->size(); ++i)
        QVERIFY(stalls->at(i - 1).workingSecondsPast >= stalls->at(i).workingSecondsPast);
}

void TestStallWorkload::nothingIsFlaggedBeforeItsThreshold()
{
    QVERIFY(m_world);
    for (const Expected &e : std::as_const(m_expected)) {
        const QString k = key(e.caseIndex, e.rule);
        auto before = stalled(e.thresholdAt.addSecs(-1), e.rule);
        RELAIS_VERIFY_OK(before);
        QVERIFY2(!keysOf(*before).contains(k), qPrintable(k + u" flagged 1 s before its threshold "_s
                                                          + e.thresholdAt.toString(Qt::ISODate)));
        auto after = stalled(e.thresholdAt.addSecs(1), e.rule);
        RELAIS_VERIFY_OK(after);
        QVERIFY2(keysOf(*after).contains(k), qPrintable(k + u" not flagged 1 s after its threshold "_s
                                                        + e.thresholdAt.toString(Qt::ISODate)));
    }
}

void TestStallWorkload::eachRuleFilterGivesItsShare()
{
    QVERIFY(m_world);
    for (StallRule rule : allStallRules) {
        QStringList expected;
        for (const Expected &e : std::as_const(m_expected))
            if (e.rule == rule)
                expected << key(e.caseIndex, e.rule);
        expected.sort();
        auto stalls = stalled(m_evaluation, rule);
        RELAIS_VERIFY_OK(stalls);
        QCOMPARE(keysOf(*stalls), expected);
    }
}

QTEST_GUILESS_MAIN(TestStallWorkload)
#include "tst_stallworkload.moc"
