// The supervisors' view over a real case file (SQLite, through TestWorld): who sees which stalls,
// the agency and rule filters, "as of" a past instant, calendars read from the file, and the
// actions a supervisor takes — nudge, escalate, reassign — with what they leave on the timeline
// and in the receiving agency's inbox. A refused action changes nothing, not even the access log.
//
// The world's clock starts Monday 2 March 2026 09:00 UTC, which is 09:00 in Casablanca (UTC+0
// during Ramadan): the opening of a working day on the default calendar.

#include "casefiletest.h"

#include <memory>

using namespace Relais::Core;
using namespace Relais::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

QDateTime march(int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute, second), QTimeZone(QByteArrayLiteral("Africa/Casablanca")));
}

constexpr qint64 hour = 3600;

/// "REFERENCE rule TO" for each stall, sorted: what a supervisor's list says, in one comparable value.
QStringList keysOf(const QList<Stall> &stalls)
{
    QStringList keys;
    for (const Stall &s : stalls)
        keys << u"%1 %2 %3"_s.arg(s.caseReference, stallRuleCode(s.rule), s.to.code);
    keys.sort();
    return keys;
}

bool containsHandoff(const QList<Handoff> &handoffs, Id id)
{
    return std::any_of(handoffs.cbegin(), handoffs.cend(), [id](const Handoff &h) { return h.id == id; });
}

} // namespace

class TestStallMonitor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void supervisorsSeeTheirAgencysCases_data();
    void supervisorsSeeTheirAgencysCases();
    void agentsAreRefused();
    void unknownAgencyIsNotFound();
    void agencyAndRuleFilters_data();
    void agencyAndRuleFilters();
    void asOfAPastInstant();
    void openingHoursFromTheFile();
    void holidaysFromTheFile();
    void serviceLevelsFromTheFile();
    void resolvedCaseIsNotChased();

    void nudgeShowsInTheInboxUntilAnswered_data();
    void nudgeShowsInTheInboxUntilAnswered();
    void nudgeByTheReceivingAgencysOwnSupervisor();
    void escalationReachesOnlySupervisors();
    void refusedSignalChangesNothing_data();
    void refusedSignalChangesNothing();
    void reassignCancelsAndAsksAnotherAgency();
    void reassignDropsAPastDueDate();
    void refusedReassignChangesNothing_data();
    void refusedReassignChangesNothing();

    void acknowledgementTrendByWeek();
    void customersWithMostEffortFirst();

private:
    [[nodiscard]] TestWorld &w() { return *m_world; }
    [[nodiscard]] Actor as(const QString &login) { return m_world->actor(login); }
    /// Moves the world's clock forward to `when`.
    void clockTo(const QDateTime &when);
    /// A case led by the agency of `login`, for a new consenting customer.
    Case openCase(const QString &client, const QString &cin, const QString &login = u"ins.agent"_s);
    Id request(const QString &login, Id caseId, const QString &to, const QDateTime &due = {});
    void move(const QString &login, Id handoffId, HandoffStatus status, const QString &reason = {});
    [[nodiscard]] Result<QList<Stall>> stalled(const QString &login, const QDateTime &at, const QString &agency = {},
                                               std::optional<StallRule> rule = std::nullopt);
    [[nodiscard]] QList<Handoff> inboxOf(const QString &login);
    /// The three-case network of the scope and filter tests, stalled as of Tuesday 10:00:
    ///   A: INS → GAR, unacknowledged;  B: opened by GAR, GAR → TOW, unacknowledged;
    ///   C: opened by TOW alone, the customer chased twice.
    void threeCases();
    /// Access-log rows but refusals (access.denied), which a refused attempt on a case leaves.
    [[nodiscard]] qint64 auditRows()
    {
        return sqlCount(w(), u"SELECT count(*) FROM audit_log WHERE action <> 'access.denied'"_s);
    }
    [[nodiscard]] qint64 denials() { return sqlCount(w(), u"SELECT count(*) FROM audit_log WHERE action = 'access.denied'"_s); }
    void checkChainsIntact();

    std::unique_ptr<TestWorld> m_world;
    Case m_a, m_b, m_c;
};

void TestStallMonitor::init()
{
    m_world = std::make_unique<TestWorld>();
    QVERIFY(m_world->isValid());
    const Actor console = Actor::localConsole();
    RELAIS_VERIFY_OK(w().ws().directory().addUser(console, u"gar.super"_s, u"GAR"_s, Role::Supervisor, u"Laila Fassi"_s));
    RELAIS_VERIFY_OK(w().ws().directory().addUser(console, u"hos.super"_s, u"HOS"_s, Role::Supervisor, u"Reda Kettani"_s));
}

void TestStallMonitor::cleanup()
{
    m_world.reset();
    m_a = m_b = m_c = {};
}

void TestStallMonitor::clockTo(const QDateTime &when)
{
    QVERIFY2(when >= w().now(), qPrintable(when.toString(Qt::ISODate)));
    w().advance(w().now().secsTo(when));
}

Case TestStallMonitor::openCase(const QString &client, const QString &cin, const QString &login)
{
    return w().openCase(w().addClient(client, cin), login, u"Dossier de "_s + client);
}

Id TestStallMonitor::request(const QString &login, Id caseId, const QString &to, const QDateTime &due)
{
    auto handoff = w().ws().handoffs().request(as(login), caseId, to, u"Prendre en charge le véhicule"_s, due);
    if (!handoff)
        qFatal("request failed: %s", qPrintable(handoff.error().message));
    return handoff->id;
}

void TestStallMonitor::move(const QString &login, Id handoffId, HandoffStatus status, const QString &reason)
{
    TransitionDetails details;
    details.reason = reason;
    auto moved = w().ws().handoffs().transition(as(login), handoffId, status, details);
    RELAIS_VERIFY_OK(moved);
}

Result<QList<Stall>> TestStallMonitor::stalled(const QString &login, const QDateTime &at, const QString &agency,
                                              std::optional<StallRule> rule)
{
    StallQuery query;
    query.at = at;
    query.agencyCode = agency;
    query.rule = rule;
    return w().ws().stalls().stalled(as(login), query);
}

