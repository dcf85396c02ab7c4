// "Test connection" and connecting with a saved profile, against the test PostgreSQL server.
// Without RELAIS_TEST_POSTGRES these skip, except in CI, where a missing server is a failure.

#include "connectiontest.h"
#include "postgrestestserver.h"
#include "uitest.h"

#include "casefile/workspace.h"
#include "models/connectionprofiles.h"
#include "windows/connectiondialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;
using namespace Relais::Gui;
using namespace Relais::Test;

class TestConnectServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void testConnectionSucceeds();
    void testConnectionPassesTlsModeToTheServer();
    void testConnectionSaysWhenNoCaseFileIsThere();
    void savedProfileOpensTheCaseFile();

private:
    // The profile a person would type for the test server; the test's own schema is chosen
    // through PGOPTIONS, which libpq reads, since a profile has no place for it.
    [[nodiscard]] static ConnectionProfile serverProfile();
    void fill(ConnectionDialog &dialog, const ConnectionProfile &profile);
    [[nodiscard]] PasswordAsker countingAsker()
    {
        return [this](const QString &, const QString &) {
            ++m_asked;
            return std::optional<QString>();
        };
    }

    std::unique_ptr<TemporarySettings> m_settings;
    std::unique_ptr<PostgresTestSchema> m_schema;
    QByteArray m_oldOptions;
    int m_asked = 0;
};

void TestConnectServer::init()
{
    m_settings = std::make_unique<TemporarySettings>();
    m_asked = 0;
    if (postgresServerUrl().isEmpty())
        return;
    m_schema = std::make_unique<PostgresTestSchema>();
    QVERIFY(m_schema->isValid());
    m_oldOptions = qgetenv("PGOPTIONS");
    qputenv("PGOPTIONS", "-csearch_path=" + m_schema->name().toUtf8());
}

void TestConnectServer::cleanup()
{
    if (m_oldOptions.isNull())
        qunsetenv("PGOPTIONS");
    else
        qputenv("PGOPTIONS", m_oldOptions);
    m_schema.reset();
    m_settings.reset();
}

ConnectionProfile TestConnectServer::serverProfile()
{
    const QUrl server(postgresServerUrl());
    ConnectionProfile profile;
    profile.name = u"Test server"_s;
    profile.host = server.host();
    profile.port = server.port(5432);
    profile.database = server.path().mid(1);
    profile.user = server.userName();
    return profile;
}

void TestConnectServer::fill(ConnectionDialog &dialog, const ConnectionProfile &profile)
{
    dialog.setPasswordAsker(countingAsker());
    dialog.setProfile(profile);
}

void TestConnectServer::testConnectionSucceeds()
{
    REQUIRE_SERVER();
    RELAIS_VERIFY_OK(Database::openPostgres(m_schema->url())); // prepares the case file

    ConnectionDialog dialog;
    fill(dialog, serverProfile());
    QVERIFY2(dialog.testConnection(), qPrintable(dialog.statusLabel()->text()));
    QVERIFY(dialog.statusLabel()->isVisibleTo(&dialog));
    QVERIFY2(dialog.statusLabel()->text().startsWith(u"Connected"_s), qPrintable(dialog.statusLabel()->text()));
    QCOMPARE(m_asked, 0); // the test cluster trusts loopback: no password question
}

void TestConnectServer::testConnectionPassesTlsModeToTheServer()
{
    REQUIRE_SERVER();
    RELAIS_VERIFY_OK(Database::openPostgres(m_schema->url()));
    // The test cluster has no TLS: "require" must reach libpq and be refused there.
    ConnectionProfile profile = serverProfile();
    profile.tls = TlsMode::Require;
    ConnectionDialog dialog;
    fill(dialog, profile);
    QVERIFY(!dialog.testConnection());
    QVERIFY2(dialog.statusLabel()->text().contains(u"SSL"_s), qPrintable(dialog.statusLabel()->text()));

    profile.tls = TlsMode::Disable;
    dialog.setProfile(profile);
    QVERIFY2(dialog.testConnection(), qPrintable(dialog.statusLabel()->text()));
}

void TestConnectServer::testConnectionSaysWhenNoCaseFileIsThere()
{
    REQUIRE_SERVER();
    ConnectionDialog dialog;
    fill(dialog, serverProfile());
    QVERIFY(!dialog.testConnection());
    QVERIFY2(dialog.statusLabel()->text().contains(u"holds no case file yet"_s),
             qPrintable(dialog.statusLabel()->text()));
    // Testing did not prepare the database behind the person's back.
    AdminConnection admin;
    QCOMPARE(admin.value(u"SELECT count(*) FROM information_schema.tables WHERE table_schema = '%1'"_s
                             .arg(m_schema->name()))
                 .toInt(),
             0);
}

void TestConnectServer::savedProfileOpensTheCaseFile()
{
    REQUIRE_SERVER();
    RELAIS_VERIFY_OK(Database::openPostgres(m_schema->url()));
    ConnectionProfiles::save(serverProfile());
    const auto profile = ConnectionProfiles::find(u"Test server"_s);
    QVERIFY(profile);
    auto opened = openServerCaseFile(profile->url(), Database::OpenMode::MustExist, countingAsker());
    QVERIFY(opened);
    RELAIS_VERIFY_OK(*opened);
    Workspace ws(std::move(**opened));
    QCOMPARE(ws.database().engine(), Database::Engine::Postgres);
    QCOMPARE(ws.database().path(), postgresAddressForPeople(profile->url()));
    RELAIS_VERIFY_OK(ws.directory().users());
    QCOMPARE(m_asked, 0);
}

QTEST_MAIN(TestConnectServer)
#include "tst_connectserver.moc"
