// The agent's window driven as a person would: search as you type, open a case, write in the
// composer, hand the case to the garage, and the garage accepting it from its inbox.

#include "uitest.h"

#include "windows/caseview.h"
#include "windows/dialogs.h"
#include "windows/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace Relais::Core;
using namespace Relais::Gui;
using namespace Relais::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

/// The first child of `parent` of type T that `predicate` accepts, or nullptr.
template <typename T, typename Predicate>
T *findWidget(const QObject *parent, Predicate predicate)
{
    const QList<T *> children = parent->findChildren<T *>();
    for (T *child : children)
        if (predicate(child))
            return child;
    return nullptr;
}

template <typename T>
T *byAccessibleName(const QObject *parent, const QString &name)
{
    return findWidget<T>(parent, [&](T *w) { return w->accessibleName() == name; });
}

/// The red error label inside the same group box as `field`.
QLabel *errorLabelNear(QWidget *field)
{
    QWidget *box = field;
    while (box && !qobject_cast<QGroupBox *>(box))
        box = box->parentWidget();
    if (!box)
        return nullptr;
    return findWidget<QLabel>(box, [](QLabel *l) { return l->styleSheet().contains(u"#b3261e"_s); });
}

/// The handoff button of the case view whose text mentions `route` ("INS → GAR").
QToolButton *handoffButton(CaseView *view, const QString &route)
{
    return findWidget<QToolButton>(view, [&](QToolButton *b) { return b->text().contains(route) && b->menu(); });
}

QAction *menuAction(QToolButton *button, const QString &text)
{
    if (!button || !button->menu())
        return nullptr;
    const QList<QAction *> actions = button->menu()->actions();
    for (QAction *action : actions)
        if (action->text() == text)
            return action;
    return nullptr;
}

QStringList menuTexts(QToolButton *button)
{
    QStringList texts;
    if (button && button->menu())
        for (QAction *action : button->menu()->actions())
            texts << action->text();
    return texts;
}

/// The field of a form whose label reads `label`.
template <typename T>
T *formField(QWidget *form, const QString &label)
{
    auto *layout = qobject_cast<QFormLayout *>(form->layout());
    if (!layout)
        return nullptr;
    return findWidget<T>(form, [&](T *field) {
        auto *buddy = qobject_cast<QLabel *>(layout->labelForField(field));
        return buddy && buddy->text() == label;
    });
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void searchOpensTheCustomersCase();
    void composerAddsANoteWithCtrlEnter();
    void emptyEntryIsRefusedWithItsMessage();
    void fullDiskKeepsTheTypedNote();
    void markupTypedByPeopleIsShownAsTyped();
    void handoffFromRequestToGaragesInbox();
    void summarySavedMeanwhileShowsTheConflict();

private:
    [[nodiscard]] std::unique_ptr<MainWindow> showWindow(const QString &login);

    std::unique_ptr<TestWorld> m_world;
    Case m_karim;
    Case m_amina;
    Case m_hassan;
    QTimer m_modalGuard;
    QStringList m_unexpectedModals;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // window layout goes to a throw-away QSettings
    QCoreApplication::setOrganizationName(u"Relais tests"_s);
    // A modal dialog would block the suite: close any, and fail the test that opened it.
    m_modalGuard.setInterval(100);
    connect(&m_modalGuard, &QTimer::timeout, this, [this] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            m_unexpectedModals << modal->windowTitle();
            modal->close();
        }
    });
    m_modalGuard.start();
}

void TestMainWindow::init()
{
    m_world = std::make_unique<TestWorld>();
    QVERIFY(m_world->isValid());
    m_unexpectedModals.clear();
    m_karim = m_world->openCase(m_world->addClient(u"Karim Bennani"_s, u"BK123456"_s), u"ins.agent"_s,
                                u"Accident claim"_s);
    m_world->advance(600);
    m_amina = m_world->openCase(m_world->addClient(u"Amina Tazi"_s, u"AT654321"_s), u"ins.agent"_s,
                                u"Broken windscreen"_s);
    m_world->advance(600);
    m_hassan = m_world->openCase(m_world->addClient(u"Hassan Ouali"_s, u"HO111222"_s), u"ins.agent"_s,
                                 u"Theft report"_s);
    m_world->advance(600);
}

