// Signing in: only the right password lets a user in, wrong ones slow the account down and
// then lock it for everyone, administrators reset, users change their own, hashes follow the
// current cost, and the password itself is stored nowhere. Runs on both engines.

#include "resultchecks.h"
#include "testworld.h"

#include <QDir>
#include <QFile>

using namespace Relais::Core;
using namespace Relais::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString password = u"Casablanca-2026"_s;

} // namespace

class TestSignIn final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_world.reset(); }

    void rightPasswordSignsIn();
    void wrongPasswordAndUnknownLoginReadTheSame();
    void noPasswordYetSaysWhatToDo();
    void eachWrongPasswordDoublesTheWait();
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes();
    void administratorResetLiftsTheLock();
    void onlyAdministratorsSetOthersPasswords();
    void usersChangeTheirOwnGivingTheCurrentOne();
    void weakPasswordsAreRefused_data();
    void weakPasswordsAreRefused();
    void deactivatedAccountStaysOut();
    void cheaperOldHashIsMadeAgainAtSignIn();
    void passwordIsStoredNowhere();
    void consoleOnlyUntilAnAdministratorCanSignIn();
    void signInsAndPasswordChangesAreAudited();
    void wrongCurrentPasswordCountsAsAGuess();

private:
    [[nodiscard]] SignIn &signIn() { return m_world->ws().signIn(); }
    [[nodiscard]] QString storedHash(const QString &login)
    {
        return m_world->ws().database().scalar(u"SELECT password_hash FROM users WHERE login = :login"_s,
                                               {{u":login"_s, login}}).value_or(QVariant()).toString();
    }

    std::unique_ptr<TestWorld> m_world;
};

void TestSignIn::init()
{
    m_world = std::make_unique<TestWorld>();
    QVERIFY(m_world->isValid());
    RELAIS_VERIFY_OK(signIn().setPassword(m_world->actor(u"net.admin"_s), u"ins.agent"_s, password));
}

void TestSignIn::rightPasswordSignsIn()
{
    auto actor = signIn().signIn(u"ins.agent"_s, password);
    RELAIS_VERIFY_OK(actor);
    QCOMPARE(actor->login, u"ins.agent"_s);
    QCOMPARE(actor->agencyCode, u"INS"_s);
    // Logins are not case-sensitive, passwords are.
    RELAIS_VERIFY_OK(signIn().signIn(u" INS.Agent "_s, password));
}

void TestSignIn::wrongPasswordAndUnknownLoginReadTheSame()
{
    auto wrong = signIn().signIn(u"ins.agent"_s, u"casablanca-2026"_s);
    RELAIS_VERIFY_ERROR(wrong, ErrorCode::Forbidden);
    auto unknown = signIn().signIn(u"nobody"_s, password);
    RELAIS_VERIFY_ERROR(unknown, ErrorCode::Forbidden);
    QCOMPARE(unknown.error().message, wrong.error().message);
}

void TestSignIn::noPasswordYetSaysWhatToDo()
{
    auto refused = signIn().signIn(u"gar.agent"_s, password);
    RELAIS_VERIFY_ERROR(refused, ErrorCode::Forbidden);
    QVERIFY2(refused.error().message.contains(u"administrator"_s), qPrintable(refused.error().message));
}

void TestSignIn::eachWrongPasswordDoublesTheWait()
{
    TestWorld &w = *m_world;
    for (int failure = 1; failure <= 4; ++failure) {
        RELAIS_VERIFY_ERROR(signIn().signIn(u"ins.agent"_s, u"wrong"_s), ErrorCode::Forbidden);
        const qint64 wait = qint64(1) << (failure - 1);
        // Even the right password is not checked during the wait.
        auto early = signIn().signIn(u"ins.agent"_s, password);
        RELAIS_VERIFY_ERROR(early, ErrorCode::Forbidden);
        QVERIFY2(early.error().message.contains(u"wait"_s), qPrintable(early.error().message));
        w.advance(wait);
    }
    // After the wait, the right password still works, and the count starts again.
    RELAIS_VERIFY_OK(signIn().signIn(u"ins.agent"_s, password));
    RELAIS_VERIFY_ERROR(signIn().signIn(u"ins.agent"_s, u"wrong"_s), ErrorCode::Forbidden);
    w.advance(1);
    RELAIS_VERIFY_OK(signIn().signIn(u"ins.agent"_s, password));
}

