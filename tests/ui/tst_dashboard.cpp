// The supervisors' dashboard driven as a supervisor would: see the stalled handoffs most late
// first, filter them, drill down to the case on the late handoff, nudge it, reassign it, export.

#include "uitest.h"

#include "windows/caseview.h"
#include "windows/mainwindow.h"
#include "windows/supervisordashboard.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

#include <memory>

using namespace Relais::Core;
using namespace Relais::Gui;
using namespace Relais::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 hour = 3600;

/// Rows of the dashboard's table as "REFERENCE rule-code", in the order shown.
QStringList rowsShown(const SupervisorDashboard &dashboard)
{
    QStringList rows;
    const QAbstractItemModel *model = dashboard.table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, StallModel::Reference);
        rows << u"%1 %2"_s.arg(index.data().toString(),
                               stallRuleCode(StallRule(index.data(StallModel::RuleRole).toInt())));
    }
    return rows;
}

void selectComboData(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    box->setCurrentIndex(index);
}

} // namespace

class TestDashboard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void onlySupervisorsAndAdminsGetTheDashboard();
    void showsStallsMostLateFirstUnderTheModelTester();
    void filtersByRuleAgencyAndLateness();
    void drillDownOpensTheCaseOnTheLateHandoff();
    void nudgePutsTheHandoffInTheReceivingInbox();
    void refusedReassignShowsWhyAndChangesNothing();
    void reassignMovesTheHandoffAndTheTableRefreshes();
    void exportsTheFilteredTableAsCsv();
    void customersWhoCarriedTheServiceAreListed();

private:
    std::unique_ptr<TestWorld> m_world;
    Case m_towCase;    ///< a tow asked Monday 09:00, never acknowledged
    Case m_garageCase; ///< a repair accepted Monday, silent since
    Id m_towHandoff = 0;
    Id m_garageHandoff = 0;
};

void TestDashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // window layout goes to a throw-away QSettings
}

// Monday 2026-03-02 09:00 (UTC+0 in Casablanca during Ramadan), office hours 09–13, 14–18:
// two handoffs asked, the repair accepted at 10:00; then the clock moves to Thursday 15:00.
void TestDashboard::init()
{
    m_world = std::make_unique<TestWorld>();
    QVERIFY(m_world->isValid());
    m_towCase = m_world->openCase(m_world->addClient(u"Karim Bennani"_s, u"BK123456"_s), u"ins.agent"_s, u"Tow needed"_s);
    m_garageCase = m_world->openCase(m_world->addClient(u"Nadia Alaoui"_s, u"BE654321"_s), u"ins.agent"_s, u"Repair"_s);
    m_towHandoff = requestHandoff(*m_world, m_towCase.id, u"TOW"_s).id;
    m_garageHandoff = requestHandoff(*m_world, m_garageCase.id, u"GAR"_s).id;
    QVERIFY(m_towHandoff > 0 && m_garageHandoff > 0);
    m_world->advance(hour);
    RELAIS_VERIFY_OK(m_world->ws().handoffs().transition(m_world->actor(u"gar.agent"_s), m_garageHandoff,
                                                         HandoffStatus::Accepted));
    m_world->advance(3 * 24 * hour + 5 * hour); // Thursday 15:00
}

void TestDashboard::cleanup()
{
    m_world.reset();
}

void TestDashboard::onlySupervisorsAndAdminsGetTheDashboard()
{
    for (const auto &[login, allowed] : {std::pair{u"ins.agent"_s, false}, std::pair{u"ins.super"_s, true},
                                         std::pair{u"net.admin"_s, true}}) {
        MainWindow window(sessionFor(*m_world, login));
        const QListWidget *sidebar = window.findChild<QListWidget *>();
        QVERIFY(sidebar);
        const bool listed = !sidebar->findItems(u"Stalled handoffs"_s, Qt::MatchStartsWith).isEmpty();
        QCOMPARE(listed, allowed);
        QCOMPARE(window.showDashboard(), allowed);
        QCOMPARE(window.dashboard() != nullptr, allowed);
    }
}

