// The identifier scrubber of exports, alone: what a copy for outside readers removes (every CIN,
// phone number, e-mail address and the customer's postal address, however typed) and what it
// must leave alone (dates, amounts, case references, road names), what the default copy masks
// (the customer's CIN, wherever written) and what a full copy keeps.
//
// "Leaks" are checked on the digits and letters, not on the exact spelling: a phone number is
// gone only when its digits are gone, whatever separators were around them.

#include "export/identifierscrubber.h"

#include "resultchecks.h"

#include <QRegularExpression>
#include <QTest>

using namespace Relais::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

/// The customer every row is about.
Client karim()
{
    Client c;
    c.id = 7;
    c.fullName = u"Karim Bennani"_s;
    c.fullNameAr = u"كريم بناني"_s;
    c.cin = u"BK123456"_s;
    c.birthDate = QDate(1985, 4, 12);
    c.phones = {u"+212612345678"_s, u"+212522123456"_s};
    c.email = u"karim.bennani@example.ma"_s;
    c.address = u"12 Rue Ibn Batouta, Quartier Maârif, Casablanca"_s;
    c.preferredLanguage = u"fr"_s;
    return c;
}

/// The digits of a text, Arabic-Indic and Persian digits read as 0-9, everything else dropped.
QString digitsOf(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        const int value = c.digitValue();
        if (value >= 0)
            out.append(QChar(u'0' + value));
    }
    return out;
}

} // namespace

class TestIdentifierScrubber final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redactRemovesPhones_data();
    void redactRemovesPhones();
    void redactRemovesCins_data();
    void redactRemovesCins();
    void redactRemovesEmails_data();
    void redactRemovesEmails();
    void redactRemovesTheAddress_data();
    void redactRemovesTheAddress();
    void redactKeepsOrdinaryText_data();
    void redactKeepsOrdinaryText();
    void maskHidesTheCustomersCin_data();
    void maskHidesTheCustomersCin();
    void maskLeavesEverythingElse();
    void keepAllChangesNothing();
    void scrubbedIdentity();
};

// ---------------------------------------------------------------------------------------------
// Redact

void TestIdentifierScrubber::redactRemovesPhones_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("digits"); // the number's digits after its leading 0 / country code

    // The customer's mobile, in the ways people write it.
    const QString mobile = u"612345678"_s;
    QTest::addRow("E.164") << u"Rappeler au +212612345678 demain."_s << mobile;
    QTest::addRow("E.164 spaced") << u"Rappeler au +212 6 12 34 56 78 demain."_s << mobile;
    QTest::addRow("E.164 dashes") << u"Rappeler au +212-6-12-34-56-78 demain."_s << mobile;
    QTest::addRow("+212 (0)6") << u"Rappeler au +212 (0)6 12 34 56 78 demain."_s << mobile;
    QTest::addRow("00212") << u"Rappeler au 00212 6 12 34 56 78 demain."_s << mobile;
    QTest::addRow("national") << u"Rappeler au 0612345678 demain."_s << mobile;
    QTest::addRow("national spaced") << u"Rappeler au 06 12 34 56 78 demain."_s << mobile;
    QTest::addRow("national dots") << u"Rappeler au 06.12.34.56.78 demain."_s << mobile;
    QTest::addRow("national dashes") << u"Rappeler au 06-12-34-56-78 demain."_s << mobile;
    QTest::addRow("no-break spaces") << u"Rappeler au 06\u00a012\u00a034\u00a056\u00a078 demain."_s << mobile;
    QTest::addRow("at the start of a line") << u"0612345678 : numéro du client"_s << mobile;
    QTest::addRow("in parentheses") << u"Client joignable (0612345678)."_s << mobile;
    QTest::addRow("after a colon, no space") << u"Tél:0612345678"_s << mobile;
    // Landline, the way the scrubber's own documentation says it is written.
    QTest::addRow("landline with dash") << u"Bureau : 0522-123456."_s << u"522123456"_s;
    QTest::addRow("landline area code in parentheses") << u"Bureau : (0522) 12 34 56."_s << u"522123456"_s;
    // Digits as typed in Arabic text.
    QTest::addRow("Arabic-Indic digits") << u"رقم الهاتف ٠٦١٢٣٤٥٦٧٨ للتواصل"_s << mobile;
    QTest::addRow("Arabic-Indic with +") << u"رقم الهاتف +٢١٢٦١٢٣٤٥٦٧٨ للتواصل"_s << mobile;
    QTest::addRow("Persian digits") << u"رقم الهاتف ۰۶۱۲۳۴۵۶۷۸ للتواصل"_s << mobile;
    // Someone else's number quoted in a note goes too.
    QTest::addRow("a relative's mobile") << u"Son frère : 0661234567."_s << u"661234567"_s;
    QTest::addRow("a French number") << u"Sa fille en France : +33 6 12 34 56 79."_s << u"612345679"_s;
}