QList<Handoff> TestStallMonitor::inboxOf(const QString &login)
{
    auto inbox = w().ws().handoffs().inbox(as(login));
    if (!inbox)
        qFatal("inbox failed: %s", qPrintable(inbox.error().message));
    return *inbox;
}

void TestStallMonitor::threeCases()
{
    m_a = openCase(u"Karim Bennani"_s, u"BK123456"_s);
    m_b = openCase(u"Samira Ouazzani"_s, u"BE234567"_s, u"gar.agent"_s);
    m_c = openCase(u"Hicham Lahlou"_s, u"BJ345678"_s, u"tow.agent"_s);
    request(u"ins.agent"_s, m_a.id, u"GAR"_s);
    request(u"gar.agent"_s, m_b.id, u"TOW"_s);
    clockTo(march(2, 10));
    RELAIS_VERIFY_OK(w().ws().cases().recordEffort(as(u"tow.agent"_s), m_c.id, EffortKind::ChaseCall, u"A rappelé"_s));
    clockTo(march(2, 11));
    RELAIS_VERIFY_OK(w().ws().cases().recordEffort(as(u"tow.agent"_s), m_c.id, EffortKind::Visit, u"Est passé"_s));
    clockTo(march(3, 10));
}

void TestStallMonitor::checkChainsIntact()
{
    auto report = w().ws().verifier().verifyAll();
    RELAIS_VERIFY_OK(report);
    QVERIFY2(report->intact(), report->problems.isEmpty() ? "" : qPrintable(report->problems.first().message));
    QVERIFY(!report->cases.isEmpty());
}

// ---------------------------------------------------------------------------------------------
// Scope and filters

void TestStallMonitor::supervisorsSeeTheirAgencysCases_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QStringList>("cases"); // A, B, C

    QTest::addRow("INS supervisor: the case INS leads") << u"ins.super"_s << QStringList{u"A"_s};
    QTest::addRow("GAR supervisor: asked by INS and asking TOW") << u"gar.super"_s << QStringList{u"A"_s, u"B"_s};
    QTest::addRow("HOS supervisor: in no case") << u"hos.super"_s << QStringList{};
    QTest::addRow("admin: the whole network") << u"net.admin"_s << QStringList{u"A"_s, u"B"_s, u"C"_s};
}

void TestStallMonitor::supervisorsSeeTheirAgencysCases()
{
    QFETCH(QString, login);
    QFETCH(QStringList, cases);
    threeCases();
    if (QTest::currentTestFailed())
        return;
    const QHash<QString, QString> expected{{u"A"_s, m_a.reference + u" unacknowledged GAR"_s},
                                           {u"B"_s, m_b.reference + u" unacknowledged TOW"_s},
                                           {u"C"_s, m_c.reference + u" client-chasing TOW"_s}};
    QStringList keys;
    for (const QString &c : cases)
        keys << expected.value(c);
    keys.sort();
    auto stalls = stalled(login, {});
    RELAIS_VERIFY_OK(stalls);
    QCOMPARE(keysOf(*stalls), keys);
}

void TestStallMonitor::agentsAreRefused()
{
    threeCases();
    if (QTest::currentTestFailed())
        return;
    for (const QString &login : {u"ins.agent"_s, u"gar.agent"_s}) {
        auto stalls = stalled(login, {});
        RELAIS_VERIFY_ERROR(stalls, ErrorCode::Forbidden);
        const QString message = stalls.error().message;
        QVERIFY2(message.contains(login) && message.contains(u"supervisors"_s), qPrintable(message));
        QVERIFY2(!message.contains(u'\n'), qPrintable(message));
        RELAIS_VERIFY_ERROR(w().ws().stalls().acknowledgementTrend(as(login), w().now(), 4), ErrorCode::Forbidden);
        RELAIS_VERIFY_ERROR(w().ws().stalls().customersWithMostEffort(as(login), w().now(), 14, 10),
                            ErrorCode::Forbidden);
    }
    // The console owns the file but is nobody: it watches nothing either.
    StallQuery query;
    RELAIS_VERIFY_ERROR(w().ws().stalls().stalled(Actor::localConsole(), query), ErrorCode::Forbidden);
}

void TestStallMonitor::unknownAgencyIsNotFound()
{
    threeCases();
    if (QTest::currentTestFailed())
        return;
    auto stalls = stalled(u"net.admin"_s, {}, u"XYZ"_s);
    RELAIS_VERIFY_ERROR(stalls, ErrorCode::NotFound);
    QVERIFY2(stalls.error().message.contains(u"XYZ"_s), qPrintable(stalls.error().message));
}

void TestStallMonitor::agencyAndRuleFilters_data()
{
    QTest::addColumn<QString>("agency");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QStringList>("cases");

    QTest::addRow("no filter") << QString() << QString() << QStringList{u"A"_s, u"B"_s, u"C"_s};
    QTest::addRow("TOW: asked, and holding the ball") << u"TOW"_s << QString() << QStringList{u"B"_s, u"C"_s};
    QTest::addRow("GAR (typed lower case): asked, and asking") << u" gar "_s << QString()
                                                              << QStringList{u"A"_s, u"B"_s};
    QTest::addRow("INS: asking") << u"INS"_s << QString() << QStringList{u"A"_s};
    QTest::addRow("HOS: nothing") << u"HOS"_s << QString() << QStringList{};
    QTest::addRow("client chasing") << QString() << u"client-chasing"_s << QStringList{u"C"_s};
    QTest::addRow("unacknowledged") << QString() << u"unacknowledged"_s << QStringList{u"A"_s, u"B"_s};
    QTest::addRow("unacknowledged at TOW") << u"TOW"_s << u"unacknowledged"_s << QStringList{u"B"_s};
    QTest::addRow("overdue: none") << QString() << u"overdue"_s << QStringList{};
}

void TestStallMonitor::agencyAndRuleFilters()
{
    QFETCH(QString, agency);
    QFETCH(QString, rule);
    QFETCH(QStringList, cases);
    threeCases();
    if (QTest::currentTestFailed())
        return;
    const QHash<QString, QString> expected{{u"A"_s, m_a.reference + u" unacknowledged GAR"_s},
                                           {u"B"_s, m_b.reference + u" unacknowledged TOW"_s},
                                           {u"C"_s, m_c.reference + u" client-chasing TOW"_s}};
    QStringList keys;
    for (const QString &c : cases)
        keys << expected.value(c);
    keys.sort();
    auto stalls = stalled(u"net.admin"_s, {}, agency, rule.isEmpty() ? std::nullopt : stallRuleFromCode(rule));
    RELAIS_VERIFY_OK(stalls);
    QCOMPARE(keysOf(*stalls), keys);
}

