#include "storage/notificationlistener.h"

#include "common/logging.h"
#include "storage/database.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core {

namespace {

QString nextListenerName()
{
    static QAtomicInteger<int> counter;
    return u"relais-listener-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

NotificationListener::NotificationListener(Database &db, QString channel, QObject *parent)
    : QObject(parent), m_db(db), m_channel(std::move(channel)), m_connectionName(nextListenerName())
{
}

NotificationListener::~NotificationListener()
{
    close();
}

void NotificationListener::close()
{
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        if (connection.isValid() && connection.driver())
            disconnect(connection.driver(), nullptr, this, nullptr);
        if (connection.isOpen())
            connection.close();
    }
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

Status NotificationListener::open()
{
    close();
    // The same host, port, user, password and options as the case file's own connection.
    QSqlDatabase connection = QSqlDatabase::cloneDatabase(m_db.connection(), m_connectionName);
    if (!connection.open()) {
        const QString reason = connection.lastError().databaseText().simplified();
        return fail(ErrorCode::Storage, Tr::tr("The database server %1 cannot be reached: %2").arg(m_db.path(), reason));
    }
    QSqlDriver *driver = connection.driver();
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name == m_channel)
                    Q_EMIT received(payload.toString());
            });
    if (!driver->subscribeToNotification(m_channel)) {
        const QString reason = driver->lastError().text();
        qCWarning(lcDb) << "cannot LISTEN on" << m_channel << ":" << reason;
        return fail(ErrorCode::Storage, Tr::tr("Cannot listen for changes on %1: %2").arg(m_db.path(), reason));
    }
    return {};
}

bool NotificationListener::ping()
{
    QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
    if (!connection.isOpen())
        return false;
    QSqlQuery query(connection);
    return query.exec(u"SELECT 1"_s);
}

qint64 NotificationListener::backendPid()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    return query.exec(u"SELECT pg_backend_pid()"_s) && query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace Relais::Core
