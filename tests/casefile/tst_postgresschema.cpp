// The case file on a PostgreSQL server: the same schema as a SQLite file, migrated once,
// append-only timeline enforced by the server, ids handed back, and clear refusals.
//
// Needs RELAIS_TEST_POSTGRES=postgresql://user@host:port/db (packaging/pg-cluster.sh starts a
// throwaway cluster and sets it). Without it the server tests skip locally and fail in CI.
// Each test works in a schema of its own, dropped afterwards, so reruns and parallel runs on
// one database never meet.

#include "postgrestestserver.h"
#include "resultchecks.h"

#include "storage/database.h"
#include "storage/migrations.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Relais::Core;
using namespace Relais::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString appendOnlyMessage = u"timeline events are append-only: record a correction instead"_s;

QString serverUrl()
{
    return postgresServerUrl();
}

QStringList strings(Database &db, const QString &sql)
{
    QStringList out;
    auto rows = db.select(sql);
    if (!rows)
        return {u"<error: %1>"_s.arg(rows.error().message)};
    for (const QSqlRecord &row : *rows) {
        QStringList values;
        for (int i = 0; i < row.count(); ++i)
            values.append(row.value(i).toString());
        out.append(values.join(u'|'));
    }
    out.sort();
    return out;
}

// Search tables are FTS5 virtual tables on SQLite and ordinary tables with a tsvector on
// PostgreSQL: their typed columns are compared, not their engine-specific insides.
bool isSearchTable(const QString &table)
{
    return table == u"client_search"_s || table == u"event_search"_s;
}

// "table.column NOT NULL" for every column of a fresh SQLite file, FTS5 shadow tables left out.
QStringList sqliteColumns(Database &db)
{
    const QStringList virtualTables =
        strings(db, u"SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'"_s);
    auto rows = db.select(u"SELECT m.name, p.name, p.\"notnull\", p.pk FROM sqlite_master m "
                          "JOIN pragma_table_info(m.name) p WHERE m.type = 'table' "
                          "AND m.name NOT LIKE 'sqlite_%'"_s);
    if (!rows)
        return {u"<error: %1>"_s.arg(rows.error().message)};
    QStringList out;
    for (const QSqlRecord &row : *rows) {
        const QString table = row.value(0).toString();
        const bool shadow = std::ranges::any_of(virtualTables, [&](const QString &name) {
            return table.startsWith(name + u'_');
        });
        if (shadow)
            continue;
        // Primary-key columns are NOT NULL on PostgreSQL whatever the declaration says.
        const bool notNull = row.value(2).toInt() != 0 || row.value(3).toInt() > 0;
        out.append(u"%1.%2%3"_s.arg(table, row.value(1).toString(),
                                    isSearchTable(table) ? QString()
                                    : notNull            ? u" NOT NULL"_s
                                                         : u" NULL"_s));
    }
    out.sort();
    return out;
}

QStringList postgresColumns(Database &db)
{
    auto rows = db.select(u"SELECT table_name, column_name, is_nullable FROM information_schema.columns "
                          "WHERE table_schema = current_schema()"_s);
    if (!rows)
        return {u"<error: %1>"_s.arg(rows.error().message)};
    QStringList out;
    for (const QSqlRecord &row : *rows) {
        const QString table = row.value(0).toString();
        const QString column = row.value(1).toString();
        if (isSearchTable(table) && (column == u"rowid"_s || column == u"document"_s))
            continue;
        out.append(u"%1.%2%3"_s.arg(table, column,
                                    isSearchTable(table)                  ? QString()
                                    : row.value(2).toString() == u"NO"_s ? u" NOT NULL"_s
                                                                          : u" NULL"_s));
    }
    out.sort();
    return out;
}