void TestMainWindow::cleanup()
{
    QVERIFY2(m_unexpectedModals.isEmpty(), qPrintable(u"modal dialog(s) opened: "_s + m_unexpectedModals.join(u", "_s)));
    m_world.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::showWindow(const QString &login)
{
    auto window = std::make_unique<MainWindow>(sessionFor(*m_world, login));
    window->resize(1400, 900);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("the main window of %s did not become active", qPrintable(login));
    return window;
}

void TestMainWindow::searchOpensTheCustomersCase()
{
    auto window = showWindow(u"ins.agent"_s);
    QCOMPARE(window->caseList()->rowCount(), 0); // nothing waits for INS
    QCOMPARE(window->caseView()->caseId(), Id(0));

    window->showScope(CaseScope::MyCases);
    QCOMPARE(window->caseList()->rowCount(), 3);
    QCOMPARE(window->caseView()->caseId(), m_hassan.id); // the most recent opens by itself

    QTest::keyClicks(window->searchField(), u"karim"_s);
    QCOMPARE(window->caseList()->rowCount(), 3); // no query per keystroke
    QTRY_COMPARE(window->caseList()->rowCount(), 1);
    const QModelIndex customer = window->caseList()->index(0, CaseListModel::Customer);
    QCOMPARE(customer.data().toString(), u"Karim Bennani"_s);
    QCOMPARE(customer.data(CaseListModel::ReferenceRole).toString(), m_karim.reference);

    QTableView *table = window->caseTable();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(customer).center());
    QTRY_COMPARE(window->caseView()->caseId(), m_karim.id);
    QVERIFY(window->caseView()->timelineModel()->rowCount() > 0);

    // A CIN finds the customer too; clearing the field brings the list back.
    window->searchField()->clear();
    QTest::keyClicks(window->searchField(), u"AT654321"_s);
    QTRY_COMPARE(window->caseList()->index(0, 0).data(CaseListModel::CaseIdRole).toLongLong(), m_amina.id);
    QCOMPARE(window->caseList()->rowCount(), 1);
    window->searchField()->clear();
    QTRY_COMPARE(window->caseList()->rowCount(), 3);
}

