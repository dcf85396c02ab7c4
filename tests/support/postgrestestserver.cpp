#include "postgrestestserver.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Test {

namespace {

int nextNumber()
{
    static QAtomicInteger<int> counter;
    return counter.fetchAndAddRelaxed(1) + 1;
}

} // namespace

QString postgresServerUrl()
{
    return qEnvironmentVariable("RELAIS_TEST_POSTGRES");
}

bool testsRunOnPostgres()
{
    return qEnvironmentVariable("RELAIS_TEST_ENGINE") == u"postgres"_s;
}

QString withUrlOption(const QString &url, const QString &key, const QString &value)
{
    return url + (url.contains(u'?') ? u'&' : u'?') + key + u'=' + QString::fromUtf8(QUrl::toPercentEncoding(value));
}

AdminConnection::AdminConnection()
    : m_name(u"admin-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(nextNumber()))
{
    const QUrl url(postgresServerUrl());
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(url.path().mid(1));
    if (!db.open())
        qWarning("admin connection: %s", qPrintable(db.lastError().text()));
    else
        exec(u"SET client_min_messages TO warning"_s); // no NOTICE for DROP ... IF EXISTS
}

AdminConnection::~AdminConnection()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

bool AdminConnection::isOpen() const
{
    return QSqlDatabase::database(m_name, false).isOpen();
}

bool AdminConnection::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    if (query.exec(sql))
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return false;
}

QVariant AdminConnection::value(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    if (query.exec(sql) && query.next())
        return query.value(0);
    qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return {};
}

PostgresTestSchema::PostgresTestSchema()
{
    if (postgresServerUrl().isEmpty())
        return;
    AdminConnection admin;
    const QString schema = u"relais_t_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(nextNumber());
    if (!admin.exec(u"DROP SCHEMA IF EXISTS %1 CASCADE"_s.arg(schema)) || !admin.exec(u"CREATE SCHEMA %1"_s.arg(schema)))
        return;
    m_schema = schema;
    m_url = withUrlOption(postgresServerUrl(), u"options"_s, u"-csearch_path=%1"_s.arg(schema));
}

PostgresTestSchema::~PostgresTestSchema()
{
    if (m_schema.isEmpty())
        return;
    AdminConnection admin;
    admin.exec(u"DROP SCHEMA IF EXISTS %1 CASCADE"_s.arg(m_schema));
}

} // namespace Relais::Test
