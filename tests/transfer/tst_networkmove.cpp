// Moving a network from its SQLite file to PostgreSQL with `relais-cli migrate`, end to end:
// the real binary builds a demo world, moves it into a fresh schema on the test server, and the
// server then answers exactly as the file did — the same verify report, the same case, the same
// timeline, the same counts — and goes on numbering after the copied ids. Every refusal is one
// line with its exit code and leaves both the file and the server as they were.
//
// Needs RELAIS_TEST_POSTGRES (packaging/pg-cluster.sh starts a throwaway cluster); without it
// the server tests skip locally and fail in CI. The checks that need no server always run.

#include "postgrestestserver.h"

#include "demo/demoworld.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Relais::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString cliPath = QStringLiteral(RELAIS_CLI_PATH);

struct Run {
    QStringList args;
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] QString outText() const { return QString::fromUtf8(out); }
    [[nodiscard]] QString errText() const { return QString::fromUtf8(err); }
    [[nodiscard]] QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
    [[nodiscard]] QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
    [[nodiscard]] bool isOneLineError() const
    {
        const QString text = errText();
        return text.startsWith(u"relais-cli: "_s) && text.endsWith(u'\n') && text.count(u'\n') == 1;
    }
    [[nodiscard]] QString describe() const
    {
        return u"$ relais-cli %1\n  exit: %2\n  stdout: %3\n  stderr: %4"_s.arg(
            args.join(u' '), QString::number(exitCode), outText().left(2000), errText().left(1500));
    }
};

#define EXPECT_EXIT(result, code)                                                                \
    do {                                                                                         \
        const Run &r_ = (result);                                                                \
        QVERIFY2(r_.finished && r_.exitCode == (code),                                           \
                 qPrintable(u"expected exit %1, got:\n"_s.arg(code) + r_.describe()));           \
    } while (false)

#define EXPECT_ONE_LINE_ERROR(result)                                                            \
    QVERIFY2((result).isOneLineError(), qPrintable(u"stderr is not one line:\n"_s + (result).describe()))

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Every table of a schema on the server with its row count, "table=rows", for before/after
// comparisons behind the application's back.
QStringList serverCounts(const QString &schema)
{
    AdminConnection admin;
    const QString tables = admin.value(u"SELECT coalesce(string_agg(table_name, ',' ORDER BY table_name), '') "
                                       "FROM information_schema.tables WHERE table_schema = '%1'"_s.arg(schema))
                               .toString();
    QStringList counts;
    for (const QString &table : tables.split(u',', Qt::SkipEmptyParts))
        counts.append(u"%1=%2"_s.arg(table, admin.value(u"SELECT count(*) FROM %1.%2"_s.arg(schema, table)).toString()));
    return counts;
}

// The rows of data a schema holds, migration records left out.
qint64 serverDataRows(const QString &schema)
{
    qint64 rows = 0;
    for (const QString &entry : serverCounts(schema))
        if (!entry.startsWith(u"schema_migrations="_s))
            rows += entry.section(u'=', 1).toLongLong();
    return rows;
}

// Runs statements straight on a SQLite file, as another program with the file could;
// the first that fails is returned with its error, an empty string when all ran.
QString editFile(const QString &path, const QStringList &statements)
{
    const QString name = u"edit-file"_s;
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            QSqlQuery q(db);
            for (const QString &sql : statements)
                if (failure.isEmpty() && !q.exec(sql))
                    failure = sql + u": "_s + q.lastError().text();
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return failure;
}

} // namespace

class TestNetworkMove : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void demoWorldMovesWithIdenticalAnswers();
    void serverContinuesAfterTheCopiedIds();
    void nonEmptyTargetIsRefused();
    void refusedSourceLeavesBothUntouched_data();
    void refusedSourceLeavesBothUntouched();
    void agentMayNotMoveTheNetwork();
    void columnMissingOnTheServerStopsTheMove();
    void tamperedChainsMoveAsTheyAre();
    void targetMustBeAServer();
    void unreachableServerHidesThePassword();

private:
    [[nodiscard]] Run run(const QStringList &args) const;
    // A demo world in a file of the test's folder: the showcase case and who may see it.
    void buildDemo(const QString &path, QString *reference = nullptr, QString *login = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

void TestNetworkMove::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(u"network.sqlite"_s);
}

void TestNetworkMove::cleanup()
{
    m_dir.reset();
}

