// The case file on disk: created and migrated when new, left alone when it is someone else's.

#include "casefiletest.h"

#include "storage/database.h"
#include "storage/migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QTemporaryDir>

using namespace Relais::Core;
using namespace Relais::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QStringList folderEntries(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

// Runs statements on a file through a connection of its own, as another program would.
bool runAsAnotherProgram(const QString &path, const QStringList &statements)
{
    static int counter = 0;
    const QString name = u"another-program-%1"_s.arg(++counter);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open();
        if (ok) {
            QSqlQuery query(db);
            for (const QString &statement : statements) {
                if (!query.exec(statement)) {
                    qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                    ok = false;
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Every row of a query, as text, to compare a file before and after.
QStringList dump(Database &db, const QString &sql)
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
    return out;
}

} // namespace

class TestMigrations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newFileIsMigratedToLatest();
    void reopeningChangesNothing();
    void upgradeToContactDetailsKeepsTheDirectory();
    void connectionIsConfigured_data();
    void connectionIsConfigured();
    void refusesFileThatIsNotSqlite();
    void refusesSqliteFileOfAnotherProgram();
    void refusesCorruptSqliteFile();
    void refusesFileFromNewerRelais();
    void mustExistRefusesMissingFile_data();
    void mustExistRefusesMissingFile();
};

void TestMigrations::newFileIsMigratedToLatest()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"new-case-file.sqlite"_s);
    QVERIFY(!QFileInfo::exists(path));

    auto db = Database::openSqlite(path);
    RELAIS_VERIFY_OK(db);
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(Database::latestSchemaVersion() >= 1);
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());

    // The schema a case file needs is there, so the first real write can succeed.
    for (const QString &table : {u"agencies"_s, u"users"_s, u"clients"_s, u"cases"_s, u"events"_s,
                                 u"handoffs"_s, u"documents"_s, u"consents"_s, u"audit_log"_s}) {
        auto found = (*db)->scalar(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = :name"_s,
                                   {{u":name"_s, table}});
        RELAIS_VERIFY_OK(found);
        QVERIFY2(found->toInt() == 1, qPrintable(u"missing table "_s + table));
    }
    // One recorded step per migration, ending at the latest.
    auto recorded = (*db)->scalar(u"SELECT max(version) FROM schema_migrations"_s);
    RELAIS_VERIFY_OK(recorded);
    QCOMPARE(recorded->toInt(), Database::latestSchemaVersion());
}

