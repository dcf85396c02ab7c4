#include "transfer/networkmove.h"

#include "domain/accesspolicy.h"
#include "storage/database.h"

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>
#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core {

namespace {

Q_LOGGING_CATEGORY(lcMove, "relais.core.transfer")

// The bookkeeping of migrations: the target has its own rows, written when it was prepared.
const QString migrationTable = u"schema_migrations"_s;

// Rows per SELECT page and per multi-row INSERT: few round trips, well under PostgreSQL's
// 65535 parameters per statement.
constexpr int pageRows = 250;
constexpr int maxParameters = 30000;

QString quoted(const QString &identifier)
{
    return u"\"%1\""_s.arg(QString(identifier).replace(u'"', u"\"\""_s));
}

// A self-reference (clients.merged_into → clients.id) may point at a row copied later:
// such columns are written once every row of the table is there.
struct SelfReference {
    QString column;
    QString referenced;
};

// One table to copy, as the source holds it and the target expects it.
struct TablePlan {
    QString name;
    QStringList columns;      // copied, in the source's order; "rowid" first for FTS5 tables
    QStringList references;   // other tables its foreign keys point at
    QList<SelfReference> selfReferences;
    bool hasBlob = false;     // documents' content: one row at a time keeps memory flat
    bool hasIdentity = false; // on the target
    QStringList identityColumns;
};

} // namespace

Status NetworkMove::mayMove(const Actor &actor)
{
    // Moving copies every case, internal notes included: the file's owner at the console, or
    // an admin, like the directory.
    return require(actor, Relation::None, Action::MoveNetwork);
}

namespace {

// Reads the file's migration table over a read-only connection of its own, because
// Database::openSqlite() would prepare an empty file or upgrade an old one before anyone could
// say no: a file that is not ready to move must be left exactly as it was.
Status probeSource(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(ErrorCode::NotFound, Tr::tr("There is no case file at %1.").arg(path));
    if (info.isDir())
        return fail(ErrorCode::Invalid, Tr::tr("%1 is a folder, not a case file.").arg(path));
    bool withWal = false;
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Storage, Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
        const QByteArray header = file.read(20);
        if (!header.startsWith(QByteArray("SQLite format 3\0", 16)))
            return fail(ErrorCode::Invalid, Tr::tr("%1 is not a Relais case file (it is not a SQLite database). "
                                                   "It was left untouched.").arg(path));
        // Bytes 18 and 19 are 2 in a file kept with a write-ahead log, as Relais keeps every case
        // file. Any other file would be switched to WAL by Database::openSqlite(), which rewrites
        // its header: like an older schema, that is for opening it with Relais, not for a move.
        withWal = header.size() >= 20 && header.at(18) == 2 && header.at(19) == 2;
    }
    static QAtomicInteger<int> counter;
    const QString name = u"relais-move-probe-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    int version = -1;
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (!db.open()) {
            status = fail(ErrorCode::Storage, Tr::tr("Cannot open %1: %2").arg(path, db.lastError().text()));
        } else {
            QSqlQuery query(db);
            if (!query.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                            "AND name = 'schema_migrations'"_s) || !query.next()) {
                status = fail(ErrorCode::Invalid, Tr::tr("%1 cannot be read as a case file (%2). It was left "
                                                         "untouched.").arg(path, query.lastError().text()));
            } else if (query.value(0).toInt() == 0) {
                status = fail(ErrorCode::Invalid, Tr::tr("%1 is not a Relais case file. It was left untouched.")
                                                      .arg(path));
            } else if (query.exec(u"SELECT max(version) FROM schema_migrations"_s) && query.next()) {
                version = query.value(0).toInt();
            } else {
                status = fail(ErrorCode::Invalid, Tr::tr("%1 cannot be read as a case file (%2). It was left "
                                                         "untouched.").arg(path, query.lastError().text()));
            }
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!status)
        return status;
    const int latest = Database::latestSchemaVersion();
    if (version > latest)
        return fail(ErrorCode::Invalid, Tr::tr("%1 was made by a newer version of Relais (schema %2; this one knows up "
                                               "to %3). Move it with that version. It was left untouched.")
                                            .arg(path).arg(version).arg(latest));
    if (version < latest)
        return fail(ErrorCode::Invalid, Tr::tr("%1 is at schema %2, older than this Relais's %3. Open it once with this "
                                               "Relais (relais-cli init --db FILE upgrades it), then move it. It was "
                                               "left untouched.").arg(path).arg(version).arg(latest));
    if (!withWal)
        return fail(ErrorCode::Invalid, Tr::tr("%1 is not kept as Relais keeps its case files (it has no write-ahead "
                                               "log). Open it once with this Relais (relais-cli init --db FILE does "
                                               "it), then move it. It was left untouched.").arg(path));
    return {};
}