void TestIdentifierScrubber::redactRemovesPhones()
{
    QFETCH(QString, text);
    QFETCH(QString, digits);
    const IdentifierScrubber scrubber(karim(), IdentifierScrubber::Mode::Redact);
    const QString out = scrubber.apply(text);
    QVERIFY2(!digitsOf(out).contains(digits), qPrintable(u"still there: \"%1\""_s.arg(out)));
    QVERIFY2(out.contains(u'['), qPrintable(u"no removal marker: \"%1\""_s.arg(out)));
}

void TestIdentifierScrubber::redactRemovesCins_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("digits");

    QTest::addRow("as stored") << u"CIN BK123456 vérifiée."_s << u"123456"_s;
    QTest::addRow("lower case") << u"cin bk123456 vérifiée."_s << u"123456"_s;
    QTest::addRow("with a space") << u"CIN BK 123456 vérifiée."_s << u"123456"_s;
    QTest::addRow("lower case with a space") << u"cin bk 123456 vérifiée."_s << u"123456"_s;
    QTest::addRow("with a dash") << u"CIN BK-123456 vérifiée."_s << u"123456"_s;
    QTest::addRow("after a colon") << u"CIN:BK123456"_s << u"123456"_s;
    QTest::addRow("in Arabic text") << u"رقم البطاقة BK123456 تم التحقق منه"_s << u"123456"_s;
    QTest::addRow("another person's CIN") << u"Conducteur adverse : EE654321."_s << u"654321"_s;
    QTest::addRow("one letter") << u"Témoin : J98765."_s << u"98765"_s;
    // Scans are often named after the card: the number must not survive in a file name.
    QTest::addRow("file name with underscores") << u"cin_BK123456_recto.jpg"_s << u"123456"_s;
    QTest::addRow("file name, CIN first") << u"BK123456_verso.pdf"_s << u"123456"_s;
}

void TestIdentifierScrubber::redactRemovesCins()
{
    QFETCH(QString, text);
    QFETCH(QString, digits);
    const IdentifierScrubber scrubber(karim(), IdentifierScrubber::Mode::Redact);
    const QString out = scrubber.apply(text);
    QVERIFY2(!digitsOf(out).contains(digits), qPrintable(u"still there: \"%1\""_s.arg(out)));
}

void TestIdentifierScrubber::redactRemovesEmails_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");

    QTest::addRow("the customer's") << u"Écrire à karim.bennani@example.ma."_s << u"karim.bennani"_s;
    QTest::addRow("upper case") << u"Écrire à KARIM.BENNANI@EXAMPLE.MA."_s << u"KARIM.BENNANI"_s;
    QTest::addRow("plus address") << u"Copie à fatima+dossiers@gmail.com"_s << u"fatima"_s;
    QTest::addRow("in angle brackets") << u"De : <karim.bennani@example.ma>"_s << u"karim.bennani"_s;
    QTest::addRow("in Arabic text") << u"البريد karim.bennani@example.ma شكرا"_s << u"karim.bennani"_s;
}

void TestIdentifierScrubber::redactRemovesEmails()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);
    const IdentifierScrubber scrubber(karim(), IdentifierScrubber::Mode::Redact);
    const QString out = scrubber.apply(text);
    QVERIFY2(!out.contains(secret, Qt::CaseInsensitive), qPrintable(out));
    QVERIFY2(!out.contains(u'@'), qPrintable(out));
}

void TestIdentifierScrubber::redactRemovesTheAddress_data()
{
    QTest::addColumn<QString>("text");

    QTest::addRow("as stored") << u"Domicile : 12 Rue Ibn Batouta, Quartier Maârif, Casablanca."_s;
    QTest::addRow("other case") << u"domicile : 12 rue ibn batouta, quartier maârif, casablanca"_s;
    QTest::addRow("other spacing and commas") << u"Domicile : 12, Rue Ibn  Batouta Quartier Maârif ,Casablanca"_s;
    QTest::addRow("across lines") << u"Domicile :\n12 Rue Ibn Batouta\nQuartier Maârif\nCasablanca"_s;
}

void TestIdentifierScrubber::redactRemovesTheAddress()
{
    QFETCH(QString, text);
    const IdentifierScrubber scrubber(karim(), IdentifierScrubber::Mode::Redact);
    const QString out = scrubber.apply(text);
    QVERIFY2(!out.contains(u"Batouta"_s, Qt::CaseInsensitive), qPrintable(out));
    QVERIFY2(!out.contains(u"Maârif"_s, Qt::CaseInsensitive), qPrintable(out));
    QVERIFY2(out.startsWith(u"Domicile"_s, Qt::CaseInsensitive), qPrintable(out));
}