void TestMigrations::reopeningChangesNothing()
{
    TestWorld world;
    QVERIFY(world.isValid());
    const Id client = world.addClient();
    const Case first = world.openCase(client);
    auto note = world.ws().cases().addEvent(world.actor(u"ins.agent"_s), first.id,
                                            newEvent(EventKind::Note, u"Constat amiable reçu"_s));
    RELAIS_VERIFY_OK(note);

    const QStringList migrationsBefore =
        dump(world.ws().database(), u"SELECT version, description, applied_at FROM schema_migrations ORDER BY version"_s);
    const QStringList schemaBefore =
        dump(world.ws().database(), u"SELECT type, name, sql FROM sqlite_master ORDER BY type, name"_s);
    auto before = world.ws().cases().caseById(world.actor(u"ins.agent"_s), first.id);
    RELAIS_VERIFY_OK(before);

    world.advance(3600);
    world.close();
    world.reopen();
    QVERIFY(world.isValid());

    QCOMPARE(world.ws().database().schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(dump(world.ws().database(),
                  u"SELECT version, description, applied_at FROM schema_migrations ORDER BY version"_s),
             migrationsBefore);
    QCOMPARE(dump(world.ws().database(), u"SELECT type, name, sql FROM sqlite_master ORDER BY type, name"_s),
             schemaBefore);

    // The case is still there, whole, and numbering carries on where it stopped.
    auto after = world.ws().cases().caseById(world.actor(u"ins.agent"_s), first.id);
    RELAIS_VERIFY_OK(after);
    QCOMPARE(after->reference, before->reference);
    QCOMPARE(after->eventCount, before->eventCount);
    QCOMPARE(after->headHash, before->headHash);
    const Case second = world.openCase(client);
    QCOMPARE(second.reference, u"REL-2026-000002"_s);
}

void TestMigrations::upgradeToContactDetailsKeepsTheDirectory()
{
    // A case file as Relais left it at schema 4, with a network already in it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"schema-4.sqlite"_s);
    QStringList statements{u"CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, "
                           "description TEXT NOT NULL, applied_at INTEGER NOT NULL)"_s};
    for (const Migration &migration : migrationsFor(Database::Engine::Sqlite)) {
        if (migration.version > 4)
            continue;
        statements += migration.statements;
        statements << u"INSERT INTO schema_migrations VALUES (%1, 'v%1', 0)"_s.arg(migration.version);
    }
    statements << u"INSERT INTO agencies (id, code, name, kind, created_at) VALUES "
                  "(1, 'INS', 'Assurances Atlas', 'insurer', 0), (2, 'GAR', 'Garage Al Amal', 'garage', 0)"_s
               << u"INSERT INTO users (id, login, display_name, agency_id, role, created_at) VALUES "
                  "(1, 'ins.agent', 'Salma Idrissi', 1, 'agent', 0), (2, 'net.admin', 'Admin Réseau', 1, 'admin', 0)"_s;
    QVERIFY(runAsAnotherProgram(path, statements));

    auto workspace = Workspace::open(path, Database::OpenMode::MustExist);
    RELAIS_VERIFY_OK(workspace);
    Database &db = (*workspace)->database();
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(db.schemaVersion() >= 5);
    QCOMPARE(dump(db, u"SELECT id, code, name, kind, phone, email, address FROM agencies ORDER BY id"_s),
             QStringList({u"1|INS|Assurances Atlas|insurer|||"_s, u"2|GAR|Garage Al Amal|garage|||"_s}));
    QCOMPARE(dump(db, u"SELECT id, login, display_name, agency_id, role, phone, email FROM users ORDER BY id"_s),
             QStringList({u"1|ins.agent|Salma Idrissi|1|agent||"_s, u"2|net.admin|Admin Réseau|1|admin||"_s}));

    // The people already there can act, and their details can now be filled in.
    Directory &directory = (*workspace)->directory();
    auto agent = directory.actAs(u"ins.agent"_s);
    RELAIS_VERIFY_OK(agent);
    auto own = directory.setUserContact(*agent, u"ins.agent"_s, u"0522203041"_s, u"salma.idrissi@atlas.ma"_s);
    RELAIS_VERIFY_OK(own);
    QCOMPARE(own->phone, u"+212522203041"_s);
    auto agency = directory.setAgencyContact(Actor::localConsole(), u"GAR"_s, {}, {}, u"Route de Safi, Marrakech"_s);
    RELAIS_VERIFY_OK(agency);
    QCOMPARE(agency->name, u"Garage Al Amal"_s);
}

void TestMigrations::connectionIsConfigured_data()
{
    QTest::addColumn<QString>("pragma");
    QTest::addColumn<QString>("expected");
    QTest::addRow("WAL journal") << u"PRAGMA journal_mode"_s << u"wal"_s;
    QTest::addRow("foreign keys enforced") << u"PRAGMA foreign_keys"_s << u"1"_s;
    QTest::addRow("synchronous FULL") << u"PRAGMA synchronous"_s << u"2"_s;
}

void TestMigrations::connectionIsConfigured()
{
    QFETCH(QString, pragma);
    QFETCH(QString, expected);
    TestWorld world;
    QVERIFY(world.isValid());
    auto value = world.ws().database().scalar(pragma);
    RELAIS_VERIFY_OK(value);
    QCOMPARE(value->toString().toLower(), expected);

    // Still so after the file is closed and opened again (pragmas are per connection).
    world.reopen();
    QVERIFY(world.isValid());
    value = world.ws().database().scalar(pragma);
    RELAIS_VERIFY_OK(value);
    QCOMPARE(value->toString().toLower(), expected);
}

void TestMigrations::refusesFileThatIsNotSqlite()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"notes.sqlite"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write("hello"), qint64(5));
    }
    const QStringList entriesBefore = folderEntries(dir.path());

    auto db = Database::openSqlite(path);
    RELAIS_VERIFY_ERROR(db, ErrorCode::Invalid);
    QVERIFY(!db.error().message.isEmpty());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("hello"));
    QCOMPARE(folderEntries(dir.path()), entriesBefore);

    // The workspace entry point refuses it the same way.
    auto workspace = Workspace::open(path);
    RELAIS_VERIFY_ERROR(workspace, ErrorCode::Invalid);
    QCOMPARE(fileDigest(path), QCryptographicHash::hash("hello", QCryptographicHash::Sha256).toHex());
}