// Orders tables so that every table comes after those its foreign keys point at, keeping the
// source's own order (creation order) where the keys leave a choice.
Result<QList<TablePlan>> inForeignKeyOrder(QList<TablePlan> tables)
{
    QList<TablePlan> ordered;
    QSet<QString> placed;
    while (!tables.isEmpty()) {
        const auto ready = std::find_if(tables.begin(), tables.end(), [&](const TablePlan &t) {
            return std::all_of(t.references.cbegin(), t.references.cend(),
                               [&](const QString &r) { return placed.contains(r); });
        });
        if (ready == tables.end()) {
            QStringList names;
            for (const TablePlan &t : tables)
                names.append(t.name);
            return fail(ErrorCode::Invalid, Tr::tr("The tables %1 refer to each other in a circle; they cannot be "
                                                   "copied one after the other.").arg(names.join(u", "_s)));
        }
        placed.insert(ready->name);
        ordered.append(*ready);
        tables.erase(ready);
    }
    return ordered;
}

// Every table of the source, checked against the target's catalogue.
Result<QList<TablePlan>> planTables(Database &source, Database &target)
{
    auto sourceTables = source.select(
        u"SELECT m.name, l.type FROM sqlite_master m "
        "JOIN pragma_table_list l ON l.schema = 'main' AND l.name = m.name "
        "WHERE m.type = 'table' AND l.type IN ('table', 'virtual') AND m.name NOT LIKE 'sqlite_%' "
        "ORDER BY m.rowid"_s);
    if (!sourceTables)
        return std::unexpected(sourceTables.error());
    auto targetTables = target.select(u"SELECT table_name FROM information_schema.tables "
                                      "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"_s);
    if (!targetTables)
        return std::unexpected(targetTables.error());
    QSet<QString> unmatched;
    for (const QSqlRecord &row : *targetTables)
        unmatched.insert(row.value(0).toString());
    unmatched.remove(migrationTable);

    const auto differ = [&](const QString &why) {
        return fail(ErrorCode::Invalid, Tr::tr("The PostgreSQL database %1 does not have the schema of %2: %3. "
                                               "Nothing was copied.").arg(target.path(), source.path(), why));
    };
    QList<TablePlan> plans;
    for (const QSqlRecord &row : *sourceTables) {
        TablePlan plan;
        plan.name = row.value(0).toString();
        if (plan.name == migrationTable)
            continue;
        if (!unmatched.remove(plan.name))
            return differ(Tr::tr("it has no table %1").arg(plan.name));
        // An FTS5 table's rows are known by their rowid, which the services use as the
        // client's or event's id; PostgreSQL keeps it in an ordinary column of that name.
        if (row.value(1).toString() == u"virtual"_s)
            plan.columns.append(u"rowid"_s);
        auto columns = source.select(u"SELECT name, upper(type) FROM pragma_table_info(:table) ORDER BY cid"_s,
                                     {{u":table"_s, plan.name}});
        if (!columns)
            return std::unexpected(columns.error());
        for (const QSqlRecord &column : *columns) {
            plan.columns.append(column.value(0).toString());
            plan.hasBlob = plan.hasBlob || column.value(1).toString() == u"BLOB"_s;
        }
        auto keys = source.select(u"SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(:table)"_s,
                                  {{u":table"_s, plan.name}});
        if (!keys)
            return std::unexpected(keys.error());
        for (const QSqlRecord &key : *keys) {
            const QString referenced = key.value(0).toString();
            if (referenced == plan.name)
                plan.selfReferences.append({key.value(1).toString(), key.value(2).toString()});
            else if (!plan.references.contains(referenced))
                plan.references.append(referenced);
        }

        auto targetColumns = target.select(
            u"SELECT column_name, is_nullable, column_default IS NOT NULL, is_identity, is_generated "
            "FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = :table "
            "ORDER BY ordinal_position"_s,
            {{u":table"_s, plan.name}});
        if (!targetColumns)
            return std::unexpected(targetColumns.error());
        QSet<QString> writable;
        for (const QSqlRecord &column : *targetColumns) {
            const QString name = column.value(0).toString();
            const bool identity = column.value(3).toString() == u"YES"_s;
            const bool generated = column.value(4).toString() == u"ALWAYS"_s;
            if (generated)
                continue; // the search tables' tsvector: PostgreSQL computes it from the copied text
            writable.insert(name);
            if (identity)
                plan.identityColumns.append(name);
            const bool required = column.value(1).toString() == u"NO"_s && !column.value(2).toBool() && !identity;
            if (required && !plan.columns.contains(name))
                return differ(Tr::tr("its column %1.%2 must be filled and the file has no such column")
                                  .arg(plan.name, name));
        }
        for (const QString &column : std::as_const(plan.columns))
            if (!writable.contains(column))
                return differ(Tr::tr("it has no column %1.%2 to hold what the file has there").arg(plan.name, column));
        for (const SelfReference &self : std::as_const(plan.selfReferences))
            if (!plan.columns.contains(self.referenced))
                return differ(Tr::tr("%1.%2 refers to a column that is not copied").arg(plan.name, self.column));
        plan.hasIdentity = !plan.identityColumns.isEmpty();
        plans.append(plan);
    }
    if (!unmatched.isEmpty()) {
        QStringList extra = unmatched.values();
        extra.sort();
        return differ(Tr::tr("it has tables the file does not (%1)").arg(extra.join(u", "_s)));
    }
    return inForeignKeyOrder(plans);
}