Run TestNetworkMove::run(const QStringList &args) const
{
    Run result;
    result.args = args;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"HOME"_s, m_dir->path());
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"xdg-data"_s));
    env.insert(u"RELAIS_PASSWORD"_s, Relais::Core::demoPassword()); // every network here is the demo world
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(cliPath, args);
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.finished = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestNetworkMove::buildDemo(const QString &path, QString *reference, QString *login)
{
    const Run demo = run({u"demo"_s, u"--db"_s, path, u"--json"_s});
    EXPECT_EXIT(demo, 0);
    if (reference)
        *reference = demo.object()[u"showcase"_s][u"case"_s].toString();
    if (login)
        *login = demo.object()[u"showcase"_s][u"as"_s].toString();
}

void TestNetworkMove::demoWorldMovesWithIdenticalAnswers()
{
    REQUIRE_SERVER();
    PostgresTestSchema schema;
    QVERIFY(schema.isValid());
    QString reference;
    QString login;
    buildDemo(m_file, &reference, &login);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!reference.isEmpty());
    // A merge, so the merge tables travel too and a client points at a later one (merged_into).
    EXPECT_EXIT(run({u"client"_s, u"merge"_s, u"5"_s, u"2"_s, u"--reason"_s, u"same person"_s, u"--as"_s, u"admin"_s,
                     u"--db"_s, m_file}),
                0);
    const QByteArray before = fileHash(m_file);

    const Run moved = run({u"migrate"_s, u"--as"_s, u"admin"_s, u"--from"_s, m_file, u"--to"_s, schema.url(), u"--json"_s});
    EXPECT_EXIT(moved, 0);
    const QJsonObject report = moved.object();
    QCOMPARE(report[u"verification"_s][u"intact"_s].toBool(false), true);
    QVERIFY(report[u"rows"_s].toInteger() > 1000);
    QStringList copied;
    for (const QJsonValue &table : report[u"tables"_s].toArray())
        copied.append(table[u"table"_s].toString());
    // Foreign keys first: agencies before users before cases before events.
    QVERIFY(copied.indexOf(u"agencies"_s) < copied.indexOf(u"users"_s));
    QVERIFY(copied.indexOf(u"cases"_s) < copied.indexOf(u"events"_s));
    QVERIFY(copied.contains(u"event_search"_s));
    QVERIFY(!copied.contains(u"schema_migrations"_s));
    QCOMPARE(fileHash(m_file), before);

    // The server's rows, counted behind the application's back, are the report's.
    qint64 onServer = 0;
    for (const QJsonValue &table : report[u"tables"_s].toArray()) {
        const QString count = AdminConnection().value(
            u"SELECT count(*) FROM %1.%2"_s.arg(schema.name(), table[u"table"_s].toString())).toString();
        QCOMPARE(count.toLongLong(), table[u"rows"_s].toInteger());
        onServer += count.toLongLong();
    }
    QCOMPARE(onServer, report[u"rows"_s].toInteger());

    // The integrity report names no database, so the two must be identical to the byte; the
    // path is normalised anyway in case a later version prints it.
    const auto normalised = [&](const Run &r) {
        return r.outText().replace(m_file, u"<db>"_s).replace(schema.url(), u"<db>"_s);
    };
    const Run verifyFile = run({u"verify"_s, u"--as"_s, u"admin"_s, u"--db"_s, m_file});
    const Run verifyServer = run({u"verify"_s, u"--as"_s, u"admin"_s, u"--db"_s, schema.url()});
    EXPECT_EXIT(verifyFile, 0);
    EXPECT_EXIT(verifyServer, 0);
    QCOMPARE(normalised(verifyServer), normalised(verifyFile));
    QVERIFY(verifyServer.outText().contains(u"All "_s));
    const Run verifyJsonFile = run({u"verify"_s, u"--as"_s, u"admin"_s, u"--db"_s, m_file, u"--json"_s});
    const Run verifyJsonServer = run({u"verify"_s, u"--as"_s, u"admin"_s, u"--db"_s, schema.url(), u"--json"_s});
    QCOMPARE(verifyJsonServer.object(), verifyJsonFile.object());

    // The showcase case reads the same on both, summary, participants and timeline.
    for (const QStringList &command : {QStringList{u"case"_s, u"show"_s, reference},
                                       QStringList{u"timeline"_s, reference},
                                       QStringList{u"case"_s, u"list"_s}}) {
        const Run onFile = run(command + QStringList{u"--as"_s, login, u"--json"_s, u"--db"_s, m_file});
        const Run onServerRun = run(command + QStringList{u"--as"_s, login, u"--json"_s, u"--db"_s, schema.url()});
        EXPECT_EXIT(onFile, 0);
        EXPECT_EXIT(onServerRun, 0);
        QCOMPARE(onServerRun.outText(), onFile.outText());
    }
    for (const QStringList &command : {QStringList{u"client"_s, u"show"_s, u"2"_s}, QStringList{u"client"_s, u"show"_s, u"5"_s}}) {
        const Run onFile = run(command + QStringList{u"--as"_s, u"admin"_s, u"--json"_s, u"--db"_s, m_file});
        const Run onServerRun = run(command + QStringList{u"--as"_s, u"admin"_s, u"--json"_s, u"--db"_s, schema.url()});
        EXPECT_EXIT(onServerRun, 0);
        QCOMPARE(onServerRun.outText(), onFile.outText());
    }
    const Run merged = run({u"client"_s, u"show"_s, u"2"_s, u"--as"_s, u"admin"_s, u"--json"_s, u"--db"_s, schema.url()});
    QCOMPARE(merged.object()[u"mergedInto"_s].toInteger(), 5);
    for (const QStringList &command : {QStringList{u"agency"_s, u"list"_s}, QStringList{u"user"_s, u"list"_s}}) {
        const Run onFile = run(command + QStringList{u"--json"_s, u"--db"_s, m_file});
        const Run onServerRun = run(command + QStringList{u"--json"_s, u"--db"_s, schema.url()});
        EXPECT_EXIT(onServerRun, 0);
        QCOMPARE(onServerRun.outText(), onFile.outText());
    }
}

