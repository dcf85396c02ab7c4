#pragma once

#include "common/error.h"
#include "storage/textquery.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <functional>
#include <memory>
#include <utility>

namespace Relais::Core {

using Clock = std::function<QDateTime()>;
using Id = qint64;
using Binding = std::pair<QString, QVariant>;
using Bindings = QList<Binding>;

/// One open case-file database: its connection, schema and transactions.
///
/// All SQL of Relais goes through here and the services in casefile/. Engine-specific
/// statements (SQLite pragmas, FTS5, PostgreSQL's RETURNING and isolation level) live in this
/// class's backend functions and in migrations.cpp only, so the services stay engine-neutral.
class Database final
{
public:
    enum class Engine { Sqlite, Postgres };
    enum class OpenMode { CreateIfMissing, MustExist };

    /// Opens a SQLite file or a PostgreSQL server, chosen by the text: a `postgresql://` or
    /// `postgres://` URL goes to openPostgres(), anything else is a file path for openSqlite().
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(
        const QString &pathOrUrl, OpenMode mode = OpenMode::CreateIfMissing);

    /// Opens (and creates or migrates) a SQLite case file. Refuses files that are not Relais
    /// databases or come from a newer Relais, without modifying them.
    [[nodiscard]] static Result<std::unique_ptr<Database>> openSqlite(
        const QString &path, OpenMode mode = OpenMode::CreateIfMissing);

    /// Opens (and migrates) a case file on a PostgreSQL server through QPSQL, from
    /// `postgresql://user[:password]@host[:port]/dbname[?option=value&...]`. Query options
    /// (sslmode, sslrootcert, connect_timeout, options, ...) go to libpq as they are; without a
    /// password in the URL, libpq finds one itself (PGPASSWORD, ~/.pgpass). The case file lives
    /// in the connection's current schema. CreateIfMissing prepares an empty database (the
    /// database itself must exist); MustExist refuses one that holds no case file yet. Like
    /// openSqlite(), a database of another program or of a newer Relais is left untouched.
    /// A non-empty `password` is used instead of the URL's (one a person typed in a prompt);
    /// it is kept out of every message and log line.
    [[nodiscard]] static Result<std::unique_ptr<Database>> openPostgres(
        const QString &url, OpenMode mode = OpenMode::CreateIfMissing, const QString &password = {});

    /// Whether `text` names a PostgreSQL server rather than a file.
    [[nodiscard]] static bool isPostgresUrl(const QString &text);

    /// The per-user default location of the case file.
    [[nodiscard]] static QString defaultPath();

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    [[nodiscard]] Engine engine() const { return m_engine; }
    /// The file path, or for PostgreSQL the URL without its password.
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] static int latestSchemaVersion();

    /// Time source for every timestamp written; tests and the demo world replace it.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    [[nodiscard]] QDateTime now() const;

    /// Runs `work` in one write transaction (BEGIN IMMEDIATE on SQLite, SERIALIZABLE on
    /// PostgreSQL): committed when it returns a value, rolled back when it returns an error.
    /// Nested calls join the outer one.
    ///
    /// On SQLite the outermost call runs `work` again when another writer kept the file locked
    /// past the busy timeout (up to maxSqliteWriteAttempts), and refuses when the file was
    /// deleted or moved away while open (SQLite would commit into the vanished file).
    ///
    /// On PostgreSQL the outermost call runs `work` again, up to maxWriteAttempts times, when
    /// the server refused the transaction for a reason that a new attempt removes: a
    /// serialization failure or deadlock (another session changed what this one read), or a
    /// connection lost before COMMIT was sent (the server rolled it back; the connection is
    /// reopened first). `work` must therefore compute its result from the database alone, not
    /// accumulate into variables outside it. A connection lost during COMMIT is never retried:
    /// whether the change was saved is unknown, and the person is told so.
    template <typename Work>
    auto write(Work &&work) -> decltype(work())
    {
        if (m_transactionDepth > 0)
            return writeOnce(work);
        for (int attempt = 1;; ++attempt) {
            if (auto ready = prepareWriteAttempt(); !ready)
                return std::unexpected(ready.error());
            auto result = writeOnce(work);
            if (result || !shouldRetryWrite(attempt)) {
                runAfterWrite();
                return result;
            }
        }
    }
    static constexpr int maxWriteAttempts = 6;
    /// On SQLite, attempts of a write that met the lock held by another writer past the busy
    /// timeout: the longest a person waits is this many timeouts, then they are told.
    static constexpr int maxSqliteWriteAttempts = 3;
    /// How long a SQLite statement waits for another writer's lock before giving up (the
    /// connection's busy timeout), for connections opened from then on. Tests shorten it.
    static inline int sqliteBusyTimeoutMs = 10000;

    /// Runs `task` once no write transaction is open: at once when none is, else as soon as
    /// the outermost write() has ended, committed or rolled back. For records that must outlive
    /// the rollback of the work that caused them: a refused attempt on a case is logged although
    /// the refusal undoes everything else the attempt did. A task queued by an attempt that
    /// write() runs again is dropped with it; the next attempt queues its own.
    void afterWrite(std::function<void()> task);

