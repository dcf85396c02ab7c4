// The PostgreSQL test harness and the QPSQL driver do what the shared-server core relies on:
// connecting from RELAIS_TEST_POSTGRES, notifications between connections, reconnecting after
// the server drops a backend, and serialization failures reported with their SQLSTATE.

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

// What a connection needs, read from a postgresql://user[:password]@host:port/dbname URL.
struct ServerAddress {
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;
};

std::optional<ServerAddress> parseUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != "postgresql"_L1 && url.scheme() != "postgres"_L1))
        return std::nullopt;
    ServerAddress address;
    address.host = url.host();
    address.port = url.port(5432);
    address.user = url.userName();
    address.password = url.password();
    address.database = url.path().mid(1);
    if (address.host.isEmpty() || address.user.isEmpty() || address.database.isEmpty())
        return std::nullopt;
    return address;
}

} // namespace

class TestPgHarness final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void connectsAsAnOrdinaryRoleInUtf8();
    void notificationReachesAnotherConnection();
    void rolledBackNotificationIsNeverDelivered();
    void terminatedConnectionFailsThenReopens();
    void concurrentUpdateIsASerializationFailure();

private:
    [[nodiscard]] QSqlDatabase open(const QString &database);
    [[nodiscard]] QSqlDatabase openTestDatabase() { return open(m_database); }

    ServerAddress m_server;
    QSqlDatabase m_admin;        // on the URL's database; creates and drops one database per test
    QString m_database;          // the current test's fresh database
    QStringList m_connections;   // every connection a test opened, removed in cleanup()
};

QSqlDatabase TestPgHarness::open(const QString &database)
{
    const QString name = u"pgharness-%1"_s.arg(m_connections.size());
    m_connections.append(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(m_server.host);
    db.setPort(m_server.port);
    db.setUserName(m_server.user);
    db.setPassword(m_server.password);
    db.setDatabaseName(database);
    if (!db.open())
        qWarning("cannot open %s: %s", qPrintable(database), qPrintable(db.lastError().text()));
    return db;
}

void TestPgHarness::initTestCase()
{
    const QString url = qEnvironmentVariable("RELAIS_TEST_POSTGRES");
    if (url.isEmpty()) {
        // CI must never pass by skipping PostgreSQL; packaging/test.sh sets the variable.
        if (qEnvironmentVariable("CI") == "true"_L1)
            QFAIL("RELAIS_TEST_POSTGRES is not set in CI; run packaging/test.sh");
        QSKIP("RELAIS_TEST_POSTGRES is not set; packaging/test.sh starts a cluster and sets it");
    }
    QVERIFY(QSqlDatabase::isDriverAvailable(u"QPSQL"_s)); // Debian package libqt6sql6-psql
    const auto server = parseUrl(url);
    QVERIFY2(server, qPrintable(u"not a postgresql://user@host:port/dbname URL: "_s + url));
    m_server = *server;

    m_admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"pgharness-admin"_s);
    m_admin.setHostName(m_server.host);
    m_admin.setPort(m_server.port);
    m_admin.setUserName(m_server.user);
    m_admin.setPassword(m_server.password);
    m_admin.setDatabaseName(m_server.database);
    QVERIFY2(m_admin.open(), qPrintable(m_admin.lastError().text()));
}

void TestPgHarness::init()
{
    // A fresh database per test: notifications and tables never meet other suites' or runs'.
    m_database = u"relais_pgharness_%1"_s.arg(QRandomGenerator::system()->generate64(), 16, 16,
                                              QLatin1Char('0'));
    QSqlQuery create(m_admin);
    QVERIFY2(create.exec(u"CREATE DATABASE %1"_s.arg(m_database)), qPrintable(create.lastError().text()));
}

void TestPgHarness::cleanup()
{
    for (const QString &name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
    m_connections.clear();
    QSqlQuery drop(m_admin);
    QVERIFY2(drop.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_database)),
             qPrintable(drop.lastError().text()));
}

void TestPgHarness::cleanupTestCase()
{
    m_admin = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"pgharness-admin"_s);
}