void TestStallMonitor::asOfAPastInstant()
{
    m_a = openCase(u"Karim Bennani"_s, u"BK123456"_s);
    const Id id = request(u"ins.agent"_s, m_a.id, u"GAR"_s); // Monday 09:00: late after Monday 18:00
    clockTo(march(4, 10));
    move(u"gar.agent"_s, id, HandoffStatus::Accepted);

    auto now = stalled(u"ins.super"_s, {});
    RELAIS_VERIFY_OK(now);
    QCOMPARE(keysOf(*now), QStringList{});

    auto before = stalled(u"ins.super"_s, march(2, 17, 59, 59));
    RELAIS_VERIFY_OK(before);
    QCOMPARE(keysOf(*before), QStringList{});

    auto justAfter = stalled(u"ins.super"_s, march(2, 18, 0, 1));
    RELAIS_VERIFY_OK(justAfter);
    QCOMPARE(keysOf(*justAfter), QStringList{m_a.reference + u" unacknowledged GAR"_s});
    QCOMPARE(justAfter->first().workingSecondsPast, qint64(0));

    auto tuesday = stalled(u"ins.super"_s, march(3, 10));
    RELAIS_VERIFY_OK(tuesday);
    QCOMPARE(keysOf(*tuesday), QStringList{m_a.reference + u" unacknowledged GAR"_s});
    const Stall &late = tuesday->first();
    QCOMPARE(late.handoffId, std::optional<Id>(id));
    QCOMPARE(late.thresholdAt, march(2, 18));
    QCOMPARE(late.workingSecondsPast, hour);
    QCOMPARE(late.status, std::optional<HandoffStatus>(HandoffStatus::Requested));
    QCOMPARE(late.from.code, u"INS"_s);
    QCOMPARE(late.clientName, u"Karim Bennani"_s);

    // Accepted Wednesday 10:00 and silent since: silent after Monday 9 March 10:00, "now".
    clockTo(march(9, 10, 0, 1));
    auto silent = stalled(u"ins.super"_s, {});
    RELAIS_VERIFY_OK(silent);
    QCOMPARE(keysOf(*silent), QStringList{m_a.reference + u" silent GAR"_s});
    QCOMPARE(silent->first().thresholdAt, march(9, 10));
    QCOMPARE(silent->first().workingSecondsPast, qint64(1));
}

void TestStallMonitor::openingHoursFromTheFile()
{
    m_a = openCase(u"Karim Bennani"_s, u"BK123456"_s);
    clockTo(march(6, 17)); // Friday 17:00
    request(u"ins.agent"_s, m_a.id, u"GAR"_s);
    clockTo(march(7, 12)); // Saturday noon: the garage is closed, so nothing is late
    auto closed = stalled(u"net.admin"_s, {});
    RELAIS_VERIFY_OK(closed);
    QCOMPARE(keysOf(*closed), QStringList{});

    // The garage now works round the clock: 8 hours from Friday 17:00 is Saturday 01:00.
    const auto always = parseWeeklyHours(u"mon-sun 00:00-24:00"_s);
    QVERIFY(always.has_value());
    RELAIS_VERIFY_ERROR(w().ws().calendars().setOpeningHours(as(u"ins.super"_s), u"GAR"_s, *always),
                        ErrorCode::Forbidden);
    RELAIS_VERIFY_OK(w().ws().calendars().setOpeningHours(as(u"net.admin"_s), u"GAR"_s, *always));
    auto open = stalled(u"net.admin"_s, {});
    RELAIS_VERIFY_OK(open);
    QCOMPARE(keysOf(*open), QStringList{m_a.reference + u" unacknowledged GAR"_s});
    QCOMPARE(open->first().thresholdAt, march(7, 1));
    QCOMPARE(open->first().workingSecondsPast, 11 * hour);

    // Another agency's hours change nothing for GAR's handoff.
    RELAIS_VERIFY_OK(w().ws().calendars().setOpeningHours(as(u"net.admin"_s), u"GAR"_s, WorkingCalendar::defaultHours()));
    RELAIS_VERIFY_OK(w().ws().calendars().setOpeningHours(as(u"net.admin"_s), u"INS"_s, *always));
    auto back = stalled(u"net.admin"_s, {});
    RELAIS_VERIFY_OK(back);
    QCOMPARE(keysOf(*back), QStringList{});
}

void TestStallMonitor::holidaysFromTheFile()
{
    m_a = openCase(u"Karim Bennani"_s, u"BK123456"_s);
    clockTo(march(2, 14));
    request(u"ins.agent"_s, m_a.id, u"GAR"_s); // Monday 14:00: late after Tuesday 14:00
    clockTo(march(3, 15));
    auto late = stalled(u"net.admin"_s, {});
    RELAIS_VERIFY_OK(late);
    QCOMPARE(keysOf(*late), QStringList{m_a.reference + u" unacknowledged GAR"_s});
    QCOMPARE(late->first().workingSecondsPast, hour);

    // Tuesday declared a holiday for another agency: GAR's clock does not move.
    RELAIS_VERIFY_OK(w().ws().calendars().addHoliday(as(u"net.admin"_s), u"TOW"_s, {QDate(2026, 3, 3), u"Fête locale"_s}));
    auto otherAgency = stalled(u"net.admin"_s, {});
    RELAIS_VERIFY_OK(otherAgency);
    QCOMPARE(keysOf(*otherAgency), QStringList{m_a.reference + u" unacknowledged GAR"_s});

    // Tuesday declared a holiday for the whole network: not late until Wednesday 13:00.
    RELAIS_VERIFY_OK(w().ws().calendars().addHoliday(as(u"net.admin"_s), QString(), {QDate(2026, 3, 3), u"Deuil national"_s}));
    auto holiday = stalled(u"net.admin"_s, {});
    RELAIS_VERIFY_OK(holiday);
    QCOMPARE(keysOf(*holiday), QStringList{});
    auto wednesday = stalled(u"net.admin"_s, march(4, 13, 0, 1));
    RELAIS_VERIFY_OK(wednesday);
    QCOMPARE(keysOf(*wednesday), QStringList{m_a.reference + u" unacknowledged GAR"_s});
    QCOMPARE(wednesday->first().thresholdAt, march(4, 13));

    // Removed again: late again.
    RELAIS_VERIFY_OK(w().ws().calendars().removeHoliday(as(u"net.admin"_s), QString(), QDate(2026, 3, 3)));
    auto removed = stalled(u"net.admin"_s, {});
    RELAIS_VERIFY_OK(removed);
    QCOMPARE(keysOf(*removed), QStringList{m_a.reference + u" unacknowledged GAR"_s});
}