void TestIdentifierScrubber::redactKeepsOrdinaryText_data()
{
    QTest::addColumn<QString>("text");

    QTest::addRow("a date and a time") << u"Rendez-vous le 5 mars 2026 à 10h30."_s;
    QTest::addRow("a numeric date") << u"Constat signé le 02.03.2026, reçu le 03/03/2026."_s;
    QTest::addRow("an amount") << u"Devis de 12 500 DH, franchise 1 000 DH."_s;
    QTest::addRow("a case reference") << u"Voir le dossier REL-2026-000123."_s;
    QTest::addRow("a road and a kilometre") << u"Accident sur l'A7 au km 245, sortie 12."_s;
    QTest::addRow("a plate number") << u"Véhicule immatriculé 12345-B-6."_s;
    QTest::addRow("Arabic prose") << u"وصلت السيارة إلى المرآب صباح يوم الاثنين"_s;
    QTest::addRow("a hash") << u"Empreinte 36900a3d9966ced5."_s;
}

void TestIdentifierScrubber::redactKeepsOrdinaryText()
{
    QFETCH(QString, text);
    const IdentifierScrubber scrubber(karim(), IdentifierScrubber::Mode::Redact);
    QCOMPARE(scrubber.apply(text), text);
}

// ---------------------------------------------------------------------------------------------
// Mask (the default) and keep-all

void TestIdentifierScrubber::maskHidesTheCustomersCin_data()
{
    QTest::addColumn<QString>("text");

    QTest::addRow("as stored") << u"CIN BK123456 vérifiée."_s;
    QTest::addRow("lower case with a space") << u"cin bk 123456 vérifiée."_s;
    QTest::addRow("with a dash") << u"CIN BK-123456 vérifiée."_s;
    QTest::addRow("in Arabic text") << u"رقم البطاقة BK123456 تم التحقق منه"_s;
    QTest::addRow("in a file name") << u"cin_BK123456_recto.jpg"_s;
}

void TestIdentifierScrubber::maskHidesTheCustomersCin()
{
    QFETCH(QString, text);
    const IdentifierScrubber scrubber(karim(), IdentifierScrubber::Mode::MaskCin);
    const QString out = scrubber.apply(text);
    QVERIFY2(!digitsOf(out).contains(u"1234"_s), qPrintable(u"CIN not masked: \"%1\""_s.arg(out)));
    QVERIFY2(out.contains(u"BK****56"_s), qPrintable(out));
}

void TestIdentifierScrubber::maskLeavesEverythingElse()
{
    // Inside the network only the CIN is masked: the phone, the e-mail and another person's
    // CIN are what agencies work with.
    const IdentifierScrubber scrubber(karim(), IdentifierScrubber::Mode::MaskCin);
    const QString text = u"Client joignable au 06 12 34 56 78 ou karim.bennani@example.ma ; adverse EE654321."_s;
    QCOMPARE(scrubber.apply(text), text);
    QCOMPARE(scrubber.mode(), IdentifierScrubber::Mode::MaskCin);
}

void TestIdentifierScrubber::keepAllChangesNothing()
{
    const IdentifierScrubber scrubber(karim(), IdentifierScrubber::Mode::KeepAll);
    const QString text = u"CIN BK123456, 0612345678, karim.bennani@example.ma, 12 Rue Ibn Batouta"_s;
    QCOMPARE(scrubber.apply(text), text);
}

void TestIdentifierScrubber::scrubbedIdentity()
{
    const Client k = karim();

    const Client full = IdentifierScrubber(k, IdentifierScrubber::Mode::KeepAll).scrubbed(k);
    QCOMPARE(full.cin, u"BK123456"_s);
    QCOMPARE(full.phones, k.phones);
    QCOMPARE(full.address, k.address);

    const Client masked = IdentifierScrubber(k, IdentifierScrubber::Mode::MaskCin).scrubbed(k);
    QCOMPARE(masked.cin, u"BK****56"_s);
    QCOMPARE(masked.phones, k.phones);
    QCOMPARE(masked.email, k.email);
    QCOMPARE(masked.fullName, k.fullName);

    const Client redacted = IdentifierScrubber(k, IdentifierScrubber::Mode::Redact).scrubbed(k);
    QVERIFY(redacted.cin.isEmpty());
    QVERIFY(redacted.phones.isEmpty());
    QVERIFY(redacted.email.isEmpty());
    QVERIFY(redacted.address.isEmpty());
    QVERIFY(!redacted.birthDate.isValid());
    // The name stays: the reader must know whose file it is.
    QCOMPARE(redacted.fullName, k.fullName);
    QCOMPARE(redacted.fullNameAr, k.fullNameAr);
}

QTEST_GUILESS_MAIN(TestIdentifierScrubber)
#include "tst_identifierscrubber.moc"