void TestNetworkMove::serverContinuesAfterTheCopiedIds()
{
    REQUIRE_SERVER();
    PostgresTestSchema schema;
    QVERIFY(schema.isValid());
    QString login;
    buildDemo(m_file, nullptr, &login);
    if (QTest::currentTestFailed())
        return;
    EXPECT_EXIT(run({u"migrate"_s, u"--as"_s, u"admin"_s, u"--from"_s, m_file, u"--to"_s, schema.url()}), 0);

    const Run casesBefore = run({u"case"_s, u"list"_s, u"--as"_s, u"admin"_s, u"--json"_s, u"--db"_s, schema.url()});
    EXPECT_EXIT(casesBefore, 0);
    QStringList references;
    for (const QJsonValue &c : casesBefore.array())
        references.append(c[u"reference"_s].toString());
    QVERIFY(!references.isEmpty());
    references.sort();
    const qint64 clients = AdminConnection().value(u"SELECT max(id) FROM %1.clients"_s.arg(schema.name())).toLongLong();

    const Run client = run({u"client"_s, u"add"_s, u"--name"_s, u"Nadia Après-Migration"_s, u"--as"_s, login,
                            u"--json"_s, u"--db"_s, schema.url()});
    EXPECT_EXIT(client, 0);
    const qint64 clientId = client.object()[u"client"_s][u"id"_s].toInteger();
    QCOMPARE(clientId, clients + 1);
    const Run opened = run({u"case"_s, u"open"_s, u"--client"_s, QString::number(clientId), u"--title"_s,
                            u"Opened on the server"_s, u"--as"_s, login, u"--json"_s, u"--db"_s, schema.url()});
    EXPECT_EXIT(opened, 0);
    const QString reference = opened.object()[u"reference"_s].toString();
    QVERIFY2(!references.contains(reference), qPrintable(reference));
    // Numbered after the highest reference of the year, from the copied counter.
    QVERIFY2(reference > references.constLast(), qPrintable(reference + u" after "_s + references.constLast()));
    EXPECT_EXIT(run({u"verify"_s, u"--as"_s, u"admin"_s, u"--db"_s, schema.url()}), 0);
}

