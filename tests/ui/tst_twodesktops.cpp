// Two desktops on one case file — the insurer's and the garage's, each with its own connection
// — hand a case back and forth, and each sees the other's move without pressing anything.
// Runs on a SQLite file and, as tst_twodesktops_postgres, on the test PostgreSQL server.

#include "uitest.h"

#include "models/caselistmodel.h"
#include "models/timelinemodel.h"
#include "windows/caseview.h"
#include "windows/mainwindow.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QStatusBar>

using namespace Relais;
using namespace Relais::Core;
using namespace Relais::Gui;
using namespace Relais::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int arrivalMs = 4000; // the issue asks for "within a second"; slack for a loaded CI

// The newest event the window's open case shows.
QString newestShown(const MainWindow &window)
{
    const TimelineModel *model = window.caseView()->timelineModel();
    const TimelineEvent *event = model->rowCount() > 0 ? model->eventAt(0) : nullptr;
    return event ? event->text : QString();
}

NewEvent newEventFor(const QString &text)
{
    NewEvent event;
    event.kind = EventKind::Note;
    event.text = text;
    return event;
}

} // namespace

class TestTwoDesktops final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void handOffBackAndForthAndEachSeesTheOther();
    void unsavedSummaryTextSurvivesAChangeFromElsewhere();

private:
    std::unique_ptr<TestWorld> m_world;
    std::unique_ptr<Workspace> m_garageDesk; // the garage's own connection to the same file
    std::unique_ptr<MainWindow> m_insurer;
    std::unique_ptr<MainWindow> m_garage;
    Case m_case;
};

void TestTwoDesktops::init()
{
    m_world = std::make_unique<TestWorld>();
    QVERIFY(m_world->isValid());
    m_case = m_world->openCase(m_world->addClient(), u"ins.agent"_s, u"Accident — pare-choc"_s);
    auto other = Workspace::open(m_world->path(), Database::OpenMode::MustExist);
    RELAIS_VERIFY_OK(other);
    m_garageDesk = std::move(*other);
    auto garageAgent = m_garageDesk->directory().actAs(u"gar.agent"_s);
    RELAIS_VERIFY_OK(garageAgent);

    m_insurer = std::make_unique<MainWindow>(sessionFor(*m_world, u"ins.agent"_s));
    m_garage = std::make_unique<MainWindow>(Session{m_garageDesk.get(), *garageAgent});
    for (MainWindow *window : {m_insurer.get(), m_garage.get()}) {
        window->resize(1400, 900);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
    }
    m_insurer->openCase(m_case.id);
    m_garage->showScope(CaseScope::Inbox);
}

void TestTwoDesktops::cleanup()
{
    m_insurer.reset();
    m_garage.reset();
    m_garageDesk.reset();
    m_world.reset();
}

void TestTwoDesktops::handOffBackAndForthAndEachSeesTheOther()
{
    const Actor insurer = m_world->actor(u"ins.agent"_s);
    auto garageAgent = m_garageDesk->directory().actAs(u"gar.agent"_s);
    RELAIS_VERIFY_OK(garageAgent);
    QCOMPARE(m_garage->caseList()->rowOfCase(m_case.id), -1);

    // 1. The insurer asks the garage; the garage's inbox shows it by itself.
    auto handoff = m_world->ws().handoffs().request(insurer, m_case.id, u"GAR"_s, u"Réparer le pare-choc"_s);
    RELAIS_VERIFY_OK(handoff);
    QTRY_VERIFY_WITH_TIMEOUT(m_garage->caseList()->rowOfCase(m_case.id) >= 0, arrivalMs);
    m_garage->openCase(m_case.id);
    QCOMPARE(m_garage->caseView()->caseId(), m_case.id);

    // 2. The garage accepts; the insurer's open case shows it by itself.
    auto accepted = m_garageDesk->handoffs().transition(*garageAgent, handoff->id, HandoffStatus::Accepted);
    RELAIS_VERIFY_OK(accepted);
    QTRY_VERIFY_WITH_TIMEOUT(newestShown(*m_insurer).contains(u"accepted"_s), arrivalMs);

    // 3. The insurer writes back; the garage's open case shows the note by itself.
    RELAIS_VERIFY_OK(m_world->ws().cases().addEvent(insurer, m_case.id,
                                                    newEventFor(u"Le client passe demain à 9 h"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(newestShown(*m_garage), u"Le client passe demain à 9 h"_s, arrivalMs);

    // 4. The garage completes the work; the insurer sees the handoff done and the message says
    //    the case changed elsewhere.
    RELAIS_VERIFY_OK(m_garageDesk->handoffs().transition(*garageAgent, handoff->id, HandoffStatus::InProgress));
    TransitionDetails done;
    RELAIS_VERIFY_OK(m_garageDesk->handoffs().transition(*garageAgent, handoff->id, HandoffStatus::Completed, done));
    QTRY_VERIFY_WITH_TIMEOUT(newestShown(*m_insurer).contains(u"completed"_s), arrivalMs);
    // A server names the case that changed, so the window can say so; a file cannot.
    if (m_world->onPostgres())
        QTRY_VERIFY(m_insurer->statusBar()->currentMessage().contains(u"elsewhere"_s));
}

void TestTwoDesktops::unsavedSummaryTextSurvivesAChangeFromElsewhere()
{
    // The insurer is typing the summary when the garage adds a note: the timeline refreshes,
    // the typed text stays.
    QPlainTextEdit *situation = nullptr;
    for (auto *edit : m_insurer->caseView()->findChildren<QPlainTextEdit *>())
        if (edit->accessibleName() == u"Situation"_s)
            situation = edit;
    QVERIFY(situation);
    situation->setFocus();
    QTest::keyClicks(situation, u"Le vehicule est au garage"_s);
    auto garageAgent = m_garageDesk->directory().actAs(u"gar.agent"_s);
    RELAIS_VERIFY_OK(garageAgent);
    auto handoff = m_world->ws().handoffs().request(m_world->actor(u"ins.agent"_s), m_case.id, u"GAR"_s, u"Devis"_s);
    RELAIS_VERIFY_OK(handoff);
    RELAIS_VERIFY_OK(m_garageDesk->cases().addEvent(*garageAgent, m_case.id, newEventFor(u"Devis envoyé"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(newestShown(*m_insurer), u"Devis envoyé"_s, arrivalMs);
    QCOMPARE(situation->toPlainText(), u"Le vehicule est au garage"_s);
}

QTEST_MAIN(TestTwoDesktops)
#include "tst_twodesktops.moc"
