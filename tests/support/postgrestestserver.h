#pragma once

#include <QString>
#include <QTest>
#include <QVariant>

/// For a test that needs the test PostgreSQL server: skipped without one when run by hand,
/// failed without one in CI (CI=true), where a missing server is a broken run, not a skip.
#define REQUIRE_SERVER()                                                                         \
    do {                                                                                         \
        if (::Relais::Test::postgresServerUrl().isEmpty()) {                                     \
            if (qEnvironmentVariable("CI") == QStringLiteral("true"))                            \
                QFAIL("RELAIS_TEST_POSTGRES is not set in CI");                                  \
            QSKIP("RELAIS_TEST_POSTGRES is not set");                                            \
        }                                                                                        \
    } while (false)

namespace Relais::Test {

/// The PostgreSQL server tests use, `RELAIS_TEST_POSTGRES` (packaging/test.sh starts a throwaway
/// cluster and sets it); empty when there is none.
[[nodiscard]] QString postgresServerUrl();

/// Whether this run of the test suite works on PostgreSQL: `RELAIS_TEST_ENGINE=postgres`, set by
/// CTest on each suite's `_postgres` twin (tests/CMakeLists.txt).
[[nodiscard]] bool testsRunOnPostgres();

/// `url` with one more query option.
[[nodiscard]] QString withUrlOption(const QString &url, const QString &key, const QString &value);

/// A plain QPSQL connection to the test server, as an administrator's psql would be: for
/// preparing schemas and for looking behind the application's back.
class AdminConnection final
{
public:
    AdminConnection();
    ~AdminConnection();
    AdminConnection(const AdminConnection &) = delete;
    AdminConnection &operator=(const AdminConnection &) = delete;

    [[nodiscard]] bool isOpen() const;
    bool exec(const QString &sql);
    [[nodiscard]] QVariant value(const QString &sql);

private:
    QString m_name;
};

/// A schema of its own on the test server, created empty and dropped with everything in it
/// when this goes away, so reruns and parallel runs never meet. url() opens a case file there.
class PostgresTestSchema final
{
public:
    PostgresTestSchema();
    ~PostgresTestSchema();
    PostgresTestSchema(const PostgresTestSchema &) = delete;
    PostgresTestSchema &operator=(const PostgresTestSchema &) = delete;

    [[nodiscard]] bool isValid() const { return !m_url.isEmpty(); }
    [[nodiscard]] QString name() const { return m_schema; }
    [[nodiscard]] QString url() const { return m_url; }

private:
    QString m_schema;
    QString m_url;
};

} // namespace Relais::Test
