// Sign in and merging two customer files, driven through the real dialogs.

#include "uitest.h"

#include "demo/demoworld.h"
#include "windows/caseview.h"
#include "windows/dialogs.h"
#include "windows/mergedialog.h"

#include <QGroupBox>
#include <QPushButton>
#include <QToolButton>

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

    void signInNeedsThePassword();
    void signInWithUnknownLoginReadsAsAWrongPassword();
    void signInListsUsersOnlyOnTheDemoWorld();
    void mergeMovesTheCasesToTheFileKept();
    void mergeWithoutReasonIsRefused();
    void unsavedSummaryEditsSurviveAddingAnEntry();
    void readersWhoDoNotTakePartCannotAct();
    void withdrawnConsentStaysInSightOnTheCase();
    void timelineFiltersFollowTheNextCase();
    void askingForADocumentOnFileWarns();
    void composerWarnsWhenAskingForADocumentOnFile();
    void duplicateFileIsOfferedForMergeFromTheCase();

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

void TestDialogs::signInNeedsThePassword()
{
    RELAIS_VERIFY_OK(m_world->ws().signIn().setPassword(m_world->actor(u"net.admin"_s), u"gar.agent"_s,
                                                        u"Casablanca-2026"_s));
    SignInDialog dialog(m_world->ws());
    // Not the demo world: nobody's login is shown to whoever opens the app.
    QVERIFY(!dialog.findChild<QListWidget *>());
    dialog.selectLogin(u"gar.agent"_s);
    dialog.setPassword(u"casablanca-2026"_s);
    dialog.accept();
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    QVERIFY2(visibleError(dialog).contains(u"Wrong login or password"_s), qPrintable(visibleError(dialog)));

    m_world->advance(5); // past the pause a wrong password costs
    dialog.setPassword(u"Casablanca-2026"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.actor().login, u"gar.agent"_s);
    QCOMPARE(dialog.actor().agencyCode, u"GAR"_s);
    // The password field is emptied once used.
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>())
        if (edit->echoMode() == QLineEdit::Password)
            QVERIFY(edit->text().isEmpty());
}

void TestDialogs::signInWithUnknownLoginReadsAsAWrongPassword()
{
    SignInDialog dialog(m_world->ws());
    dialog.selectLogin(u"nobody"_s);
    dialog.setPassword(u"whatever-it-is"_s);
    dialog.accept();
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    QVERIFY2(visibleError(dialog).contains(u"Wrong login or password"_s), qPrintable(visibleError(dialog)));
}

void TestDialogs::signInListsUsersOnlyOnTheDemoWorld()
{
    RELAIS_VERIFY_OK(m_world->ws().settings().markDemoWorld(Actor::localConsole()));
    RELAIS_VERIFY_OK(m_world->ws().signIn().setPassword(Actor::localConsole(), u"tow.agent"_s, demoPassword()));
    SignInDialog dialog(m_world->ws());
    auto *users = dialog.findChild<QListWidget *>();
    QVERIFY(users);
    QCOMPARE(users->count(), 6); // every active user of the case file, by agency
    dialog.selectLogin(u"tow.agent"_s); // picking one fills in the demo password
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.actor().login, u"tow.agent"_s);
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

namespace {
QPlainTextEdit *editorNamed(QWidget &root, const QString &name)
{
    for (QPlainTextEdit *edit : root.findChildren<QPlainTextEdit *>())
        if (edit->accessibleName() == name)
            return edit;
    return nullptr;
}
} // namespace

