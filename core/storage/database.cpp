#include "storage/database.h"

#include "common/logging.h"
#include "storage/migrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QRegularExpression>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"relais-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// What the first 100 bytes of a file say it is.
enum class FileKind { Empty, Sqlite, Truncated, Other };

// A file that exists but does not start like a SQLite database is somebody else's, and one
// shorter than its header says was cut off (a copy stopped half-way, a full disk): refuse both
// before SQLite touches them.
FileKind fileKind(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileKind::Other;
    const QByteArray header = file.read(100);
    if (header.isEmpty())
        return FileKind::Empty;
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return FileKind::Other;
    if (header.size() < 100)
        return FileKind::Truncated;
    const auto bigEndian = [&](int at, int bytes) {
        quint64 value = 0;
        for (int i = 0; i < bytes; ++i)
            value = (value << 8) | quint8(header.at(at + i));
        return value;
    };
    // Page size at offset 16 (1 means 65536); the page count at 28 is trustworthy only when the
    // "version valid for" number at 92 equals the change counter at 24 (SQLite's file format).
    const quint64 pageSize = bigEndian(16, 2) == 1 ? 65536 : bigEndian(16, 2);
    const quint64 pages = bigEndian(28, 4);
    // A checkpoint killed half-way leaves the file shorter than its new header says while the
    // write-ahead log still holds every page: SQLite finishes it at the next open. Only a file
    // without a log to finish from is really cut short.
    const bool logToReplay = QFileInfo(path + u"-wal"_s).size() > 0;
    if (!logToReplay && bigEndian(92, 4) == bigEndian(24, 4) && quint64(file.size()) < pageSize * pages)
        return FileKind::Truncated;
    return FileKind::Sqlite;
}

// Where a PostgreSQL URL points, split for QPSQL.
struct PostgresTarget {
    QString host;
    int port = -1;
    QString user;
    QString password;
    QString database;
    QString options;   // libpq "key='value'" pairs joined by ';' as QPSQL wants them
    QString display;   // the URL without password or options, for messages and path()
    QString hostPort;  // "host:port" for messages
};

// libpq's conninfo quoting: single quotes, with backslash and quote escaped.
QString quotedOption(QString value)
{
    value.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
    return u"'%1'"_s.arg(value);
}

// What was typed, with any password blanked: error messages must never show one.
QString withoutPassword(const QString &text)
{
    // Up to the last '@': a password may hold an unencoded '/' or '@', or a line break pasted
    // with it ('.' must cross it too); hiding too much is fine.
    static const QRegularExpression userInfo(u"(://[^/@:]*:).*@"_s, QRegularExpression::DotMatchesEverythingOption);
    QString out = text;
    return out.replace(userInfo, u"\\1***@"_s);
}