void TestStallMonitor::serviceLevelsFromTheFile()
{
    m_a = openCase(u"Karim Bennani"_s, u"BK123456"_s);
    const Id id = request(u"ins.agent"_s, m_a.id, u"GAR"_s); // Monday 09:00
    clockTo(march(2, 11, 0, 1));
    auto defaults = stalled(u"net.admin"_s, {});
    RELAIS_VERIFY_OK(defaults);
    QCOMPARE(keysOf(*defaults), QStringList{});

    RELAIS_VERIFY_OK(w().ws().calendars().setServiceLevels(as(u"net.admin"_s), u"GAR"_s, ServiceLevels{2, 1}));
    auto strict = stalled(u"net.admin"_s, {});
    RELAIS_VERIFY_OK(strict);
    QCOMPARE(keysOf(*strict), QStringList{m_a.reference + u" unacknowledged GAR"_s});
    QCOMPARE(strict->first().thresholdAt, march(2, 11));
    QCOMPARE(strict->first().workingSecondsPast, qint64(1));

    // One working day of silence tolerated: accepted Monday 12:00, silent after Tuesday 12:00.
    clockTo(march(2, 12));
    move(u"gar.agent"_s, id, HandoffStatus::Accepted);
    auto silent = stalled(u"net.admin"_s, march(3, 12, 1));
    RELAIS_VERIFY_OK(silent);
    QCOMPARE(keysOf(*silent), QStringList{m_a.reference + u" silent GAR"_s});
}

void TestStallMonitor::resolvedCaseIsNotChased()
{
    m_a = openCase(u"Karim Bennani"_s, u"BK123456"_s);
    RELAIS_VERIFY_OK(w().ws().cases().recordEffort(as(u"ins.agent"_s), m_a.id, EffortKind::ChaseCall, u"Appel"_s));
    clockTo(march(2, 10));
    RELAIS_VERIFY_OK(w().ws().cases().recordEffort(as(u"ins.agent"_s), m_a.id, EffortKind::ChaseCall, u"Rappel"_s));
    clockTo(march(2, 11));
    auto chasing = stalled(u"ins.super"_s, {});
    RELAIS_VERIFY_OK(chasing);
    QCOMPARE(keysOf(*chasing), QStringList{m_a.reference + u" client-chasing INS"_s});
    QCOMPARE(chasing->first().thresholdAt, march(2, 10));
    QCOMPARE(chasing->first().clientEfforts, 2);
    QCOMPARE(chasing->first().handoffId, std::optional<Id>());

    clockTo(march(2, 12));
    RELAIS_VERIFY_OK(w().ws().cases().setStatus(as(u"ins.agent"_s), m_a.id, CaseStatus::Resolved, u"Indemnisé"_s));
    auto resolved = stalled(u"ins.super"_s, {});
    RELAIS_VERIFY_OK(resolved);
    QCOMPARE(keysOf(*resolved), QStringList{});
    auto asOfBefore = stalled(u"ins.super"_s, march(2, 11, 59));
    RELAIS_VERIFY_OK(asOfBefore);
    QCOMPARE(keysOf(*asOfBefore), QStringList{m_a.reference + u" client-chasing INS"_s});
}

// ---------------------------------------------------------------------------------------------
// Nudge and escalate

void TestStallMonitor::nudgeShowsInTheInboxUntilAnswered_data()
{
    QTest::addColumn<QString>("state");
    QTest::addRow("requested") << u"requested"_s;
    QTest::addRow("accepted") << u"accepted"_s;
    QTest::addRow("in progress") << u"in-progress"_s;
    QTest::addRow("on hold") << u"on-hold"_s;
}

