#pragma once

#include "casefile/changenotifier.h"

#include <QObject>
#include <QSet>
#include <QTimer>

class QFileSystemWatcher;

#include <memory>

namespace Relais::Core {

class Database;
class NotificationListener;

/// Brings changes committed by other sessions — other desktops on the same server, another
/// program on the same SQLite file — into this process, so open windows refresh by themselves.
///
/// PostgreSQL: LISTENs on the case file's channel over a connection of its own (announced by
/// triggers at every commit, see migrations.cpp) and re-emits each change on the
/// ChangeNotifier, naming the case; this session's own writes, known by their backend pid,
/// were announced by the services already. It also watches both connections: when the server
/// goes away it says so, tries again at every check, and once back it listens again and asks
/// for everything to be reloaded, since announcements sent meanwhile were lost.
/// SQLite: watches the file and its write-ahead log; when another connection committed
/// (PRAGMA data_version moved), everything is reloaded, as the file cannot say what changed.
///
/// Nothing happens until start(); the command-line tool never starts one.
class ChangeFeed final : public QObject
{
    Q_OBJECT
public:
    ChangeFeed(Database &db, ChangeNotifier &notifier, QObject *parent = nullptr);
    ~ChangeFeed() override;

    /// Begins listening or watching. `checkEveryMs`: how often the connection (PostgreSQL) or
    /// the file (SQLite, besides the file watcher) is looked at; while the server is away,
    /// reconnecting is tried less and less often, up to 20 times that.
    [[nodiscard]] Status start(int checkEveryMs = 3000);
    [[nodiscard]] bool isStarted() const { return m_started; }
    /// False while the connection to the server is lost.
    [[nodiscard]] bool isConnected() const { return m_connected; }
    /// How long until the next check now (longer while the server is away).
    [[nodiscard]] int checkInterval() const { return m_check.interval(); }
    /// The server process of the listening connection (tests end it to simulate a restart).
    [[nodiscard]] qint64 listenerBackendPid();

    /// The cases a change from elsewhere touched, gathered over a short moment so a burst of
    /// announcements becomes one refresh. Ids as announced; 0 when the change names none.
    static constexpr int gatherMs = 150;

Q_SIGNALS:
    /// Other sessions changed these cases (`everything`: reload all, the change cannot be named).
    void changedElsewhere(const QSet<Relais::Core::Id> &caseIds, bool everything);
    void connectionLost(const QString &reason);
    void reconnected();

private:
    void announce(const QString &payload);
    void checkConnection();
    void regained();
    void checkFile();
    void watchFile();
    void flush();
    [[nodiscard]] qint64 dataVersion();

    Database &m_db;
    ChangeNotifier &m_notifier;
    QTimer m_check;
    QTimer m_gather;
    QFileSystemWatcher *m_watcher = nullptr;
    std::unique_ptr<NotificationListener> m_listener;
    QSet<Id> m_pendingCases;
    bool m_pendingEverything = false;
    bool m_started = false;
    bool m_connected = true;
    int m_checkEveryMs = 3000;
    // While the server is away, checks space out up to this many times the usual interval.
    static constexpr int maxBackoff = 20;
    bool m_checking = false;
    bool m_reconnectedDuringCheck = false;
    qint64 m_dataVersion = -1;
};

} // namespace Relais::Core