// Inserts the smallest world that has a timeline event: an agency, a user, a client, a case.
Result<Id> insertEvent(Database &db)
{
    return db.write([&]() -> Result<Id> {
        auto agency = db.insert(u"INSERT INTO agencies (code, name, created_at) VALUES (:code, :name, 0)"_s,
                                {{u":code"_s, u"AGN"_s}, {u":name"_s, u"Agence"_s}});
        if (!agency)
            return agency;
        auto user = db.insert(u"INSERT INTO users (login, display_name, agency_id, role, active, created_at) "
                              "VALUES ('amina', 'Amina', :agency, 'agent', :active, 0)"_s,
                              {{u":agency"_s, *agency}, {u":active"_s, true}});
        if (!user)
            return user;
        auto client = db.insert(u"INSERT INTO clients (full_name, full_name_ar, created_at) "
                                "VALUES ('Karim Alaoui', 'كريم العلوي', 0)"_s);
        if (!client)
            return client;
        auto kase = db.insert(u"INSERT INTO cases (reference, client_id, title, coordinator_id, "
                              "lead_agency_id, opened_at, last_activity_at) "
                              "VALUES ('R-2024-0001', :client, 'Sinistre', :user, :agency, 0, 0)"_s,
                              {{u":client"_s, *client}, {u":user"_s, *user}, {u":agency"_s, *agency}});
        if (!kase)
            return kase;
        return db.insert(u"INSERT INTO events (case_id, seq, kind, occurred_at, recorded_at, author_id, "
                         "agency_id, visibility, text, prev_hash, hash) VALUES (:case, 1, 'note', 0, 0, "
                         ":user, :agency, 'shared', 'premier appel', '', 'h1')"_s,
                         {{u":case"_s, *kase}, {u":user"_s, *user}, {u":agency"_s, *agency}});
    });
}

} // namespace

class TestPostgresSchema final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void migratesAnEmptyDatabaseToTheLatestVersion();
    void reopeningIsANoOp();
    void hasTheSameVersionsAsSqlite();
    void hasTheSameTablesColumnsAndIndexesAsSqlite();
    void refusesToChangeOrDeleteEvents();
    void insertGivesTheNewId();
    void searchTablesKeepTheirDocument();
    void mustExistRefusesAnEmptyDatabase();
    void leavesAnotherProgramsTablesAlone();
    void openPicksTheEngineFromTheText_data();
    void openPicksTheEngineFromTheText();
    void malformedUrlsAreInvalid_data();
    void malformedUrlsAreInvalid();
    void unreachableServerIsAClearStorageError();
    void refusedLoginIsAClearStorageError();

private:
    // The server URL with this test's schema as search_path: the case file lives there.
    [[nodiscard]] QString url() const { return m_url; }

    QString m_schema;
    QString m_url;
    int m_counter = 0;
};

void TestPostgresSchema::init()
{
    m_schema.clear();
    m_url.clear();
    if (serverUrl().isEmpty())
        return;
    m_schema = u"relais_t_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++m_counter);
    AdminConnection admin;
    QVERIFY(admin.exec(u"DROP SCHEMA IF EXISTS %1 CASCADE"_s.arg(m_schema)));
    QVERIFY(admin.exec(u"CREATE SCHEMA %1"_s.arg(m_schema)));
    m_url = withUrlOption(serverUrl(), u"options"_s, u"-csearch_path=%1"_s.arg(m_schema));
}

void TestPostgresSchema::cleanup()
{
    if (m_schema.isEmpty())
        return;
    AdminConnection admin;
    QVERIFY(admin.exec(u"DROP SCHEMA IF EXISTS %1 CASCADE"_s.arg(m_schema)));
}

