#include "common/textfold.h"

#include <QTest>

using namespace Relais::Core;
using namespace Qt::Literals::StringLiterals;

class TestTextFold final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folds_data();
    void folds();
    void foldsToSameKey_data();
    void foldsToSameKey();
    void keepsDistinctNamesApart_data();
    void keepsDistinctNamesApart();
    void foldedWords();
    void editDistance_data();
    void editDistance();
    void namesLookAlike_data();
    void namesLookAlike();
};

void TestTextFold::folds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");

    QTest::addRow("French accents, dash, upper case")
        << u"Hélène EL-Idrissi"_s << u"helene el idrissi"_s;
    QTest::addRow("double space collapsed") << u"Hélène  EL-Idrissi"_s << u"helene el idrissi"_s;
    QTest::addRow("cedilla upper case") << u"ÇA"_s << u"ca"_s;
    QTest::addRow("apostrophe") << u"Aït Ben Haddou-N'Gom"_s << u"ait ben haddou n gom"_s;
    QTest::addRow("leading and trailing punctuation") << u"  -Ali.  "_s << u"ali"_s;
    QTest::addRow("oe ligature") << u"Cœur Œuvre"_s << u"coeur oeuvre"_s;
    QTest::addRow("digits kept") << u"Rue 12, Bloc B"_s << u"rue 12 bloc b"_s;
    QTest::addRow("empty") << QString() << QString();
    QTest::addRow("punctuation only") << u" - . , "_s << QString();
    QTest::addRow("harakat removed") << u"مُحَمَّد"_s << u"محمد"_s;
    QTest::addRow("tatweel removed") << u"محـــمد"_s << u"محمد"_s;
    QTest::addRow("alef with hamza above") << u"أحمد"_s << u"احمد"_s;
    QTest::addRow("alef with hamza below") << u"إدريس"_s << u"ادريس"_s;
    QTest::addRow("alef with madda") << u"آمنة"_s << u"امنه"_s;
    QTest::addRow("teh marbuta") << u"فاطمة"_s << u"فاطمه"_s;
    QTest::addRow("alef maqsura") << u"مصطفى"_s << u"مصطفي"_s;
    QTest::addRow("Arabic two words") << u"عبد  الله"_s << u"عبد الله"_s;
}

void TestTextFold::folds()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(foldForMatching(text), folded);
}

void TestTextFold::foldsToSameKey_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");

    QTest::addRow("accent or not") << u"Hélène"_s << u"HELENE"_s;
    QTest::addRow("dash or space") << u"El-Idrissi"_s << u"el idrissi"_s;
    QTest::addRow("hamza or bare alef") << u"أحمد"_s << u"احمد"_s;
    QTest::addRow("with or without harakat") << u"مُحَمَّد"_s << u"محمد"_s;
    QTest::addRow("with or without tatweel") << u"محـمد"_s << u"محمد"_s;
    QTest::addRow("teh marbuta or heh") << u"فاطمة"_s << u"فاطمه"_s;
    QTest::addRow("precomposed or combining accent") << u"Ren\u00e9"_s << u"Rene\u0301"_s;
}

void TestTextFold::foldsToSameKey()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(foldForMatching(a), foldForMatching(b));
}

void TestTextFold::keepsDistinctNamesApart_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");

    QTest::addRow("different Latin names") << u"Salma"_s << u"Selma"_s;
    QTest::addRow("different Arabic names") << u"أحمد"_s << u"محمد"_s;
    QTest::addRow("word boundary matters") << u"Ben Ali"_s << u"Benali"_s;
}

void TestTextFold::keepsDistinctNamesApart()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QVERIFY(foldForMatching(a) != foldForMatching(b));
}

void TestTextFold::foldedWords()
{
    QCOMPARE(Relais::Core::foldedWords(u"  Hélène EL-Idrissi "_s),
             (QStringList{u"helene"_s, u"el"_s, u"idrissi"_s}));
    QCOMPARE(Relais::Core::foldedWords(u"فاطمة  الزهراء"_s), (QStringList{u"فاطمه"_s, u"الزهراء"_s}));
    QVERIFY(Relais::Core::foldedWords(u" -- "_s).isEmpty());
}

void TestTextFold::editDistance_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("distance");

    QTest::addRow("identical") << u"benali"_s << u"benali"_s << 0;
    QTest::addRow("both empty") << QString() << QString() << 0;
    QTest::addRow("from empty") << QString() << u"abc"_s << 3;
    QTest::addRow("to empty") << u"abc"_s << QString() << 3;
    QTest::addRow("one substitution") << u"zahra"_s << u"zohra"_s << 1;
    QTest::addRow("one insertion") << u"idrisi"_s << u"idrissi"_s << 1;
    QTest::addRow("one deletion") << u"chraibi"_s << u"chrabi"_s << 1;
    QTest::addRow("kitten sitting") << u"kitten"_s << u"sitting"_s << 3;
    QTest::addRow("flaw lawn") << u"flaw"_s << u"lawn"_s << 2;
    QTest::addRow("Arabic one letter") << u"فاطمه"_s << u"فاطمة"_s << 1;
    QTest::addRow("completely different") << u"abc"_s << u"xyz"_s << 3;
}

void TestTextFold::editDistance()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, distance);
    QCOMPARE(Relais::Core::editDistance(a, b), distance);
    QCOMPARE(Relais::Core::editDistance(b, a), distance);
}

void TestTextFold::namesLookAlike_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("alike");

    QTest::addRow("same name") << u"Salma Idrissi"_s << u"Salma Idrissi"_s << true;
    QTest::addRow("word order swapped") << u"Fatima Zahra Benali"_s << u"Benali Fatima Zahra"_s << true;
    QTest::addRow("family name first, upper case") << u"Youssef Alami"_s << u"ALAMI Youssef"_s << true;
    QTest::addRow("accents and dash") << u"Hélène El-Idrissi"_s << u"helene el idrissi"_s << true;
    QTest::addRow("one typo in a long name") << u"Fatima Zahra Benali"_s << u"Fatima Zohra Benali"_s
                                             << true;
    QTest::addRow("one letter missing in a long name") << u"Nadia Chraibi"_s << u"Nadia Chrabi"_s << true;
    QTest::addRow("swapped and one typo") << u"Benali Fatima Zohra"_s << u"Fatima Zahra Benali"_s
                                          << true;
    QTest::addRow("typo changes which word sorts first") << u"Khadija Chraibi"_s
                                                         << u"Khadija Shraibi"_s << true;
    QTest::addRow("Arabic spelling variants") << u"فاطمة الزهراء"_s << u"فاطمه الزهراء"_s << true;
    QTest::addRow("Arabic with harakat") << u"مُحَمَّد العلوي"_s << u"محمد العلوي"_s << true;
    QTest::addRow("different people") << u"Youssef Alami"_s << u"Nadia Chraibi"_s << false;
    QTest::addRow("same first name only") << u"Salma Idrissi"_s << u"Salma Tazi"_s << false;
    QTest::addRow("short names one letter apart") << u"Ali"_s << u"Ala"_s << false;
    QTest::addRow("different Arabic names") << u"أحمد"_s << u"محمد"_s << false;
    QTest::addRow("one empty") << QString() << u"Salma Idrissi"_s << false;
    QTest::addRow("both empty") << QString() << QString() << false;
    QTest::addRow("punctuation only") << u"--"_s << u" . "_s << false;
}

void TestTextFold::namesLookAlike()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, alike);
    QCOMPARE(Relais::Core::namesLookAlike(a, b), alike);
    QCOMPARE(Relais::Core::namesLookAlike(b, a), alike);
}

QTEST_APPLESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
