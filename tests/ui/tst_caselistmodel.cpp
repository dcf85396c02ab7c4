// The case list: which cases each sidebar scope shows, in which order, and what a row tells the
// person (who holds the ball, the handoff's status, whether it is late).

#include "uitest.h"

#include "models/caselistmodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFont>

#include <memory>

using namespace Relais::Core;
using namespace Relais::Gui;
using namespace Relais::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 hour = 3600;

/// The references a model lists, in order.
QStringList referencesOf(const CaseListModel &model)
{
    QStringList references;
    for (int row = 0; row < model.rowCount(); ++row)
        references << model.index(row, CaseListModel::Reference).data(CaseListModel::ReferenceRole).toString();
    return references;
}

const AgencyRef insurer{1, u"INS"_s, u"Assurances Atlas"_s, u"insurer"_s};
const AgencyRef garage{2, u"GAR"_s, u"Garage Al Amal"_s, u"garage"_s};
const AgencyRef towing{3, u"TOW"_s, u"Dépannage Rapide"_s, u"towing"_s};

const QDateTime pureNow(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);

/// Open every hour of every day in UTC: working time equals elapsed time, so these tests
/// read in plain hours. The office-hours calendar has its own tests below.
const AgencyCalendars roundTheClock(WorkingCalendar(QTimeZone::utc(), *parseWeeklyHours(u"mon-sun 00:00-24:00"_s), false));

Case pureCase(Id id, CaseStatus status = CaseStatus::Open)
{
    Case c;
    c.id = id;
    c.reference = u"REL-2026-%1"_s.arg(id, 6, 10, QLatin1Char('0'));
    c.clientName = u"Karim Bennani"_s;
    c.title = u"Accident claim"_s;
    c.status = status;
    c.coordinatorName = u"Salma Idrissi"_s;
    c.leadAgency = insurer;
    c.openedAt = pureNow.addDays(-3);
    c.lastActivityAt = pureNow.addSecs(-2 * hour);
    return c;
}

Handoff pureHandoff(Id id, Id caseId, const AgencyRef &to, HandoffStatus status, qint64 requestedSecsAgo,
                    qint64 statusSecsAgo = -1)
{
    Handoff h;
    h.id = id;
    h.caseId = caseId;
    h.from = insurer;
    h.to = to;
    h.ask = u"Repair the car"_s;
    h.status = status;
    h.requestedAt = pureNow.addSecs(-requestedSecsAgo);
    h.statusChangedAt = pureNow.addSecs(-(statusSecsAgo < 0 ? requestedSecsAgo : statusSecsAgo));
    return h;
}

} // namespace

class TestCaseListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // rowsFor(): a pure function of (cases, handoffs, now)
    void lateFlag_data();
    void lateFlag();
    void lateAndBallHolderCountOfficeHours();
    void ballHolderSentence_data();
    void ballHolderSentence();
    void handoffColumnShowsTheHandoffHoldingTheBall();
    void mostUrgentIsTheOldestOpenHandoff();

    // load(): the sidebar scopes on a real case file
    void modelTesterWhileLoadingEveryScope_data();
    void modelTesterWhileLoadingEveryScope();
    void inboxListsCasesWaitingForTheAgency();
    void inboxPutsLateFirstThenOldest();
    void inboxUrgencyCountsOnlyHandoffsWaitingForTheAgency();
    void myCasesListsOnlyCasesTheUserCoordinates();
    void allVisibleExcludesOtherAgenciesCases();
    void adminSeesEveryCase();
    void loadWithoutSessionSaysSo();

private:
    std::unique_ptr<TestWorld> m_world;
    Case m_karim;  // opened by ins.agent
    Case m_amina;  // opened by ins.super
    Case m_hassan; // opened by gar.agent: INS takes no part
};

