#include "storage/database.h"

#include "common/logging.h"
#include "storage/migrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"relais-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// A file that exists but does not start like a SQLite database is somebody else's:
// refuse it before SQLite touches it.
bool startsLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(16);
    return header.isEmpty() || header == QByteArray("SQLite format 3\0", 16);
}

} // namespace

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
    } else if (!startsLikeSqlite(path)) {
        return fail(ErrorCode::Invalid,
                    Tr::tr("%1 is not a Relais case file (it is not a SQLite database). "
                           "It was left untouched.").arg(path));
    }

    std::unique_ptr<Database> db(new Database(Engine::Sqlite, path, nextConnectionName()));
    QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, db->m_connectionName);
    connection.setDatabaseName(path);
    // Another writer holds the lock: wait for it (bounded) rather than fail at once.
    connection.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!connection.open())
        return fail(ErrorCode::Storage, Tr::tr("Cannot open %1: %2")
                                            .arg(path, connection.lastError().text()));
    if (auto ok = db->checkIsRelaisDatabase(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = db->configureSqlite(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = db->migrate(); !ok)
        return std::unexpected(ok.error());
    return db;
}

// Runs before anything writes: a SQLite file with tables but without our migration table, or
// with a schema newer than this build knows, is refused unmodified.
Status Database::checkIsRelaisDatabase()
{
    auto tables = scalar(u"SELECT count(*) FROM sqlite_master WHERE type = 'table'"_s);
    if (!tables)
        return fail(ErrorCode::Invalid,
                    Tr::tr("%1 cannot be read as a case file (%2). It was left untouched.")
                        .arg(m_path, tables.error().message));
    if (tables->toInt() == 0)
        return {};
    auto hasMigrations = scalar(
        u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"_s);
    if (!hasMigrations)
        return std::unexpected(hasMigrations.error());
    if (hasMigrations->toInt() == 0)
        return fail(ErrorCode::Invalid,
                    Tr::tr("%1 is a SQLite database of another program, not a Relais case file. "
                           "It was left untouched.").arg(m_path));
    const int version = schemaVersion();
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

Result<QSqlQuery *> Database::run(const QString &sql, const Bindings &bindings)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(connection());
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return std::unexpected(storageError(query, u"prepare"_s));
        it = m_statements.insert(sql, std::move(query));
    }
    QSqlQuery &query = it.value();
    for (const auto &[name, value] : bindings) {
        // A null QString is "no text", not SQL NULL: text columns are NOT NULL DEFAULT ''.
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.bindValue(name, nullText ? QVariant(QString(u""_s)) : value);
    }
    if (!query.exec()) {
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

Result<Id> Database::insert(const QString &sql, const Bindings &bindings)
{
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

Status Database::execute(const QString &sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return std::unexpected(storageError(query, u"execute"_s));
    return {};
}

Status Database::begin()
{
    if (m_transactionDepth++ > 0)
        return {};
    m_rollbackOnly = false;
    // IMMEDIATE takes the write lock up front, so a transaction never fails half-way
    // because another writer got there between our read and our write.
    if (auto ok = execute(u"BEGIN IMMEDIATE"_s); !ok) {
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
    if (auto ok = execute(u"COMMIT"_s); !ok) {
        (void)execute(u"ROLLBACK"_s);
        return ok;
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