Result<qint64> rowCount(Database &db, const QString &table)
{
    auto count = db.scalar(u"SELECT count(*) FROM %1"_s.arg(quoted(table)));
    if (!count)
        return std::unexpected(count.error());
    return count->toLongLong();
}

// Refuses a target that already holds anything but its own migration records: a move never
// mixes two networks, and never overwrites one.
Status requireEmpty(Database &target, const QList<TablePlan> &plans)
{
    QStringList holding;
    for (const TablePlan &plan : plans) {
        auto any = target.scalar(u"SELECT EXISTS (SELECT 1 FROM %1)"_s.arg(quoted(plan.name)));
        if (!any)
            return std::unexpected(any.error());
        if (any->toBool())
            holding.append(plan.name);
    }
    if (holding.isEmpty())
        return {};
    const QString some = holding.size() <= 3 ? holding.join(u", "_s)
                                             : Tr::tr("%1 and %2 more").arg(holding.mid(0, 3).join(u", "_s))
                                                   .arg(holding.size() - 3);
    return fail(ErrorCode::Conflict, Tr::tr("The PostgreSQL database %1 already holds a case file (rows in %2). "
                                            "Move a network only into an empty database; nothing was changed.")
                                         .arg(target.path(), some));
}

// Copies one table page by page, in rowid order, each page as one multi-row INSERT.
Status copyTable(Database &source, Database &target, const TablePlan &plan, qint64 total,
                 MoveProgress &progress, const NetworkMove::ProgressFunction &report)
{
    const qsizetype width = plan.columns.size();
    const int perPage = plan.hasBlob ? 1 : int(std::max<qsizetype>(1, std::min<qsizetype>(pageRows, maxParameters / width)));
    QStringList selected;
    QStringList targetColumns;
    for (const QString &column : plan.columns) {
        selected.append(column == u"rowid"_s ? column : quoted(column));
        targetColumns.append(quoted(column));
    }
    const QString page = u"SELECT rowid, %1 FROM %2 WHERE rowid > :after ORDER BY rowid LIMIT %3"_s.arg(
        selected.join(u", "_s), quoted(plan.name)).arg(perPage);
    const QString insertHead = u"INSERT INTO %1 (%2)%3 VALUES "_s.arg(
        quoted(plan.name), targetColumns.join(u", "_s),
        // Identity columns take the file's ids as they are, whichever kind of identity they are.
        plan.hasIdentity ? u" OVERRIDING SYSTEM VALUE"_s : QString());

    QList<qsizetype> selfColumns;
    QList<qsizetype> selfKeys;
    for (const SelfReference &self : plan.selfReferences) {
        selfColumns.append(plan.columns.indexOf(self.column));
        selfKeys.append(plan.columns.indexOf(self.referenced));
    }
    // (self-reference, key of the row, value) to write once the table is complete.
    QList<std::tuple<qsizetype, QVariant, QVariant>> deferred;
    const QVariant null{QMetaType::fromType<qlonglong>()};

    progress.table = plan.name;
    progress.tableRows = 0;
    progress.tableTotal = total;
    QVariant after = std::numeric_limits<qint64>::min();
    for (;;) {
        auto rows = source.select(page, {{u":after"_s, after}});
        if (!rows)
            return std::unexpected(rows.error());
        if (rows->isEmpty())
            break;
        QStringList tuples;
        Bindings bindings;
        bindings.reserve(rows->size() * width);
        for (const QSqlRecord &row : std::as_const(*rows)) {
            QStringList placeholders;
            for (qsizetype c = 0; c < width; ++c) {
                const QString name = u":v%1"_s.arg(bindings.size());
                placeholders.append(name);
                // A NULL must stay NULL: Database binds a null QString as '' (text columns are
                // NOT NULL DEFAULT ''), so SQL NULL travels as a null number.
                QVariant value = row.isNull(int(c + 1)) ? null : row.value(int(c + 1));
                if (const qsizetype self = selfColumns.indexOf(c); self >= 0 && !value.isNull()) {
                    deferred.append({self, row.value(int(selfKeys.at(self) + 1)), value});
                    value = null;
                }
                bindings.append({name, value});
            }
            tuples.append(u"(%1)"_s.arg(placeholders.join(u", "_s)));
        }
        // Database::update() runs any statement and says how many rows it wrote.
        auto inserted = target.update(insertHead + tuples.join(u", "_s), bindings);
        if (!inserted)
            return std::unexpected(inserted.error());
        if (*inserted != rows->size())
            return fail(ErrorCode::Storage, Tr::tr("Copying %1 wrote %2 rows instead of %3.")
                                                .arg(plan.name).arg(*inserted).arg(rows->size()));
        after = rows->constLast().value(0);
        progress.tableRows += rows->size();
        progress.rowsCopied += rows->size();
        if (report)
            report(progress);
    }

    for (const auto &[self, key, value] : std::as_const(deferred)) {
        const SelfReference &reference = plan.selfReferences.at(self);
        auto set = target.update(u"UPDATE %1 SET %2 = :value WHERE %3 = :key"_s.arg(
                                     quoted(plan.name), quoted(reference.column), quoted(reference.referenced)),
                                 {{u":value"_s, value}, {u":key"_s, key}});
        if (!set)
            return std::unexpected(set.error());
    }
    return {};
}