void TestCaseListModel::init()
{
    m_world = std::make_unique<TestWorld>();
    QVERIFY(m_world->isValid());
    m_karim = m_world->openCase(m_world->addClient(u"Karim Bennani"_s, u"BK123456"_s), u"ins.agent"_s,
                                u"Accident claim"_s);
    m_amina = m_world->openCase(m_world->addClient(u"Amina Tazi"_s, u"AT654321"_s), u"ins.super"_s,
                                u"Broken windscreen"_s);
    m_hassan = m_world->openCase(m_world->addClient(u"Hassan Ouali"_s, u"HO111222"_s), u"gar.agent"_s,
                                 u"Engine repair"_s);
}

void TestCaseListModel::cleanup()
{
    m_world.reset();
}

// --- rowsFor -------------------------------------------------------------------------------

void TestCaseListModel::lateFlag_data()
{
    QTest::addColumn<HandoffStatus>("status");
    QTest::addColumn<qint64>("requestedSecsAgo");
    QTest::addColumn<qint64>("dueInSecs"); // 0: no due date
    QTest::addColumn<bool>("late");
    QTest::addColumn<QString>("column");

    using enum HandoffStatus;
    QTest::addRow("requested 7h ago") << Requested << 7 * hour << qint64(0) << false << u"requested"_s;
    QTest::addRow("requested exactly 8h ago") << Requested << 8 * hour << qint64(0) << false << u"requested"_s;
    QTest::addRow("requested 8h01 ago") << Requested << 8 * hour + 60 << qint64(0) << true << u"requested — late"_s;
    QTest::addRow("requested 3 days ago") << Requested << 72 * hour << qint64(0) << true << u"requested — late"_s;
    QTest::addRow("received 3 days ago") << Received << 72 * hour << qint64(0) << false << u"received"_s;
    QTest::addRow("accepted 3 days ago") << Accepted << 72 * hour << qint64(0) << false << u"accepted"_s;
    QTest::addRow("accepted, due in 1h") << Accepted << 72 * hour << hour << false << u"accepted"_s;
    QTest::addRow("accepted, due 1 min ago") << Accepted << 72 * hour << qint64(-60) << true << u"accepted — late"_s;
    QTest::addRow("in progress, overdue") << InProgress << 72 * hour << -hour << true << u"in-progress — late"_s;
    QTest::addRow("on hold, overdue") << OnHold << 72 * hour << -hour << true << u"on-hold — late"_s;
    QTest::addRow("received 1h ago, overdue") << Received << hour << qint64(-60) << true << u"received — late"_s;
    // Terminal handoffs are never late, and the ball is back with the lead agency.
    QTest::addRow("completed, overdue") << Completed << 72 * hour << -hour << false << QString();
    QTest::addRow("rejected, long unacknowledged") << Rejected << 72 * hour << qint64(0) << false << QString();
    QTest::addRow("cancelled, overdue") << Cancelled << 72 * hour << -hour << false << QString();
}

void TestCaseListModel::lateFlag()
{
    QFETCH(HandoffStatus, status);
    QFETCH(qint64, requestedSecsAgo);
    QFETCH(qint64, dueInSecs);
    QFETCH(bool, late);
    QFETCH(QString, column);

    Handoff h = pureHandoff(10, 1, garage, status, requestedSecsAgo);
    if (dueInSecs != 0)
        h.dueAt = pureNow.addSecs(dueInSecs);
    const QList<CaseRow> rows = CaseListModel::rowsFor({pureCase(1)}, {{Id(1), {h}}}, pureNow, roundTheClock);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().late, late);

    CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(rows);
    const QModelIndex status_ = model.index(0, CaseListModel::HandoffStatus);
    QCOMPARE(status_.data().toString(), column);
    QCOMPARE(status_.data(CaseListModel::LateRole).toBool(), late);
    // Late shows in red and bold, on the handoff column only.
    QCOMPARE(status_.data(Qt::ForegroundRole).isValid(), late);
    QCOMPARE(status_.data(Qt::FontRole).value<QFont>().bold(), late);
    QVERIFY(!model.index(0, CaseListModel::Title).data(Qt::ForegroundRole).isValid());
}