void TestSignIn::fiveWrongPasswordsLockTheAccountForFifteenMinutes()
{
    TestWorld &w = *m_world;
    for (int failure = 1; failure <= 5; ++failure) {
        RELAIS_VERIFY_ERROR(signIn().signIn(u"ins.agent"_s, u"wrong"_s), ErrorCode::Forbidden);
        if (failure < 5)
            w.advance(qint64(1) << (failure - 1));
    }
    // Locked for everyone: another desk (another connection) sees the same lock.
    auto elsewhere = Workspace::open(w.path(), Database::OpenMode::MustExist);
    RELAIS_VERIFY_OK(elsewhere);
    (*elsewhere)->database().setClock([&w] { return w.now(); });
    auto locked = (*elsewhere)->signIn().signIn(u"ins.agent"_s, password);
    RELAIS_VERIFY_ERROR(locked, ErrorCode::Forbidden);
    QVERIFY2(locked.error().message.contains(u"locked"_s), qPrintable(locked.error().message));
    w.advance(14 * 60);
    RELAIS_VERIFY_ERROR(signIn().signIn(u"ins.agent"_s, password), ErrorCode::Forbidden);
    w.advance(61);
    RELAIS_VERIFY_OK(signIn().signIn(u"ins.agent"_s, password));
}

void TestSignIn::administratorResetLiftsTheLock()
{
    for (int failure = 1; failure <= 5; ++failure) {
        RELAIS_VERIFY_ERROR(signIn().signIn(u"ins.agent"_s, u"wrong"_s), ErrorCode::Forbidden);
        m_world->advance(qint64(1) << (failure - 1));
    }
    RELAIS_VERIFY_ERROR(signIn().signIn(u"ins.agent"_s, password), ErrorCode::Forbidden);
    RELAIS_VERIFY_OK(signIn().setPassword(m_world->actor(u"net.admin"_s), u"ins.agent"_s, u"Rabat-Nouveau-1"_s));
    RELAIS_VERIFY_OK(signIn().signIn(u"ins.agent"_s, u"Rabat-Nouveau-1"_s));
    RELAIS_VERIFY_ERROR(signIn().signIn(u"ins.agent"_s, password), ErrorCode::Forbidden);
}

void TestSignIn::onlyAdministratorsSetOthersPasswords()
{
    const QString before = storedHash(u"gar.agent"_s);
    RELAIS_VERIFY_ERROR(signIn().setPassword(m_world->actor(u"ins.super"_s), u"gar.agent"_s, password),
                        ErrorCode::Forbidden);
    RELAIS_VERIFY_ERROR(signIn().setPassword(m_world->actor(u"ins.agent"_s), u"gar.agent"_s, password),
                        ErrorCode::Forbidden);
    QCOMPARE(storedHash(u"gar.agent"_s), before);
    RELAIS_VERIFY_ERROR(signIn().setPassword(m_world->actor(u"net.admin"_s), u"nobody"_s, password),
                        ErrorCode::NotFound);
}

void TestSignIn::usersChangeTheirOwnGivingTheCurrentOne()
{
    const Actor me = m_world->actor(u"ins.agent"_s);
    const QString before = storedHash(u"ins.agent"_s);
    RELAIS_VERIFY_ERROR(signIn().changeOwnPassword(me, u"not it"_s, u"Marrakech-2027"_s), ErrorCode::Forbidden);
    QCOMPARE(storedHash(u"ins.agent"_s), before);
    RELAIS_VERIFY_OK(signIn().changeOwnPassword(me, password, u"Marrakech-2027"_s));
    RELAIS_VERIFY_OK(signIn().signIn(u"ins.agent"_s, u"Marrakech-2027"_s));
    RELAIS_VERIFY_ERROR(signIn().signIn(u"ins.agent"_s, password), ErrorCode::Forbidden);
}

void TestSignIn::weakPasswordsAreRefused_data()
{
    QTest::addColumn<QString>("weak");
    QTest::newRow("empty") << QString();
    QTest::newRow("9 characters") << u"Casa-2026"_s;
    QTest::newRow("the login") << u"INS.AGENT"_s.leftJustified(10, u' ').trimmed();
}

void TestSignIn::weakPasswordsAreRefused()
{
    QFETCH(QString, weak);
    const QString before = storedHash(u"ins.agent"_s);
    RELAIS_VERIFY_ERROR(signIn().setPassword(m_world->actor(u"net.admin"_s), u"ins.agent"_s, weak), ErrorCode::Invalid);
    QCOMPARE(storedHash(u"ins.agent"_s), before);
}

void TestSignIn::deactivatedAccountStaysOut()
{
    TestWorld &w = *m_world;
    auto user = w.ws().directory().userByLogin(u"ins.agent"_s);
    RELAIS_VERIFY_OK(user);
    RELAIS_VERIFY_OK(w.ws().database().update(u"UPDATE users SET active = 0 WHERE id = :id"_s, {{u":id"_s, user->id}}));
    auto refused = signIn().signIn(u"ins.agent"_s, password);
    RELAIS_VERIFY_ERROR(refused, ErrorCode::Forbidden);
    QVERIFY2(refused.error().message.contains(u"deactivated"_s), qPrintable(refused.error().message));
}