void TestNetworkMove::nonEmptyTargetIsRefused()
{
    REQUIRE_SERVER();
    PostgresTestSchema schema;
    QVERIFY(schema.isValid());
    buildDemo(m_file);
    if (QTest::currentTestFailed())
        return;
    EXPECT_EXIT(run({u"migrate"_s, u"--as"_s, u"admin"_s, u"--from"_s, m_file, u"--to"_s, schema.url()}), 0);
    const QStringList before = serverCounts(schema.name());

    // Another network, or the same one a second time: either would mix two copies.
    const QString other = m_dir->filePath(u"other.sqlite"_s);
    buildDemo(other);
    for (const QString &source : {other, m_file}) {
        const Run again = run({u"migrate"_s, u"--as"_s, u"admin"_s, u"--from"_s, source, u"--to"_s, schema.url()});
        EXPECT_EXIT(again, 6);
        EXPECT_ONE_LINE_ERROR(again);
        QVERIFY2(again.errText().contains(u"empty database"_s), qPrintable(again.describe()));
        QCOMPARE(serverCounts(schema.name()), before);
    }
}

void TestNetworkMove::refusedSourceLeavesBothUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("said");
    QTest::addRow("missing file") << u"missing"_s << 3 << u"no case file"_s;
    QTest::addRow("not a database") << u"garbage"_s << 4 << u"not a Relais case file"_s;
    QTest::addRow("empty file") << u"empty"_s << 4 << u"not a Relais case file"_s;
    QTest::addRow("another program's SQLite") << u"foreign"_s << 4 << u"not a Relais case file"_s;
    QTest::addRow("older schema") << u"older"_s << 4 << u"Open it once with this Relais"_s;
    // Found by tests/fuzz/fuzz_casefile: opening it for the move switched it to WAL, which
    // rewrote its header.
    QTest::addRow("rollback journal, not WAL") << u"journal"_s << 4 << u"Open it once with this Relais"_s;
}

void TestNetworkMove::refusedSourceLeavesBothUntouched()
{
    QFETCH(QString, kind);
    QFETCH(int, exitCode);
    QFETCH(QString, said);
    REQUIRE_SERVER();
    PostgresTestSchema schema;
    QVERIFY(schema.isValid());

    const QString path = m_dir->filePath(u"source.sqlite"_s);
    if (kind == u"garbage"_s || kind == u"empty"_s) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        if (kind == u"garbage"_s)
            file.write("name;cin\nKarim;BE123456\n");
    } else if (kind == u"foreign"_s || kind == u"older"_s || kind == u"journal"_s) {
        if (kind != u"foreign"_s) {
            buildDemo(path);
            if (QTest::currentTestFailed())
                return;
        }
        // Another program's table; a journal another tool chose; or the file as the Relais before
        // the newest migration left it.
        const QString sql = kind == u"foreign"_s  ? u"CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)"_s
                            : kind == u"journal"_s ? u"PRAGMA journal_mode = DELETE"_s
                                                   : u"DELETE FROM schema_migrations WHERE version = "
                                                     "(SELECT max(version) FROM schema_migrations)"_s;
        const QString failure = editFile(path, {sql});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
    const QByteArray before = fileHash(path);

    const Run refused = run({u"migrate"_s, u"--as"_s, u"admin"_s, u"--from"_s, path, u"--to"_s, schema.url()});
    EXPECT_EXIT(refused, exitCode);
    EXPECT_ONE_LINE_ERROR(refused);
    QVERIFY2(refused.errText().contains(said), qPrintable(refused.describe()));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QFile::exists(path), kind != u"missing"_s);
    // The server was not even prepared.
    QCOMPARE(serverCounts(schema.name()), QStringList());
}

void TestNetworkMove::agentMayNotMoveTheNetwork()
{
    REQUIRE_SERVER();
    PostgresTestSchema schema;
    QVERIFY(schema.isValid());
    QString login;
    buildDemo(m_file, nullptr, &login);
    if (QTest::currentTestFailed())
        return;
    const Run agent = run({u"migrate"_s, u"--from"_s, m_file, u"--to"_s, schema.url(), u"--as"_s, login});
    EXPECT_EXIT(agent, 5);
    EXPECT_ONE_LINE_ERROR(agent);
    const Run unknown = run({u"migrate"_s, u"--from"_s, m_file, u"--to"_s, schema.url(), u"--as"_s, u"nobody"_s});
    EXPECT_EXIT(unknown, 5); // reads as a wrong password: logins are not disclosed
    QCOMPARE(serverCounts(schema.name()), QStringList());

    EXPECT_EXIT(run({u"migrate"_s, u"--from"_s, m_file, u"--to"_s, schema.url(), u"--as"_s, u"admin"_s}), 0);
}