void TestDashboard::showsStallsMostLateFirstUnderTheModelTester()
{
    SupervisorDashboard dashboard(sessionFor(*m_world, u"ins.super"_s));
    QAbstractItemModelTester sourceTester(dashboard.stallModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester filterTester(dashboard.filterModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The tow: its 8 working hours ran out Monday 18:00; Tuesday, Wednesday and Thursday
    // 09–15 (lunch aside) make 21 working hours since. The repair: silent since its acceptance
    // Monday 10:00, 3 working days end Thursday 10:00, 4 working hours ago.
    QCOMPARE(rowsShown(dashboard), (QStringList{m_towCase.reference + u" unacknowledged"_s,
                                                m_garageCase.reference + u" silent"_s}));
    const QModelIndex late = dashboard.table()->model()->index(0, StallModel::LateBy);
    QCOMPARE(late.data().toString(), u"2 working days"_s);
    QCOMPARE(late.data(StallModel::WorkingSecondsRole).toLongLong(), 21 * hour);
    QCOMPARE(dashboard.table()->model()->index(1, StallModel::LateBy).data().toString(), u"4 working hours"_s);
    // Sorting by another column and back keeps working-time order, not the words' order.
    dashboard.table()->sortByColumn(StallModel::Reference, Qt::AscendingOrder);
    dashboard.table()->sortByColumn(StallModel::LateBy, Qt::AscendingOrder);
    QCOMPARE(rowsShown(dashboard).first(), m_garageCase.reference + u" silent"_s);
}

void TestDashboard::filtersByRuleAgencyAndLateness()
{
    SupervisorDashboard dashboard(sessionFor(*m_world, u"ins.super"_s));
    QCOMPARE(dashboard.table()->model()->rowCount(), 2);
    selectComboData(dashboard.ruleFilter(), int(StallRule::Silent));
    QCOMPARE(rowsShown(dashboard), QStringList{m_garageCase.reference + u" silent"_s});
    selectComboData(dashboard.ruleFilter(), -1);
    selectComboData(dashboard.agencyFilter(), u"TOW"_s);
    QCOMPARE(rowsShown(dashboard), QStringList{m_towCase.reference + u" unacknowledged"_s});
    // INS asked both: filtering on the asking agency keeps both.
    selectComboData(dashboard.agencyFilter(), u"INS"_s);
    QCOMPARE(dashboard.table()->model()->rowCount(), 2);
    selectComboData(dashboard.agencyFilter(), QString());
    selectComboData(dashboard.ageFilter(), qint64(8 * hour)); // a working day or more
    QCOMPARE(rowsShown(dashboard), QStringList{m_towCase.reference + u" unacknowledged"_s});
}

void TestDashboard::drillDownOpensTheCaseOnTheLateHandoff()
{
    MainWindow window(sessionFor(*m_world, u"ins.super"_s));
    QVERIFY(window.showDashboard());
    SupervisorDashboard *dashboard = window.dashboard();
    QVERIFY(dashboard->isVisibleTo(&window));
    QVERIFY(!window.caseView()->isVisibleTo(&window));
    dashboard->table()->selectRow(1); // the silent repair
    QCOMPARE(dashboard->currentStall()->caseId, m_garageCase.id);
    dashboard->openCurrent();
    QCOMPARE(window.caseView()->caseId(), m_garageCase.id);
    QVERIFY(window.caseView()->focusedHandoff() == m_garageHandoff);
    // The cases page replaced the dashboard.
    QVERIFY(window.caseView()->isVisibleTo(&window));
    QVERIFY(!dashboard->isVisibleTo(&window));
    const QListWidget *sidebar = window.findChild<QListWidget *>();
    QCOMPARE(sidebar->currentItem()->text().startsWith(u"All I can see"_s), true);
}

void TestDashboard::nudgePutsTheHandoffInTheReceivingInbox()
{
    auto inboxIds = [&](const QString &login) {
        QList<Id> ids;
        for (const Handoff &h : m_world->ws().handoffs().inbox(m_world->actor(login)).value_or(QList<Handoff>{}))
            ids << h.id;
        return ids;
    };
    QVERIFY(!inboxIds(u"gar.agent"_s).contains(m_garageHandoff)); // accepted work is not in the inbox
    SupervisorDashboard dashboard(sessionFor(*m_world, u"ins.super"_s));
    QSignalSpy status(&dashboard, &SupervisorDashboard::statusMessage);
    dashboard.table()->selectRow(1);
    dashboard.nudgeCurrent(u"The customer is waiting for news."_s);
    QVERIFY(dashboard.errorLabel()->isHidden());
    QCOMPARE(status.size(), 1);
    QVERIFY(status.first().first().toString().contains(u"Garage"_s));
    QVERIFY(inboxIds(u"gar.agent"_s).contains(m_garageHandoff));
    // The reminder is on the case's timeline for every participant to read.
    auto events = m_world->ws().cases().timeline(m_world->actor(u"gar.agent"_s), m_garageCase.id, timelinePage(true, 0, 1));
    RELAIS_VERIFY_OK(events);
    QVERIFY(events->first().text.contains(u"The customer is waiting for news."_s));
    // The garage answers: the reminder leaves its inbox.
    m_world->advance(60);
    QVERIFY(addNote(*m_world, m_garageCase.id, u"gar.agent"_s, u"Parts ordered, car ready Monday."_s).id > 0);
    QVERIFY(!inboxIds(u"gar.agent"_s).contains(m_garageHandoff));
}

void TestDashboard::refusedReassignShowsWhyAndChangesNothing()
{
    SupervisorDashboard dashboard(sessionFor(*m_world, u"ins.super"_s));
    dashboard.table()->selectRow(0); // the tow
    dashboard.reassignCurrent(u"TOW"_s, u"Faster elsewhere"_s); // the same agency
    QVERIFY(!dashboard.errorLabel()->isHidden());
    QVERIFY(dashboard.errorLabel()->text().contains(u"another agency"_s));
    auto tow = m_world->ws().handoffs().handoff(m_world->actor(u"ins.agent"_s), m_towHandoff);
    RELAIS_VERIFY_OK(tow);
    QCOMPARE(tow->status, HandoffStatus::Requested);
    // Without a reason, nothing moves either.
    dashboard.reassignCurrent(u"HOS"_s, u"   "_s);
    QVERIFY(dashboard.errorLabel()->text().contains(u"why"_s));
    QCOMPARE(m_world->ws().handoffs().handoff(m_world->actor(u"ins.agent"_s), m_towHandoff)->status, HandoffStatus::Requested);
}

void TestDashboard::reassignMovesTheHandoffAndTheTableRefreshes()
{
    SupervisorDashboard dashboard(sessionFor(*m_world, u"ins.super"_s));
    dashboard.table()->selectRow(0); // the tow, never acknowledged
    dashboard.reassignCurrent(u"HOS"_s, u"The tow company does not answer."_s);
    QVERIFY2(dashboard.errorLabel()->isHidden(), qPrintable(dashboard.errorLabel()->text()));
    auto handoffs = m_world->ws().handoffs().handoffsOfCase(m_world->actor(u"ins.agent"_s), m_towCase.id);
    RELAIS_VERIFY_OK(handoffs);
    QCOMPARE(handoffs->size(), 2);
    QCOMPARE(handoffs->at(0).status, HandoffStatus::Cancelled);
    QCOMPARE(handoffs->at(1).to.code, u"HOS"_s);
    QCOMPARE(handoffs->at(1).ask, handoffs->at(0).ask);
    // The new request is fresh, so only the silent repair is left stalled.
    QCOMPARE(rowsShown(dashboard), QStringList{m_garageCase.reference + u" silent"_s});
}

void TestDashboard::exportsTheFilteredTableAsCsv()
{
    SupervisorDashboard dashboard(sessionFor(*m_world, u"ins.super"_s));
    selectComboData(dashboard.agencyFilter(), u"GAR"_s);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"stalls.csv"_s);
    QCOMPARE(dashboard.exportCsv(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // header + the one garage row
    QVERIFY(lines[0].startsWith(u"Late by,Rule,Case"_s));
    QVERIFY(lines[1].contains(m_garageCase.reference));
    QVERIFY(lines[1].contains(u",4.0,"_s)); // working hours late, as a number
    // A folder that does not exist: a message, not a silent failure.
    QVERIFY(!dashboard.exportCsv(dir.filePath(u"missing/stalls.csv"_s)).isEmpty());
}

void TestDashboard::customersWhoCarriedTheServiceAreListed()
{
    for (int call = 0; call < 2; ++call) {
        m_world->advance(hour);
        RELAIS_VERIFY_OK(m_world->ws().cases().recordEffort(m_world->actor(u"ins.agent"_s), m_towCase.id,
                                                            EffortKind::ChaseCall, u"Customer called again."_s));
    }
    SupervisorDashboard dashboard(sessionFor(*m_world, u"ins.super"_s));
    QStandardItemModel *efforts = dashboard.effortModel();
    QCOMPARE(efforts->rowCount(), 1);
    QCOMPARE(efforts->index(0, 0).data().toString().startsWith(u"Karim Bennani"_s), true);
    QCOMPARE(efforts->index(0, 1).data().toString(), u"2"_s);
    QCOMPARE(efforts->index(0, 0).data(Qt::UserRole).toLongLong(), m_towCase.id);
    // Two efforts in a fortnight: the case shows under "customer chasing" too.
    QVERIFY(rowsShown(dashboard).contains(m_towCase.reference + u" client-chasing"_s));
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