void TestStallMonitor::nudgeShowsInTheInboxUntilAnswered()
{
    QFETCH(QString, state);
    m_a = openCase(u"Karim Bennani"_s, u"BK123456"_s);
    const Id id = request(u"ins.agent"_s, m_a.id, u"GAR"_s);
    if (state != u"requested") {
        clockTo(march(2, 9, 30));
        move(u"gar.agent"_s, id, HandoffStatus::Accepted);
    }
    if (state == u"in-progress" || state == u"on-hold")
        move(u"gar.agent"_s, id, HandoffStatus::InProgress);
    if (state == u"on-hold")
        move(u"gar.agent"_s, id, HandoffStatus::OnHold, u"Pièce commandée"_s);
    if (QTest::currentTestFailed())
        return;
    // Accepted work is not in the inbox: the agency already answered.
    QCOMPARE(containsHandoff(inboxOf(u"gar.agent"_s), id), state == u"requested");

    clockTo(march(5, 11));
    const int eventsBefore = w().ws().cases().caseById(as(u"ins.agent"_s), m_a.id)->eventCount;
    RELAIS_VERIFY_OK(w().ws().stalls().nudge(as(u"ins.super"_s), id, u"Le client attend depuis lundi"_s));

    // On the timeline, shared, by the supervisor.
    auto timeline = w().ws().cases().timeline(as(u"gar.agent"_s), m_a.id, timelinePage(true, 0, 1));
    RELAIS_VERIFY_OK(timeline);
    QCOMPARE(timeline->size(), 1);
    const TimelineEvent &event = timeline->first();
    QCOMPARE(event.seq, eventsBefore + 1);
    QCOMPARE(event.kind, EventKind::System);
    QCOMPARE(event.authorLogin, u"ins.super"_s);
    QCOMPARE(event.visibility, Visibility::Shared);
    QCOMPARE(event.payload.value(u"action"_s).toString(), u"nudge"_s);
    QCOMPARE(event.payload.value(u"handoffId"_s).toInteger(), id);
    QVERIFY2(event.text.contains(u"Le client attend depuis lundi"_s), qPrintable(event.text));
    QCOMPARE(event.occurredAt, w().now());

    // In the receiving agency's inbox — agents and supervisors — not the requester's.
    const QList<Handoff> garInbox = inboxOf(u"gar.agent"_s);
    QVERIFY(containsHandoff(garInbox, id));
    for (const Handoff &h : garInbox)
        if (h.id == id)
            QCOMPARE(h.unansweredNudgeAt, w().now());
    QVERIFY(containsHandoff(inboxOf(u"gar.super"_s), id));
    QVERIFY(!containsHandoff(inboxOf(u"ins.agent"_s), id));

    // The requester writing again is no answer.
    clockTo(march(5, 11, 5));
    RELAIS_VERIFY_OK(w().ws().cases().addEvent(as(u"ins.agent"_s), m_a.id, newEvent(EventKind::Note, u"Relance"_s)));
    QVERIFY(containsHandoff(inboxOf(u"gar.agent"_s), id));

    // The garage writes on the case: answered, gone from the inbox (unless still to be accepted).
    clockTo(march(5, 11, 10));
    RELAIS_VERIFY_OK(w().ws().cases().addEvent(as(u"gar.agent"_s), m_a.id,
                                               newEvent(EventKind::Call, u"Client rappelé : pièce attendue jeudi"_s)));
    QCOMPARE(containsHandoff(inboxOf(u"gar.agent"_s), id), state == u"requested");
    auto handoff = w().ws().handoffs().handoff(as(u"gar.agent"_s), id);
    RELAIS_VERIFY_OK(handoff);
    QVERIFY(!handoff->unansweredNudgeAt.isValid());

    // A second nudge brings it back.
    clockTo(march(6, 11));
    RELAIS_VERIFY_OK(w().ws().stalls().nudge(as(u"net.admin"_s), id, QString()));
    QVERIFY(containsHandoff(inboxOf(u"gar.agent"_s), id));
    QCOMPARE(sqlCount(w(), u"SELECT count(*) FROM handoff_signals WHERE handoff_id = :id AND kind = 'nudge'"_s,
                      {{u":id"_s, id}}),
             qint64(2));
    checkChainsIntact();
}

// A supervisor may remind their own agency's agents: the reminder is not itself an answer.
void TestStallMonitor::nudgeByTheReceivingAgencysOwnSupervisor()
{
    m_a = openCase(u"Karim Bennani"_s, u"BK123456"_s);
    const Id id = request(u"ins.agent"_s, m_a.id, u"GAR"_s);
    clockTo(march(2, 9, 30));
    move(u"gar.agent"_s, id, HandoffStatus::Accepted);
    clockTo(march(5, 11));
    RELAIS_VERIFY_OK(w().ws().stalls().nudge(as(u"gar.super"_s), id, u"Où en est ce dossier ?"_s));
    QVERIFY(containsHandoff(inboxOf(u"gar.agent"_s), id));
    clockTo(march(5, 11, 30));
    RELAIS_VERIFY_OK(w().ws().cases().addEvent(as(u"gar.agent"_s), m_a.id, newEvent(EventKind::Note, u"Relancé le fournisseur"_s)));
    QVERIFY(!containsHandoff(inboxOf(u"gar.agent"_s), id));
}

void TestStallMonitor::escalationReachesOnlySupervisors()
{
    m_a = openCase(u"Karim Bennani"_s, u"BK123456"_s);
    const Id id = request(u"ins.agent"_s, m_a.id, u"GAR"_s);
    clockTo(march(2, 9, 30));
    move(u"gar.agent"_s, id, HandoffStatus::Accepted);
    clockTo(march(6, 11));
    RELAIS_VERIFY_OK(w().ws().stalls().escalate(as(u"ins.super"_s), id, u"Trois jours sans nouvelles"_s));

    QVERIFY(containsHandoff(inboxOf(u"gar.super"_s), id));
    QVERIFY(!containsHandoff(inboxOf(u"gar.agent"_s), id));
    auto handoff = w().ws().handoffs().handoff(as(u"gar.super"_s), id);
    RELAIS_VERIFY_OK(handoff);
    QCOMPARE(handoff->unansweredEscalationAt, w().now());
    QVERIFY(!handoff->unansweredNudgeAt.isValid());

    auto timeline = w().ws().cases().timeline(as(u"ins.agent"_s), m_a.id, timelinePage(true, 0, 1));
    RELAIS_VERIFY_OK(timeline);
    QCOMPARE(timeline->first().payload.value(u"action"_s).toString(), u"escalation"_s);
    QVERIFY(timeline->first().text.contains(u"Trois jours sans nouvelles"_s));

    clockTo(march(6, 11, 30));
    RELAIS_VERIFY_OK(w().ws().cases().addEvent(as(u"gar.agent"_s), m_a.id, newEvent(EventKind::Note, u"En cours"_s)));
    QVERIFY(!containsHandoff(inboxOf(u"gar.super"_s), id));
    checkChainsIntact();
}

void TestStallMonitor::refusedSignalChangesNothing_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("state");
    QTest::addColumn<bool>("escalate");
    QTest::addColumn<ErrorCode>("code");

    for (bool escalate : {false, true}) {
        const char *what = escalate ? "escalate" : "nudge";
        QTest::addRow("%s a completed handoff", what) << u"ins.super"_s << u"completed"_s << escalate << ErrorCode::Invalid;
        QTest::addRow("%s a cancelled handoff", what) << u"ins.super"_s << u"cancelled"_s << escalate << ErrorCode::Invalid;
        QTest::addRow("%s a declined handoff", what) << u"net.admin"_s << u"rejected"_s << escalate << ErrorCode::Invalid;
        QTest::addRow("%s by a non-participant's supervisor", what) << u"hos.super"_s << u"accepted"_s << escalate
                                                                 << ErrorCode::Forbidden;
        QTest::addRow("%s by an agent", what) << u"ins.agent"_s << u"accepted"_s << escalate << ErrorCode::Forbidden;
        QTest::addRow("%s an unknown handoff", what) << u"ins.super"_s << u"unknown"_s << escalate
                                                     << ErrorCode::NotFound;
    }
}