void TestDialogs::unsavedSummaryEditsSurviveAddingAnEntry()
{
    const Case kase = m_world->openCase(m_world->addClient());
    CaseView view;
    view.setSession(sessionFor(*m_world, u"ins.agent"_s));
    view.showCase(kase.id);
    QPlainTextEdit *situation = editorNamed(view, u"Situation"_s);
    QPlainTextEdit *entry = editorNamed(view, u"Entry text"_s);
    QVERIFY(situation && entry);
    situation->setPlainText(u"Véhicule immobilisé, client sans voiture"_s);
    entry->setPlainText(u"Appel du client"_s);
    view.addEntry(); // reloads the case
    QCOMPARE(situation->toPlainText(), u"Véhicule immobilisé, client sans voiture"_s);
    QPushButton *save = nullptr;
    for (QPushButton *button : view.findChildren<QPushButton *>())
        if (button->text() == u"Save summary"_s)
            save = button;
    QVERIFY(save && save->isEnabled());
    save->click();
    QCOMPARE(caseNow(*m_world, kase).summary.situation, u"Véhicule immobilisé, client sans voiture"_s);
}

void TestDialogs::readersWhoDoNotTakePartCannotAct()
{
    // net.admin (INS) may read a case GAR opened, but not write to it: nothing is offered.
    const Case kase = m_world->openCase(m_world->addClient(), u"gar.agent"_s);
    CaseView view;
    view.setSession(sessionFor(*m_world, u"net.admin"_s));
    view.showCase(kase.id);
    QVERIFY(editorNamed(view, u"Situation"_s)->isReadOnly());
    for (QGroupBox *box : view.findChildren<QGroupBox *>())
        if (box->title() == u"Add to the case"_s)
            QVERIFY2(!box->isEnabled(), "the composer is offered to a reader who may not write");
    QVERIFY(view.timelineModel()->rowCount() > 0); // reading still works
}

void TestDialogs::withdrawnConsentStaysInSightOnTheCase()
{
    const Id client = m_world->addClient(u"Karim Bennani"_s, u"BK123456"_s, false);
    const Case kase = m_world->openCase(client);
    auto consent = m_world->ws().clients().grantConsent(m_world->actor(u"ins.agent"_s), client, ConsentScope::Agencies,
                                                        {u"GAR"_s}, u"Signed form"_s);
    RELAIS_VERIFY_OK(consent);
    RELAIS_VERIFY_OK(m_world->ws().clients().revokeConsent(m_world->actor(u"ins.agent"_s), consent->id,
                                                           u"Customer called to withdraw it"_s));
    CaseView view;
    view.setSession(sessionFor(*m_world, u"ins.agent"_s));
    view.showCase(kase.id);
    QString header;
    for (QLabel *label : view.findChildren<QLabel *>())
        if (label->text().contains(u"Consent"_s))
            header = label->text();
    QVERIFY2(header.contains(u"GAR withdrawn on "_s), qPrintable(header));
    QVERIFY2(header.contains(u"none in force"_s), qPrintable(header));
}

void TestDialogs::timelineFiltersFollowTheNextCase()
{
    const Case first = m_world->openCase(m_world->addClient());
    const Case second = m_world->openCase(m_world->addClient(u"Hélène El Idrissi"_s, u"AB100001"_s));
    (void)addNote(*m_world, second.id, u"ins.agent"_s, u"Une note"_s);
    CaseView view;
    view.setSession(sessionFor(*m_world, u"ins.agent"_s));
    view.showCase(first.id);
    QToolButton *notes = nullptr;
    for (QToolButton *chip : view.findChildren<QToolButton *>())
        if (chip->accessibleName() == u"Note"_s)
            notes = chip;
    QVERIFY(notes);
    notes->setChecked(true);
    view.showCase(second.id);
    QVERIFY(notes->isChecked());
    QCOMPARE(view.timelineModel()->query().kinds, QList<EventKind>{EventKind::Note}); // shown = applied
    QCOMPARE(view.timelineModel()->rowCount(), 1);
}