void TestCaseListModel::lateAndBallHolderCountOfficeHours()
{
    // Monday 12:00 in Casablanca (UTC+0 during Ramadan 2026), office hours 09–13, 14–18.
    const AgencyCalendars office; // every agency on the Moroccan default calendar
    using enum HandoffStatus;
    // Asked Friday 16:00: 68 hours ago, but only 2 + 3 = 5 working hours — not late yet.
    Handoff friday = pureHandoff(10, 1, garage, Requested, 68 * hour);
    QList<CaseRow> rows = CaseListModel::rowsFor({pureCase(1)}, {{Id(1), {friday}}}, pureNow, office);
    QVERIFY(!rows.first().late);
    QCOMPARE(rows.first().ball.sentence, u"Waiting for Garage Al Amal to accept — 5 working hours"_s);
    // Asked Thursday 16:00: 2 + 8 + 3 = 13 working hours — past the 8-hour acknowledgement SLA.
    Handoff thursday = pureHandoff(10, 1, garage, Requested, 92 * hour);
    rows = CaseListModel::rowsFor({pureCase(1)}, {{Id(1), {thursday}}}, pureNow, office);
    QVERIFY(rows.first().late);
    QCOMPARE(rows.first().ball.sentence, u"Waiting for Garage Al Amal to accept — 1 working day"_s);
}

void TestCaseListModel::ballHolderSentence_data()
{
    QTest::addColumn<QList<Handoff>>("handoffs");
    QTest::addColumn<CaseStatus>("caseStatus");
    QTest::addColumn<QString>("agency");
    QTest::addColumn<QString>("sentence");

    using enum HandoffStatus;
    QTest::addRow("no handoff") << QList<Handoff>{} << CaseStatus::Open << u"Assurances Atlas"_s
                                << u"Assurances Atlas (lead agency, coordinator Salma Idrissi) — no handoff pending"_s;
    QTest::addRow("waiting to accept")
        << QList<Handoff>{pureHandoff(10, 1, garage, Requested, 9 * hour)} << CaseStatus::Open << u"Garage Al Amal"_s
        << u"Waiting for Garage Al Amal to accept — 9 working hours"_s;
    QTest::addRow("working on it")
        << QList<Handoff>{pureHandoff(10, 1, garage, InProgress, 72 * hour, 50 * hour)} << CaseStatus::Open
        << u"Garage Al Amal"_s << u"Garage Al Amal is working on it (Repair the car) — for 2 working days"_s;
    QTest::addRow("waiting beats working")
        << QList<Handoff>{pureHandoff(10, 1, garage, InProgress, 72 * hour),
                          pureHandoff(11, 1, towing, Received, 30 * 60)}
        << CaseStatus::Open << u"Dépannage Rapide"_s << u"Waiting for Dépannage Rapide to accept — 30 working minutes"_s;
    QTest::addRow("all done")
        << QList<Handoff>{pureHandoff(10, 1, garage, Completed, 72 * hour)} << CaseStatus::Open
        << u"Assurances Atlas"_s
        << u"Assurances Atlas (lead agency, coordinator Salma Idrissi) — no handoff pending"_s;
    QTest::addRow("case closed") << QList<Handoff>{} << CaseStatus::Closed << u"Assurances Atlas"_s
                                 << u"Nobody: the case is closed."_s;
}

void TestCaseListModel::ballHolderSentence()
{
    QFETCH(QList<Handoff>, handoffs);
    QFETCH(CaseStatus, caseStatus);
    QFETCH(QString, agency);
    QFETCH(QString, sentence);

    CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(CaseListModel::rowsFor({pureCase(1, caseStatus)}, {{Id(1), handoffs}}, pureNow, roundTheClock));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, CaseListModel::BallHolder).data().toString(), agency);
    // The sentence is what the person reads when they hover the row.
    for (int column = 0; column < CaseListModel::ColumnCount; ++column)
        QCOMPARE(model.index(0, column).data(Qt::ToolTipRole).toString(), sentence);
}

