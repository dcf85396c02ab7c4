// The idle lock: after the network's idle time every window of the app is covered and only
// the signed-in user's password opens it again; what was being typed is still there after.

#include "uitest.h"

#include "windows/caseview.h"
#include "windows/exportdialog.h"
#include "windows/idlelock.h"
#include "windows/mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStandardPaths>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;
using namespace Relais::Gui;
using namespace Relais::Test;

namespace {

const QString password = u"Casablanca-2026"_s;

// The curtain over `window`, when it covers the whole of it and sits above everything else.
bool isCovered(QWidget *window)
{
    auto *curtain = window->findChild<QWidget *>(u"idleLockCurtain"_s, Qt::FindDirectChildrenOnly);
    return curtain && curtain->isVisible() && curtain->geometry() == window->rect()
        && window->childAt(window->rect().center()) == curtain;
}

QPlainTextEdit *entryText(MainWindow &window)
{
    for (auto *edit : window.caseView()->findChildren<QPlainTextEdit *>())
        if (edit->accessibleName() == u"Entry text"_s)
            return edit;
    return nullptr;
}

} // namespace

class TestIdleLock final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void locksEveryWindowAndKeepsUnsavedText();
    void onlyTheRightPasswordUnlocks();
    void inputPostponesTheLock();
    void intervalFollowsTheNetworkSetting();

private:
    [[nodiscard]] std::unique_ptr<MainWindow> openWindow();

    std::unique_ptr<TestWorld> m_world;
    Case m_case;
};

void TestIdleLock::init()
{
    m_world = std::make_unique<TestWorld>();
    QVERIFY(m_world->isValid());
    RELAIS_VERIFY_OK(m_world->ws().signIn().setPassword(m_world->actor(u"net.admin"_s), u"ins.agent"_s, password));
    m_case = m_world->openCase(m_world->addClient());
}

void TestIdleLock::cleanup()
{
    m_world.reset();
}

std::unique_ptr<MainWindow> TestIdleLock::openWindow()
{
    auto window = std::make_unique<MainWindow>(sessionFor(*m_world, u"ins.agent"_s));
    window->resize(1200, 800);
    window->show();
    window->openCase(m_case.id);
    return window;
}

void TestIdleLock::locksEveryWindowAndKeepsUnsavedText()
{
    auto window = openWindow();
    QPlainTextEdit *entry = entryText(*window);
    QVERIFY(entry);
    entry->setFocus();
    QTest::keyClicks(entry, u"Customer called back at 10:40"_s);
    // A second window open, half used: the export dialog over the case.
    QPointer<ExportDialog> exporting = window->caseView()->exportPdf();
    QVERIFY(exporting);
    QTRY_VERIFY(exporting->isVisible());

    window->idleLock()->setIntervalMs(150);
    QTRY_VERIFY(window->idleLock()->isLocked());
    UnlockDialog *unlock = window->idleLock()->unlockDialog();
    QVERIFY(unlock);
    QTRY_VERIFY(unlock->isVisible());
    QCOMPARE(unlock->windowModality(), Qt::ApplicationModal);
    QVERIFY2(isCovered(window.get()), "the main window's content shows");
    QVERIFY2(isCovered(exporting), "the export dialog's content shows");
    // Every window, whatever it is, is covered.
    for (QWidget *top : QApplication::topLevelWidgets())
        if (top->isVisible() && top != unlock)
            QVERIFY2(isCovered(top), top->metaObject()->className());

    unlock->setPassword(password);
    unlock->accept();
    QVERIFY(!window->idleLock()->isLocked());
    QVERIFY(!window->findChild<QWidget *>(u"idleLockCurtain"_s));
    QCOMPARE(entry->toPlainText(), u"Customer called back at 10:40"_s);
    QVERIFY(exporting && exporting->isVisible());
    exporting->close();
}

void TestIdleLock::onlyTheRightPasswordUnlocks()
{
    auto window = openWindow();
    window->idleLock()->lock();
    UnlockDialog *unlock = window->idleLock()->unlockDialog();
    QVERIFY(unlock);

    QTest::keyClick(unlock, Qt::Key_Escape);
    QVERIFY(window->idleLock()->isLocked());
    QVERIFY(unlock->isVisible());
    // Closed by the program (as when quitting), it gives way; if the app goes on, it asks again.
    QPointer<UnlockDialog> closed = unlock;
    QVERIFY(unlock->close());
    QTRY_VERIFY(!closed);
    QTRY_VERIFY(window->idleLock()->unlockDialog() && window->idleLock()->unlockDialog()->isVisible());
    QVERIFY(window->idleLock()->isLocked());
    unlock = window->idleLock()->unlockDialog();
    unlock->setPassword(u"casablanca-2026"_s);
    unlock->accept();
    QVERIFY(window->idleLock()->isLocked());
    QVERIFY(isCovered(window.get()));
    bool said = false;
    for (QLabel *label : unlock->findChildren<QLabel *>())
        said = said || (label->isVisibleTo(unlock) && label->text().contains(u"Wrong login or password"_s));
    QVERIFY2(said, "a wrong password is not explained");
    // Counted like any wrong password: the unlock waits as the sign-in would.
    QCOMPARE(m_world->ws().database().scalar(u"SELECT failed_sign_ins FROM users WHERE login = 'ins.agent'"_s)
                 .value_or(QVariant()).toInt(),
             1);

    m_world->advance(5);
    unlock->setPassword(password);
    unlock->accept();
    QVERIFY(!window->idleLock()->isLocked());
}

void TestIdleLock::inputPostponesTheLock()
{
    auto window = openWindow();
    QPlainTextEdit *entry = entryText(*window);
    QVERIFY(entry);
    window->idleLock()->setIntervalMs(400);
    // Typing for twice the interval keeps it open.
    for (int i = 0; i < 8; ++i) {
        QTest::keyClick(entry, Qt::Key_A);
        QTest::qWait(100);
        QVERIFY2(!window->idleLock()->isLocked(), "locked while someone was typing");
    }
    QTRY_VERIFY_WITH_TIMEOUT(window->idleLock()->isLocked(), 3000);
    window->idleLock()->unlockDialog()->setPassword(password);
    window->idleLock()->unlockDialog()->accept();
}

void TestIdleLock::intervalFollowsTheNetworkSetting()
{
    {
        auto window = openWindow();
        QCOMPARE(window->idleLock()->intervalMs(), 5 * 60 * 1000); // the default
    }
    RELAIS_VERIFY_OK(m_world->ws().settings().setIdleLockMinutes(m_world->actor(u"net.admin"_s), 12));
    auto window = openWindow();
    QCOMPARE(window->idleLock()->intervalMs(), 12 * 60 * 1000);
}

QTEST_MAIN(TestIdleLock)
#include "tst_idlelock.moc"