void TestStallMonitor::refusedSignalChangesNothing()
{
    QFETCH(QString, login);
    QFETCH(QString, state);
    QFETCH(bool, escalate);
    QFETCH(ErrorCode, code);

    m_a = openCase(u"Karim Bennani"_s, u"BK123456"_s);
    Id id = request(u"ins.agent"_s, m_a.id, u"GAR"_s);
    clockTo(march(2, 9, 30));
    if (state == u"rejected") {
        move(u"gar.agent"_s, id, HandoffStatus::Rejected, u"Hors zone"_s);
    } else if (state == u"cancelled") {
        move(u"ins.agent"_s, id, HandoffStatus::Cancelled, u"Erreur"_s);
    } else if (state != u"unknown") {
        move(u"gar.agent"_s, id, HandoffStatus::Accepted);
        if (state == u"completed") {
            move(u"gar.agent"_s, id, HandoffStatus::InProgress);
            move(u"gar.agent"_s, id, HandoffStatus::Completed);
        }
    } else {
        id += 1000;
    }
    if (QTest::currentTestFailed())
        return;
    clockTo(march(5, 11));
    const QString before = caseState(w(), m_a.id);
    const qint64 signals = sqlCount(w(), u"SELECT count(*) FROM handoff_signals"_s);
    const qint64 audit = auditRows();
    const qint64 denied = denials();

    StallMonitor &stalls = w().ws().stalls();
    const Status done = escalate ? stalls.escalate(as(login), id, u"Relance"_s) : stalls.nudge(as(login), id, u"Relance"_s);
    RELAIS_VERIFY_ERROR(done, code);
    QVERIFY(!done.error().message.isEmpty());
    QCOMPARE(caseState(w(), m_a.id), before);
    QCOMPARE(sqlCount(w(), u"SELECT count(*) FROM handoff_signals"_s), signals);
    // No trace but the refusal itself, when the policy refused someone on the case.
    QCOMPARE(auditRows(), audit);
    QCOMPARE(denials(), denied + (code == ErrorCode::Forbidden ? 1 : 0));
    QVERIFY(!containsHandoff(inboxOf(u"gar.agent"_s), id));
}

// ---------------------------------------------------------------------------------------------
// Reassign

void TestStallMonitor::reassignCancelsAndAsksAnotherAgency()
{
    m_a = openCase(u"Karim Bennani"_s, u"BK123456"_s);
    Summary summary;
    summary.situation = u"Véhicule immobilisé à Ain Sebaa"_s;
    summary.nextStep = u"Remorquer au garage"_s;
    RELAIS_VERIFY_OK(w().ws().cases().setSummary(as(u"ins.agent"_s), m_a.id, summary));
    const QDateTime due = march(6, 12);
    const Id id = request(u"ins.agent"_s, m_a.id, u"GAR"_s, due);
    clockTo(march(3, 11));
    auto late = stalled(u"ins.super"_s, {});
    RELAIS_VERIFY_OK(late);
    QCOMPARE(keysOf(*late), QStringList{m_a.reference + u" unacknowledged GAR"_s});
    const int eventsBefore = w().ws().cases().caseById(as(u"ins.agent"_s), m_a.id)->eventCount;

    auto reassigned = w().ws().stalls().reassign(as(u"ins.super"_s), id, u" tow "_s, u"Le garage ne répond pas"_s);
    RELAIS_VERIFY_OK(reassigned);
    QVERIFY(reassigned->id != id);
    QCOMPARE(reassigned->to.code, u"TOW"_s);
    QCOMPARE(reassigned->from.code, u"INS"_s);
    QCOMPARE(reassigned->status, HandoffStatus::Requested);
    QCOMPARE(reassigned->ask, u"Prendre en charge le véhicule"_s);
    QCOMPARE(reassigned->dueAt, due);
    QCOMPARE(reassigned->requestedAt, w().now());
    QCOMPARE(reassigned->summaryAtRequest.value(u"situation"_s).toString(), summary.situation);

    auto old = w().ws().handoffs().handoff(as(u"ins.agent"_s), id);
    RELAIS_VERIFY_OK(old);
    QCOMPARE(old->status, HandoffStatus::Cancelled);
    QVERIFY2(old->lastReason.contains(u"Le garage ne répond pas"_s), qPrintable(old->lastReason));

    // Two events: the cancellation, then the new request.
    auto timeline = w().ws().cases().timeline(as(u"ins.agent"_s), m_a.id, timelinePage(true, 0, 2));
    RELAIS_VERIFY_OK(timeline);
    QCOMPARE(timeline->size(), 2);
    QCOMPARE(timeline->at(1).seq, eventsBefore + 1);
    QCOMPARE(timeline->at(1).payload.value(u"status"_s).toString(), u"cancelled"_s);
    QCOMPARE(timeline->at(1).payload.value(u"handoffId"_s).toInteger(), id);
    QCOMPARE(timeline->at(0).seq, eventsBefore + 2);
    QCOMPARE(timeline->at(0).payload.value(u"status"_s).toString(), u"requested"_s);
    QCOMPARE(timeline->at(0).payload.value(u"handoffId"_s).toInteger(), reassigned->id);

    // The towing company now has it to answer; the garage no longer.
    QVERIFY(containsHandoff(inboxOf(u"tow.agent"_s), reassigned->id));
    QVERIFY(!containsHandoff(inboxOf(u"gar.agent"_s), id));
    auto after = stalled(u"ins.super"_s, {});
    RELAIS_VERIFY_OK(after);
    QCOMPARE(keysOf(*after), QStringList{});
    checkChainsIntact();
}

void TestStallMonitor::reassignDropsAPastDueDate()
{
    m_a = openCase(u"Karim Bennani"_s, u"BK123456"_s);
    const Id id = request(u"ins.agent"_s, m_a.id, u"GAR"_s, march(2, 12));
    clockTo(march(3, 11));
    auto reassigned = w().ws().stalls().reassign(as(u"ins.super"_s), id, u"TOW"_s, u"Délai dépassé"_s);
    RELAIS_VERIFY_OK(reassigned);
    QVERIFY(!reassigned->dueAt.isValid());
    checkChainsIntact();
}