void TestCaseListModel::handoffColumnShowsTheHandoffHoldingTheBall()
{
    using enum HandoffStatus;
    // The garage works on it, the tow truck has not accepted yet: the column shows the wait.
    const QList<Handoff> handoffs{pureHandoff(10, 1, garage, InProgress, 72 * hour, 2 * hour),
                                  pureHandoff(11, 1, towing, Requested, hour),
                                  pureHandoff(12, 1, garage, Completed, 100 * hour)};
    const QList<CaseRow> rows = CaseListModel::rowsFor({pureCase(1), pureCase(2)}, {{Id(1), handoffs}}, pureNow, roundTheClock);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].handoffStatus, u"requested"_s);
    QVERIFY(rows[0].ball.handoffId == Id(11));
    QCOMPARE(rows[0].ball.agency.code, u"TOW"_s);
    QVERIFY(!rows[0].late);
    // A case with no handoffs at all has an empty column, not a made-up status.
    QCOMPARE(rows[1].handoffStatus, QString());
    QVERIFY(!rows[1].late);
    QVERIFY(!rows[1].mostUrgent.isValid());
}

void TestCaseListModel::mostUrgentIsTheOldestOpenHandoff()
{
    using enum HandoffStatus;
    const QList<Handoff> handoffs{pureHandoff(10, 1, garage, InProgress, 72 * hour, 5 * hour),
                                  pureHandoff(11, 1, towing, Requested, 3 * hour),
                                  pureHandoff(12, 1, garage, Completed, 100 * hour)}; // closed: ignored
    const QList<CaseRow> rows = CaseListModel::rowsFor({pureCase(1)}, {{Id(1), handoffs}}, pureNow, roundTheClock);
    QCOMPARE(rows.first().mostUrgent, pureNow.addSecs(-5 * hour));
}

// --- load ----------------------------------------------------------------------------------

void TestCaseListModel::modelTesterWhileLoadingEveryScope_data()
{
    QTest::addColumn<QString>("login");
    for (const QString &login : {u"ins.agent"_s, u"ins.super"_s, u"gar.agent"_s, u"tow.agent"_s, u"hos.agent"_s,
                                 u"net.admin"_s})
        QTest::addRow("%s", qPrintable(login)) << login;
}

void TestCaseListModel::modelTesterWhileLoadingEveryScope()
{
    QFETCH(QString, login);
    // Some life in the file: handoffs in several states, one of them late.
    const Handoff toGarage = requestHandoff(*m_world, m_karim.id, u"GAR"_s);
    QVERIFY(toGarage.id != 0);
    QVERIFY(requestHandoff(*m_world, m_amina.id, u"TOW"_s, u"ins.super"_s).id != 0);
    m_world->advance(10 * hour);
    RELAIS_VERIFY_OK(m_world->ws().handoffs().transition(m_world->actor(u"gar.agent"_s), toGarage.id,
                                                          HandoffStatus::Accepted));
    QVERIFY(requestHandoff(*m_world, m_hassan.id, u"TOW"_s, u"gar.agent"_s).id != 0);
    m_world->advance(hour);

    const Session session = sessionFor(*m_world, login);
    CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (CaseScope scope : {CaseScope::Inbox, CaseScope::MyCases, CaseScope::MyAgency, CaseScope::AllVisible,
                            CaseScope::Inbox}) {
        QCOMPARE(model.load(session, scope), QString());
        QCOMPARE(model.columnCount(), int(CaseListModel::ColumnCount));
        for (int row = 0; row < model.rowCount(); ++row) {
            const Id id = model.index(row, 0).data(CaseListModel::CaseIdRole).toLongLong();
            QCOMPARE(model.rowOfCase(id), row);
            QVERIFY(model.rowAt(row));
            for (int column = 0; column < model.columnCount(); ++column) {
                const QModelIndex index = model.index(row, column);
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::ForegroundRole),
                                 int(Qt::FontRole), int(CaseListModel::LateRole)})
                    (void)index.data(role);
            }
            QVERIFY(!model.index(row, CaseListModel::Reference).data().toString().isEmpty());
            QVERIFY(!model.index(row, CaseListModel::BallHolder).data().toString().isEmpty());
            QVERIFY(!model.index(row, CaseListModel::LastActivity).data().toString().isEmpty());
        }
        QVERIFY(!model.rowAt(model.rowCount()));
        QCOMPARE(model.rowOfCase(-1), -1);
    }
    for (int column = 0; column < CaseListModel::ColumnCount; ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
}