void TestMainWindow::composerAddsANoteWithCtrlEnter()
{
    auto window = showWindow(u"ins.agent"_s);
    window->showScope(CaseScope::MyCases);
    window->openCase(m_karim.id);
    QCOMPARE(window->caseView()->caseId(), m_karim.id);
    const int eventsBefore = caseNow(*m_world, m_karim).eventCount;
    TimelineModel *timeline = window->caseView()->timelineModel();
    const int rowsBefore = timeline->rowCount();

    auto *entry = byAccessibleName<QPlainTextEdit>(window->caseView(), u"Entry text"_s);
    QVERIFY(entry);
    entry->setFocus();
    QTRY_VERIFY(entry->hasFocus());
    const QString text = u"Customer called: tow truck booked for 14:00"_s;
    QTest::keyClicks(entry, text);
    QCOMPARE(entry->toPlainText(), text);
    QTest::keyClick(entry, Qt::Key_Return, Qt::ControlModifier);

    QTRY_COMPARE(caseNow(*m_world, m_karim).eventCount, eventsBefore + 1);
    QCOMPARE(entry->toPlainText(), QString()); // the composer is ready for the next one
    QCOMPARE(timeline->rowCount(), rowsBefore + 1);
    QCOMPARE(timeline->index(0).data(TimelineModel::TextRole).toString(), text); // newest first
    QCOMPARE(timeline->index(0).data(TimelineModel::AuthorRole).toString(), u"Salma Idrissi"_s);
    QCOMPARE(timeline->index(0).data(TimelineModel::KindCodeRole).toString(), u"note"_s);
    QLabel *error = errorLabelNear(entry);
    QVERIFY(error);
    QVERIFY(!error->isVisible());
    // The keypad Enter works the same.
    QTest::keyClicks(entry, u"Second note"_s);
    QTest::keyClick(entry, Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
    QTRY_COMPARE(caseNow(*m_world, m_karim).eventCount, eventsBefore + 2);
}

void TestMainWindow::emptyEntryIsRefusedWithItsMessage()
{
    auto window = showWindow(u"ins.agent"_s);
    window->showScope(CaseScope::MyCases);
    window->openCase(m_karim.id);
    const QByteArray stateBefore = caseNow(*m_world, m_karim).headHash;
    const int rowsBefore = window->caseView()->timelineModel()->rowCount();

    auto *entry = byAccessibleName<QPlainTextEdit>(window->caseView(), u"Entry text"_s);
    QVERIFY(entry);
    QLabel *error = errorLabelNear(entry);
    QVERIFY(error);
    QVERIFY(!error->isVisible());
    entry->setFocus();
    QTRY_VERIFY(entry->hasFocus());
    QTest::keyClicks(entry, u"   "_s); // blanks only
    QTest::keyClick(entry, Qt::Key_Return, Qt::ControlModifier);

    QTRY_VERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QVERIFY2(error->text().contains(u"empty"_s), qPrintable(error->text()));
    QCOMPARE(caseNow(*m_world, m_karim).headHash, stateBefore); // nothing added
    QCOMPARE(window->caseView()->timelineModel()->rowCount(), rowsBefore);
    QCOMPARE(entry->toPlainText(), u"   "_s); // what was typed stays

    // Writing something then clears the message.
    QTest::keyClicks(entry, u"Now with words"_s);
    QTest::keyClick(entry, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!error->isVisible());
    QVERIFY(caseNow(*m_world, m_karim).headHash != stateBefore);
}

// The disk fills up (simulated: SQLite may not grow the file by a page): the note is refused
// in words, what was typed stays in the composer, and the file stays whole.
void TestMainWindow::fullDiskKeepsTheTypedNote()
{
    auto window = showWindow(u"ins.agent"_s);
    window->showScope(CaseScope::MyCases);
    window->openCase(m_karim.id);
    const QByteArray stateBefore = caseNow(*m_world, m_karim).headHash;
    Database &db = m_world->ws().database();
    const int pages = db.scalar(u"PRAGMA page_count"_s).value_or(0).toInt();
    RELAIS_VERIFY_OK(db.execute(u"PRAGMA max_page_count = %1"_s.arg(pages)));
    // Free pages inside the file would still take a short note: a long one needs new pages.
    const QString text = u"Rapport d'expertise dicté au téléphone. "_s.repeated(400);

    auto *entry = byAccessibleName<QPlainTextEdit>(window->caseView(), u"Entry text"_s);
    QVERIFY(entry);
    QLabel *error = errorLabelNear(entry);
    QVERIFY(error);
    entry->setPlainText(text);
    entry->setFocus();
    QTRY_VERIFY(entry->hasFocus());
    QTest::keyClick(entry, Qt::Key_Return, Qt::ControlModifier);

    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"disk is full"_s), qPrintable(error->text()));
    QCOMPARE(entry->toPlainText(), text);
    QCOMPARE(caseNow(*m_world, m_karim).headHash, stateBefore);

    // Once there is room again, the same text goes in as it is.
    RELAIS_VERIFY_OK(db.execute(u"PRAGMA max_page_count = 1073741823"_s));
    QTest::keyClick(entry, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(caseNow(*m_world, m_karim).headHash != stateBefore);
    QTRY_VERIFY(!error->isVisible());
    QCOMPARE(entry->toPlainText(), QString());
}

// A customer's name, a case title and a summary holding tags are shown as typed: no label lays
// them out as rich text (an <img> would load, a <b> would shout, a link would be clickable).
void TestMainWindow::markupTypedByPeopleIsShownAsTyped()
{
    const QString hostile = u"<b>Nadia</b> <img src=\"x\"> <a href=\"merge:1\">clic</a>"_s;
    const Case record = m_world->openCase(m_world->addClient(hostile, u"NX123456"_s), u"ins.agent"_s, hostile);
    Summary summary;
    summary.situation = hostile;
    RELAIS_VERIFY_OK(m_world->ws().cases().setSummary(m_world->actor(u"ins.agent"_s), record.id, summary));
    auto window = showWindow(u"ins.agent"_s);
    window->showScope(CaseScope::MyCases);
    window->openCase(record.id);
    QCOMPARE(window->caseView()->caseId(), record.id);
    int shown = 0;
    for (QLabel *label : window->findChildren<QLabel *>()) {
        const QString text = label->text();
        const bool rich = label->textFormat() == Qt::RichText
                          || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
        if (rich) {
            QVERIFY2(!text.contains(u"<img"_s) && !text.contains(u"<b>Nadia"_s) && !text.contains(u"href=\"merge:1\""_s),
                     qPrintable(label->objectName() + u": "_s + text));
            shown += text.contains(u"&lt;b&gt;Nadia"_s) ? 1 : 0;
        } else {
            shown += text.contains(hostile) ? 1 : 0;
        }
    }
    QVERIFY2(shown >= 2, "the name and the title are not shown at all");
}