    /// The connection to the server broke (the server restarted, the network dropped, an
    /// administrator ended the session). Always false on SQLite.
    [[nodiscard]] bool connectionLost() const { return m_connectionLost; }
    /// Opens the connection to the server again, with the same settings, and tells the
    /// reconnect handler. Refused inside a transaction.
    [[nodiscard]] Status reconnect();
    /// The PostgreSQL server process serving this connection (changes it announces carry it);
    /// 0 on SQLite.
    [[nodiscard]] qint64 backendPid();
    /// Called after every successful reconnect(), for whoever must re-subscribe or reload.
    void setReconnectHandler(std::function<void()> handler) { m_onReconnect = std::move(handler); }

    /// Statements are prepared once and kept; named placeholders only. Each call reads all
    /// its rows and releases the statement, so no cursor holds a read snapshot open.
    [[nodiscard]] Result<QList<QSqlRecord>> select(const QString &sql, const Bindings &bindings = {});
    /// The first row, or std::nullopt when there is none.
    [[nodiscard]] Result<std::optional<QSqlRecord>> selectOne(const QString &sql,
                                                              const Bindings &bindings = {});
    /// The first column of the first row, or an invalid QVariant when there is no row.
    [[nodiscard]] Result<QVariant> scalar(const QString &sql, const Bindings &bindings = {});
    /// Runs an INSERT and gives the new row's id (0 when the table has no `id` column).
    [[nodiscard]] Result<Id> insert(const QString &sql, const Bindings &bindings = {});
    /// Runs an UPDATE or DELETE and gives the number of rows it changed.
    [[nodiscard]] Result<int> update(const QString &sql, const Bindings &bindings = {});

    /// A full-text search over one of the search tables (client_search, event_search), named
    /// `alias`, in this engine's syntax: put `from` in the FROM clause, `condition` in WHERE,
    /// `bestFirst` in ORDER BY, and bind `:match` to `match`.
    struct TextMatch {
        QString from;
        QString condition;
        QString bestFirst;
        QString match;
    };
    [[nodiscard]] TextMatch textMatch(const QString &table, const QString &alias, const TextQuery &query) const;

    /// Executes a one-off statement (DDL, migrations, pragmas).
    [[nodiscard]] Status execute(const QString &sql);

    [[nodiscard]] QSqlDatabase connection() const;

    /// Turns a failed query into an Error a person can read, logging the details.
    [[nodiscard]] static Error storageError(const QSqlQuery &query, const QString &what);

private:
    Database(Engine engine, QString path, QString connectionName);

    [[nodiscard]] static Error postgresError(const QSqlError &error);
    [[nodiscard]] Status configureSqlite();
    [[nodiscard]] Status checkIsRelaisDatabase(OpenMode mode);
    [[nodiscard]] Status migrate();
    [[nodiscard]] Status migrateSteps();
    [[nodiscard]] Result<QSqlQuery *> run(const QString &sql, const Bindings &bindings);
    [[nodiscard]] Result<QSqlQuery *> runOnce(const QString &sql, const Bindings &bindings);
    [[nodiscard]] Result<QString> withReturningId(const QString &sql);
    template <typename Work>
    auto writeOnce(Work &work) -> decltype(work())
    {
        if (auto begun = begin(); !begun)
            return std::unexpected(begun.error());
        auto result = work();
        if (result) {
            if (auto committed = commit(); !committed)
                return std::unexpected(committed.error());
        } else {
            rollback();
        }
        return result;
    }
    [[nodiscard]] Status prepareWriteAttempt();
    [[nodiscard]] Status checkFileStillThere() const;
    void runAfterWrite();
    [[nodiscard]] bool shouldRetryWrite(int attempt);
    void noteFailure(const QSqlError &error);
    [[nodiscard]] Status configurePostgresSession();
    [[nodiscard]] Status begin();
    [[nodiscard]] Status commit();
    void rollback();

    Engine m_engine;
    QString m_path;
    QString m_connectionName;
    Clock m_clock;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
    // What went wrong in the current write attempt, for shouldRetryWrite().
    bool m_transientFailure = false; // serialization failure or deadlock
    bool m_connectionLost = false;
    bool m_lostDuringCommit = false;
    bool m_committing = false;
    std::function<void()> m_onReconnect;
    QList<std::function<void()>> m_afterWrite; // see afterWrite()
    qint64 m_backendPid = 0;
    QHash<QString, QSqlQuery> m_statements;
    // PostgreSQL: each INSERT's text with `RETURNING id` added where the table has an id.
    QHash<QString, QString> m_insertStatements;
};

/// Whether a failed PostgreSQL connection's message (libpq's reason, or the whole message of
/// Database::openPostgres()) says the server wants a password it did not get: none was
/// supplied, or the one supplied was refused. A caller that can ask a person for one then
/// retries with it. Recognises libpq's own wording and the server's in English and French.
[[nodiscard]] bool isPasswordRefusal(const QString &message);

/// A PostgreSQL URL as people may see it — `postgresql://user@host:port/dbname`, without
/// password or options — for prompts and titles; empty when `url` is not a valid one.
[[nodiscard]] QString postgresAddressForPeople(const QString &url);

/// Milliseconds since the epoch (UTC) as stored, and back.
[[nodiscard]] QVariant toStored(const QDateTime &instant);
[[nodiscard]] QDateTime fromStored(const QVariant &value);

} // namespace Relais::Core