void TestCaseListModel::inboxListsCasesWaitingForTheAgency()
{
    CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Session garage = sessionFor(*m_world, u"gar.agent"_s);
    QCOMPARE(model.load(garage, CaseScope::Inbox), QString());
    QCOMPARE(model.rowCount(), 0);

    const Handoff first = requestHandoff(*m_world, m_karim.id, u"GAR"_s);
    m_world->advance(hour);
    QVERIFY(requestHandoff(*m_world, m_amina.id, u"GAR"_s, u"ins.super"_s).id != 0);
    QVERIFY(requestHandoff(*m_world, m_amina.id, u"TOW"_s, u"ins.super"_s).id != 0); // one row per case
    m_world->advance(hour);

    QCOMPARE(model.load(garage, CaseScope::Inbox), QString());
    QCOMPARE(referencesOf(model), (QStringList{m_karim.reference, m_amina.reference}));
    QCOMPARE(model.index(0, CaseListModel::Customer).data().toString(), u"Karim Bennani"_s);
    QCOMPARE(model.index(0, CaseListModel::HandoffStatus).data().toString(), u"requested"_s);

    // The towing company's inbox has only its own.
    QCOMPARE(model.load(sessionFor(*m_world, u"tow.agent"_s), CaseScope::Inbox), QString());
    QCOMPARE(referencesOf(model), QStringList{m_amina.reference});
    // The requester's inbox stays empty: nothing waits for INS.
    QCOMPARE(model.load(sessionFor(*m_world, u"ins.agent"_s), CaseScope::Inbox), QString());
    QCOMPARE(model.rowCount(), 0);

    // Once the garage declines the first one, it leaves the garage's inbox.
    RELAIS_VERIFY_OK(m_world->ws().handoffs().transition(m_world->actor(u"gar.agent"_s), first.id,
                                                          HandoffStatus::Rejected, {u"No parts"_s, {}, false}));
    QCOMPARE(model.load(garage, CaseScope::Inbox), QString());
    QCOMPARE(referencesOf(model), QStringList{m_amina.reference});
}

void TestCaseListModel::inboxPutsLateFirstThenOldest()
{
    CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Session garage = sessionFor(*m_world, u"gar.agent"_s);

    // Karim's handoff is the oldest; Amina's is newer but due within two hours.
    QVERIFY(requestHandoff(*m_world, m_karim.id, u"GAR"_s).id != 0);
    m_world->advance(hour);
    QVERIFY(requestHandoff(*m_world, m_amina.id, u"GAR"_s, u"ins.super"_s, m_world->now().addSecs(2 * hour)).id != 0);
    m_world->advance(30 * 60);

    QCOMPARE(model.load(garage, CaseScope::Inbox), QString());
    QCOMPARE(referencesOf(model), (QStringList{m_karim.reference, m_amina.reference})); // nothing late: oldest first
    QVERIFY(!model.index(0, 0).data(CaseListModel::LateRole).toBool());

    m_world->advance(2 * hour); // Amina's is now past due
    QCOMPARE(model.load(garage, CaseScope::Inbox), QString());
    QCOMPARE(referencesOf(model), (QStringList{m_amina.reference, m_karim.reference}));
    QVERIFY(model.index(0, 0).data(CaseListModel::LateRole).toBool());
    QVERIFY(!model.index(1, 0).data(CaseListModel::LateRole).toBool());
    QCOMPARE(model.index(0, CaseListModel::HandoffStatus).data().toString(), u"requested — late"_s);

    m_world->advance(6 * hour); // both late now (Karim's unacknowledged for 9h30): the oldest first
    QCOMPARE(model.load(garage, CaseScope::Inbox), QString());
    QCOMPARE(referencesOf(model), (QStringList{m_karim.reference, m_amina.reference}));
    QVERIFY(model.index(0, 0).data(CaseListModel::LateRole).toBool());
    QVERIFY(model.index(1, 0).data(CaseListModel::LateRole).toBool());
}