void TestMainWindow::handoffFromRequestToGaragesInbox()
{
    auto insurer = showWindow(u"ins.agent"_s);
    insurer->showScope(CaseScope::MyCases);
    insurer->openCase(m_karim.id);

    // The request dialog, filled as a person would, without running it modally.
    const Session insSession = sessionFor(*m_world, u"ins.agent"_s);
    HandoffRequestDialog dialog(insSession, caseNow(*m_world, m_karim));
    auto *agency = byAccessibleName<QComboBox>(&dialog, u"Agency"_s);
    QVERIFY(agency);
    QVERIFY(agency->findData(u"INS"_s) < 0); // not to one's own agency
    agency->setCurrentIndex(agency->findData(u"GAR"_s));
    QCOMPARE(agency->currentText(), u"Garage Al Amal"_s); // consent covers it: no warning
    auto *ask = findWidget<QPlainTextEdit>(&dialog, [](QPlainTextEdit *e) {
        return e->placeholderText() == u"What is asked of them, precisely"_s;
    });
    QVERIFY(ask);
    ask->setPlainText(u"Repair the rear bumper and send a quote"_s);
    auto *situation = formField<QPlainTextEdit>(&dialog, u"Situation"_s);
    QVERIFY(situation);
    situation->setPlainText(u"Rear-ended on the A1, car drivable"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY2(dialog.resultMessage().contains(u"Garage Al Amal"_s), qPrintable(dialog.resultMessage()));

    auto handoffs = m_world->ws().handoffs().handoffsOfCase(m_world->actor(u"ins.agent"_s), m_karim.id);
    RELAIS_VERIFY_OK(handoffs);
    QCOMPARE(handoffs->size(), 1);
    const Handoff requested = handoffs->first();
    QCOMPARE(requested.to.code, u"GAR"_s);
    QCOMPARE(requested.status, HandoffStatus::Requested);
    QCOMPARE(requested.summaryAtRequest.value(u"situation"_s).toString(), u"Rear-ended on the A1, car drivable"_s);

    // The requester sees it on the case, but may only cancel it (no accept for INS).
    insurer->refresh();
    QToolButton *insButton = handoffButton(insurer->caseView(), u"INS → GAR"_s);
    QVERIFY(insButton);
    QCOMPARE(menuTexts(insButton), QStringList{u"Cancel…"_s});

    // The garage signs in: its inbox (the default list) shows the case and opens it.
    m_world->advance(3600);
    auto garage = showWindow(u"gar.agent"_s);
    auto *sidebar = byAccessibleName<QListWidget>(garage.get(), u"Case lists"_s);
    QVERIFY(sidebar);
    QCOMPARE(sidebar->currentRow(), 0);
    QCOMPARE(sidebar->item(0)->text(), u"Inbox (1)"_s);
    QCOMPARE(garage->caseList()->rowCount(), 1);
    const QModelIndex row = garage->caseList()->index(0, CaseListModel::Reference);
    QCOMPARE(row.data().toString(), m_karim.reference);
    QCOMPARE(garage->caseList()->index(0, CaseListModel::HandoffStatus).data().toString(), u"requested"_s);
    QTest::mouseClick(garage->caseTable()->viewport(), Qt::LeftButton, {},
                      garage->caseTable()->visualRect(row).center());
    QTRY_COMPARE(garage->caseView()->caseId(), m_karim.id);

    QToolButton *button = handoffButton(garage->caseView(), u"INS → GAR"_s);
    QVERIFY(button);
    QCOMPARE(button->text(), u"INS → GAR: requested"_s);
    QCOMPARE(menuTexts(button), (QStringList{u"Acknowledge receipt"_s, u"Accept"_s, u"Decline…"_s}));
    QAction *accept = menuAction(button, u"Accept"_s);
    QVERIFY(accept);
    accept->trigger();

    auto accepted = m_world->ws().handoffs().handoff(m_world->actor(u"gar.agent"_s), requested.id);
    RELAIS_VERIFY_OK(accepted);
    QCOMPARE(accepted->status, HandoffStatus::Accepted);
    button = handoffButton(garage->caseView(), u"INS → GAR"_s);
    QVERIFY(button);
    QCOMPARE(button->text(), u"INS → GAR: accepted"_s);

    // Accepted: the garage has taken it on, so it leaves the inbox — and stays open where it was.
    garage->refresh();
    QCOMPARE(garage->caseList()->rowCount(), 0);
    QCOMPARE(sidebar->item(0)->text(), u"Inbox"_s);
    QCOMPARE(garage->caseView()->caseId(), m_karim.id);

    // Start work through the real popup menu, as a click would, then complete.
    button = handoffButton(garage->caseView(), u"INS → GAR"_s); // refresh() rebuilt the buttons
    QVERIFY(button);
    bool clicked = false;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions()) {
            if (action->text() == u"Start work"_s) {
                poll.stop();
                clicked = true;
                QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
                return;
            }
        }
    });
    poll.start();
    button->showMenu(); // returns when the menu closes; the button is rebuilt meanwhile
    poll.stop();
    QVERIFY(clicked);
    QTRY_COMPARE(m_world->ws().handoffs().handoff(m_world->actor(u"gar.agent"_s), requested.id)->status,
                 HandoffStatus::InProgress);

    m_world->advance(3600);
    button = handoffButton(garage->caseView(), u"INS → GAR"_s);
    QVERIFY(button);
    QAction *complete = menuAction(button, u"Complete"_s);
    QVERIFY2(complete, qPrintable(menuTexts(button).join(u", "_s)));
    complete->trigger();
    QCOMPARE(m_world->ws().handoffs().handoff(m_world->actor(u"gar.agent"_s), requested.id)->status,
             HandoffStatus::Completed);
    QVERIFY(!handoffButton(garage->caseView(), u"INS → GAR"_s)); // nothing left to do

    // Done: the case leaves the garage's inbox, and the sidebar says so.
    garage->refresh();
    QCOMPARE(garage->caseList()->rowCount(), 0);
    QCOMPARE(sidebar->item(0)->text(), u"Inbox"_s);
    QCOMPARE(garage->caseView()->caseId(), m_karim.id); // still open where the person left it

    // The insurer's window, refreshed, shows the ball back with INS.
    insurer->refresh();
    QVERIFY(!handoffButton(insurer->caseView(), u"INS → GAR"_s));
    const int karimRow = insurer->caseList()->rowOfCase(m_karim.id);
    QVERIFY(karimRow >= 0);
    QCOMPARE(insurer->caseList()->index(karimRow, CaseListModel::BallHolder).data().toString(),
             u"Assurances Atlas"_s);
}

