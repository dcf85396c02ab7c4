// Sign in and merging two customer files, driven through the real dialogs.

#include "uitest.h"

#include "windows/dialogs.h"
#include "windows/mergedialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;
using namespace Relais::Gui;
using namespace Relais::Test;

class TestDialogs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_world = std::make_unique<TestWorld>(); QVERIFY(m_world->isValid()); }
    void cleanup() { m_world.reset(); }

    void signInListsUsersAndSignsIn();
    void signInWithUnknownLoginSaysSo();
    void mergeMovesTheCasesToTheFileKept();
    void mergeWithoutReasonIsRefused();

private:
    static QString visibleError(QDialog &dialog)
    {
        for (QLabel *label : dialog.findChildren<QLabel *>())
            if (label->isVisibleTo(&dialog) && label->styleSheet().contains(u"b3261e"_s) && !label->text().isEmpty())
                return label->text();
        return {};
    }

    std::unique_ptr<TestWorld> m_world;
};

void TestDialogs::signInListsUsersAndSignsIn()
{
    SignInDialog dialog(m_world->ws());
    auto *users = dialog.findChild<QListWidget *>();
    QVERIFY(users);
    QCOMPARE(users->count(), 6); // every active user of the case file, by agency
    dialog.selectLogin(u"gar.agent"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.actor().login, u"gar.agent"_s);
    QCOMPARE(dialog.actor().agencyCode, u"GAR"_s);
}

void TestDialogs::signInWithUnknownLoginSaysSo()
{
    SignInDialog dialog(m_world->ws());
    dialog.findChild<QLineEdit *>()->setText(u"nobody"_s);
    dialog.accept();
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    QVERIFY2(visibleError(dialog).contains(u"nobody"_s), qPrintable(visibleError(dialog)));
}

void TestDialogs::mergeMovesTheCasesToTheFileKept()
{
    const Id keep = m_world->addClient(u"Karim Bennani"_s, u"BK123456"_s);
    const Id other = m_world->addClient(u"Karim Benani"_s, u"BK654321"_s);
    const Case moved = m_world->openCase(other, u"ins.agent"_s, u"Bris de glace"_s);
    MergeDialog dialog(sessionFor(*m_world, u"ins.agent"_s));
    dialog.find(u"BK123456"_s, u"BK654321"_s);
    dialog.findChild<QPlainTextEdit *>()->setPlainText(u"Même personne : deux CIN saisis, un erroné"_s);
    dialog.accept();
    QVERIFY2(dialog.result() == int(QDialog::Accepted), qPrintable(visibleError(dialog)));
    QVERIFY(dialog.resultMessage().contains(u"1 case(s) moved"_s));
    auto record = m_world->ws().cases().resolveReference(m_world->actor(u"ins.agent"_s), moved.reference);
    RELAIS_VERIFY_OK(record);
    QCOMPARE(record->clientId, keep);
}

void TestDialogs::mergeWithoutReasonIsRefused()
{
    const Id other = m_world->addClient(u"Karim Benani"_s, u"BK654321"_s);
    (void)m_world->addClient(u"Karim Bennani"_s, u"BK123456"_s);
    const Case kept = m_world->openCase(other, u"ins.agent"_s, u"Bris de glace"_s);
    MergeDialog dialog(sessionFor(*m_world, u"ins.agent"_s));
    dialog.find(u"BK123456"_s, u"BK654321"_s);
    dialog.accept();
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    QVERIFY2(!visibleError(dialog).isEmpty(), "a refused merge does not say why");
    auto record = m_world->ws().cases().resolveReference(m_world->actor(u"ins.agent"_s), kept.reference);
    RELAIS_VERIFY_OK(record);
    QCOMPARE(record->clientId, other); // nothing moved
}

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