void TestCaseListModel::inboxUrgencyCountsOnlyHandoffsWaitingForTheAgency()
{
    // Karim's case has waited on the tow truck since 09:00; the garage was asked at 11:00.
    // Amina's case was handed to the garage at 10:00. For the garage, Amina's waits longest.
    QVERIFY(requestHandoff(*m_world, m_karim.id, u"TOW"_s).id != 0);
    m_world->advance(hour);
    QVERIFY(requestHandoff(*m_world, m_amina.id, u"GAR"_s, u"ins.super"_s).id != 0);
    m_world->advance(hour);
    QVERIFY(requestHandoff(*m_world, m_karim.id, u"GAR"_s).id != 0);
    m_world->advance(hour);

    CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.load(sessionFor(*m_world, u"gar.agent"_s), CaseScope::Inbox), QString());
    QCOMPARE(model.rowCount(), 2);
    // Ranked by what waits for the garage only: Karim's older handoff waiting for TOW does not
    // put his case first in the garage's inbox.
    QCOMPARE(referencesOf(model), (QStringList{m_amina.reference, m_karim.reference}));
}

void TestCaseListModel::myCasesListsOnlyCasesTheUserCoordinates()
{
    CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.load(sessionFor(*m_world, u"ins.agent"_s), CaseScope::MyCases), QString());
    QCOMPARE(referencesOf(model), QStringList{m_karim.reference});
    QCOMPARE(model.load(sessionFor(*m_world, u"ins.super"_s), CaseScope::MyCases), QString());
    QCOMPARE(referencesOf(model), QStringList{m_amina.reference});
    // Same agency, both cases: "my agency's" is wider than "mine".
    QCOMPARE(model.load(sessionFor(*m_world, u"ins.agent"_s), CaseScope::MyAgency), QString());
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.rowOfCase(m_karim.id) >= 0 && model.rowOfCase(m_amina.id) >= 0);
    // Taking part through a handoff does not make the garage the coordinator.
    QVERIFY(requestHandoff(*m_world, m_karim.id, u"GAR"_s).id != 0);
    QCOMPARE(model.load(sessionFor(*m_world, u"gar.agent"_s), CaseScope::MyCases), QString());
    QCOMPARE(referencesOf(model), QStringList{m_hassan.reference});
    QCOMPARE(model.load(sessionFor(*m_world, u"gar.agent"_s), CaseScope::MyAgency), QString());
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.rowOfCase(m_karim.id) >= 0 && model.rowOfCase(m_hassan.id) >= 0);
}

void TestCaseListModel::allVisibleExcludesOtherAgenciesCases()
{
    CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.load(sessionFor(*m_world, u"ins.agent"_s), CaseScope::AllVisible), QString());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOfCase(m_hassan.id), -1); // the garage's own case
    // The hospital takes part in nothing.
    QCOMPARE(model.load(sessionFor(*m_world, u"hos.agent"_s), CaseScope::AllVisible), QString());
    QCOMPARE(model.rowCount(), 0);
    // A handoff makes the tow company a participant of that one case only.
    QVERIFY(requestHandoff(*m_world, m_amina.id, u"TOW"_s, u"ins.super"_s).id != 0);
    QCOMPARE(model.load(sessionFor(*m_world, u"tow.agent"_s), CaseScope::AllVisible), QString());
    QCOMPARE(referencesOf(model), QStringList{m_amina.reference});
}

void TestCaseListModel::adminSeesEveryCase()
{
    CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.load(sessionFor(*m_world, u"net.admin"_s), CaseScope::AllVisible), QString());
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.rowOfCase(m_hassan.id) >= 0);
}

void TestCaseListModel::loadWithoutSessionSaysSo()
{
    CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(!model.load(Session{}, CaseScope::Inbox).isEmpty());
    QVERIFY(!model.load(Session{&m_world->ws(), Actor::localConsole()}, CaseScope::AllVisible).isEmpty());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestCaseListModel)
#include "tst_caselistmodel.moc"