void TestMigrations::refusesSqliteFileOfAnotherProgram()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"other-program.db"_s);
    QVERIFY(runAsAnotherProgram(path, {u"CREATE TABLE foo (id INTEGER PRIMARY KEY, bar TEXT)"_s,
                                       u"INSERT INTO foo (bar) VALUES ('precious')"_s}));
    const QByteArray digestBefore = fileDigest(path);
    QVERIFY(!digestBefore.isEmpty());
    const QStringList entriesBefore = folderEntries(dir.path());

    auto db = Database::openSqlite(path);
    RELAIS_VERIFY_ERROR(db, ErrorCode::Invalid);
    QVERIFY(!db.error().message.isEmpty());
    QCOMPARE(fileDigest(path), digestBefore);
    QCOMPARE(folderEntries(dir.path()), entriesBefore);

    // Opening it again must not have half-migrated it either.
    auto again = Database::openSqlite(path, Database::OpenMode::MustExist);
    RELAIS_VERIFY_ERROR(again, ErrorCode::Invalid);
    QCOMPARE(fileDigest(path), digestBefore);
}

void TestMigrations::refusesCorruptSqliteFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"damaged.sqlite"_s);
    QByteArray bytes("SQLite format 3", 16); // the magic string and its NUL
    for (int i = 0; i < 8192; ++i)
        bytes.append(char((i * 37 + 11) % 251));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), qint64(bytes.size()));
    }
    const QByteArray digestBefore = fileDigest(path);
    const QStringList entriesBefore = folderEntries(dir.path());

    auto db = Database::openSqlite(path);
    QVERIFY2(!db, "a damaged file was opened as a case file");
    QCOMPARE(db.error().code, ErrorCode::Invalid);
    QVERIFY(!db.error().message.isEmpty());
    QCOMPARE(fileDigest(path), digestBefore);
    QCOMPARE(folderEntries(dir.path()), entriesBefore);
}

void TestMigrations::refusesFileFromNewerRelais()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"future.sqlite"_s);
    {
        auto db = Database::openSqlite(path);
        RELAIS_VERIFY_OK(db);
    }
    QVERIFY(runAsAnotherProgram(
        path, {u"INSERT INTO schema_migrations (version, description, applied_at) "
               "VALUES (999, 'from a future Relais', 0)"_s}));
    const QByteArray digestBefore = fileDigest(path);
    QVERIFY(!digestBefore.isEmpty());

    auto db = Database::openSqlite(path);
    RELAIS_VERIFY_ERROR(db, ErrorCode::Invalid);
    QVERIFY2(db.error().message.contains(u"newer"_s, Qt::CaseInsensitive), qPrintable(db.error().message));
    QCOMPARE(fileDigest(path), digestBefore);

    auto workspace = Workspace::open(path);
    RELAIS_VERIFY_ERROR(workspace, ErrorCode::Invalid);
    QCOMPARE(fileDigest(path), digestBefore);
}

void TestMigrations::mustExistRefusesMissingFile_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::addRow("in an existing folder") << u"missing.sqlite"_s;
    QTest::addRow("in a missing folder") << u"no-such-folder/missing.sqlite"_s;
}

void TestMigrations::mustExistRefusesMissingFile()
{
    QFETCH(QString, relativePath);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(relativePath);
    const QStringList entriesBefore = folderEntries(dir.path());

    auto db = Database::openSqlite(path, Database::OpenMode::MustExist);
    RELAIS_VERIFY_ERROR(db, ErrorCode::NotFound);
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(folderEntries(dir.path()), entriesBefore);

    auto workspace = Workspace::open(path, Database::OpenMode::MustExist);
    RELAIS_VERIFY_ERROR(workspace, ErrorCode::NotFound);
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(folderEntries(dir.path()), entriesBefore);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