void TestMainWindow::summarySavedMeanwhileShowsTheConflict()
{
    QVERIFY(requestHandoff(*m_world, m_karim.id, u"GAR"_s).id != 0); // the garage takes part
    auto window = showWindow(u"ins.agent"_s);
    window->showScope(CaseScope::MyCases);
    window->openCase(m_karim.id);
    const int versionShown = caseNow(*m_world, m_karim).summary.version;

    // Meanwhile the garage writes the summary.
    Summary theirs;
    theirs.situation = u"Car at the garage, bumper to replace"_s;
    RELAIS_VERIFY_OK(m_world->ws().cases().setSummary(m_world->actor(u"gar.agent"_s), m_karim.id, theirs));

    auto *situation = byAccessibleName<QPlainTextEdit>(window->caseView(), u"Situation"_s);
    QVERIFY(situation);
    auto *save = findWidget<QPushButton>(window->caseView(),
                                         [](QPushButton *b) { return b->text() == u"Save summary"_s; });
    QVERIFY(save);
    QVERIFY(!save->isEnabled()); // nothing edited yet
    situation->setFocus();
    QTest::keyClicks(situation, u"Customer needs a replacement car"_s);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    QLabel *error = errorLabelNear(situation);
    QVERIFY(error);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(u"Not saved:"_s), qPrintable(error->text()));
    QVERIFY2(error->text().contains(u"Youssef Alami"_s), qPrintable(error->text())); // who changed it
    QVERIFY2(error->text().contains(theirs.situation), qPrintable(error->text()));  // and what they wrote
    QCOMPARE(situation->toPlainText(), u"Customer needs a replacement car"_s);       // the person's text stays
    const Case afterConflict = caseNow(*m_world, m_karim);
    QCOMPARE(afterConflict.summary.situation, theirs.situation); // theirs was not overwritten
    QCOMPARE(afterConflict.summary.version, versionShown + 1);

    // Merged by hand and saved again: it goes through and the message goes away.
    const QString merged = theirs.situation + u"; customer needs a replacement car"_s;
    situation->selectAll();
    QTest::keyClicks(situation, merged);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!error->isVisible());
    const Case saved = caseNow(*m_world, m_karim);
    QCOMPARE(saved.summary.situation, merged);
    QCOMPARE(saved.summary.version, versionShown + 2);
    QCOMPARE(situation->toPlainText(), merged);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