void TestSignIn::cheaperOldHashIsMadeAgainAtSignIn()
{
    // A hash made when the cost was lower (OWASP's floor: 19 MiB) ...
    SignInPolicy older;
    older.cost = PasswordCost::owaspMinimum();
    SignIn yesterday(m_world->ws().database(), m_world->ws().directory(), older);
    RELAIS_VERIFY_OK(yesterday.setPassword(m_world->actor(u"net.admin"_s), u"ins.agent"_s, password));
    QVERIFY2(storedHash(u"ins.agent"_s).contains(u"m=19456,t=2"_s), qPrintable(storedHash(u"ins.agent"_s)));
    // ... is made again at today's cost the next time its owner signs in.
    RELAIS_VERIFY_OK(signIn().signIn(u"ins.agent"_s, password));
    QVERIFY2(storedHash(u"ins.agent"_s).contains(u"m=65536,t=2"_s), qPrintable(storedHash(u"ins.agent"_s)));
    RELAIS_VERIFY_OK(signIn().signIn(u"ins.agent"_s, password));
}

void TestSignIn::passwordIsStoredNowhere()
{
    TestWorld &w = *m_world;
    RELAIS_VERIFY_OK(signIn().signIn(u"ins.agent"_s, password));
    RELAIS_VERIFY_ERROR(signIn().signIn(u"ins.agent"_s, password + u'!'), ErrorCode::Forbidden);
    QVERIFY(!storedHash(u"ins.agent"_s).contains(password));
    if (w.onPostgres())
        return; // the server's files are not ours to read; the column is checked above
    // Not in the file, nor in its write-ahead log, in any encoding a program might use.
    const QFileInfo file(w.path());
    for (const QString &name : QDir(file.absolutePath()).entryList(QDir::Files)) {
        QFile f(file.absoluteDir().filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains(password.toUtf8()), qPrintable(name));
        QVERIFY2(!bytes.contains(QByteArray(reinterpret_cast<const char *>(password.utf16()), password.size() * 2)),
                 qPrintable(name));
    }
}

void TestSignIn::consoleOnlyUntilAnAdministratorCanSignIn()
{
    // net.admin exists but has no password yet: the file's owner still sets the network up.
    auto console = signIn().console();
    RELAIS_VERIFY_OK(console);
    QVERIFY(console->console);
    RELAIS_VERIFY_OK(signIn().setPassword(*console, u"net.admin"_s, password));
    auto refused = signIn().console();
    RELAIS_VERIFY_ERROR(refused, ErrorCode::Forbidden);
    QVERIFY2(refused.error().message.contains(u"--as LOGIN"_s), qPrintable(refused.error().message));
}

void TestSignIn::signInsAndPasswordChangesAreAudited()
{
    auto count = [&](const QString &action) {
        return m_world->ws().database().scalar(u"SELECT count(*) FROM audit_log WHERE action = :action "
                                               "AND subject = 'ins.agent'"_s, {{u":action"_s, action}})
            .value_or(QVariant()).toInt();
    };
    QCOMPARE(count(u"user.password-set"_s), 1); // in init()
    RELAIS_VERIFY_OK(signIn().signIn(u"ins.agent"_s, password));
    RELAIS_VERIFY_ERROR(signIn().signIn(u"ins.agent"_s, u"not-the-password"_s), ErrorCode::Forbidden);
    m_world->advance(10);
    RELAIS_VERIFY_OK(signIn().changeOwnPassword(m_world->actor(u"ins.agent"_s), password, u"Rabat-Sale-2027"_s));
    QCOMPARE(count(u"user.sign-in"_s), 1);
    QCOMPARE(count(u"user.sign-in-failed"_s), 1);
    QCOMPARE(count(u"user.password-changed"_s), 1);
    // What was logged says who and when, never a password.
    auto rows = m_world->ws().database().select(u"SELECT subject, details FROM audit_log"_s);
    RELAIS_VERIFY_OK(rows);
    for (const auto &row : *rows)
        for (const QString &secret : {password, u"not-the-password"_s, u"Rabat-Sale-2027"_s})
            QVERIFY(!row.value(0).toString().contains(secret) && !row.value(1).toString().contains(secret));
}

void TestSignIn::wrongCurrentPasswordCountsAsAGuess()
{
    RELAIS_VERIFY_ERROR(signIn().changeOwnPassword(m_world->actor(u"ins.agent"_s), u"a-wrong-guess"_s,
                                                   u"Rabat-Sale-2027"_s),
                        ErrorCode::Forbidden);
    // The next sign-in has to wait, as after a wrong password at the sign-in screen.
    auto waiting = signIn().signIn(u"ins.agent"_s, password);
    RELAIS_VERIFY_ERROR(waiting, ErrorCode::Forbidden);
    QVERIFY2(waiting.error().message.contains(u"wait"_s), qPrintable(waiting.error().message));
}

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