void TestDialogs::askingForADocumentOnFileWarns()
{
    const Case record = m_world->openCase(m_world->addClient());
    auto added = m_world->ws().cases().addDocument(m_world->actor(u"ins.agent"_s), record.id, u"Carte grise"_s,
                                                   u"carte-grise.pdf"_s, QByteArray("%PDF-1.4 registration"));
    RELAIS_VERIFY_OK(added);
    HandoffRequestDialog dialog(sessionFor(*m_world, u"ins.agent"_s), caseNow(*m_world, record));
    QVERIFY(dialog.askedAgainWarning()->isHidden());
    dialog.askField()->setPlainText(u"Tow the car; please collect the customer's insurance certificate."_s);
    QVERIFY(dialog.askedAgainWarning()->isHidden()); // not on file: asking is fine
    dialog.askField()->setPlainText(u"Expertiser le véhicule — demander la CARTE GRISE au client."_s);
    QVERIFY(!dialog.askedAgainWarning()->isHidden());
    QVERIFY(dialog.askedAgainWarning()->text().contains(u"Carte grise (given 2026-03-02 to INS)"_s));
    // Sending the document with the request answers it.
    auto *documents = dialog.findChild<QListWidget *>();
    QVERIFY(documents);
    documents->item(0)->setCheckState(Qt::Checked);
    QVERIFY(dialog.askedAgainWarning()->isHidden());
}

void TestDialogs::composerWarnsWhenAskingForADocumentOnFile()
{
    const Case record = m_world->openCase(m_world->addClient());
    RELAIS_VERIFY_OK(m_world->ws().cases().addDocument(m_world->actor(u"ins.agent"_s), record.id, u"Constat amiable"_s,
                                                       u"constat.jpg"_s, QByteArray("\xFF\xD8 constat")));
    CaseView view;
    view.setSession(sessionFor(*m_world, u"ins.agent"_s));
    view.showCase(record.id);
    auto *warning = view.findChild<QLabel *>(u"askedAgainWarning"_s);
    QVERIFY(warning);
    auto *entry = view.findChild<QPlainTextEdit *>();
    const QList<QPlainTextEdit *> editors = view.findChildren<QPlainTextEdit *>();
    for (QPlainTextEdit *e : editors)
        if (e->accessibleName() == u"Entry text"_s)
            entry = e;
    entry->setPlainText(u"Appeler le client pour qu'il renvoie le constat amiable."_s);
    QVERIFY(!warning->isHidden());
    QVERIFY(warning->text().contains(u"Constat amiable"_s));
    entry->setPlainText(u"Appeler le client pour le rendez-vous."_s);
    QVERIFY(warning->isHidden());
}

void TestDialogs::duplicateFileIsOfferedForMergeFromTheCase()
{
    const Id kept = m_world->addClient(u"Karim Bennani"_s, u"BK123456"_s);
    const Case record = m_world->openCase(kept);
    CaseView view;
    view.setSession(sessionFor(*m_world, u"ins.agent"_s));
    view.showCase(record.id);
    QVERIFY(view.duplicatesNotice()->isHidden()); // one file: nothing to merge
    // Someone registered the same person again (same CIN, forced past the warning).
    const Id twin = m_world->addClient(u"Karim Benani"_s, u"BK123456"_s);
    view.reload();
    QVERIFY(!view.duplicatesNotice()->isHidden());
    QVERIFY(view.duplicatesNotice()->text().contains(u"merge:%1"_s.arg(twin)));
    QVERIFY(view.duplicatesNotice()->text().contains(u"Karim Benani"_s));

    // The link opens the merge dialog on exactly these two files.
    MergeDialog dialog(sessionFor(*m_world, u"ins.agent"_s));
    dialog.preselect(kept, twin);
    const QList<QListWidget *> lists = dialog.findChildren<QListWidget *>();
    QCOMPARE(lists.size(), 2);
    for (QListWidget *list : lists) {
        QCOMPARE(list->count(), 1);
        QVERIFY(list->currentItem());
    }
    dialog.findChild<QPlainTextEdit *>()->setPlainText(u"Same CIN; the name was misspelt at the desk."_s);
    dialog.accept();
    QCOMPARE(visibleError(dialog), QString());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    view.reload();
    QVERIFY(view.duplicatesNotice()->isHidden()); // merged: one customer, one file
}

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