void TestNetworkMove::columnMissingOnTheServerStopsTheMove()
{
    REQUIRE_SERVER();
    PostgresTestSchema schema;
    QVERIFY(schema.isValid());
    buildDemo(m_file);
    if (QTest::currentTestFailed())
        return;
    // A column a future migration adds on one side only must not be dropped on the way.
    const QString failure = editFile(m_file, {u"ALTER TABLE clients ADD COLUMN nickname TEXT"_s,
                                              u"UPDATE clients SET nickname = 'Kiki' WHERE id = 1"_s});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    const Run refused = run({u"migrate"_s, u"--as"_s, u"admin"_s, u"--from"_s, m_file, u"--to"_s, schema.url()});
    EXPECT_EXIT(refused, 4);
    EXPECT_ONE_LINE_ERROR(refused);
    QVERIFY2(refused.errText().contains(u"clients.nickname"_s), qPrintable(refused.describe()));
    QCOMPARE(serverDataRows(schema.name()), 0);
}

void TestNetworkMove::tamperedChainsMoveAsTheyAre()
{
    REQUIRE_SERVER();
    PostgresTestSchema schema;
    QVERIFY(schema.isValid());
    buildDemo(m_file);
    if (QTest::currentTestFailed())
        return;
    const QString failure = editFile(m_file, {u"DROP TRIGGER events_are_append_only_update"_s,
                                              u"UPDATE events SET text = 'forged' WHERE id = 3"_s});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const Run verifyFile = run({u"verify"_s, u"--as"_s, u"admin"_s, u"--db"_s, m_file});
    EXPECT_EXIT(verifyFile, 6);

    // The evidence moves with the network: the server shows the same finding, and the move
    // says so with verify's exit code.
    const Run moved = run({u"migrate"_s, u"--as"_s, u"admin"_s, u"--from"_s, m_file, u"--to"_s, schema.url()});
    EXPECT_EXIT(moved, 6);
    QVERIFY2(moved.outText().contains(u"problem"_s), qPrintable(moved.describe()));
    const Run verifyServer = run({u"verify"_s, u"--as"_s, u"admin"_s, u"--db"_s, schema.url()});
    EXPECT_EXIT(verifyServer, 6);
    QCOMPARE(verifyServer.outText(), verifyFile.outText());
}

void TestNetworkMove::targetMustBeAServer()
{
    buildDemo(m_file);
    if (QTest::currentTestFailed())
        return;
    const QByteArray before = fileHash(m_file);
    const QString file = m_dir->filePath(u"copy.sqlite"_s);
    const Run refused = run({u"migrate"_s, u"--as"_s, u"admin"_s, u"--from"_s, m_file, u"--to"_s, file});
    EXPECT_EXIT(refused, 4);
    EXPECT_ONE_LINE_ERROR(refused);
    QVERIFY2(refused.errText().contains(u"postgresql://"_s), qPrintable(refused.describe()));
    QVERIFY(!QFile::exists(file));
    QCOMPARE(fileHash(m_file), before);

    const Run withDb = run({u"migrate"_s, u"--as"_s, u"admin"_s, u"--from"_s, m_file, u"--to"_s, u"postgresql://x@h/d"_s, u"--db"_s, file});
    EXPECT_EXIT(withDb, 2);
    const Run missing = run({u"migrate"_s, u"--as"_s, u"admin"_s, u"--from"_s, m_file});
    EXPECT_EXIT(missing, 2);
    QVERIFY(!QFile::exists(file));
}

void TestNetworkMove::unreachableServerHidesThePassword()
{
    buildDemo(m_file);
    if (QTest::currentTestFailed())
        return;
    const QByteArray before = fileHash(m_file);
    // Port 1 on the loopback: refused at once, nobody listens there.
    const Run refused = run({u"migrate"_s, u"--as"_s, u"admin"_s, u"--from"_s, m_file, u"--to"_s,
                             u"postgresql://relais:Secr3tPassw0rd@127.0.0.1:1/relais"_s, u"--json"_s});
    EXPECT_EXIT(refused, 1);
    EXPECT_ONE_LINE_ERROR(refused);
    QVERIFY(!refused.errText().contains(u"Secr3tPassw0rd"_s));
    QVERIFY(!refused.outText().contains(u"Secr3tPassw0rd"_s));
    QCOMPARE(fileHash(m_file), before);
}

QTEST_GUILESS_MAIN(TestNetworkMove)
#include "tst_networkmove.moc"