void TestStallMonitor::refusedReassignChangesNothing_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("consentToGarOnly");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<int>("denials"); // the policy refusing someone on the case: kept in the access log

    const QString why = u"Le garage ne répond pas"_s;
    QTest::addRow("no consent covering the new agency") << u"ins.super"_s << u"TOW"_s << why << true
                                                        << ErrorCode::Forbidden << 0;
    QTest::addRow("the same agency") << u"ins.super"_s << u"GAR"_s << why << false << ErrorCode::Invalid << 0;
    QTest::addRow("the same agency, typed lower case") << u"ins.super"_s << u" gar"_s << why << false
                                                       << ErrorCode::Invalid << 0;
    QTest::addRow("the requesting agency itself") << u"ins.super"_s << u"INS"_s << why << false << ErrorCode::Invalid << 0;
    QTest::addRow("an unknown agency") << u"ins.super"_s << u"XYZ"_s << why << false << ErrorCode::NotFound << 0;
    QTest::addRow("no reason") << u"ins.super"_s << u"TOW"_s << u"  "_s << false << ErrorCode::Invalid << 0;
    QTest::addRow("by the receiving agency") << u"gar.super"_s << u"TOW"_s << why << false << ErrorCode::Forbidden << 0;
    QTest::addRow("by a non-participant") << u"hos.super"_s << u"TOW"_s << why << false << ErrorCode::Forbidden << 1;
}

void TestStallMonitor::refusedReassignChangesNothing()
{
    QFETCH(QString, login);
    QFETCH(QString, to);
    QFETCH(QString, reason);
    QFETCH(bool, consentToGarOnly);
    QFETCH(ErrorCode, code);
    QFETCH(int, denials);

    const Id client = w().addClient(u"Karim Bennani"_s, u"BK123456"_s, !consentToGarOnly);
    if (consentToGarOnly)
        RELAIS_VERIFY_OK(w().ws().clients().grantConsent(as(u"ins.agent"_s), client, ConsentScope::Agencies, {u"GAR"_s}));
    m_a = w().openCase(client);
    const Id id = request(u"ins.agent"_s, m_a.id, u"GAR"_s, march(6, 12));
    clockTo(march(3, 11));
    const QString before = caseState(w(), m_a.id);
    const qint64 audit = auditRows();
    const qint64 denied = this->denials();
    const qint64 handoffs = sqlCount(w(), u"SELECT count(*) FROM handoffs"_s);

    auto reassigned = w().ws().stalls().reassign(as(login), id, to, reason);
    RELAIS_VERIFY_ERROR(reassigned, code);
    QVERIFY(!reassigned.error().message.isEmpty());
    QCOMPARE(caseState(w(), m_a.id), before);
    QCOMPARE(sqlCount(w(), u"SELECT count(*) FROM handoffs"_s), handoffs);
    QCOMPARE(auditRows(), audit);
    QCOMPARE(this->denials(), denied + denials);
    auto old = w().ws().handoffs().handoff(as(u"ins.agent"_s), id);
    RELAIS_VERIFY_OK(old);
    QCOMPARE(old->status, HandoffStatus::Requested);
    QVERIFY(containsHandoff(inboxOf(u"gar.agent"_s), id));
    QCOMPARE(sqlCount(w(), u"SELECT count(*) FROM case_participants WHERE case_id = :c"_s, {{u":c"_s, m_a.id}}),
             qint64(2));
    checkChainsIntact();
}

// ---------------------------------------------------------------------------------------------
// Figures

void TestStallMonitor::acknowledgementTrendByWeek()
{
    using enum HandoffStatus;
    m_a = openCase(u"Karim Bennani"_s, u"BK123456"_s);
    const Id caseId = m_a.id;
    // Week of 2 March: acknowledged in 1 h, 2 h (over lunch), 4 h (overnight), 5 h (over the
    // weekend, answered the next week) and one never answered.
    const Id h1 = request(u"ins.agent"_s, caseId, u"GAR"_s); // Monday 09:00
    clockTo(march(2, 10));
    move(u"gar.agent"_s, h1, Received);
    clockTo(march(2, 12));
    const Id h2 = request(u"ins.agent"_s, caseId, u"GAR"_s);
    clockTo(march(2, 15));
    move(u"gar.agent"_s, h2, Accepted);
    clockTo(march(3, 17));
    const Id h3 = request(u"ins.agent"_s, caseId, u"TOW"_s);
    clockTo(march(4, 12));
    move(u"tow.agent"_s, h3, Rejected, u"Hors zone"_s);
    clockTo(march(5, 10));
    request(u"ins.agent"_s, caseId, u"GAR"_s);
    clockTo(march(6, 17));
    const Id h5 = request(u"ins.agent"_s, caseId, u"TOW"_s);
    clockTo(march(9, 14));
    move(u"tow.agent"_s, h5, Received);
    // Week of 9 March: 30 min, 8 h, 2 h.
    clockTo(march(10, 9));
    const Id h6 = request(u"ins.agent"_s, caseId, u"GAR"_s);
    clockTo(march(10, 9, 30));
    move(u"gar.agent"_s, h6, Received);
    clockTo(march(10, 10));
    const Id h7 = request(u"ins.agent"_s, caseId, u"GAR"_s);
    clockTo(march(11, 9));
    const Id h8 = request(u"ins.agent"_s, caseId, u"TOW"_s);
    clockTo(march(11, 10));
    move(u"gar.agent"_s, h7, Accepted);
    clockTo(march(11, 11));
    move(u"tow.agent"_s, h8, Accepted);
    // Week of 16 March: one request, not answered yet.
    clockTo(march(16, 9));
    request(u"ins.agent"_s, caseId, u"GAR"_s);
    clockTo(march(16, 12));
    if (QTest::currentTestFailed())
        return;

    auto trend = w().ws().stalls().acknowledgementTrend(as(u"ins.super"_s), w().now(), 4);
    RELAIS_VERIFY_OK(trend);
    QCOMPARE(trend->size(), 4);
    QCOMPARE(trend->at(0).weekStart, QDate(2026, 2, 23));
    QCOMPARE(trend->at(0).requested, 0);
    QCOMPARE(trend->at(0).medianHours, 0.0);
    QCOMPARE(trend->at(1).weekStart, QDate(2026, 3, 2));
    QCOMPARE(trend->at(1).requested, 5);
    QCOMPARE(trend->at(1).acknowledged, 4);
    QCOMPARE(trend->at(1).medianHours, 3.0); // 1, 2, 4, 5 → (2 + 4) / 2
    QCOMPARE(trend->at(2).weekStart, QDate(2026, 3, 9));
    QCOMPARE(trend->at(2).requested, 3);
    QCOMPARE(trend->at(2).acknowledged, 3);
    QCOMPARE(trend->at(2).medianHours, 2.0); // 0.5, 2, 8
    QCOMPARE(trend->at(3).weekStart, QDate(2026, 3, 16));
    QCOMPARE(trend->at(3).requested, 1);
    QCOMPARE(trend->at(3).acknowledged, 0);
    QCOMPARE(trend->at(3).medianHours, 0.0);

    // As of Monday 9 March noon the weekend request was not answered yet: 1, 2, 4 → 2.
    auto earlier = w().ws().stalls().acknowledgementTrend(as(u"net.admin"_s), march(9, 12), 2);
    RELAIS_VERIFY_OK(earlier);
    QCOMPARE(earlier->size(), 2);
    QCOMPARE(earlier->at(0).weekStart, QDate(2026, 3, 2));
    QCOMPARE(earlier->at(0).requested, 5);
    QCOMPARE(earlier->at(0).acknowledged, 3);
    QCOMPARE(earlier->at(0).medianHours, 2.0);
    QCOMPARE(earlier->at(1).requested, 0);

    // A supervisor of an agency in none of these cases sees none of it.
    auto outsider = w().ws().stalls().acknowledgementTrend(as(u"hos.super"_s), w().now(), 4);
    RELAIS_VERIFY_OK(outsider);
    for (const WeeklyAcknowledgement &week : *outsider)
        QCOMPARE(week.requested, 0);
}

