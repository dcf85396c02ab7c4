// Passwords are kept as Argon2id hashes at OWASP's cost or above, verify only with the right
// password, never contain it, and ask to be made again when the cost changes.

#include "resultchecks.h"

#include "accounts/passwordhash.h"

#include <QRegularExpression>
#include <QTest>

using namespace Relais::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

// The cost written into an encoded hash: memory in KiB and passes.
std::pair<quint64, quint64> costOf(const QByteArray &stored)
{
    static const QRegularExpression params(u"\\$m=(\\d+),t=(\\d+),p=\\d+\\$"_s);
    const auto match = params.match(QString::fromLatin1(stored));
    return match.hasMatch() ? std::pair{match.captured(1).toULongLong(), match.captured(2).toULongLong()}
                            : std::pair{quint64(0), quint64(0)};
}

const QString secret = u"Tazi-2026!"_s;
// The cheapest cost Relais allows, so the suite stays quick.
const PasswordCost cheap = PasswordCost::owaspMinimum();

} // namespace

class TestPasswordHash final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storedHashIsArgon2idAtTheStandardCost();
    void costBelowTheOwaspMinimumIsRaised();
    void onlyTheRightPasswordVerifies_data();
    void onlyTheRightPasswordVerifies();
    void samePasswordGivesDifferentHashes();
    void hashNeverContainsThePassword();
    void emptyPasswordIsRefused();
    void malformedStoredHashNeverVerifies_data();
    void malformedStoredHashNeverVerifies();
    void risingCostAsksForARehash();
};

void TestPasswordHash::storedHashIsArgon2idAtTheStandardCost()
{
    auto stored = PasswordHash::hash(secret);
    RELAIS_VERIFY_OK(stored);
    QVERIFY2(stored->startsWith("$argon2id$v=19$"), stored->constData());
    const auto [memoryKiB, passes] = costOf(*stored);
    QCOMPARE(memoryKiB, quint64(64 * 1024));
    QCOMPARE(passes, quint64(2));
    QVERIFY(PasswordHash::verify(*stored, secret));
}

void TestPasswordHash::costBelowTheOwaspMinimumIsRaised()
{
    auto stored = PasswordHash::hash(secret, PasswordCost{1, 1024 * 1024});
    RELAIS_VERIFY_OK(stored);
    const auto [memoryKiB, passes] = costOf(*stored);
    QCOMPARE(memoryKiB, quint64(19 * 1024));
    QCOMPARE(passes, quint64(2));
}

void TestPasswordHash::onlyTheRightPasswordVerifies_data()
{
    QTest::addColumn<QString>("attempt");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("the password") << secret << true;
    QTest::newRow("another case") << u"tazi-2026!"_s << false;
    QTest::newRow("one character short") << secret.chopped(1) << false;
    QTest::newRow("trailing space") << secret + u' ' << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("arabic") << u"كلمة السر"_s << false;
}

void TestPasswordHash::onlyTheRightPasswordVerifies()
{
    QFETCH(QString, attempt);
    QFETCH(bool, accepted);
    auto stored = PasswordHash::hash(secret, cheap);
    RELAIS_VERIFY_OK(stored);
    QCOMPARE(PasswordHash::verify(*stored, attempt), accepted);
}

void TestPasswordHash::samePasswordGivesDifferentHashes()
{
    // A random salt each time: equal passwords cannot be spotted in the users table.
    auto first = PasswordHash::hash(secret, cheap);
    auto second = PasswordHash::hash(secret, cheap);
    RELAIS_VERIFY_OK(first);
    RELAIS_VERIFY_OK(second);
    QVERIFY(*first != *second);
    QVERIFY(PasswordHash::verify(*second, secret));
    // Non-Latin passwords hash and verify as well.
    auto arabic = PasswordHash::hash(u"كلمة السر ٢٠٢٦"_s, cheap);
    RELAIS_VERIFY_OK(arabic);
    QVERIFY(PasswordHash::verify(*arabic, u"كلمة السر ٢٠٢٦"_s));
}

void TestPasswordHash::hashNeverContainsThePassword()
{
    auto stored = PasswordHash::hash(secret, cheap);
    RELAIS_VERIFY_OK(stored);
    QVERIFY(!stored->contains(secret.toUtf8()));
    QVERIFY(!stored->contains(secret.toUtf8().toBase64()));
    QVERIFY(!stored->toLower().contains("tazi"));
}

void TestPasswordHash::emptyPasswordIsRefused()
{
    RELAIS_VERIFY_ERROR(PasswordHash::hash(QString(), cheap), ErrorCode::Invalid);
}

void TestPasswordHash::malformedStoredHashNeverVerifies_data()
{
    QTest::addColumn<QByteArray>("stored");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("the password itself") << secret.toUtf8();
    QTest::newRow("truncated") << PasswordHash::hash(secret, cheap).value_or(QByteArray()).left(40);
    QTest::newRow("too long") << QByteArray(4096, 'a');
    QTest::newRow("argon2i, not id") << QByteArray("$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g");
}

void TestPasswordHash::malformedStoredHashNeverVerifies()
{
    QFETCH(QByteArray, stored);
    QVERIFY(!PasswordHash::verify(stored, secret));
    QVERIFY(PasswordHash::needsRehash(stored));
}

void TestPasswordHash::risingCostAsksForARehash()
{
    auto old = PasswordHash::hash(secret, cheap);
    RELAIS_VERIFY_OK(old);
    QVERIFY(!PasswordHash::needsRehash(*old, cheap));
    QVERIFY(PasswordHash::needsRehash(*old, PasswordCost::standard()));
    QVERIFY(PasswordHash::needsRehash(*old, PasswordCost{3, cheap.memoryBytes}));
    // The old hash still lets its owner in while it waits to be made again.
    QVERIFY(PasswordHash::verify(*old, secret));
}

QTEST_GUILESS_MAIN(TestPasswordHash)
#include "tst_passwordhash.moc"
