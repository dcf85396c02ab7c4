// The new-customer form: fields checked as they are typed, and probable existing files offered
// before saving, so one person keeps one file.

#include "uitest.h"

#include "windows/customerdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;
using namespace Relais::Gui;
using namespace Relais::Test;

class TestCustomerDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_world = std::make_unique<TestWorld>(); QVERIFY(m_world->isValid()); }
    void cleanup() { m_world.reset(); }

    void fieldsAreCheckedAsTyped();
    void probableExistingFileIsOfferedAndChosen();
    void newPersonIsRegistered();
    void registeringDespiteCandidatesIsDeliberate();

private:
    static QLineEdit *field(CustomerDialog &dialog, const QString &placeholderPart)
    {
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>())
            if (edit->placeholderText().contains(placeholderPart))
                return edit;
        return nullptr;
    }
    static QListWidget *candidates(CustomerDialog &dialog) { return dialog.findChild<QListWidget *>(); }
    static bool anyLabelSays(CustomerDialog &dialog, const QString &text)
    {
        for (QLabel *label : dialog.findChildren<QLabel *>())
            if (label->isVisibleTo(&dialog) && label->text().contains(text))
                return true;
        return false;
    }

    qint64 count(const QString &sql)
    {
        auto value = m_world->ws().database().scalar(sql);
        return value ? value->toLongLong() : -1;
    }

    std::unique_ptr<TestWorld> m_world;
};

void TestCustomerDialog::fieldsAreCheckedAsTyped()
{
    CustomerDialog dialog(sessionFor(*m_world, u"ins.agent"_s));
    QLineEdit *cin = field(dialog, u"BK123456"_s);
    QLineEdit *phone = field(dialog, u"06 12"_s);
    QVERIFY(cin && phone);
    QTest::keyClicks(cin, u"12AB"_s);
    QVERIFY2(anyLabelSays(dialog, u"is not a valid CIN"_s), "a malformed CIN is not flagged as typed");
    cin->clear();
    QTest::keyClicks(cin, u"bk 123456"_s);
    QVERIFY2(anyLabelSays(dialog, u"✓ BK123456"_s), "a valid CIN is not confirmed in its normalised form");
    QTest::keyClicks(phone, u"0612345678"_s);
    QVERIFY2(anyLabelSays(dialog, u"+212 6 12 34 56 78"_s), "the phone is not confirmed in E.164");
}

void TestCustomerDialog::probableExistingFileIsOfferedAndChosen()
{
    const Id existing = m_world->addClient(u"Karim Bennani"_s, u"BK123456"_s);
    CustomerDialog dialog(sessionFor(*m_world, u"ins.agent"_s));
    QTest::keyClicks(field(dialog, u"Latin script"_s), u"K. Benani"_s);
    QTest::keyClicks(field(dialog, u"BK123456"_s), u"BK123456"_s);
    QListWidget *list = candidates(dialog);
    QVERIFY(list);
    QTRY_COMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(u"same CIN"_s));
    list->setCurrentRow(0);
    QPushButton *use = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>())
        if (button->text().contains(u"use this file"_s))
            use = button;
    QVERIFY(use && use->isEnabled());
    use->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.choseExisting());
    QCOMPARE(dialog.clientId(), existing);
    QCOMPARE(count(u"SELECT count(*) FROM clients"_s), 1); // no second file
}

void TestCustomerDialog::newPersonIsRegistered()
{
    CustomerDialog dialog(sessionFor(*m_world, u"ins.agent"_s));
    field(dialog, u"Latin script"_s)->setText(u"Hélène El Idrissi"_s); // QTest types ASCII only
    QTest::keyClicks(field(dialog, u"BK123456"_s), u"AB100001"_s);
    QTest::keyClicks(field(dialog, u"06 12"_s), u"0661000001"_s);
    QTest::qWait(400); // the duplicate look-up runs after a pause in typing
    QCOMPARE(candidates(dialog)->count(), 0);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.choseExisting());
    auto client = m_world->ws().clients().client(m_world->actor(u"ins.agent"_s), dialog.clientId());
    RELAIS_VERIFY_OK(client);
    QCOMPARE(client->cin, u"AB100001"_s);
    QCOMPARE(client->phones, QStringList{u"+212661000001"_s});
    QCOMPARE(client->registeredByAgencyCode, u"INS"_s);
}

void TestCustomerDialog::registeringDespiteCandidatesIsDeliberate()
{
    (void)m_world->addClient(u"Karim Bennani"_s, u"BK123456"_s);
    CustomerDialog dialog(sessionFor(*m_world, u"ins.agent"_s));
    QTest::keyClicks(field(dialog, u"Latin script"_s), u"Karim Bennani"_s);
    QTest::keyClicks(field(dialog, u"BK123456"_s), u"BK123456"_s);
    QTRY_COMPARE(candidates(dialog)->count(), 1);
    bool confirmShown = false;
    for (QPushButton *button : dialog.findChildren<QPushButton *>())
        confirmShown = confirmShown || button->text().contains(u"Not the same person"_s);
    QVERIFY2(confirmShown, "registering over a candidate is not presented as a choice");
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(count(u"SELECT count(*) FROM clients"_s), 2);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'client.forced-create'"_s), 1);
}

QTEST_MAIN(TestCustomerDialog)
#include "tst_customerdialog.moc"