void TestStallMonitor::customersWithMostEffortFirst()
{
    // D chased three times at the very start, long before the window.
    const Case d = openCase(u"Driss Chaoui"_s, u"BH111111"_s);
    for (int minute : {30, 40, 50}) {
        clockTo(march(2, 9, minute));
        RELAIS_VERIFY_OK(w().ws().cases().recordEffort(as(u"ins.agent"_s), d.id, EffortKind::ChaseCall, u"Appel"_s));
    }
    const Id clientA = w().addClient(u"Amina Berrada"_s, u"BA222222"_s);
    const Case a1 = w().openCase(clientA);
    const Case a2 = w().openCase(clientA, u"ins.agent"_s, u"Second sinistre"_s);
    const Case b = openCase(u"Bouchra Naciri"_s, u"BB333333"_s);
    const Case c = openCase(u"Chakib Zniber"_s, u"BC444444"_s);
    const Case e = openCase(u"Ehsan Tahiri"_s, u"BD555555"_s, u"gar.agent"_s); // GAR's alone
    auto effort = [&](const QDateTime &when, const Case &kase, const QString &login = u"ins.agent"_s) {
        clockTo(when);
        RELAIS_VERIFY_OK(w().ws().cases().recordEffort(as(login), kase.id, EffortKind::ReExplained, u"Réexpliqué"_s));
    };
    effort(march(16, 10), a1);
    effort(march(16, 10, 10), a1);
    effort(march(16, 11), b);
    effort(march(16, 11, 10), b);
    effort(march(16, 12), e, u"gar.agent"_s);
    effort(march(16, 12, 1), e, u"gar.agent"_s);
    effort(march(16, 12, 2), e, u"gar.agent"_s);
    effort(march(16, 12, 3), e, u"gar.agent"_s);
    effort(march(17, 10), a2);
    effort(march(17, 11), c);
    effort(march(17, 11, 10), c);
    clockTo(march(18, 12));
    if (QTest::currentTestFailed())
        return;

    auto names = [](const QList<EffortLeader> &leaders) {
        QStringList out;
        for (const EffortLeader &l : leaders)
            out << u"%1 %2"_s.arg(l.clientName.section(u' ', 0, 0)).arg(l.efforts);
        return out;
    };
    auto admin = w().ws().stalls().customersWithMostEffort(as(u"net.admin"_s), w().now(), 14, 10);
    RELAIS_VERIFY_OK(admin);
    // Most efforts first; equal counts: the most recent effort first.
    QCOMPARE(names(*admin), (QStringList{u"Ehsan 4"_s, u"Amina 3"_s, u"Chakib 2"_s, u"Bouchra 2"_s}));
    QStringList refs{a1.reference, a2.reference};
    refs.sort();
    QCOMPARE(admin->at(1).caseReferences, refs);
    QCOMPARE(admin->at(1).lastEffort, march(17, 10));
    QCOMPARE(admin->at(1).clientId, clientA);

    auto limited = w().ws().stalls().customersWithMostEffort(as(u"net.admin"_s), w().now(), 14, 2);
    RELAIS_VERIFY_OK(limited);
    QCOMPARE(names(*limited), (QStringList{u"Ehsan 4"_s, u"Amina 3"_s}));

    // INS's supervisor does not see GAR's own case.
    auto ins = w().ws().stalls().customersWithMostEffort(as(u"ins.super"_s), w().now(), 14, 10);
    RELAIS_VERIFY_OK(ins);
    QCOMPARE(names(*ins), (QStringList{u"Amina 3"_s, u"Chakib 2"_s, u"Bouchra 2"_s}));

    // Over 30 days D's early efforts count too, after Amina's (same count, older).
    auto month = w().ws().stalls().customersWithMostEffort(as(u"ins.super"_s), w().now(), 30, 10);
    RELAIS_VERIFY_OK(month);
    QCOMPARE(names(*month), (QStringList{u"Amina 3"_s, u"Driss 3"_s, u"Chakib 2"_s, u"Bouchra 2"_s}));
}

QTEST_GUILESS_MAIN(TestStallMonitor)
#include "tst_stallmonitor.moc"
