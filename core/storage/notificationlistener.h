#pragma once

#include "common/error.h"

#include <QObject>
#include <QString>

namespace Relais::Core {

class Database;

/// A connection of its own to a case file's PostgreSQL server that only LISTENs on one
/// channel and hands over what arrives.
///
/// Kept apart from the Database's connection on purpose: a session that both writes and
/// listens has its own announcements queued for it, and PostgreSQL (15) then holds back
/// other listeners' delivery until that session's next command — seconds, not milliseconds.
/// A listener that never writes is woken at once.
class NotificationListener final : public QObject
{
    Q_OBJECT
public:
    NotificationListener(Database &db, QString channel, QObject *parent = nullptr);
    ~NotificationListener() override;
    Q_DISABLE_COPY_MOVE(NotificationListener)

    /// Opens the connection (same server, user and options as the Database's) and LISTENs.
    [[nodiscard]] Status open();
    /// One cheap round trip: false when the connection is gone.
    [[nodiscard]] bool ping();
    /// The server process serving this connection (tests end it to simulate a restart).
    [[nodiscard]] qint64 backendPid();

Q_SIGNALS:
    void received(const QString &payload);

private:
    void close();

    Database &m_db;
    QString m_channel;
    QString m_connectionName;
};

} // namespace Relais::Core
