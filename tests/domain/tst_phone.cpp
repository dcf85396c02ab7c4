#include "domain/phone.h"

#include <QRegularExpression>
#include "resultchecks.h"

#include <QTest>

using namespace Relais::Core;
using Relais::Test::failureText;
using namespace Qt::Literals::StringLiterals;

class TestPhone final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalisesToE164_data();
    void normalisesToE164();
    void refusesInvalidNumbers_data();
    void refusesInvalidNumbers();
    void looksLikePhone_data();
    void looksLikePhone();
    void formatsForDisplay_data();
    void formatsForDisplay();
    void displayKeepsUnknownText_data();
    void displayKeepsUnknownText();
};

void TestPhone::normalisesToE164_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("expected");

    const QString ma = u"MA"_s;
    QTest::addRow("Moroccan mobile, national form") << u"0612345678"_s << ma << u"+212612345678"_s;
    QTest::addRow("Moroccan landline with dash") << u"0522-123456"_s << ma << u"+212522123456"_s;
    QTest::addRow("mobile in pairs") << u"06 12 34 56 78"_s << ma << u"+212612345678"_s;
    QTest::addRow("mobile with dots") << u"06.12.34.56.78"_s << ma << u"+212612345678"_s;
    QTest::addRow("international with spaces") << u"+212 6 12 34 56 78"_s << ma << u"+212612345678"_s;
    QTest::addRow("already E.164") << u"+212612345678"_s << ma << u"+212612345678"_s;
    QTest::addRow("00 international prefix") << u"00212612345678"_s << ma << u"+212612345678"_s;
    QTest::addRow("landline with brackets") << u"(0522) 12-34-56"_s << ma << u"+212522123456"_s;
    QTest::addRow("surrounding spaces") << u"  0712345678 "_s << ma << u"+212712345678"_s;
    QTest::addRow("Arabic-Indic digits") << u"٠٦١٢٣٤٥٦٧٨"_s << ma << u"+212612345678"_s;
    QTest::addRow("French number stays French") << u"+33 6 12 34 56 78"_s << ma << u"+33612345678"_s;
    QTest::addRow("French number with 00") << u"0033612345678"_s << ma << u"+33612345678"_s;
    QTest::addRow("French default region") << u"06 12 34 56 78"_s << u"FR"_s << u"+33612345678"_s;
}

void TestPhone::normalisesToE164()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(QString, expected);

    const Result<QString> phone = normalisePhone(input, region);
    QVERIFY2(phone.has_value(), failureText(phone).constData());
    QCOMPARE(*phone, expected);
}

void TestPhone::refusesInvalidNumbers_data()
{
    QTest::addColumn<QString>("input");

    QTest::addRow("two digits") << u"12"_s;
    QTest::addRow("letters") << u"abc"_s;
    QTest::addRow("empty") << QString();
    QTest::addRow("blank") << u"   "_s;
    QTest::addRow("too short mobile") << u"0612"_s;
    QTest::addRow("one digit too many") << u"06123456789"_s;
}

void TestPhone::refusesInvalidNumbers()
{
    QFETCH(QString, input);

    const Result<QString> phone = normalisePhone(input);
    QVERIFY2(!phone.has_value(), qPrintable(u"accepted as "_s + phone.value_or(QString())));
    QCOMPARE(phone.error().code, ErrorCode::Invalid);
    QVERIFY(!phone.error().message.trimmed().isEmpty());
    QVERIFY2(phone.error().message.contains(input.trimmed()), qPrintable(phone.error().message));
}

void TestPhone::looksLikePhone_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("phone");

    QTest::addRow("mobile") << u"0612345678"_s << true;
    QTest::addRow("mobile in pairs") << u"06 12 34 56 78"_s << true;
    QTest::addRow("international") << u"+212 6 12 34 56 78"_s << true;
    QTest::addRow("landline with brackets and dashes") << u"(0522) 12-34-56"_s << true;
    QTest::addRow("with dots") << u"06.12.34.56.78"_s << true;
    QTest::addRow("six digits") << u"123456"_s << true;
    QTest::addRow("five digits") << u"12345"_s << false;
    QTest::addRow("a CIN") << u"AB123456"_s << false;
    QTest::addRow("a name") << u"Hélène El Idrissi"_s << false;
    QTest::addRow("an Arabic name") << u"محمد"_s << false;
    QTest::addRow("a case reference") << u"REL-2026-000123"_s << false;
    QTest::addRow("empty") << QString() << false;
    QTest::addRow("punctuation only") << u"+ - ( )"_s << false;
}

void TestPhone::looksLikePhone()
{
    QFETCH(QString, text);
    QFETCH(bool, phone);
    QCOMPARE(Relais::Core::looksLikePhone(text), phone);
}

void TestPhone::formatsForDisplay_data()
{
    QTest::addColumn<QString>("e164");

    QTest::addRow("Moroccan mobile") << u"+212612345678"_s;
    QTest::addRow("Moroccan landline") << u"+212522123456"_s;
    QTest::addRow("French mobile") << u"+33612345678"_s;
}

void TestPhone::formatsForDisplay()
{
    // Shown with its country code and grouped for reading, never losing or changing a digit.
    QFETCH(QString, e164);

    const QString shown = formatPhoneForDisplay(e164);
    QVERIFY2(shown != e164, qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1Char(' ')), qPrintable(shown));
    QString digits = shown;
    digits.remove(QRegularExpression(u"[^+0-9]"_s));
    QCOMPARE(digits, e164);
    // What is shown can be typed back in.
    const Result<QString> again = normalisePhone(shown);
    QVERIFY2(again.has_value(), failureText(again).constData());
    QCOMPARE(*again, e164);
}

void TestPhone::displayKeepsUnknownText_data()
{
    QTest::addColumn<QString>("text");

    QTest::addRow("empty") << QString();
    QTest::addRow("letters") << u"abc"_s;
    QTest::addRow("national form, no country") << u"0612345678"_s;
}

void TestPhone::displayKeepsUnknownText()
{
    // Anything that is not E.164 (old rows, hand edits) is shown as stored, not garbled.
    QFETCH(QString, text);
    QCOMPARE(formatPhoneForDisplay(text), text);
}

QTEST_APPLESS_MAIN(TestPhone)
#include "tst_phone.moc"