void TestPostgresSchema::migratesAnEmptyDatabaseToTheLatestVersion()
{
    REQUIRE_SERVER();
    auto db = Database::openPostgres(url());
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    QCOMPARE((*db)->engine(), Database::Engine::Postgres);
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());

    QStringList expected;
    for (const Migration &migration : migrationsFor(Database::Engine::Postgres))
        expected.append(u"%1|%2"_s.arg(migration.version).arg(migration.description));
    expected.sort();
    QCOMPARE(strings(**db, u"SELECT version, description FROM schema_migrations"_s), expected);
    // The tables went into this test's schema, not public.
    QCOMPARE((*db)->scalar(u"SELECT current_schema()"_s).value().toString(), m_schema);
    QVERIFY((*db)->scalar(u"SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                          "current_schema() AND table_name = 'events'"_s).value().toInt() == 1);
}

void TestPostgresSchema::reopeningIsANoOp()
{
    REQUIRE_SERVER();
    QStringList migrationsBefore;
    QStringList tablesBefore;
    {
        auto db = Database::openPostgres(url());
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        migrationsBefore = strings(**db, u"SELECT version, applied_at FROM schema_migrations"_s);
        tablesBefore = postgresColumns(**db);
        QVERIFY(insertEvent(**db));
    }
    auto again = Database::openPostgres(url(), Database::OpenMode::MustExist);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
    QCOMPARE((*again)->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(strings(**again, u"SELECT version, applied_at FROM schema_migrations"_s), migrationsBefore);
    QCOMPARE(postgresColumns(**again), tablesBefore);
    QCOMPARE((*again)->scalar(u"SELECT count(*) FROM events"_s).value().toInt(), 1);
}

void TestPostgresSchema::hasTheSameVersionsAsSqlite()
{
    REQUIRE_SERVER();
    const auto versions = [](Database::Engine engine) {
        QStringList out;
        for (const Migration &migration : migrationsFor(engine))
            out.append(u"%1 %2"_s.arg(migration.version).arg(migration.description));
        return out;
    };
    QCOMPARE(versions(Database::Engine::Postgres), versions(Database::Engine::Sqlite));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto sqlite = Database::openSqlite(dir.filePath(u"relais.sqlite"_s));
    QVERIFY(sqlite);
    auto postgres = Database::openPostgres(url());
    QVERIFY2(postgres, qPrintable(postgres ? QString() : postgres.error().message));
    QCOMPARE((*postgres)->schemaVersion(), (*sqlite)->schemaVersion());
}

void TestPostgresSchema::hasTheSameTablesColumnsAndIndexesAsSqlite()
{
    REQUIRE_SERVER();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto sqlite = Database::openSqlite(dir.filePath(u"relais.sqlite"_s));
    QVERIFY(sqlite);
    auto postgres = Database::openPostgres(url());
    QVERIFY2(postgres, qPrintable(postgres ? QString() : postgres.error().message));

    const QStringList onSqlite = sqliteColumns(**sqlite);
    QVERIFY(onSqlite.contains(u"events.hash NOT NULL"_s));
    QVERIFY(onSqlite.contains(u"client_search.identifiers"_s));
    QCOMPARE(postgresColumns(**postgres), onSqlite);

    // Named indexes; those PostgreSQL makes for keys and UNIQUE, and the GIN indexes that
    // replace FTS5's own, have no SQLite counterpart of the same name.
    const QStringList sqliteIndexes = strings(**sqlite, u"SELECT name FROM sqlite_master WHERE type = "
                                                        "'index' AND name NOT LIKE 'sqlite_autoindex%'"_s);
    const QStringList postgresIndexes = strings(
        **postgres, u"SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() "
                    "AND indexname NOT IN (SELECT conname FROM pg_constraint) "
                    "AND indexname NOT LIKE '%_search_document'"_s);
    QVERIFY(sqliteIndexes.contains(u"holidays_day"_s));
    QCOMPARE(postgresIndexes, sqliteIndexes);

    // Ids are identity columns, so a plain INSERT numbers its row as on SQLite.
    QCOMPARE((*postgres)->scalar(u"SELECT count(*) FROM information_schema.columns WHERE table_schema "
                                 "= current_schema() AND column_name = 'id' AND is_identity = 'YES'"_s)
                 .value().toInt(),
             (*sqlite)->scalar(u"SELECT count(*) FROM sqlite_master m JOIN pragma_table_info(m.name) p "
                               "WHERE m.type = 'table' AND p.name = 'id' AND p.pk = 1 "
                               "AND m.name NOT LIKE '%search%'"_s).value().toInt()); // not FTS5's
}

void TestPostgresSchema::refusesToChangeOrDeleteEvents()
{
    REQUIRE_SERVER();
    auto db = Database::openPostgres(url());
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    auto event = insertEvent(**db);
    QVERIFY2(event, qPrintable(event ? QString() : event.error().message));

    // Through Database: the services' error for it.
    auto updated = (*db)->update(u"UPDATE events SET text = 'réécrit' WHERE id = :id"_s, {{u":id"_s, *event}});
    QVERIFY(!updated);
    QCOMPARE(updated.error().code, ErrorCode::Invalid);
    QVERIFY2(updated.error().message.contains(u"correction"_s), qPrintable(updated.error().message));
    auto deleted = (*db)->update(u"DELETE FROM events WHERE id = :id"_s, {{u":id"_s, *event}});
    QVERIFY(!deleted);
    QCOMPARE(deleted.error().code, ErrorCode::Invalid);

    // And the server itself, to anyone connected, with the same words as SQLite's trigger.
    for (const QString &sql : {u"UPDATE events SET text = 'réécrit'"_s, u"DELETE FROM events"_s,
                               u"TRUNCATE events CASCADE"_s}) {
        QSqlQuery query((*db)->connection());
        QVERIFY2(!query.exec(sql), qPrintable(sql));
        QVERIFY2(query.lastError().databaseText().contains(appendOnlyMessage),
                 qPrintable(query.lastError().databaseText()));
    }
    QCOMPARE((*db)->scalar(u"SELECT text FROM events WHERE id = :id"_s, {{u":id"_s, *event}}).value().toString(),
             u"premier appel"_s);
}

void TestPostgresSchema::insertGivesTheNewId()
{
    REQUIRE_SERVER();
    auto db = Database::openPostgres(url());
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    Database &database = **db;
    const QString sql = u"INSERT INTO agencies (code, name, created_at) VALUES (:code, 'Agence', 0)"_s;

    auto first = database.insert(sql, {{u":code"_s, u"A1"_s}});
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
    auto second = database.insert(sql, {{u":code"_s, u"A2"_s}});
    QVERIFY(second);
    QVERIFY(*first > 0);
    QVERIFY(*second > *first);
    QCOMPARE(database.scalar(u"SELECT code FROM agencies WHERE id = :id"_s, {{u":id"_s, *second}}).value().toString(),
             u"A2"_s);

    // Inside a transaction too, and an explicit id is given back as it was written.
    auto inside = database.write([&]() -> Result<Id> {
        return database.insert(u"INSERT INTO agencies (id, code, name, created_at) VALUES (500, 'A3', 'x', 0)"_s);
    });
    QVERIFY(inside);
    QCOMPARE(*inside, Id(500));

    // A table without an id column: the row goes in, there is no id to give.
    auto counter = database.insert(u"INSERT INTO reference_counters (year, last_number) VALUES (2024, 7)"_s);
    QVERIFY2(counter, qPrintable(counter ? QString() : counter.error().message));
    QCOMPARE(*counter, Id(0));
    QCOMPARE(database.scalar(u"SELECT last_number FROM reference_counters WHERE year = 2024"_s).value().toInt(), 7);

    // A duplicate is a conflict, as on SQLite, and leaves the connection usable.
    auto duplicate = database.insert(sql, {{u":code"_s, u"A1"_s}});
    QVERIFY(!duplicate);
    QCOMPARE(duplicate.error().code, ErrorCode::Conflict);
    QVERIFY(database.insert(sql, {{u":code"_s, u"A4"_s}}));
}

void TestPostgresSchema::searchTablesKeepTheirDocument()
{
    REQUIRE_SERVER();
    auto db = Database::openPostgres(url());
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    QVERIFY((*db)->insert(u"INSERT INTO client_search (rowid, names, identifiers) VALUES (:id, :names, :ids)"_s,
                          {{u":id"_s, 42}, {u":names"_s, u"karim alaoui كريم العلوي"_s},
                           {u":ids"_s, u"be123456 212612345678"_s}}));
    const auto find = [&](const QString &query) {
        return (*db)->scalar(u"SELECT rowid FROM client_search WHERE document @@ to_tsquery('simple', :q)"_s,
                             {{u":q"_s, query}}).value().toLongLong();
    };
    QCOMPARE(find(u"كريم"_s), 42);
    QCOMPARE(find(u"alaoui & karim"_s), 42);
    QCOMPARE(find(u"be12:*"_s), 42);
    // Identifiers weigh B: a number asked of the identifiers is found there only.
    QCOMPARE(find(u"212612345678:B"_s), 42);
    QCOMPARE(find(u"karim:B"_s), 0);
}

void TestPostgresSchema::mustExistRefusesAnEmptyDatabase()
{
    REQUIRE_SERVER();
    auto db = Database::openPostgres(url(), Database::OpenMode::MustExist);
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::NotFound);
    QVERIFY2(db.error().message.contains(u"relais-cli init"_s), qPrintable(db.error().message));
    AdminConnection admin;
    QCOMPARE(admin.value(u"SELECT count(*) FROM pg_tables WHERE schemaname = '%1'"_s.arg(m_schema)).toInt(), 0);
}

void TestPostgresSchema::leavesAnotherProgramsTablesAlone()
{
    REQUIRE_SERVER();
    {
        AdminConnection admin;
        QVERIFY(admin.exec(u"CREATE TABLE %1.invoices (id integer)"_s.arg(m_schema)));
    }
    auto db = Database::openPostgres(url());
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::Invalid);
    QVERIFY2(db.error().message.contains(u"another program"_s), qPrintable(db.error().message));

    AdminConnection admin;
    QCOMPARE(admin.value(u"SELECT string_agg(tablename, ',') FROM pg_tables WHERE schemaname = '%1'"_s
                             .arg(m_schema)).toString(),
             u"invoices"_s);
}