void TestPgHarness::connectsAsAnOrdinaryRoleInUtf8()
{
    QSqlDatabase db = openTestDatabase();
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));

    QSqlQuery q(db);
    QVERIFY2(q.exec(u"SELECT version()"_s) && q.next(), qPrintable(q.lastError().text()));
    QVERIFY2(q.value(0).toString().startsWith("PostgreSQL "_L1), qPrintable(q.value(0).toString()));
    qInfo("%s", qPrintable(q.value(0).toString()));

    // The core must work without superuser rights, as on a real shared server.
    QVERIFY(q.exec(u"SELECT current_user, rolsuper, rolcreatedb FROM pg_roles WHERE rolname = current_user"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), m_server.user);
    QCOMPARE(q.value(1).toBool(), false);
    QCOMPARE(q.value(2).toBool(), true);

    // Arabic and French names survive the round trip (a SQL_ASCII cluster would mangle them).
    const QString name = u"Fatima Zahra Benali — فاطمة الزهراء بنعلي, née à Fès"_s;
    QVERIFY(q.prepare(u"SELECT :name::text, upper(:name::text)"_s));
    q.bindValue(u":name"_s, name);
    QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
    QCOMPARE(q.value(0).toString(), name);
    QCOMPARE(q.value(1).toString(), name.toUpper());
}

void TestPgHarness::notificationReachesAnotherConnection()
{
    QSqlDatabase sender = openTestDatabase();
    QSqlDatabase listener = openTestDatabase();
    QVERIFY(sender.isOpen() && listener.isOpen());
    QVERIFY(listener.driver()->hasFeature(QSqlDriver::EventNotifications));
    QVERIFY(listener.driver()->subscribeToNotification(u"relais_case"_s));
    QSignalSpy spy(listener.driver(), &QSqlDriver::notification);

    QSqlQuery notify(sender);
    QVERIFY(notify.prepare(u"SELECT pg_notify(:channel, :payload)"_s));
    notify.bindValue(u":channel"_s, u"relais_case"_s);
    notify.bindValue(u":payload"_s, u"R-2026-0042"_s);
    QVERIFY2(notify.exec(), qPrintable(notify.lastError().text()));

    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 5000);
    const QList<QVariant> received = spy.takeFirst();
    QCOMPARE(received.at(0).toString(), u"relais_case"_s);
    QCOMPARE(received.at(1).value<QSqlDriver::NotificationSource>(), QSqlDriver::OtherSource);
    QCOMPARE(received.at(2).toString(), u"R-2026-0042"_s);
}

void TestPgHarness::rolledBackNotificationIsNeverDelivered()
{
    QSqlDatabase sender = openTestDatabase();
    QSqlDatabase listener = openTestDatabase();
    QVERIFY(sender.isOpen() && listener.isOpen());
    QVERIFY(listener.driver()->subscribeToNotification(u"relais_case"_s));
    QSignalSpy spy(listener.driver(), &QSqlDriver::notification);

    // PostgreSQL delivers notifications at commit, in commit order: had the rolled back one
    // been sent, it would arrive before the committed one.
    QSqlQuery notify(sender);
    QVERIFY(notify.prepare(u"SELECT pg_notify('relais_case', :payload)"_s));
    QVERIFY(sender.transaction());
    notify.bindValue(u":payload"_s, u"rolled back"_s);
    QVERIFY(notify.exec());
    QVERIFY(sender.rollback());
    notify.bindValue(u":payload"_s, u"committed"_s);
    QVERIFY(notify.exec());

    QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 5000);
    QCOMPARE(spy.first().at(2).toString(), u"committed"_s);
}