Result<PostgresTarget> parsePostgresUrl(const QString &text)
{
    const auto invalid = [&](const QString &why) {
        return fail(ErrorCode::Invalid,
                    Tr::tr("%1 is not a valid PostgreSQL address: %2. Expected "
                           "postgresql://user@host:port/database.").arg(withoutPassword(text), why));
    };
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    // QUrl::errorString() quotes the whole URL, password included: say what is wrong ourselves.
    if (!url.isValid())
        return invalid(Tr::tr("it cannot be read as a URL (check the port and any special "
                              "characters, which must be percent-encoded)"));
    const QString scheme = url.scheme().toLower();
    if (scheme != u"postgresql"_s && scheme != u"postgres"_s)
        return invalid(Tr::tr("it must start with postgresql://"));
    if (url.hasFragment())
        return invalid(Tr::tr("it has a #fragment"));
    if (url.port() == 0)
        return invalid(Tr::tr("port 0 does not exist"));
    QString database = url.path(QUrl::FullyDecoded);
    if (database.startsWith(u'/'))
        database.remove(0, 1);
    if (database.isEmpty())
        return invalid(Tr::tr("the database name is missing"));
    if (database.contains(u'/'))
        return invalid(Tr::tr("the database name cannot contain /"));

    PostgresTarget target;
    target.host = url.host(QUrl::FullyDecoded);
    target.port = url.port(-1);
    target.user = url.userName(QUrl::FullyDecoded);
    target.password = url.password(QUrl::FullyDecoded);
    target.database = database;

    static const QRegularExpression optionName(u"^[a-z_]+$"_s);
    QStringList options;
    bool hasTimeout = false;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!optionName.match(key).hasMatch())
            return invalid(Tr::tr("\"%1\" is not a connection option").arg(key));
        // QPSQL splits its options at ';', so one inside a value would cut it in two.
        if (value.contains(u';'))
            return invalid(Tr::tr("the value of %1 contains ';'").arg(key));
        options.append(u"%1=%2"_s.arg(key, quotedOption(value)));
        hasTimeout = hasTimeout || key == u"connect_timeout"_s;
    }
    // libpq waits for an unreachable host for as long as TCP does (minutes); a person at the
    // welcome screen should hear back sooner.
    if (!hasTimeout)
        options.append(u"connect_timeout=10"_s);
    target.options = options.join(u';');

    const QString shownHost = target.host.isEmpty() ? u"localhost"_s
                              : target.host.contains(u':') ? u"[%1]"_s.arg(target.host)
                                                            : target.host;
    target.hostPort = u"%1:%2"_s.arg(shownHost).arg(target.port == -1 ? 5432 : target.port);
    target.display = u"postgresql://%1%2/%3"_s.arg(
        target.user.isEmpty() ? QString() : target.user + u'@', target.hostPort, target.database);
    return target;
}

} // namespace

bool isPasswordRefusal(const QString &message)
{
    // libpq's client-side "fe_sendauth: no password supplied" is never translated; the server's
    // refusal follows its lc_messages, and French is what a Moroccan server may well speak.
    static const QStringList refusals{
        u"no password supplied"_s,
        u"password authentication failed"_s,
        u"authentification par mot de passe échouée"_s,
    };
    for (const QString &refusal : refusals)
        if (message.contains(refusal, Qt::CaseInsensitive))
            return true;
    return false;
}

QString postgresAddressForPeople(const QString &url)
{
    auto target = parsePostgresUrl(url);
    return target ? target->display : QString();
}

QVariant toStored(const QDateTime &instant)
{
    return instant.isValid() ? QVariant(instant.toMSecsSinceEpoch()) : QVariant();
}

QDateTime fromStored(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

Database::Database(Engine engine, QString path, QString connectionName)
    : m_engine(engine), m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(u"relais.sqlite"_s);
}

bool Database::isPostgresUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
           || trimmed.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

Result<std::unique_ptr<Database>> Database::open(const QString &pathOrUrl, OpenMode mode)
{
    return isPostgresUrl(pathOrUrl) ? openPostgres(pathOrUrl, mode) : openSqlite(pathOrUrl, mode);
}

