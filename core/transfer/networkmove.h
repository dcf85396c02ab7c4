#pragma once

#include "common/error.h"
#include "domain/types.h"
#include "integrity/chainverifier.h"

#include <functional>
#include <memory>

namespace Relais::Core {

class Database;

/// How far a move has got, for a progress line.
struct MoveProgress {
    enum class Stage {
        CheckingFile,   ///< recomputing the file's hash chains, to compare with the copy's
        Copying,        ///< after each batch of rows
        CheckingServer, ///< counting rows and recomputing the hash chains on the server
    };
    Stage stage = Stage::CheckingFile;
    QString table;        ///< the table being copied
    qint64 tableRows = 0; ///< rows of it copied so far
    qint64 tableTotal = 0;
    qint64 rowsCopied = 0; ///< rows of every table copied so far
    qint64 rowsTotal = 0;
};

/// One table as it was copied.
struct TableCopy {
    QString table;
    qint64 rows = 0;
};

/// What a move did, once its copy was checked and committed.
struct MoveReport {
    QString source;          ///< the SQLite file
    QString target;          ///< the PostgreSQL URL, without its password
    int schemaVersion = 0;
    QList<TableCopy> tables; ///< in the order they were copied (foreign keys first)
    qint64 rows = 0;         ///< of every table, equal on both sides
    /// The target's hash chains, found identical to the source's: the same cases, events,
    /// head hashes — and the same problems, when the source already had some.
    VerificationReport verification;
    qint64 elapsedMs = 0;
};

/// Moves a whole network from its SQLite case file to an empty PostgreSQL database: every
/// table in foreign-key order, each row with its id, in one transaction on the server, then
/// row counts and every hash chain compared before anything is committed. A move that fails
/// or is refused leaves the server without a row of data.
///
/// Tables and columns are read from both catalogues rather than listed here, so a column a
/// later migration adds is copied too, and one the server lacks stops the move.
class NetworkMove final
{
public:
    using ProgressFunction = std::function<void(const MoveProgress &)>;

    /// Opens the SQLite case file to move. Unlike Database::openSqlite(), it never creates,
    /// prepares or upgrades anything: the file must exist, be a Relais case file, and already
    /// be at this Relais's schema (opening it once with this Relais upgrades it).
    [[nodiscard]] static Result<std::unique_ptr<Database>> openSource(const QString &path);

    /// Whether `actor` may move the network: the file's owner at the console, or an admin.
    /// Asked before the target is opened, since preparing an empty server is already a change.
    [[nodiscard]] static Status mayMove(const Actor &actor);

    /// Copies `source` (SQLite) into `target` (PostgreSQL, migrated to the same schema and
    /// holding no data yet). Moving the network is for admins and the file's owner at the
    /// console. `progress`, when given, is called as each stage begins and after each batch
    /// of rows.
    [[nodiscard]] static Result<MoveReport> copy(const Actor &actor, Database &source, Database &target,
                                                 const ProgressFunction &progress = {});
};

} // namespace Relais::Core
