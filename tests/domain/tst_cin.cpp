#include "domain/cin.h"

#include "resultchecks.h"

#include <QTest>

using namespace Relais::Core;
using Relais::Test::failureText;
using namespace Qt::Literals::StringLiterals;

class TestCin final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalisesTypedCin_data();
    void normalisesTypedCin();
    void refusesInvalidCin_data();
    void refusesInvalidCin();
    void normalisingTwiceChangesNothing_data();
    void normalisingTwiceChangesNothing();
    void masksMiddle_data();
    void masksMiddle();
};

void TestCin::normalisesTypedCin_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::addRow("lower case with a space") << u"ab 123456"_s << u"AB123456"_s;
    QTest::addRow("shortest: one letter one digit") << u"A1"_s << u"A1"_s;
    QTest::addRow("dash and dot") << u"BK-12.34"_s << u"BK1234"_s;
    QTest::addRow("already normal") << u"AB123456"_s << u"AB123456"_s;
    QTest::addRow("one letter six digits") << u"j654321"_s << u"J654321"_s;
    QTest::addRow("surrounding spaces and tab") << u"  ee\t98765 "_s << u"EE98765"_s;
    QTest::addRow("spaced like a card") << u"B E 1 2 3"_s << u"BE123"_s;
}

void TestCin::normalisesTypedCin()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    const Result<QString> cin = normaliseCin(input);
    QVERIFY2(cin.has_value(), failureText(cin).constData());
    QCOMPARE(*cin, expected);
}

void TestCin::refusesInvalidCin_data()
{
    QTest::addColumn<QString>("input");

    QTest::addRow("empty") << QString();
    QTest::addRow("only spaces") << u"   "_s;
    QTest::addRow("digits only") << u"123456"_s;
    QTest::addRow("three letters") << u"ABC123"_s;
    QTest::addRow("seven digits") << u"A1234567"_s;
    QTest::addRow("letters only") << u"AB"_s;
    QTest::addRow("letters split by a dash") << u"A-B"_s;
    QTest::addRow("digits before letters") << u"123AB"_s;
    QTest::addRow("letter inside digits") << u"AB12C34"_s;
    QTest::addRow("accented letter") << u"É12345"_s;
    QTest::addRow("slash") << u"AB/12345"_s;
}

void TestCin::refusesInvalidCin()
{
    QFETCH(QString, input);

    const Result<QString> cin = normaliseCin(input);
    QVERIFY2(!cin.has_value(), qPrintable(u"accepted as "_s + cin.value_or(QString())));
    QCOMPARE(cin.error().code, ErrorCode::Invalid);
    const QString message = cin.error().message;
    QVERIFY(!message.trimmed().isEmpty());
    // The person must see what was refused, as typed.
    QVERIFY2(message.contains(input.trimmed()), qPrintable(message));
}

void TestCin::normalisingTwiceChangesNothing_data()
{
    normalisesTypedCin_data();
}

void TestCin::normalisingTwiceChangesNothing()
{
    // A stored CIN is typed back into search boxes: it must normalise to itself.
    QFETCH(QString, input);
    QFETCH(QString, expected);

    const Result<QString> again = normaliseCin(expected);
    QVERIFY2(again.has_value(), failureText(again).constData());
    QCOMPARE(*again, expected);
}

void TestCin::masksMiddle_data()
{
    QTest::addColumn<QString>("cin");
    QTest::addColumn<QString>("masked");

    QTest::addRow("two letters six digits") << u"AB123456"_s << u"AB****56"_s;
    QTest::addRow("one letter six digits") << u"J654321"_s << u"J****21"_s;
    QTest::addRow("two letters five digits") << u"EE98765"_s << u"EE***65"_s;
    QTest::addRow("two letters four digits") << u"BK1234"_s << u"BK**34"_s;
    QTest::addRow("short: all hidden") << u"A1"_s << u"**"_s;
    QTest::addRow("four characters: all hidden") << u"AB12"_s << u"****"_s;
    QTest::addRow("empty") << QString() << QString();
}

void TestCin::masksMiddle()
{
    QFETCH(QString, cin);
    QFETCH(QString, masked);

    const QString shown = maskCin(cin);
    QCOMPARE(shown, masked);
    QCOMPARE(shown.size(), cin.size());
}

QTEST_APPLESS_MAIN(TestCin)
#include "tst_cin.moc"