// New rows on the server continue after the copied ids instead of colliding with them.
Status continueSequences(Database &target, const QList<TablePlan> &plans)
{
    for (const TablePlan &plan : plans) {
        for (const QString &column : plan.identityColumns) {
            auto set = target.select(
                u"SELECT setval(pg_get_serial_sequence(:table, :column), highest) "
                "FROM (SELECT max(%1) AS highest FROM %2) copied WHERE highest IS NOT NULL"_s.arg(
                    quoted(column), quoted(plan.name)),
                {{u":table"_s, quoted(plan.name)}, {u":column"_s, column}});
            if (!set)
                return std::unexpected(set.error());
        }
    }
    return {};
}

bool sameChains(const VerificationReport &a, const VerificationReport &b)
{
    if (a.cases.size() != b.cases.size() || a.problems.size() != b.problems.size())
        return false;
    for (qsizetype i = 0; i < a.cases.size(); ++i) {
        const CaseChainStatus &x = a.cases.at(i);
        const CaseChainStatus &y = b.cases.at(i);
        if (x.caseReference != y.caseReference || x.eventCount != y.eventCount || x.headHash != y.headHash
            || x.intact != y.intact)
            return false;
    }
    for (qsizetype i = 0; i < a.problems.size(); ++i) {
        const ChainProblem &x = a.problems.at(i);
        const ChainProblem &y = b.problems.at(i);
        if (x.kind != y.kind || x.caseReference != y.caseReference || x.seq != y.seq || x.message != y.message)
            return false;
    }
    return true;
}

} // namespace