Result<std::unique_ptr<Database>> Database::openPostgres(const QString &url, OpenMode mode,
                                                          const QString &password)
{
    auto target = parsePostgresUrl(url);
    if (!target)
        return std::unexpected(target.error());
    if (!password.isEmpty())
        target->password = password;

    std::unique_ptr<Database> db(new Database(Engine::Postgres, target->display, nextConnectionName()));
    QSqlDatabase connection = QSqlDatabase::addDatabase(u"QPSQL"_s, db->m_connectionName);
    if (!connection.isValid())
        return fail(ErrorCode::Storage, Tr::tr("Cannot reach PostgreSQL: the Qt driver QPSQL is not "
                                               "installed (Debian package libqt6sql6-psql)."));
    if (!target->host.isEmpty())
        connection.setHostName(target->host);
    if (target->port != -1)
        connection.setPort(target->port);
    connection.setUserName(target->user);
    connection.setPassword(target->password);
    connection.setDatabaseName(target->database);
    connection.setConnectOptions(target->options);
    if (!connection.open()) {
        const QSqlError error = connection.lastError();
        QString reason = (error.databaseText().isEmpty() ? error.text() : error.databaseText()).simplified();
        if (!target->password.isEmpty())
            reason.replace(target->password, u"***"_s);
        qCWarning(lcDb).noquote() << "cannot connect to" << target->display << ":" << reason;
        return fail(ErrorCode::Storage, Tr::tr("Cannot connect to the PostgreSQL database %1 on %2: %3")
                                            .arg(target->database, target->hostPort, reason));
    }
    if (auto ok = db->configurePostgresSession(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = db->checkIsRelaisDatabase(mode); !ok)
        return std::unexpected(ok.error());
    if (auto ok = db->migrate(); !ok)
        return std::unexpected(ok.error());
    return db;
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path, OpenMode mode)
{
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return fail(ErrorCode::Invalid, Tr::tr("%1 is a folder, not a case file.").arg(path));
    if (!info.exists()) {
        if (mode == OpenMode::MustExist)
            return fail(ErrorCode::NotFound, Tr::tr("There is no case file at %1.").arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return fail(ErrorCode::Storage,
                        Tr::tr("Cannot create the folder %1.").arg(info.absolutePath()));
    } else if (const FileKind kind = fileKind(path); kind == FileKind::Other) {
        return fail(ErrorCode::Invalid,
                    Tr::tr("%1 is not a Relais case file (it is not a SQLite database). "
                           "It was left untouched.").arg(path));
    } else if (kind == FileKind::Truncated) {
        return fail(ErrorCode::Invalid,
                    Tr::tr("%1 is cut short: the file is smaller than its own header says, as when a copy "
                           "stopped half-way. It was left untouched; restore it from a backup.").arg(path));
    }

    std::unique_ptr<Database> db(new Database(Engine::Sqlite, path, nextConnectionName()));
    QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, db->m_connectionName);
    connection.setDatabaseName(path);
    // Another writer holds the lock: wait for it (bounded) rather than fail at once.
    connection.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(sqliteBusyTimeoutMs));
    if (!connection.open())
        return fail(ErrorCode::Storage, Tr::tr("Cannot open %1: %2")
                                            .arg(path, connection.lastError().text()));
    if (auto ok = db->checkIsRelaisDatabase(mode); !ok)
        return std::unexpected(ok.error());
    if (auto ok = db->configureSqlite(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = db->migrate(); !ok)
        return std::unexpected(ok.error());
    return db;
}

// Session settings, applied on every (re)connection.
Status Database::configurePostgresSession()
{
    // libpq prints NOTICEs ("relation ... already exists, skipping") on stderr by default.
    // A session stuck holding a lock must not hang everyone else: like SQLite's busy timeout,
    // wait up to 10 seconds for a lock, then give up with a clear message.
    for (const auto &setting : {u"SET client_min_messages TO warning"_s, u"SET lock_timeout = '10s'"_s})
        if (auto ok = execute(setting); !ok)
            return ok;
    return {};
}

Status Database::reconnect()
{
    if (m_engine != Engine::Postgres)
        return {};
    if (m_transactionDepth > 0)
        return fail(ErrorCode::Storage, Tr::tr("Cannot reconnect in the middle of a change."));
    // Prepared statements belong to the old session.
    m_statements.clear();
    QSqlDatabase db = connection();
    db.close();
    if (!db.open()) {
        const QSqlError error = db.lastError();
        const QString reason = (error.databaseText().isEmpty() ? error.text() : error.databaseText()).simplified();
        qCWarning(lcDb).noquote() << "cannot reconnect to" << m_path << ":" << reason;
        return fail(ErrorCode::Storage, Tr::tr("The database server %1 cannot be reached: %2").arg(m_path, reason));
    }
    m_connectionLost = false;
    m_backendPid = 0;
    if (auto ok = configurePostgresSession(); !ok)
        return ok;
    qCInfo(lcDb).noquote() << "reconnected to" << m_path;
    if (m_onReconnect)
        m_onReconnect();
    return {};
}

qint64 Database::backendPid()
{
    if (m_engine != Engine::Postgres)
        return 0;
    if (m_backendPid == 0)
        m_backendPid = scalar(u"SELECT pg_backend_pid()"_s).value_or(QVariant(0)).toLongLong();
    return m_backendPid;
}

void Database::afterWrite(std::function<void()> task)
{
    if (m_transactionDepth == 0) {
        task();
        return;
    }
    m_afterWrite.append(std::move(task));
}

void Database::runAfterWrite()
{
    // Taken out first: a task may write, and so come back through write() and here.
    const QList<std::function<void()>> tasks = std::exchange(m_afterWrite, {});
    for (const auto &task : tasks)
        task();
}

Status Database::prepareWriteAttempt()
{
    // What an earlier attempt queued belongs to that attempt; this one queues its own again.
    m_afterWrite.clear();
    m_transientFailure = false;
    m_lostDuringCommit = false;
    if (auto present = checkFileStillThere(); !present)
        return present;
    // A change made after the server came back goes through without a word.
    if (m_connectionLost)
        return reconnect();
    return {};
}

bool Database::shouldRetryWrite(int attempt)
{
    if (attempt >= (m_engine == Engine::Sqlite ? maxSqliteWriteAttempts : maxWriteAttempts))
        return false;
    if (m_connectionLost) {
        // During COMMIT the server may have saved the change before the line dropped: running
        // it again could save it twice.
        if (m_lostDuringCommit)
            return false;
        qCInfo(lcDb) << "connection lost during a change; reconnecting and trying again";
        return true;
    }
    if (!m_transientFailure)
        return false;
    // Sessions refused together must not collide again in lockstep: wait a random, growing moment.
    const int ceiling = 10 * (1 << attempt);
    QThread::msleep(ulong(QRandomGenerator::global()->bounded(ceiling / 2, ceiling)));
    qCDebug(lcDb) << "write attempt" << attempt << "met a concurrent change; trying again";
    return true;
}

Status Database::checkFileStillThere() const
{
    if (m_engine != Engine::Sqlite || QFileInfo::exists(m_path))
        return {};
    qCWarning(lcDb).noquote() << "the case file" << m_path << "is gone";
    return fail(ErrorCode::Storage, Tr::tr("The case file %1 is no longer there: its folder was moved, renamed or "
                                           "deleted, or its drive was removed. This change was not saved. Put the "
                                           "file back, or open it where it is now.").arg(m_path));
}

void Database::noteFailure(const QSqlError &error)
{
    if (m_engine == Engine::Sqlite) {
        // SQLITE_BUSY or SQLITE_LOCKED once the busy timeout ran out: another writer kept the
        // lock all that time. Nothing was written; a new attempt may well get it.
        const QString code = error.nativeErrorCode();
        if (code == u"5"_s || code == u"6"_s)
            m_transientFailure = true;
        return;
    }
    const QString state = error.nativeErrorCode();
    if (state == u"40001"_s || state == u"40P01"_s)
        m_transientFailure = true;
    // Class 08 (connection exception), 57P01..03 (admin shutdown, crash shutdown, cannot connect
    // now); a dead socket may also come back with no SQLSTATE at all.
    static const QRegularExpression libpqLost(
        u"server closed the connection|no connection to the server|could not (send|receive) data"_s);
    // The driver itself closes the connection when it finds the socket dead.
    const bool lost = !connection().isOpen() || state.startsWith(u"08"_s) || state.startsWith(u"57P"_s)
                      || (state.isEmpty() && error.type() == QSqlError::ConnectionError)
                      || (state.isEmpty() && libpqLost.match(error.text()).hasMatch());
    if (lost) {
        m_connectionLost = true;
        m_lostDuringCommit = m_committing;
    }
}

// Runs before anything writes: a database with tables but without our migration table, or
// with a schema newer than this build knows, is refused unmodified. On PostgreSQL, "the
// database" is the connection's current schema.
Status Database::checkIsRelaisDatabase(OpenMode mode)
{
    const bool postgres = m_engine == Engine::Postgres;
    if (postgres) {
        auto schema = scalar(u"SELECT current_schema()"_s);
        if (!schema)
            return std::unexpected(schema.error());
        if (schema->isNull())
            return fail(ErrorCode::Invalid,
                        Tr::tr("%1 has no schema to hold a case file: the schemas in search_path "
                               "do not exist.").arg(m_path));
    }
    auto tables = scalar(postgres ? u"SELECT count(*) FROM information_schema.tables "
                                    "WHERE table_schema = current_schema()"_s
                                  : u"SELECT count(*) FROM sqlite_master WHERE type = 'table'"_s);
    if (!tables)
        return fail(ErrorCode::Invalid,
                    Tr::tr("%1 cannot be read as a case file (%2). It was left untouched.")
                        .arg(m_path, tables.error().message));
    if (tables->toInt() == 0) {
        // An empty SQLite file is one we created a moment ago; an empty server database is
        // one nobody has prepared yet.
        if (postgres && mode == OpenMode::MustExist)
            return fail(ErrorCode::NotFound,
                        Tr::tr("The PostgreSQL database %1 holds no case file yet. Prepare it "
                               "with relais-cli init.").arg(m_path));
        return {};
    }
    auto hasMigrations = scalar(
        postgres ? u"SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                   "current_schema() AND table_name = 'schema_migrations'"_s
                 : u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"_s);
    if (!hasMigrations)
        return std::unexpected(hasMigrations.error());
    if (hasMigrations->toInt() == 0)
        return fail(ErrorCode::Invalid,
                    postgres ? Tr::tr("The PostgreSQL database %1 holds tables of another program, "
                                      "not a Relais case file. It was left untouched.").arg(m_path)
                             : Tr::tr("%1 is a SQLite database of another program, not a Relais "
                                      "case file. It was left untouched.").arg(m_path));
    // A file whose pages cannot be read (cut short, overwritten) must not be taken for an empty
    // one and "migrated" from scratch.
    auto read = scalar(u"SELECT max(version) FROM schema_migrations"_s);
    if (!read)
        return fail(ErrorCode::Invalid, Tr::tr("%1 cannot be read as a case file (%2). It was left untouched; "
                                               "restore it from a backup.").arg(m_path, read.error().message));
    const int version = read->toInt();
    if (version > latestSchemaVersion())
        return fail(ErrorCode::Invalid,
                    Tr::tr("%1 was made by a newer version of Relais (schema %2; this one knows up "
                           "to %3). Update Relais to open it; the file was left untouched.")
                        .arg(m_path).arg(version).arg(latestSchemaVersion()));
    return {};
}

// The only place SQLite pragmas are set.
Status Database::configureSqlite()
{
    auto mode = scalar(u"PRAGMA journal_mode = WAL"_s);
    if (!mode)
        return std::unexpected(mode.error());
    if (mode->toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        qCWarning(lcDb) << "journal_mode is" << mode->toString() << "instead of wal for" << m_path;
    for (const auto &pragma : {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = FULL"_s})
        if (auto ok = execute(pragma); !ok)
            return ok;
    return {};
}

int Database::latestSchemaVersion()
{
    return migrationsFor(Engine::Sqlite).constLast().version;
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(u"SELECT max(version) FROM schema_migrations"_s) || !query.next())
        return 0;
    return query.value(0).toInt();
}

Status Database::migrate()
{
    if (m_engine != Engine::Postgres)
        return migrateSteps();
    // Two instances starting on a fresh server: one migrates while the other waits here, then
    // finds nothing left to do. (On SQLite, BEGIN IMMEDIATE gives the same.) A session lock,
    // because it must also cover creating schema_migrations.
    static constexpr auto lockKey = u"SELECT pg_advisory_lock(hashtext('relais schema migration'))";
    static constexpr auto unlockKey = u"SELECT pg_advisory_unlock(hashtext('relais schema migration'))";
    if (auto ok = execute(QString::fromUtf16(lockKey)); !ok)
        return ok;
    auto migrated = migrateSteps();
    if (auto ok = execute(QString::fromUtf16(unlockKey)); !ok)
        qCWarning(lcDb) << "could not release the migration lock:" << ok.error().message;
    return migrated;
}

Status Database::migrateSteps()
{
    if (auto ok = execute(migrationTableFor(m_engine)); !ok)
        return ok;
    const int current = schemaVersion();
    for (const Migration &migration : migrationsFor(m_engine)) {
        if (migration.version <= current)
            continue;
        auto applied = write([&]() -> Status {
            // Another process may have applied it while we waited for the write lock.
            if (schemaVersion() >= migration.version)
                return {};
            for (const QString &statement : migration.statements)
                if (auto ok = execute(statement); !ok)
                    return ok;
            auto recorded = insert(u"INSERT INTO schema_migrations (version, description, applied_at) "
                                   "VALUES (:version, :description, :at)"_s,
                                   {{u":version"_s, migration.version},
                                    {u":description"_s, migration.description},
                                    {u":at"_s, toStored(now())}});
            if (!recorded)
                return std::unexpected(recorded.error());
            return {};
        });
        if (!applied) {
            qCWarning(lcDb) << "migration" << migration.version << "failed:" << applied.error().message;
            return fail(applied.error().code,
                        Tr::tr("Could not upgrade the case file to schema %1: %2")
                            .arg(migration.version)
                            .arg(applied.error().message));
        }
        qCDebug(lcDb) << "applied migration" << migration.version << migration.description;
    }
    return {};
}

QDateTime Database::now() const
{
    const QDateTime instant = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    return instant.toUTC();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Error Database::storageError(const QSqlQuery &query, const QString &what)
{
    const QSqlError error = query.lastError();
    qCWarning(lcDb).noquote() << what << "failed:" << error.text() << "| SQL:" << query.lastQuery();
    const QString text = error.databaseText();
    if (text.contains(u"append-only"_s))
        return {ErrorCode::Invalid, Tr::tr("Timeline events cannot be changed or deleted; record a "
                                           "correction instead.")};
    if (query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL)
        return postgresError(error);
    if (text.contains(u"UNIQUE constraint"_s))
        return {ErrorCode::Conflict, Tr::tr("This already exists.")};
    if (text.contains(u"FOREIGN KEY constraint"_s))
        return {ErrorCode::Invalid, Tr::tr("This refers to something that does not exist.")};
    if (text.contains(u"locked"_s) || text.contains(u"busy"_s))
        return {ErrorCode::Storage, Tr::tr("The case file is busy: another program kept it locked "
                                           "too long. Nothing was changed; try again.")};
    if (text.contains(u"readonly"_s) || text.contains(u"read-only"_s))
        return {ErrorCode::Storage, Tr::tr("The case file is read-only. Nothing was changed.")};
    if (text.contains(u"full"_s))
        return {ErrorCode::Storage, Tr::tr("The disk is full. Nothing was changed.")};
    return {ErrorCode::Storage, Tr::tr("The case file could not be read or written (%1).").arg(text)};
}

// PostgreSQL names its failures by SQLSTATE; SQLite's texts above would misread its messages.
Error Database::postgresError(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    if (state == u"23505"_s) // unique_violation
        return {ErrorCode::Conflict, Tr::tr("This already exists.")};
    if (state == u"23503"_s) // foreign_key_violation
        return {ErrorCode::Invalid, Tr::tr("This refers to something that does not exist.")};
    if (state == u"40001"_s || state == u"40P01"_s) // serialization_failure, deadlock_detected
        return {ErrorCode::Storage, Tr::tr("Someone else changed the same thing at the same moment. "
                                           "Nothing was changed; try again.")};
    if (state == u"55P03"_s) // lock_not_available: lock_timeout ran out
        return {ErrorCode::Storage, Tr::tr("The case file is busy: another session kept it locked "
                                           "too long. Nothing was changed; try again.")};
    if (state == u"25006"_s) // read_only_sql_transaction
        return {ErrorCode::Storage, Tr::tr("The case file is read-only. Nothing was changed.")};
    if (state == u"53100"_s) // disk_full
        return {ErrorCode::Storage, Tr::tr("The disk is full. Nothing was changed.")};
    if (state.startsWith(u"08"_s) || state.startsWith(u"57P"_s)) // connection lost, server shut down
        return {ErrorCode::Storage, Tr::tr("The connection to the database server was lost. "
                                           "Nothing was changed.")};
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return {ErrorCode::Storage, Tr::tr("The case file could not be read or written (%1).").arg(text)};
}

Result<QSqlQuery *> Database::run(const QString &sql, const Bindings &bindings)
{
    // Outside a transaction a lost connection is reopened before a statement, and a read that
    // met the loss runs again once: reading twice changes nothing. (Writes go through write(),
    // which knows when running again is safe.)
    const bool mayReconnect = m_engine == Engine::Postgres && m_transactionDepth == 0;
    if (mayReconnect && m_connectionLost)
        if (auto ok = reconnect(); !ok)
            return std::unexpected(ok.error());
    auto result = runOnce(sql, bindings);
    static const QRegularExpression read(u"^\\s*(SELECT|WITH)\\b"_s, QRegularExpression::CaseInsensitiveOption);
    if (!result && mayReconnect && m_connectionLost && read.match(sql).hasMatch()) {
        if (auto ok = reconnect(); !ok)
            return std::unexpected(ok.error());
        result = runOnce(sql, bindings);
    }
    return result;
}

Result<QSqlQuery *> Database::runOnce(const QString &sql, const Bindings &bindings)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(connection());
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            noteFailure(query.lastError());
            return std::unexpected(storageError(query, u"prepare"_s));
        }
        it = m_statements.insert(sql, std::move(query));
    }
    QSqlQuery &query = it.value();
    for (const auto &[name, value] : bindings) {
        // A null QString is "no text", not SQL NULL: text columns are NOT NULL DEFAULT ''.
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        // Flags are integer columns on both engines; QSQLITE binds a bool as 0/1, QPSQL as
        // TRUE/FALSE, which PostgreSQL refuses for an integer.
        const bool flag = m_engine == Engine::Postgres && value.typeId() == QMetaType::Bool;
        query.bindValue(name, nullText ? QVariant(QString(u""_s))
                              : flag   ? QVariant(value.toBool() ? 1 : 0)
                                       : value);
    }
    if (!query.exec()) {
        noteFailure(query.lastError());
        Error error = storageError(query, u"statement"_s);
        query.finish();
        return std::unexpected(error);
    }
    return &query;
}

Result<QList<QSqlRecord>> Database::select(const QString &sql, const Bindings &bindings)
{
    auto query = run(sql, bindings);
    if (!query)
        return std::unexpected(query.error());
    QList<QSqlRecord> rows;
    while ((*query)->next())
        rows.append((*query)->record());
    (*query)->finish();
    return rows;
}

Result<std::optional<QSqlRecord>> Database::selectOne(const QString &sql, const Bindings &bindings)
{
    auto query = run(sql, bindings);
    if (!query)
        return std::unexpected(query.error());
    std::optional<QSqlRecord> row;
    if ((*query)->next())
        row = (*query)->record();
    (*query)->finish();
    return row;
}

Result<QVariant> Database::scalar(const QString &sql, const Bindings &bindings)
{
    auto row = selectOne(sql, bindings);
    if (!row)
        return std::unexpected(row.error());
    return *row ? (*row)->value(0) : QVariant();
}

// QPSQL's lastInsertId() is the row's OID, not its id: on PostgreSQL the statement itself
// gives the id back. Tables without an id column (links, counters, search rows) get none.
Result<QString> Database::withReturningId(const QString &sql)
{
    if (auto known = m_insertStatements.constFind(sql); known != m_insertStatements.cend())
        return *known;
    static const QRegularExpression returning(u"\\bRETURNING\\b"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression target(u"^\\s*INSERT\\s+INTO\\s+([A-Za-z_][A-Za-z0-9_]*)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    QString rewritten = sql;
    const auto table = target.match(sql);
    if (table.hasMatch() && !returning.match(sql).hasMatch()) {
        auto hasId = scalar(u"SELECT count(*) FROM information_schema.columns WHERE table_schema = "
                            "current_schema() AND table_name = :table AND column_name = 'id'"_s,
                            {{u":table"_s, table.captured(1).toLower()}});
        if (!hasId)
            return std::unexpected(hasId.error());
        if (hasId->toInt() > 0) {
            while (rewritten.endsWith(u';') || rewritten.endsWith(u' ') || rewritten.endsWith(u'\n'))
                rewritten.chop(1);
            rewritten += u" RETURNING id"_s;
        }
    }
    m_insertStatements.insert(sql, rewritten);
    return rewritten;
}

Result<Id> Database::insert(const QString &sql, const Bindings &bindings)
{
    if (m_engine == Engine::Postgres) {
        auto statement = withReturningId(sql);
        if (!statement)
            return std::unexpected(statement.error());
        auto query = run(*statement, bindings);
        if (!query)
            return std::unexpected(query.error());
        const Id id = (*query)->next() ? (*query)->value(0).toLongLong() : 0;
        (*query)->finish();
        return id;
    }
    auto query = run(sql, bindings);
    if (!query)
        return std::unexpected(query.error());
    const Id id = (*query)->lastInsertId().toLongLong();
    (*query)->finish();
    return id;
}

Result<int> Database::update(const QString &sql, const Bindings &bindings)
{
    auto query = run(sql, bindings);
    if (!query)
        return std::unexpected(query.error());
    const int changed = (*query)->numRowsAffected();
    (*query)->finish();
    return changed;
}

Database::TextMatch Database::textMatch(const QString &table, const QString &alias, const TextQuery &query) const
{
    if (m_engine == Engine::Postgres) {
        // The tsquery is computed once, as a one-row FROM item, and compared to the stored
        // tsvector the GIN index covers.
        const QString parsed = alias + u"_query"_s;
        return {u"%1 %2 CROSS JOIN to_tsquery('simple', :match) AS %3"_s.arg(table, alias, parsed),
                u"%1.document @@ %2"_s.arg(alias, parsed),
                u"ts_rank(%1.document, %2) DESC, %1.rowid"_s.arg(alias, parsed), query.toTsquery()};
    }
    // FTS5 wants the table's own name on the left of MATCH, whatever its alias.
    return {u"%1 %2"_s.arg(table, alias), u"%1 MATCH :match"_s.arg(table), u"%1.rank, %1.rowid"_s.arg(alias),
            query.toFts5()};
}

Status Database::execute(const QString &sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql)) {
        noteFailure(query.lastError());
        return std::unexpected(storageError(query, u"execute"_s));
    }
    return {};
}

Status Database::begin()
{
    if (m_transactionDepth++ > 0)
        return {};
    m_rollbackOnly = false;
    // SQLite: IMMEDIATE takes the write lock up front, so a transaction never fails half-way
    // because another writer got there between our read and our write.
    // PostgreSQL: SERIALIZABLE, the same promise without a global lock. The services read then
    // write (next reference number, summary version, handoff status) and rely on nobody
    // changing what they read before they commit; READ COMMITTED would silently lose such
    // updates unless every read said FOR UPDATE. The price is that a concurrent transaction may
    // be refused with a serialization failure (SQLSTATE 40001), which is safe to retry.
    const QString statement = m_engine == Engine::Postgres ? u"BEGIN ISOLATION LEVEL SERIALIZABLE"_s
                                                           : u"BEGIN IMMEDIATE"_s;
    if (auto ok = execute(statement); !ok) {
        m_transactionDepth = 0;
        return ok;
    }
    return {};
}

Status Database::commit()
{
    Q_ASSERT(m_transactionDepth > 0);
    if (--m_transactionDepth > 0)
        return {};
    if (m_rollbackOnly) {
        (void)execute(u"ROLLBACK"_s);
        return fail(ErrorCode::Storage, Tr::tr("Part of the change failed, so none of it was saved."));
    }
    // SQLite would commit into a file that was deleted or moved away while open, and the change
    // would vanish with it: refuse instead, while the person still has it on screen.
    if (auto present = checkFileStillThere(); !present) {
        (void)execute(u"ROLLBACK"_s);
        return present;
    }
    m_committing = true;
    auto committed = execute(u"COMMIT"_s);
    m_committing = false;
    if (!committed) {
        if (m_lostDuringCommit)
            return fail(ErrorCode::Storage,
                        Tr::tr("The connection to the database server was lost while saving: the change "
                               "may or may not have been saved. Check the case before doing it again."));
        (void)execute(u"ROLLBACK"_s);
        return committed;
    }
    return {};
}

void Database::rollback()
{
    Q_ASSERT(m_transactionDepth > 0);
    if (--m_transactionDepth > 0) {
        m_rollbackOnly = true;
        return;
    }
    if (auto ok = execute(u"ROLLBACK"_s); !ok)
        qCWarning(lcDb) << "rollback failed:" << ok.error().message;
}

} // namespace Relais::Core