void TestPgHarness::terminatedConnectionFailsThenReopens()
{
    QSqlDatabase killer = openTestDatabase();
    QSqlDatabase victim = openTestDatabase();
    QVERIFY(killer.isOpen() && victim.isOpen());

    QSqlQuery v(victim);
    QVERIFY(v.exec(u"SELECT pg_backend_pid()"_s) && v.next());
    const int victimPid = v.value(0).toInt();

    // An ordinary role may terminate its own role's backends, as an administrator or a server
    // restart would.
    QSqlQuery k(killer);
    QVERIFY(k.prepare(u"SELECT pg_terminate_backend(:pid)"_s));
    k.bindValue(u":pid"_s, victimPid);
    QVERIFY2(k.exec() && k.next(), qPrintable(k.lastError().text()));
    QCOMPARE(k.value(0).toBool(), true);
    // Wait until the backend is gone, so the victim's next query cannot race the termination.
    QVERIFY(k.prepare(u"SELECT count(*) FROM pg_stat_activity WHERE pid = :pid"_s));
    k.bindValue(u":pid"_s, victimPid);
    QTRY_VERIFY_WITH_TIMEOUT(k.exec() && k.next() && k.value(0).toInt() == 0, 5000);

    QVERIFY(!v.exec(u"SELECT 1"_s));
    QVERIFY(v.lastError().isValid());
    qInfo("terminated connection reports: type %d, code '%s', %s", int(v.lastError().type()),
          qPrintable(v.lastError().nativeErrorCode()), qPrintable(v.lastError().text()));

    victim.close();
    QVERIFY2(victim.open(), qPrintable(victim.lastError().text()));
    QSqlQuery again(victim);
    QVERIFY2(again.exec(u"SELECT pg_backend_pid()"_s) && again.next(), qPrintable(again.lastError().text()));
    QVERIFY(again.value(0).toInt() != victimPid);
}

void TestPgHarness::concurrentUpdateIsASerializationFailure()
{
    QSqlDatabase first = openTestDatabase();
    QSqlDatabase second = openTestDatabase();
    QVERIFY(first.isOpen() && second.isOpen());
    QSqlQuery setup(first);
    QVERIFY(setup.exec(u"CREATE TABLE summary (case_id integer PRIMARY KEY, body text NOT NULL)"_s));
    QVERIFY(setup.exec(u"INSERT INTO summary VALUES (1, 'Attendre le rapport de l''expert')"_s));

    // Both agents read the summary in their own REPEATABLE READ snapshot...
    const auto beginAndRead = [](QSqlDatabase &db) {
        QSqlQuery q(db);
        return db.transaction() && q.exec(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"_s)
            && q.exec(u"SELECT body FROM summary WHERE case_id = 1"_s) && q.next();
    };
    QVERIFY(beginAndRead(first));
    QVERIFY(beginAndRead(second));

    // ...the first saves...
    QSqlQuery save1(first);
    QVERIFY(save1.prepare(u"UPDATE summary SET body = :body WHERE case_id = 1"_s));
    save1.bindValue(u":body"_s, u"Expert passé le 12 ; relancer l'assureur"_s);
    QVERIFY2(save1.exec(), qPrintable(save1.lastError().text()));
    QVERIFY2(first.commit(), qPrintable(first.lastError().text()));

    // ...and the second's save is refused with SQLSTATE 40001, the cue for the core to retry.
    // PostgreSQL reports it on the UPDATE itself; the COMMIT that follows only rolls back, which
    // QPSQL reports as a failed commit with no SQLSTATE of its own.
    QSqlQuery save2(second);
    QVERIFY(save2.prepare(u"UPDATE summary SET body = :body WHERE case_id = 1"_s));
    save2.bindValue(u":body"_s, u"Dossier clos"_s);
    QVERIFY(!save2.exec());
    QCOMPARE(save2.lastError().nativeErrorCode(), u"40001"_s);
    QCOMPARE(save2.lastError().type(), QSqlError::StatementError);
    QVERIFY(!second.commit());
    QCOMPARE(second.lastError().type(), QSqlError::TransactionError);

    // No lost update: the first agent's text stands.
    QSqlQuery check(second);
    QVERIFY(check.exec(u"SELECT body FROM summary WHERE case_id = 1"_s) && check.next());
    QCOMPARE(check.value(0).toString(), u"Expert passé le 12 ; relancer l'assureur"_s);
}

QTEST_GUILESS_MAIN(TestPgHarness)
#include "tst_pgharness.moc"