Result<std::unique_ptr<Database>> NetworkMove::openSource(const QString &path)
{
    if (Database::isPostgresUrl(path))
        return fail(ErrorCode::Invalid, Tr::tr("The network to move must be a SQLite case file, not a server."));
    if (auto ready = probeSource(path); !ready)
        return std::unexpected(ready.error());
    // Ready to move, so opening it changes nothing: no schema step is left to apply.
    return Database::openSqlite(path, Database::OpenMode::MustExist);
}

Result<MoveReport> NetworkMove::copy(const Actor &actor, Database &source, Database &target,
                                     const ProgressFunction &progress)
{
    QElapsedTimer clock;
    clock.start();
    if (auto allowed = mayMove(actor); !allowed)
        return std::unexpected(allowed.error());
    if (source.engine() != Database::Engine::Sqlite || target.engine() != Database::Engine::Postgres)
        return fail(ErrorCode::Invalid, Tr::tr("A network moves from a SQLite case file to a PostgreSQL database."));
    const int latest = Database::latestSchemaVersion();
    if (source.schemaVersion() != latest || target.schemaVersion() != latest)
        return fail(ErrorCode::Invalid, Tr::tr("Both case files must be at schema %1 (the file is at %2, the server at "
                                               "%3). Nothing was copied.")
                                            .arg(latest).arg(source.schemaVersion()).arg(target.schemaVersion()));

    // Writers on the file wait until the move is over (BEGIN IMMEDIATE), so what is copied is
    // one moment of the network and nothing recorded meanwhile is left behind on the file.
    auto moved = source.write([&]() -> Result<MoveReport> {
        auto plans = planTables(source, target);
        if (!plans)
            return std::unexpected(plans.error());
        // One transaction on the server: until the last check passes, nobody sees a row, and a
        // failure anywhere leaves it as empty as it was.
        return target.write([&]() -> Result<MoveReport> {
            if (auto empty = requireEmpty(target, *plans); !empty)
                return std::unexpected(empty.error());
            MoveProgress position;
            if (progress)
                progress(position);
            auto sourceChains = ChainVerifier(source).verifyAll();
            if (!sourceChains)
                return std::unexpected(sourceChains.error());

            MoveReport report;
            report.source = source.path();
            report.target = target.path();
            report.schemaVersion = latest;
            position.stage = MoveProgress::Stage::Copying;
            for (const TablePlan &plan : std::as_const(*plans)) {
                auto rows = rowCount(source, plan.name);
                if (!rows)
                    return std::unexpected(rows.error());
                report.tables.append({plan.name, *rows});
                position.rowsTotal += *rows;
            }
            for (qsizetype i = 0; i < plans->size(); ++i) {
                if (auto copied = copyTable(source, target, plans->at(i), report.tables.at(i).rows, position, progress);
                    !copied) {
                    qCWarning(lcMove).noquote() << "copying" << plans->at(i).name << "failed:" << copied.error().message;
                    return fail(copied.error().code, Tr::tr("Copying %1 failed, so nothing was moved: %2")
                                                         .arg(plans->at(i).name, copied.error().message));
                }
            }
            if (auto continued = continueSequences(target, *plans); !continued)
                return std::unexpected(continued.error());

            position.stage = MoveProgress::Stage::CheckingServer;
            if (progress)
                progress(position);
            for (const TableCopy &table : std::as_const(report.tables)) {
                auto copied = rowCount(target, table.table);
                if (!copied)
                    return std::unexpected(copied.error());
                if (*copied != table.rows)
                    return fail(ErrorCode::Storage, Tr::tr("%1 has %2 rows on the server but %3 in the file, so nothing "
                                                           "was moved.").arg(table.table).arg(*copied).arg(table.rows));
                report.rows += table.rows;
            }
            auto targetChains = ChainVerifier(target).verifyAll();
            if (!targetChains)
                return std::unexpected(targetChains.error());
            if (!sameChains(*sourceChains, *targetChains))
                return fail(ErrorCode::Storage, Tr::tr("The hash chains on the server do not match the file's, so "
                                                       "nothing was moved."));
            report.verification = *targetChains;
            return report;
        });
    });
    if (!moved)
        return moved;
    moved->elapsedMs = clock.elapsed();
    qCInfo(lcMove).noquote() << "moved" << moved->rows << "rows of" << moved->tables.size() << "tables from"
                             << moved->source << "to" << moved->target << "in" << moved->elapsedMs << "ms";
    return moved;
}

} // namespace Relais::Core