void TestPostgresSchema::openPicksTheEngineFromTheText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("postgres");
    QTest::addRow("postgresql") << u"postgresql://relais@db.example:5432/relais"_s << true;
    QTest::addRow("postgres") << u"postgres://relais@db.example/relais"_s << true;
    QTest::addRow("upper case") << u"PostgreSQL://relais@db.example/relais"_s << true;
    QTest::addRow("file") << u"/home/amina/relais.sqlite"_s << false;
    QTest::addRow("relative file") << u"postgresql.sqlite"_s << false;
}

void TestPostgresSchema::openPicksTheEngineFromTheText()
{
    QFETCH(QString, text);
    QFETCH(bool, postgres);
    QCOMPARE(Database::isPostgresUrl(text), postgres);

    if (postgres) {
        if (serverUrl().isEmpty())
            return;
        auto db = Database::open(url());
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QCOMPARE((*db)->engine(), Database::Engine::Postgres);
    } else {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto db = Database::open(dir.filePath(u"relais.sqlite"_s));
        QVERIFY(db);
        QCOMPARE((*db)->engine(), Database::Engine::Sqlite);
    }
}

void TestPostgresSchema::malformedUrlsAreInvalid_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("says");
    QTest::addRow("no database") << u"postgresql://relais:s3cret@127.0.0.1:5432"_s << u"database name"_s;
    QTest::addRow("empty database") << u"postgresql://relais:s3cret@127.0.0.1:5432/"_s << u"database name"_s;
    QTest::addRow("nested path") << u"postgresql://relais:s3cret@127.0.0.1/a/b"_s << u"/"_s;
    QTest::addRow("port not a number") << u"postgresql://relais:s3cret@127.0.0.1:54x/relais"_s << u"port"_s;
    QTest::addRow("port too large") << u"postgresql://relais:s3cret@127.0.0.1:99999/relais"_s << u"port"_s;
    QTest::addRow("port zero") << u"postgresql://relais:s3cret@127.0.0.1:0/relais"_s << u"port"_s;
    QTest::addRow("fragment") << u"postgresql://relais:s3cret@127.0.0.1/relais#x"_s << u"#"_s;
    QTest::addRow("semicolon in option") << u"postgresql://relais:s3cret@h/relais?sslmode=require;x"_s << u"sslmode"_s;
    QTest::addRow("bad option name") << u"postgresql://relais:s3cret@h/relais?ssl-mode=require"_s << u"ssl-mode"_s;
    // Found by fuzz_pgaddress: a line break in the password once showed all of it.
    QTest::addRow("line break in password") << u"postgresql://relais:s3c\nret@127.0.0.1/a/b"_s << u"/"_s;
}

