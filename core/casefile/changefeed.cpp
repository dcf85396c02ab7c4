#include "casefile/changefeed.h"

#include "common/logging.h"
#include "storage/database.h"
#include "storage/notificationlistener.h"

#include <QFileInfo>
#include <QFileSystemWatcher>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core {

ChangeFeed::ChangeFeed(Database &db, ChangeNotifier &notifier, QObject *parent)
    : QObject(parent), m_db(db), m_notifier(notifier)
{
    m_gather.setSingleShot(true);
    m_gather.setInterval(gatherMs);
    connect(&m_gather, &QTimer::timeout, this, &ChangeFeed::flush);
}

ChangeFeed::~ChangeFeed()
{
    m_db.setReconnectHandler({});
}

Status ChangeFeed::start(int checkEveryMs)
{
    if (m_started)
        return {};
    m_checkEveryMs = checkEveryMs;
    m_check.setInterval(checkEveryMs);
    if (m_db.engine() == Database::Engine::Postgres) {
        // The announcement triggers' channel for this case file's schema (migrations.cpp).
        auto channel = m_db.scalar(u"SELECT 'relais_' || md5(current_schema())"_s);
        if (!channel)
            return std::unexpected(channel.error());
        m_listener = std::make_unique<NotificationListener>(m_db, channel->toString());
        connect(m_listener.get(), &NotificationListener::received, this, &ChangeFeed::announce);
        if (auto listening = m_listener->open(); !listening)
            return listening;
        // However the case file's connection comes back (at a check, or inside a write),
        // what was announced while it was down is gone: reload.
        m_db.setReconnectHandler([this] {
            if (m_checking) {
                m_reconnectedDuringCheck = true; // checkConnection() tells, once
                return;
            }
            m_pendingEverything = true;
            m_gather.start();
            if (m_connected)
                Q_EMIT reconnected();
        });
        connect(&m_check, &QTimer::timeout, this, &ChangeFeed::checkConnection);
    } else {
        m_dataVersion = dataVersion();
        m_watcher = new QFileSystemWatcher(this);
        connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &ChangeFeed::checkFile);
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &ChangeFeed::checkFile);
        watchFile();
        connect(&m_check, &QTimer::timeout, this, &ChangeFeed::checkFile);
    }
    m_check.start();
    m_started = true;
    return {};
}

qint64 ChangeFeed::listenerBackendPid()
{
    return m_listener ? m_listener->backendPid() : 0;
}

// "PID event CASE SEQ", "PID case CASE", "PID handoff HANDOFF CASE", "PID client CLIENT",
// "PID calendars", PID being the writing session's server process.
void ChangeFeed::announce(const QString &payload)
{
    const QStringList words = payload.split(u' ', Qt::SkipEmptyParts);
    // This session's own changes were announced by the services already.
    if (words.value(0).toLongLong() == m_db.backendPid())
        return;
    qCDebug(lcDb) << "change from elsewhere:" << payload;
    const auto number = [&](qsizetype i) { return i < words.size() ? words.at(i).toLongLong() : Id(0); };
    const QString kind = words.value(1);
    if (kind == u"event"_s) {
        Q_EMIT m_notifier.eventAppended(number(2), int(number(3)));
        m_pendingCases.insert(number(2));
    } else if (kind == u"case"_s) {
        Q_EMIT m_notifier.caseChanged(number(2));
        m_pendingCases.insert(number(2));
    } else if (kind == u"handoff"_s) {
        Q_EMIT m_notifier.handoffChanged(number(2), number(3));
        m_pendingCases.insert(number(3));
    } else if (kind == u"client"_s) {
        Q_EMIT m_notifier.clientChanged(number(2));
        m_pendingCases.insert(0);
    } else if (kind == u"calendars"_s) {
        Q_EMIT m_notifier.calendarsChanged();
        m_pendingCases.insert(0);
    } else {
        qCWarning(lcDb) << "unknown change announcement" << payload;
        return;
    }
    if (!m_gather.isActive())
        m_gather.start();
}

void ChangeFeed::flush()
{
    const bool everything = m_pendingEverything;
    const QSet<Id> cases = std::exchange(m_pendingCases, {});
    m_pendingEverything = false;
    if (everything)
        Q_EMIT m_notifier.everythingChanged();
    if (everything || !cases.isEmpty())
        Q_EMIT changedElsewhere(cases, everything);
}

// A cheap round trip on each connection shows whether the server is still there; a socket
// alone may not say so for minutes. The case file's connection reopens by itself on a read;
// the listener is reopened here.
void ChangeFeed::checkConnection()
{
    m_checking = true;
    m_reconnectedDuringCheck = false;
    auto alive = m_db.scalar(u"SELECT 1"_s);
    m_checking = false;
    bool listening = m_listener->ping();
    bool listenerReopened = false;
    if (!listening) {
        listening = bool(m_listener->open());
        listenerReopened = listening;
    }
    if (alive && listening) {
        if (!m_connected || listenerReopened || m_reconnectedDuringCheck)
            regained();
        return;
    }
    if (!m_connected) {
        // Said already; keep trying, less and less often: against a host that does not answer
        // at all, each attempt may wait for the connect timeout.
        m_check.setInterval(std::min(m_check.interval() * 2, maxBackoff * m_checkEveryMs));
        return;
    }
    m_connected = false;
    const QString reason = alive ? Tr::tr("The database server %1 cannot be reached.").arg(m_db.path())
                                 : alive.error().message;
    qCWarning(lcDb).noquote() << "lost the connection to" << m_db.path() << ":" << reason;
    Q_EMIT connectionLost(reason);
}

void ChangeFeed::regained()
{
    m_connected = true;
    m_check.setInterval(m_checkEveryMs);
    qCInfo(lcDb).noquote() << "connected again to" << m_db.path();
    Q_EMIT reconnected();
    m_pendingEverything = true;
    m_gather.start();
}

void ChangeFeed::watchFile()
{
    const QFileInfo file(m_db.path());
    QStringList paths{file.absoluteFilePath(), file.absoluteFilePath() + u"-wal"_s, file.absolutePath()};
    for (const QString &path : std::as_const(paths))
        if (QFileInfo::exists(path) && !m_watcher->files().contains(path) && !m_watcher->directories().contains(path))
            m_watcher->addPath(path);
}

qint64 ChangeFeed::dataVersion()
{
    auto version = m_db.scalar(u"PRAGMA data_version"_s);
    return version ? version->toLongLong() : -1;
}

void ChangeFeed::checkFile()
{
    // A write-ahead log deleted and made again is a new file to the watcher.
    watchFile();
    // data_version moves only for commits by other connections, never for this one's.
    const qint64 version = dataVersion();
    if (version == m_dataVersion || version < 0)
        return;
    m_dataVersion = version;
    m_pendingEverything = true;
    if (!m_gather.isActive())
        m_gather.start();
}

} // namespace Relais::Core
