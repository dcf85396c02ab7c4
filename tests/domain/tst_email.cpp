// E-mail addresses as people type them: kept in one form, typing slips refused with a message.

#include "domain/email.h"

#include "resultchecks.h"

#include <QTest>

using namespace Relais::Core;
using Relais::Test::failureText;
using namespace Qt::Literals::StringLiterals;

class TestEmail final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalises_data();
    void normalises();
    void refusesWhatCannotBeAnAddress_data();
    void refusesWhatCannotBeAnAddress();
};

void TestEmail::normalises_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::addRow("plain") << u"contact@atlas-assurances.ma"_s << u"contact@atlas-assurances.ma"_s;
    QTest::addRow("capitals") << u"Salma.Idrissi@Atlas.MA"_s << u"salma.idrissi@atlas.ma"_s;
    QTest::addRow("surrounding spaces") << u"  accueil@commune.ma \t"_s << u"accueil@commune.ma"_s;
    QTest::addRow("plus and sub-domain") << u"dossiers+rel@mail.afaq.org.ma"_s << u"dossiers+rel@mail.afaq.org.ma"_s;
}

void TestEmail::normalises()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const Result<QString> email = normaliseEmail(input);
    QVERIFY2(email.has_value(), failureText(email).constData());
    QCOMPARE(*email, expected);
}

void TestEmail::refusesWhatCannotBeAnAddress_data()
{
    QTest::addColumn<QString>("input");

    QTest::addRow("empty") << QString();
    QTest::addRow("blank") << u"   "_s;
    QTest::addRow("no at sign") << u"contact.atlas.ma"_s;
    QTest::addRow("no domain dot") << u"contact@atlas"_s;
    QTest::addRow("two at signs") << u"contact@@atlas.ma"_s;
    QTest::addRow("space inside") << u"salma idrissi@atlas.ma"_s;
    QTest::addRow("nothing before the at") << u"@atlas.ma"_s;
    QTest::addRow("a phone number") << u"0522123456"_s;
    // Found by tests/fuzz/fuzz_identifiers: \s alone only knew ASCII spaces.
    QTest::addRow("no-break space inside") << u"salma\u00A0idrissi@atlas.ma"_s;
    QTest::addRow("no-break space before the at") << u"salma\u00A0@atlas.ma"_s;
    QTest::addRow("ideographic space in the domain") << u"salma@atlas\u3000.ma"_s;
    QTest::addRow("control character") << u"salma\u0001@atlas.ma"_s;
}

void TestEmail::refusesWhatCannotBeAnAddress()
{
    QFETCH(QString, input);
    const Result<QString> email = normaliseEmail(input);
    QVERIFY2(!email.has_value(), qPrintable(u"accepted as "_s + email.value_or(QString())));
    QCOMPARE(email.error().code, ErrorCode::Invalid);
    // The message quotes what was typed, so the person sees which field is wrong.
    QVERIFY2(email.error().message.contains(input.trimmed()), qPrintable(email.error().message));
}

QTEST_APPLESS_MAIN(TestEmail)
#include "tst_email.moc"
