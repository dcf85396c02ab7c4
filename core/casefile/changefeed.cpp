#include "casefile/changefeed.h"

#include "common/logging.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSqlDriver>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core {

namespace {

const QString channel = u"relais_changes"_s;

} // namespace

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
    m_check.setInterval(checkEveryMs);
    if (m_db.engine() == Database::Engine::Postgres) {
        // However the connection comes back (here, or inside a write), listen again and
        // reload: what was announced while it was down is gone.
        m_db.setReconnectHandler([this] {
            subscribe();
            m_connected = true;
            Q_EMIT reconnected();
            m_pendingEverything = true;
            m_gather.start();
        });
        subscribe();
        if (!m_db.connection().driver()->subscribedToNotifications().contains(channel))
            return fail(ErrorCode::Storage, Tr::tr("Cannot listen for changes on %1.").arg(m_db.path()));
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

void ChangeFeed::subscribe()
{
    QSqlDriver *driver = m_db.connection().driver();
    if (!driver)
        return;
    // The driver forgets its subscriptions when the connection closes; connect once.
    disconnect(driver, &QSqlDriver::notification, this, nullptr);
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                onNotification(name, int(source), payload);
            });
    if (!driver->subscribedToNotifications().contains(channel) && !driver->subscribeToNotification(channel))
        qCWarning(lcDb) << "cannot LISTEN on" << channel << ":" << driver->lastError().text();
}

void ChangeFeed::onNotification(const QString &name, int source, const QVariant &payload)
{
    // This session's own changes were announced by the services already.
    if (name != channel || source == int(QSqlDriver::SelfSource))
        return;
    announce(payload.toString());
}

// "event CASE SEQ", "case CASE", "handoff HANDOFF CASE", "client CLIENT", "calendars".
void ChangeFeed::announce(const QString &payload)
{
    const QStringList words = payload.split(u' ', Qt::SkipEmptyParts);
    const auto number = [&](qsizetype i) { return i < words.size() ? words.at(i).toLongLong() : Id(0); };
    const QString kind = words.value(0);
    if (kind == u"event"_s) {
        Q_EMIT m_notifier.eventAppended(number(1), int(number(2)));
        m_pendingCases.insert(number(1));
    } else if (kind == u"case"_s) {
        Q_EMIT m_notifier.caseChanged(number(1));
        m_pendingCases.insert(number(1));
    } else if (kind == u"handoff"_s) {
        Q_EMIT m_notifier.handoffChanged(number(1), number(2));
        m_pendingCases.insert(number(2));
    } else if (kind == u"client"_s) {
        Q_EMIT m_notifier.clientChanged(number(1));
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

// A cheap round trip shows whether the server is still there; the socket alone may not say
// so for minutes. Skipped mid-write: the write's own failure will tell.
void ChangeFeed::checkConnection()
{
    // A read reconnects by itself when it can (the reconnect handler above then tells);
    // failing that, say so once and keep trying at every check.
    auto alive = m_db.scalar(u"SELECT 1"_s);
    if (alive || !m_db.connectionLost() || !m_connected)
        return;
    m_connected = false;
    qCWarning(lcDb).noquote() << "lost the connection to" << m_db.path() << ":" << alive.error().message;
    Q_EMIT connectionLost(alive.error().message);
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