void TestPostgresSchema::malformedUrlsAreInvalid()
{
    QFETCH(QString, url);
    QFETCH(QString, says);
    auto db = Database::openPostgres(url);
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::Invalid);
    QVERIFY2(db.error().message.contains(says), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(u"postgresql://"_s), qPrintable(db.error().message));
    QVERIFY2(!db.error().message.contains(u"s3c"_s), qPrintable(db.error().message));
}

void TestPostgresSchema::unreachableServerIsAClearStorageError()
{
    // Port 1 on the loopback: nothing listens there, so the refusal is immediate.
    auto db = Database::openPostgres(u"postgresql://relais:s3cret-pw@127.0.0.1:1/relais_test?connect_timeout=5"_s);
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::Storage);
    const QString message = db.error().message;
    QVERIFY2(message.contains(u"127.0.0.1:1"_s), qPrintable(message));
    QVERIFY2(message.contains(u"relais_test"_s), qPrintable(message));
    QVERIFY2(!message.contains(u"s3cret-pw"_s), qPrintable(message));
}

void TestPostgresSchema::refusedLoginIsAClearStorageError()
{
    REQUIRE_SERVER();
    QUrl stranger(url());
    stranger.setUserName(u"relais_nobody"_s);
    stranger.setPassword(u"s3cret-pw"_s);
    auto db = Database::openPostgres(stranger.toString());
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::Storage);
    const QString message = db.error().message;
    const QUrl server(serverUrl());
    QVERIFY2(message.contains(u"%1:%2"_s.arg(server.host()).arg(server.port(5432))), qPrintable(message));
    QVERIFY2(message.contains(server.path().mid(1)), qPrintable(message));
    QVERIFY2(message.contains(u"relais_nobody"_s), qPrintable(message));
    QVERIFY2(!message.contains(u"s3cret-pw"_s), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestPostgresSchema)
#include "tst_postgresschema.moc"
