// End-to-end tests of relais-cli: the real binary, run with QProcess, on a fresh case file for
// every test function (and every data row). They hold the tool to the contract scripts rely on:
//   * every command takes --db PATH, prints text by default and JSON with --json;
//   * an error is one line "relais-cli: <reason>" on stderr, with exit code
//     2 usage, 3 not found, 4 invalid input or transition, 5 not allowed, 6 conflict, 1 other;
//   * a refused command changes nothing (checked on a dump of every table of the file).
//
// A refused command leaves one trace only: when a signed-in user was refused on a case, the
// access log keeps the refusal (`access.denied`, DESIGN.md "Access"). The snapshot of a refusal
// includes the log's read entries; its denial entries are counted apart, and asserted.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include "../pdf/pdfprobe.h"
#include "shardedmain.h"

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString testPassword = u"Casablanca-2026"_s;

/// One run of relais-cli: what it said and how it ended.
struct Run {
    QStringList args;
    bool finished = false; ///< ran to its end and exited normally (no crash, no timeout)
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json; ///< stdout parsed, when --json was given and stdout is not empty
    QString jsonError;

    [[nodiscard]] QString outText() const { return QString::fromUtf8(out); }
    [[nodiscard]] QString errText() const { return QString::fromUtf8(err); }
    [[nodiscard]] QJsonObject object() const { return json.object(); }
    [[nodiscard]] QJsonArray array() const { return json.array(); }

    /// The error contract: exactly one line on stderr, "relais-cli: <reason>".
    [[nodiscard]] bool isOneLineError() const
    {
        const QString text = errText();
        return text.startsWith(u"relais-cli: "_s) && text.size() > 12 && text.endsWith(u'\n')
            && text.count(u'\n') == 1;
    }

    [[nodiscard]] QString describe() const
    {
        // One multi-argument arg(): a "%1" in what the tool printed is not substituted again.
        return u"$ relais-cli %1\n  exit: %2%3\n  stdout: %4\n  stderr: %5"_s.arg(
            args.join(u' '), QString::number(exitCode), finished ? QString() : u" (did not finish normally)"_s,
            outText().left(1500), errText().left(1500));
    }
};

} // namespace

// The command ran to its end with exit code `code` (and valid JSON when --json was given).
#define EXPECT_EXIT(result, code)                                                                  \
    do {                                                                                           \
        const Run &r_ = (result);                                                                  \
        QVERIFY2(r_.finished && r_.exitCode == (code),                                             \
                 qPrintable(u"expected exit %1, got:\n"_s.arg(code) + r_.describe()));             \
        if (r_.exitCode == 0 && r_.args.contains(u"--json"_s))                                     \
            QVERIFY2(r_.jsonError.isEmpty() && !r_.json.isNull(),                                  \
                     qPrintable(u"stdout is not JSON (%1):\n"_s.arg(r_.jsonError) + r_.describe())); \
    } while (false)

// stderr is one line "relais-cli: <reason>".
#define EXPECT_ONE_LINE_ERROR(result)                                                              \
    QVERIFY2((result).isOneLineError(),                                                            \
             qPrintable(u"stderr is not one line \"relais-cli: <reason>\":\n"_s + (result).describe()))

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // 1. A whole insurance claim, through the command line only.
    void insuranceClaimEndToEnd();
    // 2. Refused commands: the right exit code, one line on stderr, nothing changed.
    void refusedCommandChangesNothing_data();
    void refusedCommandChangesNothing();
    void duplicateClientNeedsForce();
    void staleSummaryVersionIsAConflict();
    void internalNoteStaysInItsAgency();
    void consentNeedsARelationToTheCustomer();
    void helpAndVersion();
    // 3. The demo network.
    void demoIsDeterministic();
    void demoRefusesNonEmptyCaseFile();
    void demoAgenciesAndUsersCanBeReached();
    // Contact details in the directory.
    void agencyAndUserContacts();
    // 4. Integrity.
    void verifyDetectsTampering();
    void verifyHashFromAnExport();
    // Access log.
    void caseViewIsLogged();
    void everyReadPathIsInTheAccessLog_data();
    void everyReadPathIsInTheAccessLog();
    void accessLogTextJsonAndPdf();
    void accessLogRefusals_data();
    void accessLogRefusals();
    // A customer's own data (right of access).
    void clientExportData();
    void clientExportDataRefusals_data();
    void clientExportDataRefusals();
    // Times and concurrency.
    void timesAreReadInTheAgencyZoneNotTheMachines();
    void concurrentFirstOpenOfANewFile();
    // Refusals that must not create anything.
    void refusedCommandDoesNotCreateCaseFile();
    void unknownCommandIsNamed();
    // Merging two files of one person, and importing customers from a spreadsheet.
    void clientMergeAndUnmerge();
    void refusedMergeChangesNothing_data();
    void refusedMergeChangesNothing();
    void clientImportPreviewAndCommit();
    // Supervision and working calendars.
    void stalledJsonShape();
    void stalledRefusalsSayWhy();
    void nudgeFromTheCommandLine();
    void reassignFromTheCommandLine();
    void calendarShowJson();
    void calendarHoursChangeTheCalendar();
    void calendarImportMalformedImportsNothing_data();
    void calendarImportMalformedImportsNothing();
    void calendarImportListsTheHolidays();
    // PDF export: the file, its JSON, its record on the timeline; refusals change nothing.
    void exportPdfEndToEnd();
    void exportPdfRefusedChangesNothing_data();
    void exportPdfRefusedChangesNothing();
    void exportPdfToAnUnwritablePlace_data();
    void exportPdfToAnUnwritablePlace();
    void exportPdfErrorIsOneLineWithoutARuntimeDir();
    // Accounts: signing in, passwords, the console's bootstrap, roles, settings.
    void signInNeedsTheRightPassword();
    void consoleSetsUpOnlyUntilAnAdminCanSignIn();
    void passwordsAreSetResetAndChanged();
    void weakNewPasswordChangesNothing();
    void deactivatedUserCannotSignIn();
    void idleLockSettingIsForAdmins();
    void passwordAppearsNowhere();
    // Keeping the file safe: backup, restore, check.
    void backupRestoreAndCheck();

private:
    /// Runs relais-cli with `args`, on this test's case file unless `args` name a --db.
    Run run(QStringList args) const;

    // Setup steps; each checks what it does (callers test QTest::currentTestFailed()).
    void setUpNetwork();
    void openClaim();
    void requestTow();
    /// A network administrator, net.admin (at INS), who may read every access log; from then on
    /// the console may no longer manage the directory.
    void addNetworkAdmin();
    /// The access-log tests' scene: the network, the claim (handed to TOW when `tow`), net.admin,
    /// and a runtime folder for the PDFs. Callers test QTest::currentTestFailed().
    void setUpAccessLogScene(bool tow);
    /// `login`'s entries with `action` in the access log as net.admin reads it (--json): on the
    /// case's reads, or on the customer's when `aboutTheCustomer`.
    int accessEntries(const QString &login, const QString &action, bool aboutTheCustomer = false) const;

    /// Every row of every table of the case file (and its schema), to compare before/after.
    /// The access log's read entries (who viewed a case, DESIGN.md "Access") are left out unless
    /// `withReads`: reading is not changing. A refusal is compared with them included.
    /// Refusals recorded in the access log (`access.denied`) are left out when not `withDenials`.
    QStringList snapshot(const QString &path = {}, bool withReads = false, bool withDenials = true) const;
    /// audit_log rows, all of them.
    QStringList auditRows() const;
    /// The access log's refusals (access.denied rows).
    QStringList denials() const;
    /// A refusal left nothing but `expected` access.denied rows on this test's case (each naming
    /// it), compared with `before` (snapshot({}, true, false)) and `deniedBefore` (denials()).
    void expectOnlyDenials(const QStringList &before, const QStringList &deniedBefore, int expected) const;
    /// The timeline as `login` sees it (events array), empty when refused.
    QJsonArray timelineAs(const QString &login) const;
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    /// Gives the child a private XDG_RUNTIME_DIR, as a desktop session would (export pdf starts
    /// a GUI application, which otherwise warns on stderr).
    void givePrivateRuntimeDir();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_clientId;
    QString m_ref;
    QHash<QString, QString> m_extraEnv; ///< added to the child's environment (reset per test)
    QString m_handoffId;
};

namespace {

const QString cliPath = QString::fromUtf8(RELAIS_CLI_PATH);

QStringList stringsOf(const QJsonArray &array, const QString &key)
{
    QStringList values;
    for (const QJsonValue &v : array)
        values << v.toObject().value(key).toVariant().toString();
    return values;
}

bool hasClientHit(const QJsonArray &hits, const QString &clientId)
{
    for (const QJsonValue &v : hits) {
        const QJsonObject hit = v.toObject();
        if (hit.value(u"kind"_s).toString() == u"client"_s && QString::number(hit.value(u"clientId"_s).toInteger()) == clientId)
            return true;
    }
    return false;
}

/// An access-log entry that records a read ("case.view", "case.timeline", "search.customer",
/// "access-log.read", "….export").
bool isReadAction(const QString &action)
{
    return action.startsWith(u"case."_s) || action.startsWith(u"search."_s) || action == u"access-log.read"_s
        || action.endsWith(u".export"_s);
}

/// Removes the keys that depend on the clock (instants, and hashes that cover them).
QJsonValue withoutTime(const QJsonValue &value)
{
    static const QStringList timeKeys = {u"openedAt"_s, u"lastActivityAt"_s, u"updatedAt"_s, u"createdAt"_s,
                                         u"headHash"_s, u"since"_s, u"grantedAt"_s, u"database"_s};
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(withoutTime(v));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            if (!timeKeys.contains(it.key()))
                out.insert(it.key(), withoutTime(it.value()));
        return out;
    }
    return value;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Fixture

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(cliPath).isExecutable(), qPrintable(u"relais-cli not built at "_s + cliPath));
    QVERIFY(QSqlDatabase::isDriverAvailable(u"QSQLITE"_s));
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u"relais.sqlite"_s);
    m_clientId.clear();
    m_ref.clear();
    m_extraEnv.clear();
    m_handoffId.clear();
}

void TestCli::cleanup()
{
    if (QTest::currentTestFailed()) {
        m_dir->setAutoRemove(false);
        qInfo("case file kept for inspection: %s", qPrintable(m_db));
    }
    m_dir.reset();
}

Run TestCli::run(QStringList args) const
{
    if (!args.contains(u"--db"_s))
        args << u"--db"_s << m_db;
    Run result;
    result.args = args;

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.remove(u"LANGUAGE"_s);
    // Whatever happens, never the tester's own case file in ~/.local/share.
    env.insert(u"HOME"_s, m_dir->path());
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"xdg-data"_s));
    // Every user of these tests gets one password when added, and signs in with it.
    env.insert(u"RELAIS_PASSWORD"_s, testPassword);
    env.insert(u"RELAIS_NEW_PASSWORD"_s, testPassword);
    for (auto it = m_extraEnv.cbegin(); it != m_extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());

    QProcess process;
    process.setProcessEnvironment(env);
    process.start(cliPath, args);
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
        result.err = "test: relais-cli did not finish: " + process.errorString().toUtf8();
        return result;
    }
    result.finished = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    if (args.contains(u"--json"_s) && !result.out.isEmpty()) {
        QJsonParseError error;
        result.json = QJsonDocument::fromJson(result.out, &error);
        if (error.error != QJsonParseError::NoError)
            result.jsonError = error.errorString();
    }
    return result;
}

void TestCli::setUpNetwork()
{
    EXPECT_EXIT(run({u"init"_s}), 0);
    const QList<QStringList> agencies = {
        {u"INS"_s, u"Assurances Atlas"_s, u"insurer"_s},
        {u"TOW"_s, u"Dépannage Rapide"_s, u"towing"_s},
        {u"GAR"_s, u"Garage Central Casablanca"_s, u"garage"_s},
        {u"EXP"_s, u"Cabinet d'Expertise Benjelloun"_s, u"assessor"_s},
        {u"HOS"_s, u"Hôpital Ibn Sina"_s, u"hospital"_s},
    };
    for (const QStringList &a : agencies)
        EXPECT_EXIT(run({u"agency"_s, u"add"_s, a[0], a[1], u"--kind"_s, a[2]}), 0);
    const QList<QStringList> users = {
        {u"ins.agent"_s, u"INS"_s, u"agent"_s, u"Salma Idrissi"_s},
        {u"ins.super"_s, u"INS"_s, u"supervisor"_s, u"Omar Tazi"_s},
        {u"tow.agent"_s, u"TOW"_s, u"agent"_s, u"Hamid Berrada"_s},
        {u"gar.agent"_s, u"GAR"_s, u"agent"_s, u"Rachid Alaoui"_s},
        {u"exp.agent"_s, u"EXP"_s, u"agent"_s, u"Driss Benjelloun"_s},
        {u"hos.agent"_s, u"HOS"_s, u"agent"_s, u"Nadia Chraibi"_s},
    };
    for (const QStringList &u : users)
        EXPECT_EXIT(run({u"user"_s, u"add"_s, u[0], u"--agency"_s, u[1], u"--role"_s, u[2], u"--name"_s, u[3]}), 0);
}

// The customer registered by INS, who consents to TOW and GAR; a case with a summary (version 1).
void TestCli::openClaim()
{
    const Run client = run({u"client"_s, u"add"_s, u"--name"_s, u"Youssef El Amrani"_s, u"--name-ar"_s,
                            u"يوسف العمراني"_s, u"--cin"_s, u"bk 123456"_s, u"--phone"_s, u"0612345678"_s,
                            u"--birth-date"_s, u"1985-04-12"_s, u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(client, 0);
    m_clientId = QString::number(client.object()[u"client"_s][u"id"_s].toInteger());
    EXPECT_EXIT(run({u"consent"_s, u"grant"_s, m_clientId, u"--agency"_s, u"TOW"_s, u"--agency"_s, u"GAR"_s, u"--as"_s,
                     u"ins.agent"_s}),
                0);
    const Run opened = run({u"case"_s, u"open"_s, u"--client"_s, m_clientId, u"--title"_s,
                            u"Accident sur l'A7 — véhicule immobilisé"_s, u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(opened, 0);
    m_ref = opened.object()[u"reference"_s].toString();
    QVERIFY(!m_ref.isEmpty());
    EXPECT_EXIT(run({u"summary"_s, u"set"_s, m_ref, u"--text"_s, u"Car immobilised on the A7 after a collision."_s,
                     u"--as"_s, u"ins.agent"_s}),
                0);
}

void TestCli::requestTow()
{
    const Run handoff = run({u"handoff"_s, u"request"_s, m_ref, u"--to"_s, u"TOW"_s, u"--reason"_s,
                             u"Tow the car to Garage Central"_s, u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(handoff, 0);
    m_handoffId = QString::number(handoff.object()[u"id"_s].toInteger());
}

void TestCli::addNetworkAdmin()
{
    EXPECT_EXIT(run({u"user"_s, u"add"_s, u"net.admin"_s, u"--agency"_s, u"INS"_s, u"--role"_s, u"admin"_s, u"--name"_s,
                     u"Admin Réseau"_s}),
                0);
}

void TestCli::setUpAccessLogScene(bool tow)
{
    givePrivateRuntimeDir();
    setUpNetwork();
    if (QTest::currentTestFailed())
        return;
    openClaim();
    if (QTest::currentTestFailed())
        return;
    if (tow)
        requestTow();
    addNetworkAdmin();
}

int TestCli::accessEntries(const QString &login, const QString &action, bool aboutTheCustomer) const
{
    const Run log = run({u"access-log"_s, m_clientId, u"--as"_s, u"net.admin"_s, u"--json"_s});
    if (log.exitCode != 0) {
        qWarning("%s", qPrintable(log.describe()));
        return -1;
    }
    QJsonArray entries = log.object()[u"customerReads"_s].toArray();
    if (!aboutTheCustomer)
        for (const QJsonValue &c : log.object()[u"cases"_s].toArray())
            if (c[u"reference"_s].toString() == m_ref)
                entries = c[u"sawIt"_s].toArray();
    int count = 0;
    for (const QJsonValue &e : entries)
        count += e[u"login"_s].toString() == login && e[u"action"_s].toString() == action ? 1 : 0;
    return count;
}

QStringList TestCli::snapshot(const QString &path, bool withReads, bool withDenials) const
{
    static int connections = 0;
    const QString name = u"tst_cli_snapshot_%1"_s.arg(++connections);
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path.isEmpty() ? m_db : path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            rows << u"cannot open: "_s + db.lastError().text();
        } else {
            QSqlQuery schema(db);
            if (!schema.exec(u"SELECT type, name, sql FROM sqlite_master ORDER BY type, name"_s))
                rows << u"cannot read schema: "_s + schema.lastError().text();
            QStringList tables;
            while (schema.next()) {
                const QString sql = schema.value(2).toString();
                rows << u"schema %1 %2: %3"_s.arg(schema.value(0).toString(), schema.value(1).toString(), sql);
                // Virtual (FTS) tables are covered by their shadow tables.
                if (schema.value(0).toString() == u"table"_s && !sql.startsWith(u"CREATE VIRTUAL"_s))
                    tables << schema.value(1).toString();
            }
            for (const QString &table : std::as_const(tables)) {
                QSqlQuery q(db);
                if (!q.exec(u"SELECT * FROM \"%1\""_s.arg(table))) {
                    rows << u"cannot read %1: %2"_s.arg(table, q.lastError().text());
                    continue;
                }
                QStringList tableRows;
                const int action = table == u"audit_log"_s ? q.record().indexOf(u"action"_s) : -1;
                while (q.next()) {
                    if (!withReads && action >= 0 && isReadAction(q.value(action).toString()))
                        continue;
                    // Signing in says who came in, and precedes every command run with --as.
                    if (action >= 0 && q.value(action).toString() == u"user.sign-in"_s)
                        continue;
                    if (!withDenials && action >= 0 && q.value(action).toString() == u"access.denied"_s)
                        continue;
                    QStringList columns;
                    for (int i = 0; i < q.record().count(); ++i) {
                        const QVariant v = q.value(i);
                        columns << (v.isNull() ? u"NULL"_s
                                    : v.typeId() == QMetaType::QByteArray
                                        ? QString::fromLatin1(QCryptographicHash::hash(v.toByteArray(), QCryptographicHash::Sha256).toHex())
                                        : v.toString());
                    }
                    tableRows << table + u": "_s + columns.join(u" | "_s);
                }
                tableRows.sort();
                rows << u"%1 has %2 rows"_s.arg(table).arg(tableRows.size());
                rows += tableRows;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    // A snapshot that could not be read would compare equal to the next one: fail loudly.
    for (const QString &row : std::as_const(rows))
        if (row.startsWith(u"cannot "_s))
            QTest::qFail(qPrintable(row), __FILE__, __LINE__);
    return rows;
}

QStringList TestCli::auditRows() const
{
    return snapshot({}, true).filter(QRegularExpression(u"^audit_log: "_s));
}

QStringList TestCli::denials() const
{
    return auditRows().filter(u"| access.denied |"_s);
}

void TestCli::expectOnlyDenials(const QStringList &before, const QStringList &deniedBefore, int expected) const
{
    QCOMPARE(snapshot({}, true, false), before);
    QStringList added = denials();
    for (const QString &row : deniedBefore)
        added.removeOne(row);
    QVERIFY2(added.size() == expected, qPrintable(u"expected %1 refusal(s) in the access log, found:\n"_s.arg(expected)
                                                  + added.join(u'\n')));
    for (const QString &row : std::as_const(added))
        QVERIFY2(row.contains(u"| access.denied | %1 |"_s.arg(m_ref)), qPrintable(row));
}

QJsonArray TestCli::timelineAs(const QString &login) const
{
    const Run timeline = run({u"timeline"_s, m_ref, u"--as"_s, login, u"--json"_s});
    return timeline.exitCode == 0 ? timeline.object()[u"events"_s].toArray() : QJsonArray();
}

QString TestCli::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

// ---------------------------------------------------------------------------------------------
// 1. A whole insurance claim

void TestCli::insuranceClaimEndToEnd()
{
    setUpNetwork();
    if (QTest::currentTestFailed())
        return;

    const Run agencies = run({u"agency"_s, u"list"_s, u"--json"_s});
    EXPECT_EXIT(agencies, 0);
    QStringList codes = stringsOf(agencies.array(), u"code"_s);
    codes.sort();
    QCOMPARE(codes, (QStringList{u"EXP"_s, u"GAR"_s, u"HOS"_s, u"INS"_s, u"TOW"_s}));
    const Run agencyText = run({u"agency"_s, u"list"_s});
    EXPECT_EXIT(agencyText, 0);
    QVERIFY(agencyText.outText().contains(u"Dépannage Rapide"_s));
    QVERIFY(!agencyText.outText().startsWith(u'['));

    // The customer, Latin and Arabic names; CIN and phone are normalised.
    const Run client = run({u"client"_s, u"add"_s, u"--name"_s, u"Youssef El Amrani"_s, u"--name-ar"_s,
                            u"يوسف العمراني"_s, u"--cin"_s, u"bk 123456"_s, u"--phone"_s, u"0612345678"_s,
                            u"--birth-date"_s, u"1985-04-12"_s, u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(client, 0);
    QVERIFY(client.object()[u"created"_s].toBool());
    QCOMPARE(client.object()[u"candidates"_s].toArray().size(), 0);
    const QJsonObject customer = client.object()[u"client"_s].toObject();
    QCOMPARE(customer[u"name"_s].toString(), u"Youssef El Amrani"_s);
    QCOMPARE(customer[u"nameAr"_s].toString(), u"يوسف العمراني"_s);
    QCOMPARE(customer[u"cin"_s].toString(), u"BK123456"_s);
    QCOMPARE(customer[u"phones"_s].toArray(), (QJsonArray{u"+212612345678"_s}));
    QCOMPARE(customer[u"birthDate"_s].toString(), u"1985-04-12"_s);
    QCOMPARE(customer[u"registeredBy"_s].toString(), u"INS"_s);
    const QString clientId = QString::number(customer[u"id"_s].toInteger());
    QVERIFY(clientId != u"0"_s);

    // Consent to the towing company and the garage, not the assessor.
    const Run consent = run({u"consent"_s, u"grant"_s, clientId, u"--agency"_s, u"TOW"_s, u"--agency"_s, u"GAR"_s,
                             u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(consent, 0);
    QCOMPARE(consent.object()[u"scope"_s].toString(), u"agencies"_s);
    QStringList consented = consent.object()[u"agencies"_s].toVariant().toStringList();
    consented.sort();
    QCOMPARE(consented, (QStringList{u"GAR"_s, u"TOW"_s}));
    QVERIFY(consent.object()[u"active"_s].toBool());

    // The case.
    const Run opened = run({u"case"_s, u"open"_s, u"--client"_s, clientId, u"--title"_s,
                            u"Accident sur l'A7 — véhicule immobilisé"_s, u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(opened, 0);
    m_ref = opened.object()[u"reference"_s].toString();
    QVERIFY2(QRegularExpression(u"^REL-\\d{4}-\\d{6}$"_s).match(m_ref).hasMatch(), qPrintable(m_ref));
    QCOMPARE(opened.object()[u"status"_s].toString(), u"open"_s);
    QCOMPARE(opened.object()[u"leadAgency"_s][u"code"_s].toString(), u"INS"_s);
    QCOMPARE(opened.object()[u"coordinator"_s][u"agency"_s].toString(), u"INS"_s);
    QCOMPARE(QString::number(opened.object()[u"clientId"_s].toInteger()), clientId);
    QCOMPARE(opened.object()[u"title"_s].toString(), u"Accident sur l'A7 — véhicule immobilisé"_s);
    const QString ref = m_ref;

    const QString situation = u"Car immobilised on the A7 after a collision; customer unhurt."_s;
    const Run summary = run({u"summary"_s, u"set"_s, ref, u"--text"_s, situation, u"--next-step"_s,
                             u"Tow to Garage Central"_s, u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(summary, 0);
    QCOMPARE(summary.object()[u"version"_s].toInt(), 1);
    QCOMPARE(summary.object()[u"situation"_s].toString(), situation);
    QCOMPARE(summary.object()[u"nextStep"_s].toString(), u"Tow to Garage Central"_s);

    const Run note = run({u"note"_s, u"add"_s, ref, u"--text"_s, u"Customer called from the roadside; constat signed."_s,
                          u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(note, 0);
    QCOMPARE(note.object()[u"kind"_s].toString(), u"note"_s);
    QCOMPARE(note.object()[u"visibility"_s].toString(), u"shared"_s);
    QCOMPARE(note.object()[u"author"_s].toString(), u"ins.agent"_s);
    const QString headAtRequest = note.object()[u"hash"_s].toString();

    // Hand the case to the towing company. A due time without offset is Casablanca time
    // (UTC+1 in July).
    const Run toTow = run({u"handoff"_s, u"request"_s, ref, u"--to"_s, u"TOW"_s, u"--reason"_s,
                           u"Tow the car to Garage Central"_s, u"--due"_s, u"2035-07-02T10:00"_s, u"--as"_s,
                           u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(toTow, 0);
    QCOMPARE(toTow.object()[u"status"_s].toString(), u"requested"_s);
    QCOMPARE(toTow.object()[u"from"_s][u"code"_s].toString(), u"INS"_s);
    QCOMPARE(toTow.object()[u"to"_s][u"code"_s].toString(), u"TOW"_s);
    QCOMPARE(toTow.object()[u"case"_s].toString(), ref);
    QCOMPARE(toTow.object()[u"dueAt"_s].toString(), u"2035-07-02T09:00:00.000Z"_s);
    QCOMPARE(toTow.object()[u"summaryAtRequest"_s][u"situation"_s].toString(), situation);
    QCOMPARE(toTow.object()[u"headHashAtRequest"_s].toString(), headAtRequest);
    const QString towId = QString::number(toTow.object()[u"id"_s].toInteger());

    // The towing company works it through to the end.
    for (const QString &status : {u"received"_s, u"accepted"_s, u"in-progress"_s, u"completed"_s}) {
        const Run moved = run({u"handoff"_s, u"set"_s, towId, status, u"--as"_s, u"tow.agent"_s, u"--json"_s});
        EXPECT_EXIT(moved, 0);
        QCOMPARE(moved.object()[u"status"_s].toString(), status);
    }

    // No consent for the assessor: refused, and the timeline did not move.
    const qsizetype eventsBefore = timelineAs(u"ins.agent"_s).size();
    QCOMPARE(eventsBefore, 8);
    const QStringList before = snapshot();
    const Run noConsent = run({u"handoff"_s, u"request"_s, ref, u"--to"_s, u"EXP"_s, u"--reason"_s,
                               u"Assess the damage"_s, u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(noConsent, 5);
    EXPECT_ONE_LINE_ERROR(noConsent);
    QVERIFY(noConsent.out.isEmpty());
    QCOMPARE(timelineAs(u"ins.agent"_s).size(), eventsBefore);
    QCOMPARE(snapshot(), before);

    // Once the customer consents, it goes through.
    EXPECT_EXIT(run({u"consent"_s, u"grant"_s, clientId, u"--agency"_s, u"EXP"_s, u"--as"_s, u"ins.agent"_s}), 0);
    const Run toExp = run({u"handoff"_s, u"request"_s, ref, u"--to"_s, u"EXP"_s, u"--reason"_s, u"Assess the damage"_s,
                           u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(toExp, 0);
    QCOMPARE(toExp.object()[u"status"_s].toString(), u"requested"_s);
    QCOMPARE(toExp.object()[u"to"_s][u"code"_s].toString(), u"EXP"_s);

    const QStringList beforeEffort = snapshot();
    const Run effort = run({u"effort"_s, u"add"_s, ref, u"--kind"_s, u"chase-call"_s, u"--text"_s,
                            u"Customer called to ask when the assessor comes"_s, u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(effort, 0);
    QCOMPARE(effort.object()[u"kind"_s].toString(), u"client-effort"_s);
    QVERIFY(snapshot() != beforeEffort); // the snapshot does see a change when there is one

    // A document: its sha256 is the file's.
    QByteArray bytes = "%PDF-1.4\n% constat amiable\n";
    bytes.append('\0').append("\xff\xfe\x01 binary tail");
    const QString path = writeFile(u"constat-amiable.pdf"_s, bytes);
    QVERIFY(!path.isEmpty());
    const Run document = run({u"document"_s, u"add"_s, ref, u"--kind"_s, u"accident-report"_s, u"--file"_s, path,
                              u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(document, 0);
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QCOMPARE(document.object()[u"sha256"_s].toString(), sha256);
    QCOMPARE(document.object()[u"sizeBytes"_s].toInteger(), bytes.size());
    QCOMPARE(document.object()[u"fileName"_s].toString(), u"constat-amiable.pdf"_s);
    QCOMPARE(document.object()[u"kind"_s].toString(), u"accident-report"_s);
    QCOMPARE(document.object()[u"alreadyOnFile"_s].toBool(), false);

    // The whole timeline, in order.
    const Run timeline = run({u"timeline"_s, ref, u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(timeline, 0);
    QCOMPARE(timeline.object()[u"case"_s].toString(), ref);
    const QJsonArray events = timeline.object()[u"events"_s].toArray();
    const QStringList expectedKinds = {u"system"_s,  u"summary-update"_s, u"note"_s,    u"handoff"_s,
                                       u"handoff"_s, u"handoff"_s,        u"handoff"_s, u"handoff"_s,
                                       u"consent"_s, u"handoff"_s,        u"client-effort"_s, u"document"_s};
    QCOMPARE(stringsOf(events, u"kind"_s), expectedKinds);
    QStringList seqs;
    for (int i = 1; i <= expectedKinds.size(); ++i)
        seqs << QString::number(i);
    QCOMPARE(stringsOf(events, u"seq"_s), seqs);
    QStringList handoffStatuses;
    for (const QJsonValue &e : events)
        if (e[u"kind"_s].toString() == u"handoff"_s)
            handoffStatuses << e[u"payload"_s][u"status"_s].toString();
    QCOMPARE(handoffStatuses, (QStringList{u"requested"_s, u"received"_s, u"accepted"_s, u"in-progress"_s,
                                           u"completed"_s, u"requested"_s}));
    for (int i = 4; i <= 7; ++i) // received … completed: the towing company's own events
        QCOMPARE(events[i][u"agency"_s].toString(), u"TOW"_s);
    for (const QJsonValue &e : events)
        QCOMPARE(e[u"hash"_s].toString().size(), 64);
    QCOMPARE(timeline.object()[u"headHash"_s].toString(), events.last()[u"hash"_s].toString());

    // The case at a glance.
    const Run shown = run({u"case"_s, u"show"_s, ref, u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(shown, 0);
    const QStringList participants = stringsOf(shown.object()[u"participants"_s].toArray(), u"code"_s);
    QVERIFY2(participants.contains(u"TOW"_s), qPrintable(participants.join(u',')));
    QVERIFY(participants.contains(u"INS"_s));
    QVERIFY(participants.contains(u"EXP"_s));
    QCOMPARE(shown.object()[u"eventCount"_s].toInt(), events.size());
    QCOMPARE(shown.object()[u"headHash"_s].toString(), timeline.object()[u"headHash"_s].toString());
    QCOMPARE(stringsOf(shown.object()[u"handoffs"_s].toArray(), u"status"_s),
             (QStringList{u"completed"_s, u"requested"_s}));
    QCOMPARE(shown.object()[u"documents"_s].toArray().size(), 1);
    QCOMPARE(shown.object()[u"ballHolder"_s][u"agency"_s].toString(), u"EXP"_s);
    QCOMPARE(shown.object()[u"summary"_s][u"situation"_s].toString(), situation);
    // The card masks the CIN.
    QVERIFY(!shown.object()[u"customer"_s].toObject().contains(u"cin"_s));
    QVERIFY(!shown.outText().contains(u"BK123456"_s));

    // Readable text by default, for a participant of another agency too.
    const Run card = run({u"case"_s, u"show"_s, ref, u"--as"_s, u"tow.agent"_s});
    EXPECT_EXIT(card, 0);
    QVERIFY(!card.outText().startsWith(u'{'));
    QVERIFY(card.outText().contains(ref));
    QVERIFY(card.outText().contains(u"Ball is with"_s));
    QVERIFY(card.err.isEmpty());
    EXPECT_EXIT(run({u"case"_s, u"show"_s, ref, u"--as"_s, u"ins.super"_s}), 0);

    // The case lists.
    const Run list = run({u"case"_s, u"list"_s, u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(list, 0);
    QCOMPARE(stringsOf(list.array(), u"reference"_s), QStringList{ref});
    const Run byTow = run({u"case"_s, u"list"_s, u"--agency"_s, u"TOW"_s, u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(byTow, 0);
    QCOMPARE(stringsOf(byTow.array(), u"reference"_s), QStringList{ref});
    const Run byHos = run({u"case"_s, u"list"_s, u"--agency"_s, u"HOS"_s, u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(byHos, 0);
    QCOMPARE(byHos.array().size(), 0);

    // The chain holds.
    const Run verified = run({u"verify"_s, u"--json"_s});
    EXPECT_EXIT(verified, 0);
    QVERIFY(verified.object()[u"intact"_s].toBool());
    QCOMPARE(verified.object()[u"problems"_s].toArray().size(), 0);
    QCOMPARE(stringsOf(verified.object()[u"cases"_s].toArray(), u"reference"_s), QStringList{ref});
    QCOMPARE(verified.object()[u"cases"_s][0][u"events"_s].toInt(), events.size());
    QCOMPARE(verified.object()[u"cases"_s][0][u"headHash"_s].toString(), timeline.object()[u"headHash"_s].toString());
    EXPECT_EXIT(run({u"verify"_s}), 0);

    // Search finds the customer by Arabic name and by a phone typed the way people say it.
    const Run byArabic = run({u"search"_s, u"العمراني"_s, u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(byArabic, 0);
    QVERIFY2(hasClientHit(byArabic.array(), clientId), qPrintable(byArabic.describe()));
    const Run byPhone = run({u"search"_s, u"06 12 34 56 78"_s, u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(byPhone, 0);
    QVERIFY2(hasClientHit(byPhone.array(), clientId), qPrintable(byPhone.describe()));
    const Run found = run({u"client"_s, u"find"_s, u"+212 6 12 34 56 78"_s, u"--json"_s});
    EXPECT_EXIT(found, 0);
    QCOMPARE(stringsOf(found.array(), u"id"_s), QStringList{clientId});

    // "Tell us once": the same file again is recognised, not stored again.
    const QStringList beforeAgain = snapshot();
    const Run again = run({u"document"_s, u"add"_s, ref, u"--kind"_s, u"accident-report"_s, u"--file"_s, path,
                           u"--as"_s, u"tow.agent"_s, u"--json"_s});
    EXPECT_EXIT(again, 0);
    QVERIFY(again.object()[u"alreadyOnFile"_s].toBool());
    QCOMPARE(again.object()[u"sha256"_s].toString(), sha256);
    QVERIFY2(again.errText().startsWith(u"relais-cli: warning: "_s), qPrintable(again.describe()));
    QCOMPARE(snapshot(), beforeAgain);
}

// ---------------------------------------------------------------------------------------------
// 2. Refused commands

void TestCli::refusedCommandChangesNothing_data()
{
    // {REF}, {CLIENT}, {HANDOFF}, {DIR} and {DB} stand for this row's case, customer, the INS→TOW
    // handoff (requested), the temporary folder and the case file.
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QList<int>>("exits");
    QTest::addColumn<int>("denials"); // refusals of a signed-in user on the case: kept in the access log

    auto row = [](const char *name, const QStringList &args, QList<int> exits, int denials = 0) {
        QTest::newRow(name) << args << exits << denials;
    };
    const QString as = u"--as"_s;
    row("malformed CIN", {u"client"_s, u"add"_s, u"--name"_s, u"Karim Bennani"_s, u"--cin"_s, u"12-AB"_s, as, u"ins.agent"_s}, {4});
    row("CIN too long", {u"client"_s, u"add"_s, u"--name"_s, u"Karim Bennani"_s, u"--cin"_s, u"AB1234567"_s, as, u"ins.agent"_s}, {4});
    row("bad phone", {u"client"_s, u"add"_s, u"--name"_s, u"Karim Bennani"_s, u"--phone"_s, u"12345"_s, as, u"ins.agent"_s}, {4});
    row("bad birth date", {u"client"_s, u"add"_s, u"--name"_s, u"Karim Bennani"_s, u"--birth-date"_s, u"1985-13-40"_s, as, u"ins.agent"_s}, {4});
    row("unknown case", {u"case"_s, u"show"_s, u"REL-2026-999999"_s, as, u"ins.agent"_s}, {3});
    row("unknown user", {u"case"_s, u"show"_s, u"{REF}"_s, as, u"nobody"_s}, {5}); // reads as a wrong password: logins are not disclosed
    // A missing --as is a usage error, like any other missing required option.
    row("missing --as", {u"case"_s, u"show"_s, u"{REF}"_s}, {2});
    row("unknown client", {u"case"_s, u"open"_s, u"--client"_s, u"999"_s, u"--title"_s, u"T"_s, as, u"ins.agent"_s}, {3});
    row("requested to completed", {u"handoff"_s, u"set"_s, u"{HANDOFF}"_s, u"completed"_s, as, u"tow.agent"_s}, {4});
    row("receiver cancels", {u"handoff"_s, u"set"_s, u"{HANDOFF}"_s, u"cancelled"_s, u"--reason"_s, u"no"_s, as, u"tow.agent"_s}, {5});
    row("rejected without reason", {u"handoff"_s, u"set"_s, u"{HANDOFF}"_s, u"rejected"_s, as, u"tow.agent"_s}, {4});
    row("requester acknowledges", {u"handoff"_s, u"set"_s, u"{HANDOFF}"_s, u"received"_s, as, u"ins.agent"_s}, {5});
    row("unknown handoff", {u"handoff"_s, u"set"_s, u"999"_s, u"received"_s, as, u"tow.agent"_s}, {3});
    row("not a status", {u"handoff"_s, u"set"_s, u"{HANDOFF}"_s, u"flying"_s, as, u"tow.agent"_s}, {4});
    row("non-participant case show", {u"case"_s, u"show"_s, u"{REF}"_s, as, u"hos.agent"_s}, {5}, 1);
    row("non-participant timeline", {u"timeline"_s, u"{REF}"_s, as, u"hos.agent"_s, u"--json"_s}, {5}, 1);
    row("non-participant note", {u"note"_s, u"add"_s, u"{REF}"_s, u"--text"_s, u"hello"_s, as, u"hos.agent"_s}, {5}, 1);
    row("handoff without consent", {u"handoff"_s, u"request"_s, u"{REF}"_s, u"--to"_s, u"EXP"_s, u"--reason"_s, u"Assess"_s, as, u"ins.agent"_s}, {5});
    row("handoff to own agency", {u"handoff"_s, u"request"_s, u"{REF}"_s, u"--to"_s, u"INS"_s, u"--reason"_s, u"x"_s, as, u"ins.agent"_s}, {4});
    row("handoff due in the past", {u"handoff"_s, u"request"_s, u"{REF}"_s, u"--to"_s, u"GAR"_s, u"--reason"_s, u"x"_s, u"--due"_s, u"2020-01-01T10:00"_s, as, u"ins.agent"_s}, {4});
    row("empty note", {u"note"_s, u"add"_s, u"{REF}"_s, u"--text"_s, u""_s, as, u"ins.agent"_s}, {4});
    row("unknown effort kind", {u"effort"_s, u"add"_s, u"{REF}"_s, u"--kind"_s, u"complained"_s, u"--text"_s, u"x"_s, as, u"ins.agent"_s}, {4});
    row("missing document file", {u"document"_s, u"add"_s, u"{REF}"_s, u"--kind"_s, u"id-card"_s, u"--file"_s, u"{DIR}/missing.pdf"_s, as, u"ins.agent"_s}, {3});
    row("stale summary version", {u"summary"_s, u"set"_s, u"{REF}"_s, u"--text"_s, u"v2"_s, u"--expect-version"_s, u"0"_s, as, u"ins.agent"_s}, {6});
    row("unknown agency in consent", {u"consent"_s, u"grant"_s, u"{CLIENT}"_s, u"--agency"_s, u"TOW"_s, u"--agency"_s, u"NOPE"_s, as, u"ins.agent"_s}, {3});
    row("duplicate agency code", {u"agency"_s, u"add"_s, u"INS"_s, u"Another insurer"_s}, {6});
    // Contact details: validated, admins for agencies, each user for their own line.
    row("agency add with a bad phone", {u"agency"_s, u"add"_s, u"EXP2"_s, u"Expertise"_s, u"--phone"_s, u"0522"_s}, {4});
    row("agency add with a bad e-mail", {u"agency"_s, u"add"_s, u"EXP2"_s, u"Expertise"_s, u"--email"_s, u"contact@"_s}, {4});
    row("agency contact with a bad phone", {u"agency"_s, u"contact"_s, u"INS"_s, u"--phone"_s, u"12345"_s}, {4});
    row("agency contact with a bad e-mail", {u"agency"_s, u"contact"_s, u"INS"_s, u"--email"_s, u"contact.atlas.ma"_s}, {4});
    row("agency contact by a supervisor", {u"agency"_s, u"contact"_s, u"INS"_s, u"--phone"_s, u"0522203040"_s, as, u"ins.super"_s}, {5});
    row("agency contact of an unknown agency", {u"agency"_s, u"contact"_s, u"NOPE"_s, u"--phone"_s, u"0522203040"_s}, {3});
    row("agency contact without a detail", {u"agency"_s, u"contact"_s, u"INS"_s}, {2});
    row("user contact of a colleague", {u"user"_s, u"contact"_s, u"ins.super"_s, u"--phone"_s, u"0522203040"_s, as, u"ins.agent"_s}, {5});
    row("user contact with a bad e-mail", {u"user"_s, u"contact"_s, u"ins.agent"_s, u"--email"_s, u"salma@atlas"_s, as, u"ins.agent"_s}, {4});
    row("user contact of an unknown user", {u"user"_s, u"contact"_s, u"nobody"_s, u"--phone"_s, u"0522203040"_s}, {3});
    row("user contact without a detail", {u"user"_s, u"contact"_s, u"ins.agent"_s, as, u"ins.agent"_s}, {2});
    row("verify --hash, malformed", {u"verify"_s, u"{REF}"_s, u"--hash"_s, u"3f2a"_s}, {4});
    row("verify --hash without the case", {u"verify"_s, u"--hash"_s, u"3f2a9c01be77"_s}, {2});
    row("verify --hash of an unknown case", {u"verify"_s, u"REL-2026-999999"_s, u"--hash"_s, u"3f2a9c01be77"_s}, {3});
    row("verify --hash by a non-participant", {u"verify"_s, u"{REF}"_s, u"--hash"_s, u"3f2a9c01be77"_s, as, u"hos.agent"_s}, {5}, 1);
    row("duplicate login", {u"user"_s, u"add"_s, u"ins.agent"_s, u"--agency"_s, u"INS"_s, u"--role"_s, u"agent"_s, u"--name"_s, u"X"_s}, {6});
    row("demo into a used file", {u"demo"_s, u"--seed"_s, u"7"_s, u"--clients"_s, u"8"_s}, {6});
    row("unknown command", {u"frobnicate"_s}, {2});
    row("unknown sub-command", {u"case"_s, u"frobnicate"_s, as, u"ins.agent"_s}, {2});
    row("unknown option", {u"case"_s, u"show"_s, u"{REF}"_s, u"--colour"_s, as, u"ins.agent"_s}, {2});
    row("option given twice", {u"case"_s, u"show"_s, u"{REF}"_s, as, u"ins.agent"_s, as, u"tow.agent"_s}, {2});
    row("option without value", {u"note"_s, u"add"_s, u"{REF}"_s, u"--db"_s, u"{DB}"_s, as, u"ins.agent"_s, u"--text"_s}, {2});
    row("too many arguments", {u"case"_s, u"show"_s, u"{REF}"_s, u"extra"_s, as, u"ins.agent"_s}, {2});
    // Supervision: for supervisors and admins; refusals leave no trace, not even a read.
    row("stalled as an agent", {u"stalled"_s, as, u"ins.agent"_s}, {5});
    row("stalled with an unknown rule", {u"stalled"_s, u"--rule"_s, u"bogus"_s, as, u"ins.super"_s}, {4});
    row("stalled for an unknown agency", {u"stalled"_s, u"--agency"_s, u"XYZ"_s, as, u"ins.super"_s}, {3});
    row("stalled at no instant", {u"stalled"_s, u"--at"_s, u"yesterday"_s, as, u"ins.super"_s}, {4});
    row("nudge as an agent", {u"handoff"_s, u"nudge"_s, u"{HANDOFF}"_s, as, u"ins.agent"_s}, {5}, 1);
    row("escalate by a non-participant", {u"handoff"_s, u"escalate"_s, u"{HANDOFF}"_s, as, u"hos.agent"_s}, {5}, 1);
    row("nudge an unknown handoff", {u"handoff"_s, u"nudge"_s, u"999"_s, as, u"ins.super"_s}, {3});
    row("nudge not a number", {u"handoff"_s, u"nudge"_s, u"first"_s, as, u"ins.super"_s}, {4});
    row("reassign to the same agency", {u"handoff"_s, u"reassign"_s, u"{HANDOFF}"_s, u"--to"_s, u"TOW"_s, u"--reason"_s, u"slow"_s, as, u"ins.super"_s}, {4});
    row("reassign without consent for the new agency", {u"handoff"_s, u"reassign"_s, u"{HANDOFF}"_s, u"--to"_s, u"EXP"_s, u"--reason"_s, u"slow"_s, as, u"ins.super"_s}, {5});
    row("reassign to an unknown agency", {u"handoff"_s, u"reassign"_s, u"{HANDOFF}"_s, u"--to"_s, u"XYZ"_s, u"--reason"_s, u"slow"_s, as, u"ins.super"_s}, {3});
    row("reassign by the receiver", {u"handoff"_s, u"reassign"_s, u"{HANDOFF}"_s, u"--to"_s, u"GAR"_s, u"--reason"_s, u"busy"_s, as, u"tow.agent"_s}, {5});
    row("reassign without a reason", {u"handoff"_s, u"reassign"_s, u"{HANDOFF}"_s, u"--to"_s, u"GAR"_s, as, u"ins.super"_s}, {2});
    // Working calendars: admin-only changes, validated.
    row("calendar hours: hour 25", {u"calendar"_s, u"hours"_s, u"GAR"_s, u"mon-fri 09:00-25:00"_s}, {4});
    row("calendar hours: not a day", {u"calendar"_s, u"hours"_s, u"GAR"_s, u"funday 09:00-12:00"_s}, {4});
    row("calendar hours: closes before it opens", {u"calendar"_s, u"hours"_s, u"GAR"_s, u"mon 18:00-09:00"_s}, {4});
    row("calendar hours: overlapping", {u"calendar"_s, u"hours"_s, u"GAR"_s, u"mon-fri 09:00-13:00; mon 12:00-14:00"_s}, {4});
    row("calendar hours: never open", {u"calendar"_s, u"hours"_s, u"GAR"_s, u""_s}, {4});
    row("calendar hours: unknown agency", {u"calendar"_s, u"hours"_s, u"XYZ"_s, u"mon-fri 09:00-17:00"_s}, {3});
    row("calendar hours by a supervisor", {u"calendar"_s, u"hours"_s, u"GAR"_s, u"mon-fri 09:00-17:00"_s, as, u"ins.super"_s}, {5});
    row("calendar zone unknown", {u"calendar"_s, u"zone"_s, u"GAR"_s, u"Mars/Olympus"_s}, {4});
    row("calendar show unknown agency", {u"calendar"_s, u"show"_s, u"XYZ"_s}, {3});
    row("calendar import missing file", {u"calendar"_s, u"import"_s, u"{DIR}/missing.ics"_s}, {3});
    row("calendar holiday bad date", {u"calendar"_s, u"holiday"_s, u"add"_s, u"2026-02-30"_s, u"Nope"_s}, {4});
}

void TestCli::refusedCommandChangesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QList<int>, exits);
    QFETCH(int, denials);

    setUpNetwork();
    if (QTest::currentTestFailed())
        return;
    openClaim();
    if (QTest::currentTestFailed())
        return;
    requestTow();
    if (QTest::currentTestFailed())
        return;

    for (QString &arg : args)
        arg.replace(u"{REF}"_s, m_ref)
            .replace(u"{CLIENT}"_s, m_clientId)
            .replace(u"{HANDOFF}"_s, m_handoffId)
            .replace(u"{DIR}"_s, m_dir->path())
            .replace(u"{DB}"_s, m_db);

    const QStringList before = snapshot({}, true, false);
    const QStringList deniedBefore = this->denials();
    QVERIFY(before.size() > 10);
    const Run refused = run(args);
    QVERIFY2(refused.finished && exits.contains(refused.exitCode), qPrintable(refused.describe()));
    QVERIFY2(refused.out.isEmpty(), qPrintable(refused.describe()));
    expectOnlyDenials(before, deniedBefore, denials);

    EXPECT_ONE_LINE_ERROR(refused);
}

void TestCli::duplicateClientNeedsForce()
{
    setUpNetwork();
    if (QTest::currentTestFailed())
        return;
    openClaim();
    if (QTest::currentTestFailed())
        return;

    // Same CIN, written differently: the existing file is offered, nothing is created.
    const QStringList before = snapshot();
    const QStringList sameCin = {u"client"_s, u"add"_s, u"--name"_s, u"Y. Amrani"_s, u"--cin"_s, u"BK 123456"_s,
                                 u"--as"_s, u"ins.agent"_s, u"--json"_s};
    const Run duplicate = run(sameCin);
    EXPECT_EXIT(duplicate, 6);
    QVERIFY2(duplicate.jsonError.isEmpty(), qPrintable(duplicate.describe()));
    QCOMPARE(duplicate.object()[u"created"_s].toBool(true), false);
    const QJsonArray candidates = duplicate.object()[u"candidates"_s].toArray();
    QCOMPARE(candidates.size(), 1);
    QCOMPARE(QString::number(candidates[0][u"client"_s][u"id"_s].toInteger()), m_clientId);
    QVERIFY(!candidates[0][u"reasons"_s].toArray().isEmpty());
    QCOMPARE(snapshot(), before);
    const Run stillOne = run({u"client"_s, u"find"_s, u"BK123456"_s, u"--json"_s});
    EXPECT_EXIT(stillOne, 0);
    QCOMPARE(stringsOf(stillOne.array(), u"id"_s), QStringList{m_clientId});

    // The text form names the existing file.
    const Run text = run({u"client"_s, u"add"_s, u"--name"_s, u"Y. Amrani"_s, u"--cin"_s, u"BK123456"_s});
    EXPECT_EXIT(text, 6);
    QVERIFY2(text.outText().contains(u"client %1"_s.arg(m_clientId)), qPrintable(text.describe()));

    // Same phone, another spelling of it: also caught.
    const Run samePhone = run({u"client"_s, u"add"_s, u"--name"_s, u"Someone Else"_s, u"--phone"_s,
                               u"+212 6 12 34 56 78"_s, u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(samePhone, 6);
    QCOMPARE(snapshot(), before);

    // --force registers a second file, and says so.
    QStringList forcedArgs = sameCin;
    forcedArgs << u"--force"_s;
    const Run forced = run(forcedArgs);
    EXPECT_EXIT(forced, 0);
    QVERIFY(forced.object()[u"created"_s].toBool());
    QVERIFY(forced.object()[u"forced"_s].toBool());
    const QString newId = QString::number(forced.object()[u"client"_s][u"id"_s].toInteger());
    QVERIFY(newId != m_clientId);
    QVERIFY2(forced.errText().startsWith(u"relais-cli: warning: "_s), qPrintable(forced.describe()));
    const Run nowTwo = run({u"client"_s, u"find"_s, u"BK123456"_s, u"--json"_s});
    EXPECT_EXIT(nowTwo, 0);
    QStringList ids = stringsOf(nowTwo.array(), u"id"_s);
    ids.sort();
    QStringList expected{m_clientId, newId};
    expected.sort();
    QCOMPARE(ids, expected);
}

void TestCli::staleSummaryVersionIsAConflict()
{
    setUpNetwork();
    if (QTest::currentTestFailed())
        return;
    openClaim(); // summary version 1
    if (QTest::currentTestFailed())
        return;

    const Run saved = run({u"summary"_s, u"set"_s, m_ref, u"--text"_s, u"Towed; waiting for the assessor."_s,
                           u"--expect-version"_s, u"1"_s, u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(saved, 0);
    QCOMPARE(saved.object()[u"version"_s].toInt(), 2);

    // Someone who read version 1 saves too late.
    const QStringList before = snapshot();
    const Run stale = run({u"summary"_s, u"set"_s, m_ref, u"--text"_s, u"Car immobilised, nothing done yet."_s,
                           u"--expect-version"_s, u"1"_s, u"--as"_s, u"ins.super"_s, u"--json"_s});
    EXPECT_EXIT(stale, 6);
    EXPECT_ONE_LINE_ERROR(stale);
    QVERIFY(stale.out.isEmpty());
    QCOMPARE(snapshot(), before);

    const Run shown = run({u"case"_s, u"show"_s, m_ref, u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(shown, 0);
    QCOMPARE(shown.object()[u"summary"_s][u"version"_s].toInt(), 2);
    QCOMPARE(shown.object()[u"summary"_s][u"situation"_s].toString(), u"Towed; waiting for the assessor."_s);
}

void TestCli::internalNoteStaysInItsAgency()
{
    setUpNetwork();
    if (QTest::currentTestFailed())
        return;
    openClaim();
    if (QTest::currentTestFailed())
        return;
    requestTow(); // TOW takes part from here
    if (QTest::currentTestFailed())
        return;

    const QString insInternal = u"Internal: possible fraud, check the police report"_s;
    const QString towInternal = u"Internal: our truck 12 is in the workshop"_s;
    const QString shared = u"The car is at the Sidi Maarouf exit"_s;
    const Run internal = run({u"note"_s, u"add"_s, m_ref, u"--text"_s, insInternal, u"--internal"_s, u"--as"_s,
                              u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(internal, 0);
    QCOMPARE(internal.object()[u"visibility"_s].toString(), u"internal"_s);
    EXPECT_EXIT(run({u"note"_s, u"add"_s, m_ref, u"--text"_s, towInternal, u"--internal"_s, u"--as"_s, u"tow.agent"_s}), 0);
    EXPECT_EXIT(run({u"note"_s, u"add"_s, m_ref, u"--text"_s, shared, u"--as"_s, u"tow.agent"_s}), 0);

    const QStringList seenByIns = stringsOf(timelineAs(u"ins.agent"_s), u"text"_s);
    const QStringList seenByTow = stringsOf(timelineAs(u"tow.agent"_s), u"text"_s);
    QVERIFY(seenByIns.contains(insInternal));
    QVERIFY(!seenByIns.contains(towInternal));
    QVERIFY(seenByIns.contains(shared));
    QVERIFY(!seenByTow.contains(insInternal));
    QVERIFY(seenByTow.contains(towInternal));
    QVERIFY(seenByTow.contains(shared));

    // Nor through the case card, the text timeline or search.
    const Run card = run({u"case"_s, u"show"_s, m_ref, u"--as"_s, u"tow.agent"_s, u"--json"_s});
    EXPECT_EXIT(card, 0);
    QVERIFY(!card.outText().contains(u"possible fraud"_s));
    const Run text = run({u"timeline"_s, m_ref, u"--as"_s, u"tow.agent"_s});
    EXPECT_EXIT(text, 0);
    QVERIFY(!text.outText().contains(u"possible fraud"_s));
    QVERIFY(text.outText().contains(shared));
    const Run search = run({u"search"_s, u"fraud"_s, u"--as"_s, u"tow.agent"_s, u"--json"_s});
    EXPECT_EXIT(search, 0);
    QVERIFY2(!search.outText().contains(u"fraud"_s), qPrintable(search.describe()));
    const Run ownSearch = run({u"search"_s, u"fraud"_s, u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(ownSearch, 0);
    QVERIFY2(ownSearch.outText().contains(u"fraud"_s), qPrintable(ownSearch.describe()));
}

// Consent is recorded by an agency that serves the customer: one that registered them (client
// add --as) or takes part in one of their cases. A customer registered from the console (client
// add without --as) has no such agency until a case is opened.
void TestCli::consentNeedsARelationToTheCustomer()
{
    setUpNetwork();
    if (QTest::currentTestFailed())
        return;
    const Run client = run({u"client"_s, u"add"_s, u"--name"_s, u"Fatima Zahra Naciri"_s, u"--cin"_s, u"A98765"_s,
                            u"--json"_s});
    EXPECT_EXIT(client, 0);
    QVERIFY(client.object()[u"client"_s][u"registeredBy"_s].isNull());
    const QString id = QString::number(client.object()[u"client"_s][u"id"_s].toInteger());

    const QStringList grant = {u"consent"_s, u"grant"_s, id, u"--agency"_s, u"TOW"_s, u"--as"_s, u"ins.agent"_s};
    const QStringList before = snapshot();
    const Run refused = run(grant);
    EXPECT_EXIT(refused, 5);
    EXPECT_ONE_LINE_ERROR(refused);
    QCOMPARE(snapshot(), before);

    const Run opened = run({u"case"_s, u"open"_s, u"--client"_s, id, u"--title"_s, u"Dossier social"_s, u"--as"_s,
                            u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(opened, 0);
    EXPECT_EXIT(run(grant), 0);
    // The consent shows on the customer's case.
    m_ref = opened.object()[u"reference"_s].toString();
    QVERIFY(stringsOf(timelineAs(u"ins.agent"_s), u"kind"_s).contains(u"consent"_s));
    // --agency and --network together, or neither: usage.
    EXPECT_EXIT(run({u"consent"_s, u"grant"_s, id, u"--as"_s, u"ins.agent"_s}), 2);
    EXPECT_EXIT(run({u"consent"_s, u"grant"_s, id, u"--network"_s, u"--agency"_s, u"GAR"_s, u"--as"_s, u"ins.agent"_s}), 2);
}

void TestCli::helpAndVersion()
{
    const Run help = run({u"--help"_s});
    EXPECT_EXIT(help, 0);
    for (const QString &command : {u"init"_s, u"demo"_s, u"agency add"_s, u"user add"_s, u"client add"_s,
                                   u"client find"_s, u"consent grant"_s, u"case open"_s, u"case show"_s,
                                   u"case list"_s, u"note add"_s, u"effort add"_s, u"summary set"_s,
                                   u"document add"_s, u"handoff request"_s, u"handoff set"_s, u"timeline"_s,
                                   u"search"_s, u"verify"_s})
        QVERIFY2(help.outText().contains(u"  "_s + command + u' '), qPrintable(command));
    const Run version = run({u"--version"_s});
    EXPECT_EXIT(version, 0);
    QVERIFY(version.outText().startsWith(u"relais-cli "_s));
    // A command's own --help, without touching the case file.
    const Run commandHelp = run({u"case"_s, u"show"_s, u"--help"_s});
    EXPECT_EXIT(commandHelp, 0);
    QVERIFY(commandHelp.outText().contains(u"--as"_s));
    const Run init = run({u"init"_s, u"--json"_s});
    EXPECT_EXIT(init, 0);
    QCOMPARE(init.object()[u"database"_s].toString(), m_db);
    QVERIFY(init.object()[u"schemaVersion"_s].toInt() >= 1);
    const Run noArguments = run({});
    EXPECT_EXIT(noArguments, 2);
}

// ---------------------------------------------------------------------------------------------
// 3. The demo network

void TestCli::demoIsDeterministic()
{
    m_extraEnv.insert(u"RELAIS_PASSWORD"_s, u"relais-demo"_s); // every demo user's, as the demo says
    const QString first = m_dir->filePath(u"demo-1.sqlite"_s);
    const QString second = m_dir->filePath(u"demo-2.sqlite"_s);
    const Run a = run({u"demo"_s, u"--seed"_s, u"7"_s, u"--clients"_s, u"8"_s, u"--db"_s, first, u"--json"_s});
    const Run b = run({u"demo"_s, u"--seed"_s, u"7"_s, u"--clients"_s, u"8"_s, u"--db"_s, second, u"--json"_s});
    EXPECT_EXIT(a, 0);
    EXPECT_EXIT(b, 0);
    QCOMPARE(a.object()[u"clients"_s].toInt(), 8);
    QVERIFY(a.object()[u"cases"_s].toInt() > 0);
    QVERIFY(a.object()[u"handoffs"_s].toInt() > 0);
    QCOMPARE(a.object()[u"database"_s].toString(), first);
    QCOMPARE(withoutTime(a.object()), withoutTime(b.object()));

    // An admin sees every case; the two networks hold the same cases (the clock aside).
    QString admin;
    for (const QJsonValue &u : a.object()[u"users"_s].toArray())
        if (u[u"role"_s].toString() == u"admin"_s)
            admin = u[u"login"_s].toString();
    QVERIFY2(!admin.isEmpty(), qPrintable(a.describe()));
    const Run listA = run({u"case"_s, u"list"_s, u"--as"_s, admin, u"--db"_s, first, u"--json"_s});
    const Run listB = run({u"case"_s, u"list"_s, u"--as"_s, admin, u"--db"_s, second, u"--json"_s});
    EXPECT_EXIT(listA, 0);
    EXPECT_EXIT(listB, 0);
    QCOMPARE(listA.array().size(), a.object()[u"cases"_s].toInt());
    auto byReference = [](const QJsonArray &cases) {
        QList<QJsonValue> sorted(cases.begin(), cases.end());
        std::sort(sorted.begin(), sorted.end(), [](const QJsonValue &l, const QJsonValue &r) {
            return l[u"reference"_s].toString() < r[u"reference"_s].toString();
        });
        QJsonArray out;
        for (const QJsonValue &v : sorted)
            out.append(withoutTime(v));
        return out;
    };
    const QJsonArray casesA = byReference(listA.array());
    const QJsonArray casesB = byReference(listB.array());
    QCOMPARE(stringsOf(casesA, u"reference"_s), stringsOf(casesB, u"reference"_s));
    QCOMPARE(stringsOf(casesA, u"title"_s), stringsOf(casesB, u"title"_s));
    QCOMPARE(stringsOf(casesA, u"client"_s), stringsOf(casesB, u"client"_s));
    QCOMPARE(stringsOf(casesA, u"status"_s), stringsOf(casesB, u"status"_s));
    QCOMPARE(casesA, casesB); // participants, summaries, event counts too
    for (const QString &reference : stringsOf(casesA, u"reference"_s))
        QVERIFY2(QRegularExpression(u"^REL-\\d{4}-\\d{6}$"_s).match(reference).hasMatch(), qPrintable(reference));

    // Every chain of the demo verifies.
    const Run verified = run({u"verify"_s, u"--db"_s, first, u"--json"_s, u"--as"_s, admin});
    EXPECT_EXIT(verified, 0);
    QVERIFY(verified.object()[u"intact"_s].toBool());
    QCOMPARE(verified.object()[u"cases"_s].toArray().size(), a.object()[u"cases"_s].toInt());

    // The showcase case reads well.
    const QString showcase = a.object()[u"showcase"_s][u"case"_s].toString();
    const QString showcaseAs = a.object()[u"showcase"_s][u"as"_s].toString();
    QVERIFY(!showcase.isEmpty() && !showcaseAs.isEmpty());
    const Run card = run({u"case"_s, u"show"_s, showcase, u"--as"_s, showcaseAs, u"--db"_s, first});
    EXPECT_EXIT(card, 0);
    QVERIFY2(card.outText().contains(u"Ball is with"_s), qPrintable(card.describe()));
    QVERIFY(card.outText().contains(showcase));
}

void TestCli::demoRefusesNonEmptyCaseFile()
{
    EXPECT_EXIT(run({u"demo"_s, u"--seed"_s, u"7"_s, u"--clients"_s, u"8"_s}), 0);
    const QStringList before = snapshot();
    const Run again = run({u"demo"_s, u"--seed"_s, u"8"_s, u"--clients"_s, u"8"_s, u"--json"_s});
    EXPECT_EXIT(again, 6);
    EXPECT_ONE_LINE_ERROR(again);
    QVERIFY(again.out.isEmpty());
    QCOMPARE(snapshot(), before);
    const Run bad = run({u"demo"_s, u"--clients"_s, u"2"_s, u"--db"_s, m_dir->filePath(u"other.sqlite"_s)});
    EXPECT_EXIT(bad, 4);
    EXPECT_ONE_LINE_ERROR(bad);
}

void TestCli::demoAgenciesAndUsersCanBeReached()
{
    EXPECT_EXIT(run({u"demo"_s, u"--seed"_s, u"7"_s, u"--clients"_s, u"4"_s}), 0);
    const Run agencies = run({u"agency"_s, u"list"_s, u"--json"_s});
    EXPECT_EXIT(agencies, 0);
    QVERIFY(agencies.array().size() >= 4);
    const QRegularExpression landline(u"^\\+2125\\d{8}$"_s);
    for (const QJsonValue &a : agencies.array()) {
        QVERIFY2(landline.match(a[u"phone"_s].toString()).hasMatch(), qPrintable(a[u"code"_s].toString()));
        QVERIFY2(a[u"email"_s].toString().endsWith(u".ma"_s), qPrintable(a[u"code"_s].toString()));
        QVERIFY2(!a[u"address"_s].toString().isEmpty(), qPrintable(a[u"code"_s].toString()));
    }
    const Run users = run({u"user"_s, u"list"_s, u"--json"_s});
    EXPECT_EXIT(users, 0);
    QStringList phones;
    for (const QJsonValue &u : users.array()) {
        QVERIFY2(u[u"phone"_s].toString().startsWith(u"+212"_s), qPrintable(u[u"login"_s].toString()));
        QVERIFY2(u[u"email"_s].toString().contains(u'@'), qPrintable(u[u"login"_s].toString()));
        phones << u[u"phone"_s].toString();
    }
    // A direct line is direct: nobody shares one.
    phones.removeDuplicates();
    QCOMPARE(phones.size(), users.array().size());
}

// ---------------------------------------------------------------------------------------------
// Contact details

void TestCli::agencyAndUserContacts()
{
    setUpNetwork();
    if (QTest::currentTestFailed())
        return;
    const Run added = run({u"agency"_s, u"add"_s, u"AFAQ"_s, u"Association Afaq"_s, u"--kind"_s, u"ngo"_s, u"--phone"_s,
                           u"0537 70 80 90"_s, u"--email"_s, u"Contact@Afaq-Solidarite.ma"_s, u"--address"_s,
                           u"14 avenue Fal Ould Oumeir, Agdal, Rabat"_s, u"--json"_s});
    EXPECT_EXIT(added, 0);
    QCOMPARE(added.object()[u"phone"_s].toString(), u"+212537708090"_s);
    QCOMPARE(added.object()[u"email"_s].toString(), u"contact@afaq-solidarite.ma"_s);
    QCOMPARE(added.object()[u"address"_s].toString(), u"14 avenue Fal Ould Oumeir, Agdal, Rabat"_s);

    // Only the options given change; an empty one clears its detail.
    const Run changed = run({u"agency"_s, u"contact"_s, u"afaq"_s, u"--phone"_s, u"+212 5 37 70 80 91"_s, u"--address"_s,
                             u""_s, u"--json"_s});
    EXPECT_EXIT(changed, 0);
    QCOMPARE(changed.object()[u"phone"_s].toString(), u"+212537708091"_s);
    QCOMPARE(changed.object()[u"email"_s].toString(), u"contact@afaq-solidarite.ma"_s);
    QVERIFY(changed.object()[u"address"_s].isNull());

    // A user keeps their own line up to date; an admin anyone's.
    EXPECT_EXIT(run({u"user"_s, u"add"_s, u"net.admin"_s, u"--agency"_s, u"INS"_s, u"--role"_s, u"admin"_s, u"--name"_s,
                     u"Admin Réseau"_s}),
                0);
    const Run own = run({u"user"_s, u"contact"_s, u"tow.agent"_s, u"--phone"_s, u"0522 40 50 61"_s, u"--email"_s,
                         u"Hamid.Berrada@Depannage-Rapide.ma"_s, u"--as"_s, u"tow.agent"_s});
    EXPECT_EXIT(own, 0);
    QVERIFY2(own.outText().contains(u"+212 5 22 40 50 61"_s), qPrintable(own.describe()));
    EXPECT_EXIT(run({u"user"_s, u"contact"_s, u"ins.agent"_s, u"--email"_s, u"salma.idrissi@atlas.ma"_s, u"--as"_s,
                     u"net.admin"_s}),
                0);
    EXPECT_EXIT(run({u"agency"_s, u"contact"_s, u"INS"_s, u"--phone"_s, u"0522203040"_s, u"--as"_s, u"net.admin"_s}), 0);

    // The lists show it, in JSON and as text.
    const Run users = run({u"user"_s, u"list"_s, u"--json"_s});
    EXPECT_EXIT(users, 0);
    QHash<QString, QJsonObject> byLogin;
    for (const QJsonValue &u : users.array())
        byLogin.insert(u[u"login"_s].toString(), u.toObject());
    QCOMPARE(byLogin[u"tow.agent"_s][u"phone"_s].toString(), u"+212522405061"_s);
    QCOMPARE(byLogin[u"tow.agent"_s][u"email"_s].toString(), u"hamid.berrada@depannage-rapide.ma"_s);
    QVERIFY(byLogin[u"ins.agent"_s][u"phone"_s].isNull());
    QCOMPARE(byLogin[u"ins.agent"_s][u"email"_s].toString(), u"salma.idrissi@atlas.ma"_s);
    QVERIFY(byLogin[u"gar.agent"_s][u"phone"_s].isNull());
    const Run userText = run({u"user"_s, u"list"_s});
    EXPECT_EXIT(userText, 0);
    QVERIFY2(userText.outText().contains(u"+212 5 22 40 50 61 · hamid.berrada@depannage-rapide.ma"_s),
             qPrintable(userText.describe()));
    const Run agencyText = run({u"agency"_s, u"list"_s});
    EXPECT_EXIT(agencyText, 0);
    QVERIFY2(agencyText.outText().contains(u"+212 5 37 70 80 91 · contact@afaq-solidarite.ma\n"_s),
             qPrintable(agencyText.describe()));
    QVERIFY2(agencyText.outText().contains(u"+212 5 22 20 30 40\n"_s), qPrintable(agencyText.describe()));
    const Run agencies = run({u"agency"_s, u"list"_s, u"--json"_s});
    EXPECT_EXIT(agencies, 0);
    for (const QJsonValue &a : agencies.array())
        if (a[u"code"_s].toString() == u"GAR"_s)
            QVERIFY(a[u"phone"_s].isNull() && a[u"email"_s].isNull() && a[u"address"_s].isNull());

    // Every change is in the audit log, under the name of whoever made it.
    const QStringList audit = auditRows();
    QCOMPARE(audit.filter(u"| agency.contact |"_s).size(), 2);
    QCOMPARE(audit.filter(u"| user.contact |"_s).size(), 2);
}

// ---------------------------------------------------------------------------------------------
// 4. Integrity

void TestCli::verifyDetectsTampering()
{
    setUpNetwork();
    if (QTest::currentTestFailed())
        return;
    openClaim();
    if (QTest::currentTestFailed())
        return;
    EXPECT_EXIT(run({u"note"_s, u"add"_s, m_ref, u"--text"_s, u"Customer called."_s, u"--as"_s, u"ins.agent"_s}), 0);
    EXPECT_EXIT(run({u"note"_s, u"add"_s, m_ref, u"--text"_s, u"Tow truck sent."_s, u"--as"_s, u"ins.agent"_s}), 0);
    const QJsonArray events = timelineAs(u"ins.agent"_s);
    QVERIFY(events.size() >= 3);
    const QString original = events[1][u"text"_s].toString();
    EXPECT_EXIT(run({u"verify"_s}), 0);

    // Someone with the file in hand edits an event behind the application's back.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tst_cli_tamper"_s);
        db.setDatabaseName(m_db);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        // The database refuses the edit while the trigger is there.
        QVERIFY(!q.exec(u"UPDATE events SET text = 'forged' WHERE seq = 2"_s));
        QVERIFY2(q.exec(u"DROP TRIGGER events_are_append_only_update"_s), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(u"UPDATE events SET text = 'forged' WHERE seq = 2"_s), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tst_cli_tamper"_s);
    QCOMPARE(timelineAs(u"ins.agent"_s)[1][u"text"_s].toString(), u"forged"_s);
    QVERIFY(original != u"forged"_s);

    const Run verified = run({u"verify"_s, u"--json"_s});
    EXPECT_EXIT(verified, 6);
    QVERIFY2(verified.jsonError.isEmpty(), qPrintable(verified.describe()));
    QCOMPARE(verified.object()[u"intact"_s].toBool(true), false);
    const QJsonArray problems = verified.object()[u"problems"_s].toArray();
    QVERIFY(!problems.isEmpty());
    bool named = false;
    for (const QJsonValue &p : problems)
        named = named || (p[u"case"_s].toString() == m_ref && p[u"seq"_s].toInt() == 2);
    QVERIFY2(named, qPrintable(verified.describe()));
    QCOMPARE(verified.object()[u"cases"_s][0][u"reference"_s].toString(), m_ref);
    QCOMPARE(verified.object()[u"cases"_s][0][u"intact"_s].toBool(true), false);

    // The text form names it too, and so does a check of that one case.
    const Run text = run({u"verify"_s});
    EXPECT_EXIT(text, 6);
    QVERIFY(text.outText().contains(m_ref));
    QVERIFY(text.outText().contains(u"#2"_s));
    EXPECT_EXIT(run({u"verify"_s, m_ref}), 6);
}

void TestCli::verifyHashFromAnExport()
{
    setUpNetwork();
    if (QTest::currentTestFailed())
        return;
    openClaim();
    if (QTest::currentTestFailed())
        return;
    // The head hash an export printed, then two more events.
    const Run exported = run({u"case"_s, u"show"_s, m_ref, u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(exported, 0);
    const QString head = exported.object()[u"headHash"_s].toString();
    const int seq = exported.object()[u"eventCount"_s].toInt();
    QCOMPARE(head.size(), 64);
    EXPECT_EXIT(run({u"note"_s, u"add"_s, m_ref, u"--text"_s, u"Customer called."_s, u"--as"_s, u"ins.agent"_s}), 0);
    EXPECT_EXIT(run({u"note"_s, u"add"_s, m_ref, u"--text"_s, u"Tow truck sent."_s, u"--as"_s, u"ins.agent"_s}), 0);

    const Run json = run({u"verify"_s, m_ref, u"--hash"_s, head, u"--json"_s});
    EXPECT_EXIT(json, 0);
    QCOMPARE(json.object()[u"case"_s].toString(), m_ref);
    QVERIFY(json.object()[u"found"_s].toBool());
    QCOMPARE(json.object()[u"hash"_s].toString(), head);
    QCOMPARE(json.object()[u"seq"_s].toInt(), seq);
    QCOMPARE(json.object()[u"eventCount"_s].toInt(), seq + 2);
    QCOMPARE(json.object()[u"eventsSince"_s].toInt(), 2);
    QVERIFY(json.object()[u"chainIntactUpTo"_s].toBool());
    QVERIFY(!json.object()[u"recordedAt"_s].toString().isEmpty());

    // The PDF tells its reader to check the hash: anyone who may read the case may, not only admins.
    EXPECT_EXIT(run({u"verify"_s, m_ref, u"--hash"_s, head, u"--as"_s, u"ins.agent"_s}), 0);

    // As a person reads it: the first 12 characters, in capitals, are enough.
    const Run text = run({u"verify"_s, m_ref, u"--hash"_s, head.left(12).toUpper()});
    EXPECT_EXIT(text, 0);
    const QRegularExpression sentence(
        u"^Hash %1…: event #%2 of %3, recorded \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} \\(Africa/Casablanca\\); "
        "the chain up to it is intact; 2 events were added since\\.\n$"_s.arg(head.left(12)).arg(seq).arg(m_ref));
    QVERIFY2(sentence.match(text.outText()).hasMatch(), qPrintable(text.describe()));

    // A hash that is not in this case's chain: said so, exit 3.
    const QString foreign = QString::fromLatin1(QCryptographicHash::hash("another case", QCryptographicHash::Sha256).toHex());
    const Run absent = run({u"verify"_s, m_ref, u"--hash"_s, foreign, u"--json"_s});
    EXPECT_EXIT(absent, 3);
    QCOMPARE(absent.object()[u"found"_s].toBool(true), false);
    QVERIFY(absent.object()[u"seq"_s].isNull());
    const Run absentText = run({u"verify"_s, m_ref, u"--hash"_s, foreign});
    EXPECT_EXIT(absentText, 3);
    QVERIFY2(absentText.outText().contains(u"not in the chain of %1"_s.arg(m_ref)), qPrintable(absentText.describe()));

    // An event before the exported head is edited behind Relais's back: exit 6, as verify does.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tst_cli_tamper_hash"_s);
        db.setDatabaseName(m_db);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY2(q.exec(u"DROP TRIGGER events_are_append_only_update"_s), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(u"UPDATE events SET text = 'forged' WHERE seq = 1"_s), qPrintable(q.lastError().text()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tst_cli_tamper_hash"_s);
    const Run broken = run({u"verify"_s, m_ref, u"--hash"_s, head});
    EXPECT_EXIT(broken, 6);
    QVERIFY2(broken.outText().contains(u"the chain up to it is BROKEN"_s), qPrintable(broken.describe()));
    const Run brokenJson = run({u"verify"_s, m_ref, u"--hash"_s, head, u"--json"_s});
    EXPECT_EXIT(brokenJson, 6);
    QVERIFY(brokenJson.object()[u"found"_s].toBool());
    QCOMPARE(brokenJson.object()[u"chainIntactUpTo"_s].toBool(true), false);
}

// ---------------------------------------------------------------------------------------------
// Access log

void TestCli::caseViewIsLogged()
{
    setUpNetwork();
    if (QTest::currentTestFailed())
        return;
    openClaim();
    if (QTest::currentTestFailed())
        return;
    // DESIGN.md "Access": who viewed a case is logged, so the customer can be told who saw it.
    const QStringList before = auditRows();
    EXPECT_EXIT(run({u"case"_s, u"show"_s, m_ref, u"--as"_s, u"ins.super"_s}), 0);
    const QStringList afterShow = auditRows();
    QVERIFY2(afterShow.size() > before.size(), qPrintable(afterShow.join(u'\n')));
    QStringList added = afterShow;
    for (const QString &row : before)
        added.removeOne(row);
    QVERIFY2(added.join(u'\n').contains(m_ref), qPrintable(afterShow.join(u'\n')));
    EXPECT_EXIT(run({u"timeline"_s, m_ref, u"--as"_s, u"ins.super"_s}), 0);
    const QStringList afterTimeline = auditRows();
    QVERIFY2(afterTimeline.size() > afterShow.size(), qPrintable(afterTimeline.join(u'\n')));
    // A refused look is not a view: it is kept as a refusal, and as nothing else.
    const QStringList beforeRefusal = snapshot({}, true, false);
    const QStringList deniedBefore = denials();
    EXPECT_EXIT(run({u"case"_s, u"show"_s, m_ref, u"--as"_s, u"hos.agent"_s}), 5);
    expectOnlyDenials(beforeRefusal, deniedBefore, 1);
}

void TestCli::everyReadPathIsInTheAccessLog_data()
{
    // {REF}, {CLIENT}, {HANDOFF} and {OUT} stand for the case, its customer, the INS→TOW handoff
    // and a PDF to write. Each read is made by the towing company's agent (a participant).
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("aboutTheCustomer");
    QTest::addRow("case show") << QStringList{u"case"_s, u"show"_s, u"{REF}"_s} << u"case.view"_s << false;
    QTest::addRow("timeline") << QStringList{u"timeline"_s, u"{REF}"_s} << u"case.timeline"_s << false;
    QTest::addRow("document list") << QStringList{u"document"_s, u"list"_s, u"{REF}"_s} << u"case.documents"_s << false;
    QTest::addRow("handoff list") << QStringList{u"handoff"_s, u"list"_s, u"{REF}"_s} << u"case.handoffs"_s << false;
    QTest::addRow("export pdf") << QStringList{u"export"_s, u"pdf"_s, u"{REF}"_s, u"--out"_s, u"{OUT}"_s}
                                << u"case.export"_s << false;
    QTest::addRow("search: timeline text") << QStringList{u"search"_s, u"immobilised"_s} << u"search.excerpts"_s << false;
    QTest::addRow("search: reference") << QStringList{u"search"_s, u"{REF}"_s} << u"search.case"_s << false;
    QTest::addRow("search: name") << QStringList{u"search"_s, u"Amrani"_s} << u"search.customer"_s << true;
    QTest::addRow("client find") << QStringList{u"client"_s, u"find"_s, u"BK123456"_s} << u"search.customer"_s << true;
    QTest::addRow("access-log") << QStringList{u"access-log"_s, u"{CLIENT}"_s, u"--case"_s, u"{REF}"_s}
                                << u"access-log.read"_s << false;
}

void TestCli::everyReadPathIsInTheAccessLog()
{
    QFETCH(QStringList, args);
    QFETCH(QString, action);
    QFETCH(bool, aboutTheCustomer);
    setUpAccessLogScene(true);
    if (QTest::currentTestFailed())
        return;
    // The access log is for supervisors: the towing company's agent reads it as one.
    const QString login = action == u"access-log.read"_s ? u"ins.super"_s : u"tow.agent"_s;
    for (QString &arg : args)
        arg.replace(u"{REF}"_s, m_ref).replace(u"{CLIENT}"_s, m_clientId).replace(u"{OUT}"_s, m_dir->filePath(u"t.pdf"_s));
    const int before = accessEntries(login, action, aboutTheCustomer);
    QCOMPARE(before, 0);
    EXPECT_EXIT(run(args + QStringList{u"--as"_s, login}), 0);
    QCOMPARE(accessEntries(login, action, aboutTheCustomer), 1);
}

void TestCli::accessLogTextJsonAndPdf()
{
    setUpAccessLogScene(true);
    if (QTest::currentTestFailed())
        return;
    EXPECT_EXIT(run({u"timeline"_s, m_ref, u"--as"_s, u"tow.agent"_s}), 0);
    EXPECT_EXIT(run({u"case"_s, u"show"_s, m_ref, u"--as"_s, u"hos.agent"_s}), 5);

    // JSON: who can see it now, who saw it, who was refused — codes and words.
    const Run json = run({u"access-log"_s, m_clientId, u"--as"_s, u"net.admin"_s, u"--json"_s});
    EXPECT_EXIT(json, 0);
    QCOMPARE(json.object()[u"client"_s][u"id"_s].toInteger(), m_clientId.toLongLong());
    const QJsonObject kase = json.object()[u"cases"_s][0].toObject();
    QCOMPARE(kase[u"reference"_s].toString(), m_ref);
    const QJsonArray participants = kase[u"couldSee"_s][u"participants"_s].toArray();
    QCOMPARE(stringsOf(participants, u"how"_s),
             (QStringList{u"lead agency: it opened the case"_s, u"handoff #1 from Assurances Atlas, asked by Salma Idrissi"_s}));
    QCOMPARE(participants[1][u"agency"_s][u"code"_s].toString(), u"TOW"_s);
    QCOMPARE(stringsOf(participants[1][u"people"_s].toArray(), u"login"_s), QStringList{u"tow.agent"_s});
    QCOMPARE(stringsOf(kase[u"couldSee"_s][u"networkRoles"_s].toArray(), u"role"_s), QStringList{u"admin"_s});
    bool towRead = false;
    for (const QJsonValue &e : kase[u"sawIt"_s].toArray())
        towRead = towRead || (e[u"login"_s].toString() == u"tow.agent"_s && e[u"what"_s].toString() == u"read the timeline"_s
                              && e[u"why"_s].toString() == u"their agency takes part in the case"_s);
    QVERIFY2(towRead, qPrintable(json.describe()));
    const QJsonArray denied = kase[u"denied"_s].toArray();
    QCOMPARE(denied.size(), 1);
    QCOMPARE(denied[0][u"login"_s].toString(), u"hos.agent"_s);
    QCOMPARE(denied[0][u"what"_s].toString(), u"was refused: tried to read the case"_s);

    // Text: the same, for people, times in the reader's zone.
    const Run text = run({u"access-log"_s, m_clientId, u"--as"_s, u"ins.super"_s});
    EXPECT_EXIT(text, 0);
    for (const QString &expected : {u"Who can see it now"_s, u"Hamid Berrada (tow.agent) · Dépannage Rapide — read the timeline"_s,
                                    u"why: their agency takes part in the case"_s, u"Refused attempts (1)"_s,
                                    u"Nadia Chraibi (hos.agent) · Hôpital Ibn Sina — was refused: tried to read the case"_s,
                                    u"times in Africa/Casablanca"_s})
        QVERIFY2(text.outText().contains(expected), qPrintable(expected + u"\n"_s + text.describe()));
    QVERIFY(!text.outText().contains(u"About the customer"_s)); // network-wide readers only

    // PDF, in the customer's language (French) unless --lang says otherwise.
    const QString pdf = m_dir->filePath(u"who-saw.pdf"_s);
    const Run written = run({u"access-log"_s, m_clientId, u"--pdf"_s, pdf, u"--as"_s, u"net.admin"_s, u"--json"_s});
    EXPECT_EXIT(written, 0);
    QVERIFY2(written.err.isEmpty(), qPrintable(written.describe()));
    QCOMPARE(written.object()[u"pdf"_s][u"language"_s].toString(), u"fr"_s);
    QVERIFY(written.object()[u"pdf"_s][u"pages"_s].toInt() >= 1);
    const QString pdfText = Relais::Test::flattened(Relais::Test::PdfProbe(pdf).text());
    for (const QString &expected : {u"Qui a consulté ce dossier"_s, m_ref, u"Hamid Berrada (tow.agent)"_s,
                                    u"a lu la chronologie"_s, u"Refusé"_s, u"Nadia Chraibi (hos.agent)"_s})
        QVERIFY2(pdfText.contains(expected), qPrintable(expected + u"\n"_s + pdfText.left(3000)));
    const QString arabic = m_dir->filePath(u"who-saw-ar.pdf"_s);
    EXPECT_EXIT(run({u"access-log"_s, m_clientId, u"--pdf"_s, arabic, u"--lang"_s, u"ar"_s, u"--as"_s, u"net.admin"_s}), 0);
    const QString arabicText = Relais::Test::PdfProbe(arabic).text();
    QVERIFY2(arabicText.contains(u"يوسف العمراني"_s), qPrintable(arabicText.left(2000)));
    // Reading it, in any form, is on the log too.
    QVERIFY(accessEntries(u"ins.super"_s, u"access-log.read"_s) >= 1);
}

void TestCli::accessLogRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exit");
    QTest::addColumn<int>("denials");
    const QString as = u"--as"_s;
    QTest::addRow("an agent") << QStringList{u"access-log"_s, u"{CLIENT}"_s, as, u"tow.agent"_s} << 5 << 0;
    QTest::addRow("a supervisor of an agency outside the case")
        << QStringList{u"access-log"_s, u"{CLIENT}"_s, u"--case"_s, u"{REF}"_s, as, u"hos.super"_s} << 5 << 1;
    QTest::addRow("unknown client") << QStringList{u"access-log"_s, u"999"_s, as, u"ins.super"_s} << 3 << 0;
    QTest::addRow("a case of another customer")
        << QStringList{u"access-log"_s, u"{CLIENT}"_s, u"--case"_s, u"REL-2026-999999"_s, as, u"ins.super"_s} << 3 << 0;
    QTest::addRow("missing --as") << QStringList{u"access-log"_s, u"{CLIENT}"_s} << 2 << 0;
    QTest::addRow("no client") << QStringList{u"access-log"_s, as, u"ins.super"_s} << 2 << 0;
    QTest::addRow("unknown language")
        << QStringList{u"access-log"_s, u"{CLIENT}"_s, u"--pdf"_s, u"{DIR}/x.pdf"_s, u"--lang"_s, u"de"_s, as, u"ins.super"_s}
        << 2 << 0;
    QTest::addRow("PDF into a missing folder")
        << QStringList{u"access-log"_s, u"{CLIENT}"_s, u"--pdf"_s, u"{DIR}/missing/x.pdf"_s, as, u"ins.super"_s} << 4 << 0;
}

void TestCli::accessLogRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, exit);
    QFETCH(int, denials);
    setUpNetwork();
    if (QTest::currentTestFailed())
        return;
    openClaim();
    if (QTest::currentTestFailed())
        return;
    EXPECT_EXIT(run({u"user"_s, u"add"_s, u"hos.super"_s, u"--agency"_s, u"HOS"_s, u"--role"_s, u"supervisor"_s,
                     u"--name"_s, u"Karim Fassi"_s}),
                0);
    for (QString &arg : args)
        arg.replace(u"{CLIENT}"_s, m_clientId).replace(u"{REF}"_s, m_ref).replace(u"{DIR}"_s, m_dir->path());
    const QStringList before = snapshot({}, true, false);
    const QStringList deniedBefore = this->denials();
    const Run refused = run(args);
    EXPECT_EXIT(refused, exit);
    EXPECT_ONE_LINE_ERROR(refused);
    QVERIFY(refused.out.isEmpty());
    // Not even a reading of the log: only a refusal on a case is kept.
    expectOnlyDenials(before, deniedBefore, denials);
}

void TestCli::clientExportData()
{
    setUpAccessLogScene(false);
    if (QTest::currentTestFailed())
        return;
    const QString constat = writeFile(u"constat.pdf"_s, "%PDF-1.4 constat amiable");
    EXPECT_EXIT(run({u"document"_s, u"add"_s, m_ref, u"--kind"_s, u"accident-report"_s, u"--file"_s, constat, u"--as"_s,
                     u"ins.agent"_s}),
                0);
    EXPECT_EXIT(run({u"note"_s, u"add"_s, m_ref, u"--text"_s, u"Interne : client pressé"_s, u"--internal"_s, u"--as"_s,
                     u"ins.agent"_s}),
                0);
    const QString folder = m_dir->filePath(u"for-the-customer"_s);
    const Run exported = run({u"client"_s, u"export-data"_s, m_clientId, u"--to"_s, folder, u"--as"_s, u"net.admin"_s,
                              u"--json"_s});
    EXPECT_EXIT(exported, 0);
    QVERIFY2(exported.err.isEmpty(), qPrintable(exported.describe()));
    QCOMPARE(exported.object()[u"language"_s].toString(), u"fr"_s);
    QCOMPARE(exported.object()[u"documents"_s].toInt(), 1);
    QStringList listed;
    for (const QJsonValue &f : exported.object()[u"files"_s].toArray())
        listed << f.toString();
    for (const QString &expected : {u"README.txt"_s, u"client.json"_s, u"access-log.json"_s, u"access-log.pdf"_s,
                                    u"cases/%1/case.json"_s.arg(m_ref), u"cases/%1/timeline.pdf"_s.arg(m_ref),
                                    u"documents/constat.pdf"_s}) {
        QVERIFY2(listed.contains(expected), qPrintable(expected + u"\n"_s + exported.describe()));
        QVERIFY2(QFileInfo::exists(QDir(folder).filePath(expected)), qPrintable(expected));
    }
    QFile caseJson(QDir(folder).filePath(u"cases/%1/case.json"_s.arg(m_ref)));
    QVERIFY(caseJson.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(caseJson.readAll()).contains(u"Interne : client pressé"_s));
    // Text for people; the export is in the customer's access log.
    const Run text = run({u"client"_s, u"export-data"_s, m_clientId, u"--to"_s, m_dir->filePath(u"again"_s), u"--as"_s,
                          u"net.admin"_s});
    EXPECT_EXIT(text, 0);
    QVERIFY2(text.outText().contains(u"README.txt"_s), qPrintable(text.describe()));
    QCOMPARE(accessEntries(u"net.admin"_s, u"client.personal-data-export"_s, true), 2);
}

void TestCli::clientExportDataRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exit");
    const QString as = u"--as"_s;
    const QStringList base{u"client"_s, u"export-data"_s, u"{CLIENT}"_s, u"--to"_s, u"{DIR}/out"_s};
    QTest::addRow("an agent") << (base + QStringList{as, u"ins.agent"_s}) << 5;
    QTest::addRow("a supervisor") << (base + QStringList{as, u"ins.super"_s}) << 5;
    QTest::addRow("a folder that holds files")
        << QStringList{u"client"_s, u"export-data"_s, u"{CLIENT}"_s, u"--to"_s, u"{DIR}"_s, as, u"net.admin"_s} << 4;
    QTest::addRow("unknown client")
        << QStringList{u"client"_s, u"export-data"_s, u"999"_s, u"--to"_s, u"{DIR}/out"_s, as, u"net.admin"_s} << 3;
    QTest::addRow("missing --to") << QStringList{u"client"_s, u"export-data"_s, u"{CLIENT}"_s, as, u"net.admin"_s} << 2;
    QTest::addRow("missing --as") << base << 2;
}

void TestCli::clientExportDataRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, exit);
    setUpAccessLogScene(false);
    if (QTest::currentTestFailed())
        return;
    for (QString &arg : args)
        arg.replace(u"{CLIENT}"_s, m_clientId).replace(u"{DIR}"_s, m_dir->path());
    const QStringList before = snapshot({}, true);
    const QStringList files = QDir(m_dir->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden);
    const Run refused = run(args);
    EXPECT_EXIT(refused, exit);
    EXPECT_ONE_LINE_ERROR(refused);
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(snapshot({}, true), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden), files);
}

// ---------------------------------------------------------------------------------------------
// Known defects

void TestCli::refusedCommandDoesNotCreateCaseFile()
{
    // A mistyped --db on a refused command: the command fails (3, no such user) ...
    const QString typo = m_dir->filePath(u"relais-typo.sqlite"_s);
    const Run refused = run({u"case"_s, u"list"_s, u"--as"_s, u"nobody"_s, u"--db"_s, typo});
    EXPECT_EXIT(refused, 3);
    EXPECT_ONE_LINE_ERROR(refused);
    // A typo in --db must not leave a new, empty case file that `verify` would call intact.
    QVERIFY2(!QFile::exists(typo), qPrintable(typo));
}

void TestCli::unknownCommandIsNamed()
{
    const Run unknown = run({u"frobnicate"_s, u"--as"_s, u"ins.agent"_s});
    EXPECT_EXIT(unknown, 2);
    QVERIFY(unknown.out.isEmpty());
    const QString firstLine = unknown.errText().section(u'\n', 0, 0);
    QVERIFY2(firstLine.startsWith(u"relais-cli: unknown command \"frobnicate\""_s), qPrintable(firstLine));
}

void TestCli::timesAreReadInTheAgencyZoneNotTheMachines()
{
    setUpNetwork();
    if (QTest::currentTestFailed())
        return;
    openClaim();
    if (QTest::currentTestFailed())
        return;
    // 02:30 on 29 March does not exist in Paris (clocks jump to 03:00) but is an ordinary
    // Casablanca time (UTC+1 after Ramadan 2026): the machine's zone must play no part.
    m_extraEnv.insert(u"TZ"_s, u"Europe/Paris"_s);
    const Run local = run({u"note"_s, u"add"_s, m_ref, u"--text"_s, u"Appel du client"_s, u"--at"_s,
                           u"2026-03-29T02:30"_s, u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(local, 0);
    QCOMPARE(local.json.object()[u"occurredAt"_s].toString(), u"2026-03-29T01:30:00.000Z"_s);
    // An explicit offset wins over any zone.
    const Run offset = run({u"note"_s, u"add"_s, m_ref, u"--text"_s, u"Visite"_s, u"--at"_s,
                            u"2026-03-30T10:00+00:00"_s, u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(offset, 0);
    QCOMPARE(offset.json.object()[u"occurredAt"_s].toString(), u"2026-03-30T10:00:00.000Z"_s);
}

void TestCli::concurrentFirstOpenOfANewFile()
{
    // Several processes opening a brand-new file at once: all succeed, the schema is made once.
    const QString path = m_dir->filePath(u"shared-new.sqlite"_s);
    QList<QProcess *> processes;
    for (int i = 0; i < 4; ++i) {
        auto *process = new QProcess;
        process->start(cliPath, {u"init"_s, u"--db"_s, path});
        processes << process;
    }
    for (QProcess *process : std::as_const(processes)) {
        QVERIFY(process->waitForFinished(60'000));
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
    }
    qDeleteAll(processes);
    EXPECT_EXIT(run({u"verify"_s, u"--db"_s, path}), 0);
}

// ---------------------------------------------------------------------------------------------
// Merge and import

void TestCli::clientMergeAndUnmerge()
{
    setUpNetwork();
    if (QTest::currentTestFailed())
        return;
    openClaim();
    if (QTest::currentTestFailed())
        return;
    // The same person registered a second time with a mistyped CIN, and a case on that file.
    const Run second = run({u"client"_s, u"add"_s, u"--name"_s, u"Youssef Amrani"_s, u"--cin"_s, u"BK123465"_s,
                            u"--phone"_s, u"0661000001"_s, u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(second, 0);
    const QString otherId = QString::number(second.object()[u"client"_s][u"id"_s].toInteger());
    const Run opened = run({u"case"_s, u"open"_s, u"--client"_s, otherId, u"--title"_s, u"Bris de glace"_s, u"--as"_s,
                            u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(opened, 0);
    const QString otherRef = opened.object()[u"reference"_s].toString();

    const Run merged = run({u"client"_s, u"merge"_s, m_clientId, otherId, u"--reason"_s, u"Same person, CIN mistyped"_s,
                            u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(merged, 0);
    const QJsonObject merge = merged.object();
    const QString mergeId = QString::number(merge[u"id"_s].toInteger());
    QCOMPARE(QString::number(merge[u"kept"_s][u"id"_s].toInteger()), m_clientId);
    QCOMPARE(QString::number(merge[u"merged"_s][u"id"_s].toInteger()), otherId);
    QCOMPARE(merge[u"moved"_s][u"cases"_s].toArray(), QJsonArray{otherRef});
    QCOMPARE(merge[u"moved"_s][u"phones"_s].toArray(), QJsonArray{u"+212661000001"_s});
    QCOMPARE(merge[u"undone"_s].toBool(true), false);

    // Both timelines say so; the merged file is no longer found; the chains still verify.
    const QJsonArray events = timelineAs(u"ins.agent"_s);
    QVERIFY(!events.isEmpty());
    QVERIFY2(events.last()[u"text"_s].toString().startsWith(u"Customer files merged: "_s),
             qPrintable(events.last()[u"text"_s].toString()));
    const Run moved = run({u"case"_s, u"show"_s, otherRef, u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(moved, 0);
    QCOMPARE(QString::number(moved.object()[u"clientId"_s].toInteger()), m_clientId);
    const Run find = run({u"client"_s, u"find"_s, u"BK123465"_s, u"--json"_s});
    EXPECT_EXIT(find, 0);
    QVERIFY2(!stringsOf(find.array(), u"id"_s).contains(otherId), qPrintable(find.describe()));
    const Run show = run({u"client"_s, u"show"_s, otherId, u"--json"_s});
    EXPECT_EXIT(show, 0);
    QCOMPARE(QString::number(show.object()[u"mergedInto"_s].toInteger()), m_clientId);
    EXPECT_EXIT(run({u"verify"_s}), 0);

    // Undo: exit 0 once, then a conflict.
    const Run undone = run({u"client"_s, u"unmerge"_s, mergeId, u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(undone, 0);
    QVERIFY(undone.object()[u"undone"_s].toBool());
    const Run back = run({u"case"_s, u"show"_s, otherRef, u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(back, 0);
    QCOMPARE(QString::number(back.object()[u"clientId"_s].toInteger()), otherId);
    const Run found = run({u"client"_s, u"find"_s, u"BK123465"_s, u"--json"_s});
    EXPECT_EXIT(found, 0);
    QCOMPARE(stringsOf(found.array(), u"id"_s), QStringList{otherId});
    EXPECT_EXIT(run({u"verify"_s}), 0);

    const QStringList before = snapshot({}, true);
    const Run twice = run({u"client"_s, u"unmerge"_s, mergeId, u"--as"_s, u"ins.agent"_s});
    EXPECT_EXIT(twice, 6);
    EXPECT_ONE_LINE_ERROR(twice);
    QVERIFY(twice.out.isEmpty());
    QCOMPARE(snapshot({}, true), before);

    // The text forms say what happened and how to undo it.
    const Run text = run({u"client"_s, u"merge"_s, m_clientId, otherId, u"--reason"_s, u"Same person"_s, u"--as"_s,
                          u"ins.agent"_s});
    EXPECT_EXIT(text, 0);
    QVERIFY2(text.outText().contains(u"client unmerge"_s), qPrintable(text.describe()));
    const Run help = run({u"--help"_s});
    for (const QString &command : {u"client merge"_s, u"client unmerge"_s, u"client import"_s})
        QVERIFY2(help.outText().contains(u"  "_s + command + u' '), qPrintable(command));
}

void TestCli::refusedMergeChangesNothing_data()
{
    // {KEEP} is the claim's customer, {OTHER} a second file of theirs, {HOS} a customer only HOS
    // registered, {MERGED} a file already merged into {KEEP}.
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exit");
    const QString as = u"--as"_s;
    const QString why = u"--reason"_s;
    QTest::newRow("into itself") << QStringList{u"client"_s, u"merge"_s, u"{KEEP}"_s, u"{KEEP}"_s, why, u"x"_s, as, u"ins.agent"_s} << 4;
    QTest::newRow("no reason") << QStringList{u"client"_s, u"merge"_s, u"{KEEP}"_s, u"{OTHER}"_s, as, u"ins.agent"_s} << 4;
    QTest::newRow("already merged") << QStringList{u"client"_s, u"merge"_s, u"{KEEP}"_s, u"{MERGED}"_s, why, u"x"_s, as, u"ins.agent"_s} << 4;
    QTest::newRow("into a merged file") << QStringList{u"client"_s, u"merge"_s, u"{MERGED}"_s, u"{OTHER}"_s, why, u"x"_s, as, u"ins.agent"_s} << 4;
    QTest::newRow("agency serving neither") << QStringList{u"client"_s, u"merge"_s, u"{KEEP}"_s, u"{OTHER}"_s, why, u"x"_s, as, u"hos.agent"_s} << 5;
    QTest::newRow("agency serving one only") << QStringList{u"client"_s, u"merge"_s, u"{KEEP}"_s, u"{HOS}"_s, why, u"x"_s, as, u"ins.agent"_s} << 5;
    QTest::newRow("unknown client") << QStringList{u"client"_s, u"merge"_s, u"{KEEP}"_s, u"999"_s, why, u"x"_s, as, u"ins.agent"_s} << 3;
    QTest::newRow("not a number") << QStringList{u"client"_s, u"merge"_s, u"{KEEP}"_s, u"abc"_s, why, u"x"_s, as, u"ins.agent"_s} << 4;
    QTest::newRow("missing --as") << QStringList{u"client"_s, u"merge"_s, u"{KEEP}"_s, u"{OTHER}"_s, why, u"x"_s} << 2;
    QTest::newRow("one id only") << QStringList{u"client"_s, u"merge"_s, u"{KEEP}"_s, why, u"x"_s, as, u"ins.agent"_s} << 2;
    QTest::newRow("unknown merge") << QStringList{u"client"_s, u"unmerge"_s, u"999"_s, as, u"ins.agent"_s} << 3;
    QTest::newRow("unmerge by an agency serving neither") << QStringList{u"client"_s, u"unmerge"_s, u"{MERGE}"_s, as, u"hos.agent"_s} << 5;
}

void TestCli::refusedMergeChangesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(int, exit);
    setUpNetwork();
    if (QTest::currentTestFailed())
        return;
    openClaim();
    if (QTest::currentTestFailed())
        return;
    auto add = [&](const QString &name, const QString &cin, const QString &login) {
        const Run added = run({u"client"_s, u"add"_s, u"--name"_s, name, u"--cin"_s, cin, u"--force"_s, u"--as"_s, login,
                               u"--json"_s});
        return added.exitCode == 0 ? QString::number(added.object()[u"client"_s][u"id"_s].toInteger()) : QString();
    };
    const QString other = add(u"Youssef Amrani"_s, u"BK123465"_s, u"ins.agent"_s);
    const QString hos = add(u"Nadia Chraibi"_s, u"C9"_s, u"hos.agent"_s);
    const QString merged = add(u"Y. El Amrani"_s, u"BK12346"_s, u"ins.agent"_s);
    QVERIFY(!other.isEmpty() && !hos.isEmpty() && !merged.isEmpty());
    const Run first = run({u"client"_s, u"merge"_s, m_clientId, merged, u"--reason"_s, u"Same person"_s, u"--as"_s,
                           u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(first, 0);
    const QString mergeId = QString::number(first.object()[u"id"_s].toInteger());
    for (QString &arg : args)
        arg.replace(u"{KEEP}"_s, m_clientId).replace(u"{OTHER}"_s, other).replace(u"{HOS}"_s, hos)
            .replace(u"{MERGED}"_s, merged).replace(u"{MERGE}"_s, mergeId);

    const QStringList before = snapshot({}, true);
    const Run refused = run(args);
    QVERIFY2(refused.finished && refused.exitCode == exit, qPrintable(refused.describe()));
    QVERIFY2(refused.out.isEmpty(), qPrintable(refused.describe()));
    EXPECT_ONE_LINE_ERROR(refused);
    QCOMPARE(snapshot({}, true), before);
}

void TestCli::clientImportPreviewAndCommit()
{
    setUpNetwork();
    if (QTest::currentTestFailed())
        return;
    openClaim(); // Youssef El Amrani, CIN BK123456, on file
    if (QTest::currentTestFailed())
        return;
    const QByteArray bom("\xEF\xBB\xBF");
    const QString mixed = writeFile(u"clients.csv"_s, bom + u"nom;cin;téléphone;date de naissance\r\n"
                                                            "\"Sara Lahlou\";A42;0612000001;12/04/1985\r\n"
                                                            "Omar Tazi;12AB;;\r\n"
                                                            "Y. Amrani;BK 123456;;\r\n"
                                                            "\"Tazi; Omar\";B7;;1979-06-03\r\n"_s.toUtf8());
    QVERIFY(!mixed.isEmpty());

    // Preview: nothing written, exit 4 because row 3 is invalid, every row accounted for.
    const QStringList before = snapshot({}, true);
    const Run preview = run({u"client"_s, u"import"_s, mixed, u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(preview, 4);
    EXPECT_ONE_LINE_ERROR(preview);
    QVERIFY2(preview.jsonError.isEmpty() && preview.json.isObject(), qPrintable(preview.describe()));
    QCOMPARE(snapshot({}, true), before);
    const QJsonObject counts = preview.object()[u"counts"_s].toObject();
    QCOMPARE(counts[u"rows"_s].toInt(), 4);
    QCOMPARE(counts[u"ready"_s].toInt(), 2);
    QCOMPARE(counts[u"invalid"_s].toInt(), 1);
    QCOMPARE(counts[u"duplicates"_s].toInt(), 1);
    QCOMPARE(preview.object()[u"separator"_s].toString(), u";"_s);
    QCOMPARE(preview.object()[u"committed"_s].toBool(true), false);
    const QJsonArray rows = preview.object()[u"rows"_s].toArray();
    QCOMPARE(rows[1][u"row"_s].toInt(), 3);
    QCOMPARE(rows[1][u"status"_s].toString(), u"invalid"_s);
    QVERIFY(!rows[1][u"problems"_s].toArray().isEmpty());
    QCOMPARE(QString::number(rows[2][u"existing"_s][0][u"client"_s][u"id"_s].toInteger()), m_clientId);
    const Run text = run({u"client"_s, u"import"_s, mixed, u"--as"_s, u"ins.agent"_s});
    EXPECT_EXIT(text, 4);
    QVERIFY2(text.outText().contains(u"row 3"_s) && text.outText().contains(u"--commit"_s), qPrintable(text.describe()));

    // A clean file previews with exit 0.
    const QString clean = writeFile(u"clean.csv"_s, "name,cin\nNadia Chraibi,C9\n");
    EXPECT_EXIT(run({u"client"_s, u"import"_s, clean, u"--as"_s, u"ins.agent"_s, u"--json"_s}), 0);

    // Commit: the two ready rows, in one go.
    const Run committed = run({u"client"_s, u"import"_s, mixed, u"--commit"_s, u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(committed, 0);
    QCOMPARE(committed.object()[u"created"_s].toInt(), 2);
    QCOMPARE(committed.object()[u"skippedInvalid"_s].toInt(), 1);
    QCOMPARE(committed.object()[u"skippedDuplicates"_s].toInt(), 1);
    QVERIFY(committed.object()[u"committed"_s].toBool());
    const Run sara = run({u"client"_s, u"find"_s, u"0612000001"_s, u"--json"_s});
    EXPECT_EXIT(sara, 0);
    QCOMPARE(sara.array().size(), 1);
    QCOMPARE(sara.array()[0][u"birthDate"_s].toString(), u"1985-04-12"_s);
    const Run omar = run({u"client"_s, u"find"_s, u"B7"_s, u"--json"_s});
    EXPECT_EXIT(omar, 0);
    QCOMPARE(stringsOf(omar.array(), u"name"_s), QStringList{u"Tazi; Omar"_s});
    // Committing again: both are now on file, nothing more is created.
    const Run again = run({u"client"_s, u"import"_s, mixed, u"--commit"_s, u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(again, 0);
    QCOMPARE(again.object()[u"created"_s].toInt(), 0);

    // Refused: corrupt file, missing file, bad separator, bad mapping, no --as. Nothing changes.
    const QString binary = writeFile(u"photo.csv"_s, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    const QString latin1 = writeFile(u"latin1.csv"_s, QByteArray("nom;cin\nH\xe9l\xe8ne;A1\n"));
    const QList<std::pair<QStringList, int>> refusals{
        {{u"client"_s, u"import"_s, binary, u"--commit"_s, u"--as"_s, u"ins.agent"_s}, 4},
        {{u"client"_s, u"import"_s, latin1, u"--commit"_s, u"--as"_s, u"ins.agent"_s}, 4},
        {{u"client"_s, u"import"_s, m_dir->filePath(u"missing.csv"_s), u"--as"_s, u"ins.agent"_s}, 3},
        {{u"client"_s, u"import"_s, clean, u"--separator"_s, u"tab"_s, u"--as"_s, u"ins.agent"_s}, 2},
        {{u"client"_s, u"import"_s, clean, u"--map"_s, u"name"_s, u"--as"_s, u"ins.agent"_s}, 2},
        {{u"client"_s, u"import"_s, clean, u"--map"_s, u"name=surname"_s, u"--commit"_s, u"--as"_s, u"ins.agent"_s}, 4},
        {{u"client"_s, u"import"_s, clean, u"--commit"_s}, 2},
    };
    for (const auto &[args, code] : refusals) {
        const QStringList snapshotBefore = snapshot({}, true);
        const Run refused = run(args);
        QVERIFY2(refused.finished && refused.exitCode == code, qPrintable(refused.describe()));
        QVERIFY2(refused.out.isEmpty(), qPrintable(refused.describe()));
        EXPECT_ONE_LINE_ERROR(refused);
        QCOMPARE(snapshot({}, true), snapshotBefore);
    }
}

// ---------------------------------------------------------------------------------------------
// Supervision and working calendars

namespace {

/// An instant `days` from now, as --at takes it (UTC).
QString atInDays(int days)
{
    return QDateTime::currentDateTimeUtc().addDays(days).toString(u"yyyy-MM-ddTHH:mm"_s) + u'Z';
}

QByteArray icsCalendar(const QStringList &events)
{
    QStringList lines{u"BEGIN:VCALENDAR"_s, u"VERSION:2.0"_s, u"PRODID:-//Relais//Test//FR"_s};
    lines += events;
    lines << u"END:VCALENDAR"_s;
    return lines.join(u"\r\n"_s).toUtf8() + "\r\n";
}

QStringList icsAllDay(const QString &uid, const QString &start, const QString &end, const QString &summary)
{
    return {u"BEGIN:VEVENT"_s, u"UID:"_s + uid, u"DTSTAMP:20251201T120000Z"_s, u"DTSTART;VALUE=DATE:"_s + start,
            u"DTEND;VALUE=DATE:"_s + end, u"SUMMARY:"_s + summary, u"END:VEVENT"_s};
}

} // namespace

void TestCli::stalledJsonShape()
{
    setUpNetwork();
    if (QTest::currentTestFailed())
        return;
    openClaim();
    if (QTest::currentTestFailed())
        return;
    requestTow();
    if (QTest::currentTestFailed())
        return;

    // Nothing is late right after the request.
    const Run now = run({u"stalled"_s, u"--as"_s, u"ins.super"_s, u"--json"_s});
    EXPECT_EXIT(now, 0);
    QVERIFY(now.object()[u"at"_s].isString());
    QCOMPARE(now.object()[u"stalls"_s].toArray().size(), 0);

    // A month later, unanswered: unacknowledged, waiting on the towing company.
    const Run later = run({u"stalled"_s, u"--at"_s, atInDays(30), u"--as"_s, u"ins.super"_s, u"--json"_s});
    EXPECT_EXIT(later, 0);
    QVERIFY2(later.err.isEmpty(), qPrintable(later.describe()));
    const QJsonArray stalls = later.object()[u"stalls"_s].toArray();
    QCOMPARE(stalls.size(), 1);
    const QJsonObject stall = stalls.first().toObject();
    QStringList keys = stall.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{u"ask"_s, u"ballHolder"_s, u"case"_s, u"caseTitle"_s, u"client"_s, u"clientEfforts"_s,
                                u"clientId"_s, u"from"_s, u"handoffId"_s, u"recentClientEfforts"_s, u"rule"_s,
                                u"since"_s, u"status"_s, u"threshold"_s, u"thresholdAt"_s, u"to"_s,
                                u"workingHoursPast"_s}));
    QCOMPARE(stall[u"rule"_s].toString(), u"unacknowledged"_s);
    QCOMPARE(stall[u"case"_s].toString(), m_ref);
    QCOMPARE(QString::number(stall[u"handoffId"_s].toInteger()), m_handoffId);
    QCOMPARE(QString::number(stall[u"clientId"_s].toInteger()), m_clientId);
    QCOMPARE(stall[u"from"_s][u"code"_s].toString(), u"INS"_s);
    QCOMPARE(stall[u"to"_s][u"code"_s].toString(), u"TOW"_s);
    QCOMPARE(stall[u"status"_s].toString(), u"requested"_s);
    QCOMPARE(stall[u"ask"_s].toString(), u"Tow the car to Garage Central"_s);
    QCOMPARE(stall[u"clientEfforts"_s].toInt(), 0);
    QVERIFY(stall[u"workingHoursPast"_s].toDouble() > 8);
    const QDateTime since = QDateTime::fromString(stall[u"since"_s].toString(), Qt::ISODateWithMs);
    const QDateTime threshold = QDateTime::fromString(stall[u"thresholdAt"_s].toString(), Qt::ISODateWithMs);
    QVERIFY(since.isValid() && threshold.isValid());
    QVERIFY(since < threshold);
    QVERIFY(stall[u"threshold"_s].toString().contains(u"8"_s));
    QVERIFY(stall[u"ballHolder"_s].toString().contains(u"Dépannage Rapide"_s));

    // The same as text, and filtered.
    const Run text = run({u"stalled"_s, u"--at"_s, atInDays(30), u"--as"_s, u"ins.super"_s});
    EXPECT_EXIT(text, 0);
    QVERIFY2(text.outText().contains(m_ref) && text.outText().contains(u"unacknowledged"_s), qPrintable(text.describe()));
    const Run otherRule = run({u"stalled"_s, u"--at"_s, atInDays(30), u"--rule"_s, u"silent"_s, u"--as"_s,
                               u"ins.super"_s, u"--json"_s});
    EXPECT_EXIT(otherRule, 0);
    QCOMPARE(otherRule.object()[u"stalls"_s].toArray().size(), 0);
    const Run otherAgency = run({u"stalled"_s, u"--at"_s, atInDays(30), u"--agency"_s, u"gar"_s, u"--as"_s,
                                 u"ins.super"_s, u"--json"_s});
    EXPECT_EXIT(otherAgency, 0);
    QCOMPARE(otherAgency.object()[u"stalls"_s].toArray().size(), 0);
    // As of before the request: nothing.
    const Run before = run({u"stalled"_s, u"--at"_s, u"2020-01-01"_s, u"--as"_s, u"ins.super"_s, u"--json"_s});
    EXPECT_EXIT(before, 0);
    QCOMPARE(before.object()[u"stalls"_s].toArray().size(), 0);
    QCOMPARE(before.object()[u"at"_s].toString().left(10), u"2020-01-01"_s);
}

void TestCli::stalledRefusalsSayWhy()
{
    setUpNetwork();
    if (QTest::currentTestFailed())
        return;
    const Run agent = run({u"stalled"_s, u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(agent, 5);
    EXPECT_ONE_LINE_ERROR(agent);
    QVERIFY(agent.out.isEmpty());
    QVERIFY2(agent.errText().contains(u"supervisors"_s), qPrintable(agent.describe()));

    const Run bogus = run({u"stalled"_s, u"--rule"_s, u"bogus"_s, u"--as"_s, u"ins.super"_s});
    EXPECT_EXIT(bogus, 4);
    EXPECT_ONE_LINE_ERROR(bogus);
    for (const QString &rule : {u"unacknowledged"_s, u"silent"_s, u"overdue"_s, u"hold-expired"_s, u"ping-pong"_s,
                                u"client-chasing"_s})
        QVERIFY2(bogus.errText().contains(rule), qPrintable(rule + u" not listed:\n"_s + bogus.describe()));
    QVERIFY(bogus.errText().contains(u"bogus"_s));
}

void TestCli::nudgeFromTheCommandLine()
{
    setUpNetwork();
    if (QTest::currentTestFailed())
        return;
    openClaim();
    if (QTest::currentTestFailed())
        return;
    requestTow();
    if (QTest::currentTestFailed())
        return;
    for (const QString &status : {u"accepted"_s, u"in-progress"_s})
        EXPECT_EXIT(run({u"handoff"_s, u"set"_s, m_handoffId, status, u"--as"_s, u"tow.agent"_s}), 0);
    auto inboxIds = [this](const QString &login) {
        const Run inbox = run({u"handoff"_s, u"inbox"_s, u"--as"_s, login, u"--json"_s});
        return inbox.exitCode == 0 ? stringsOf(inbox.array(), u"id"_s) : QStringList{u"<refused>"_s};
    };
    QCOMPARE(inboxIds(u"tow.agent"_s), QStringList{});

    const Run nudged = run({u"handoff"_s, u"nudge"_s, m_handoffId, u"--note"_s, u"Le client attend"_s, u"--as"_s,
                            u"ins.super"_s, u"--json"_s});
    EXPECT_EXIT(nudged, 0);
    QCOMPARE(nudged.object()[u"signal"_s].toString(), u"nudge"_s);
    QCOMPARE(inboxIds(u"tow.agent"_s), QStringList{m_handoffId});
    const QJsonArray events = timelineAs(u"tow.agent"_s);
    QVERIFY(!events.isEmpty());
    QVERIFY2(events.last().toObject()[u"text"_s].toString().contains(u"Le client attend"_s),
             qPrintable(QString::fromUtf8(QJsonDocument(events.last().toObject()).toJson())));

    // The towing company answers: gone from its inbox.
    EXPECT_EXIT(run({u"note"_s, u"add"_s, m_ref, u"--text"_s, u"En route"_s, u"--as"_s, u"tow.agent"_s}), 0);
    QCOMPARE(inboxIds(u"tow.agent"_s), QStringList{});

    // Completed: nobody left to remind. Refused with no trace, not even a read of the handoff.
    EXPECT_EXIT(run({u"handoff"_s, u"set"_s, m_handoffId, u"completed"_s, u"--as"_s, u"tow.agent"_s}), 0);
    const QStringList before = snapshot({}, true);
    for (const QString &signal : {u"nudge"_s, u"escalate"_s}) {
        const Run refused = run({u"handoff"_s, signal, m_handoffId, u"--as"_s, u"ins.super"_s});
        EXPECT_EXIT(refused, 4);
        EXPECT_ONE_LINE_ERROR(refused);
        QCOMPARE(snapshot({}, true), before);
    }
    const Run verified = run({u"verify"_s, u"--json"_s});
    EXPECT_EXIT(verified, 0);
    QVERIFY(verified.object()[u"intact"_s].toBool());
}

void TestCli::reassignFromTheCommandLine()
{
    setUpNetwork();
    if (QTest::currentTestFailed())
        return;
    openClaim();
    if (QTest::currentTestFailed())
        return;
    requestTow();
    if (QTest::currentTestFailed())
        return;
    const Run moved = run({u"handoff"_s, u"reassign"_s, m_handoffId, u"--to"_s, u"GAR"_s, u"--reason"_s,
                           u"Pas de dépanneuse disponible"_s, u"--as"_s, u"ins.super"_s, u"--json"_s});
    EXPECT_EXIT(moved, 0);
    QCOMPARE(moved.object()[u"to"_s][u"code"_s].toString(), u"GAR"_s);
    QCOMPARE(moved.object()[u"status"_s].toString(), u"requested"_s);
    const QString newId = QString::number(moved.object()[u"id"_s].toInteger());
    QVERIFY(newId != m_handoffId);

    const Run list = run({u"handoff"_s, u"list"_s, m_ref, u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(list, 0);
    QHash<QString, QString> statusById;
    for (const QJsonValue &h : list.array())
        statusById.insert(QString::number(h[u"id"_s].toInteger()), h[u"status"_s].toString());
    QCOMPARE(statusById.value(m_handoffId), u"cancelled"_s);
    QCOMPARE(statusById.value(newId), u"requested"_s);
    const Run verified = run({u"verify"_s, u"--json"_s});
    EXPECT_EXIT(verified, 0);
    QVERIFY(verified.object()[u"intact"_s].toBool());
}

void TestCli::calendarShowJson()
{
    setUpNetwork();
    if (QTest::currentTestFailed())
        return;
    const Run shown = run({u"calendar"_s, u"show"_s, u"gar"_s, u"--year"_s, u"2026"_s, u"--json"_s});
    EXPECT_EXIT(shown, 0);
    const QJsonObject calendar = shown.object();
    QCOMPARE(calendar[u"agency"_s].toString(), u"GAR"_s);
    QCOMPARE(calendar[u"timeZone"_s].toString(), u"Africa/Casablanca"_s);
    QCOMPARE(calendar[u"hours"_s].toString(), u"mon-fri 09:00-13:00,14:00-18:00"_s);
    QCOMPARE(calendar[u"moroccanHolidays"_s].toBool(), true);
    QCOMPARE(calendar[u"ackHours"_s].toInt(), 8);
    QCOMPARE(calendar[u"silenceDays"_s].toInt(), 3);
    QCOMPARE(calendar[u"year"_s].toInt(), 2026);
    QStringList dates = stringsOf(calendar[u"holidays"_s].toArray(), u"date"_s);
    QCOMPARE(dates, (QStringList{u"2026-01-01"_s, u"2026-01-11"_s, u"2026-01-14"_s, u"2026-05-01"_s, u"2026-07-30"_s,
                                 u"2026-08-14"_s, u"2026-08-20"_s, u"2026-08-21"_s, u"2026-11-06"_s, u"2026-11-18"_s}));

    EXPECT_EXIT(run({u"calendar"_s, u"sla"_s, u"GAR"_s, u"--ack-hours"_s, u"4"_s, u"--silence-days"_s, u"2"_s}), 0);
    EXPECT_EXIT(run({u"calendar"_s, u"fixed-holidays"_s, u"GAR"_s, u"off"_s}), 0);
    EXPECT_EXIT(run({u"calendar"_s, u"holiday"_s, u"add"_s, u"2026-03-20"_s, u"Aïd al-Fitr"_s}), 0);
    const Run changed = run({u"calendar"_s, u"show"_s, u"GAR"_s, u"--year"_s, u"2026"_s, u"--json"_s});
    EXPECT_EXIT(changed, 0);
    QCOMPARE(changed.object()[u"ackHours"_s].toInt(), 4);
    QCOMPARE(changed.object()[u"silenceDays"_s].toInt(), 2);
    QCOMPARE(changed.object()[u"moroccanHolidays"_s].toBool(), false);
    const QJsonArray holidays = changed.object()[u"holidays"_s].toArray();
    QCOMPARE(holidays.size(), 1);
    QCOMPARE(holidays.first()[u"date"_s].toString(), u"2026-03-20"_s);
    QCOMPARE(holidays.first()[u"name"_s].toString(), u"Aïd al-Fitr"_s);
    // Another agency keeps its own settings.
    const Run other = run({u"calendar"_s, u"show"_s, u"TOW"_s, u"--year"_s, u"2026"_s, u"--json"_s});
    EXPECT_EXIT(other, 0);
    QCOMPARE(other.object()[u"ackHours"_s].toInt(), 8);
    QCOMPARE(other.object()[u"holidays"_s].toArray().size(), 11);
}

void TestCli::calendarHoursChangeTheCalendar()
{
    setUpNetwork();
    if (QTest::currentTestFailed())
        return;
    const Run set = run({u"calendar"_s, u"hours"_s, u"tow"_s, u"mon-fri 08:00-17:00; sat 09:00-12:00"_s, u"--json"_s});
    EXPECT_EXIT(set, 0);
    QCOMPARE(set.object()[u"hours"_s].toString(), u"mon-fri 08:00-17:00; sat 09:00-12:00"_s);
    const Run shown = run({u"calendar"_s, u"show"_s, u"TOW"_s, u"--json"_s});
    EXPECT_EXIT(shown, 0);
    QCOMPARE(shown.object()[u"hours"_s].toString(), u"mon-fri 08:00-17:00; sat 09:00-12:00"_s);

    // Bad text: exit 4, one line that says what is wrong, and the hours stay as they were.
    const QStringList before = snapshot({}, true);
    const Run bad = run({u"calendar"_s, u"hours"_s, u"TOW"_s, u"mon-fri 9h-17h"_s});
    EXPECT_EXIT(bad, 4);
    EXPECT_ONE_LINE_ERROR(bad);
    QVERIFY2(bad.errText().contains(u"9h"_s), qPrintable(bad.describe()));
    QCOMPARE(snapshot({}, true), before);
}

void TestCli::calendarImportMalformedImportsNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("not iCalendar at all") << QByteArray("Date,Name\n2026-03-20,Aid al-Fitr\n");
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("a calendar with no all-day event")
        << icsCalendar({u"BEGIN:VEVENT"_s, u"UID:meeting@relais.test"_s, u"DTSTAMP:20251201T120000Z"_s,
                        u"DTSTART:20260320T100000Z"_s, u"DTEND:20260320T110000Z"_s, u"SUMMARY:Réunion"_s,
                        u"END:VEVENT"_s});
    QTest::newRow("an event never closed")
        << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260320\r\n"
                      "SUMMARY:Aid\r\n");
}

void TestCli::calendarImportMalformedImportsNothing()
{
    QFETCH(QByteArray, bytes);
    setUpNetwork();
    if (QTest::currentTestFailed())
        return;
    const QString path = writeFile(u"holidays.ics"_s, bytes);
    QVERIFY(!path.isEmpty() || bytes.isEmpty());
    const QStringList before = snapshot({}, true);
    const Run imported = run({u"calendar"_s, u"import"_s, m_dir->filePath(u"holidays.ics"_s)});
    EXPECT_EXIT(imported, 4);
    EXPECT_ONE_LINE_ERROR(imported);
    QVERIFY(imported.out.isEmpty());
    QCOMPARE(snapshot({}, true), before);
    const Run listed = run({u"calendar"_s, u"holiday"_s, u"list"_s, u"--json"_s});
    EXPECT_EXIT(listed, 0);
    QCOMPARE(listed.array().size(), 0);
}

void TestCli::calendarImportListsTheHolidays()
{
    setUpNetwork();
    if (QTest::currentTestFailed())
        return;
    const QString path = writeFile(
        u"religieux-2026.ics"_s,
        icsCalendar(icsAllDay(u"fitr@relais.test"_s, u"20260320"_s, u"20260321"_s, u"Aïd al-Fitr"_s)
                    + icsAllDay(u"adha@relais.test"_s, u"20260527"_s, u"20260529"_s, u"Aïd al-Adha"_s)));
    QVERIFY(!path.isEmpty());
    const Run imported = run({u"calendar"_s, u"import"_s, path, u"--json"_s});
    EXPECT_EXIT(imported, 0);
    QCOMPARE(imported.object()[u"added"_s].toInt(), 3);
    QCOMPARE(imported.object()[u"alreadyThere"_s].toInt(), 0);

    const Run listed = run({u"calendar"_s, u"holiday"_s, u"list"_s, u"--json"_s});
    EXPECT_EXIT(listed, 0);
    QCOMPARE(stringsOf(listed.array(), u"date"_s), (QStringList{u"2026-03-20"_s, u"2026-05-27"_s, u"2026-05-28"_s}));
    QCOMPARE(stringsOf(listed.array(), u"name"_s), (QStringList{u"Aïd al-Fitr"_s, u"Aïd al-Adha"_s, u"Aïd al-Adha"_s}));
    QCOMPARE(stringsOf(listed.array(), u"source"_s), (QStringList{u"ics"_s, u"ics"_s, u"ics"_s}));
    for (const QJsonValue &h : listed.array())
        QVERIFY(h[u"agency"_s].isNull());
    const Run text = run({u"calendar"_s, u"holiday"_s, u"list"_s});
    EXPECT_EXIT(text, 0);
    QVERIFY2(text.outText().contains(u"2026-05-28"_s) && text.outText().contains(u"Aïd al-Adha"_s),
             qPrintable(text.describe()));

    // Importing again adds nothing; for one agency, it adds that agency's own.
    const Run again = run({u"calendar"_s, u"import"_s, path, u"--json"_s});
    EXPECT_EXIT(again, 0);
    QCOMPARE(again.object()[u"added"_s].toInt(), 0);
    QCOMPARE(again.object()[u"alreadyThere"_s].toInt(), 3);
    const Run forGar = run({u"calendar"_s, u"import"_s, path, u"--agency"_s, u"GAR"_s, u"--json"_s});
    EXPECT_EXIT(forGar, 0);
    QCOMPARE(forGar.object()[u"added"_s].toInt(), 3);
    const Run garOnly = run({u"calendar"_s, u"holiday"_s, u"list"_s, u"--agency"_s, u"GAR"_s, u"--json"_s});
    EXPECT_EXIT(garOnly, 0);
    QCOMPARE(stringsOf(garOnly.array(), u"agency"_s), (QStringList{u"GAR"_s, u"GAR"_s, u"GAR"_s}));

    // The agency's calendar now closes on those days.
    const Run shown = run({u"calendar"_s, u"show"_s, u"TOW"_s, u"--year"_s, u"2026"_s, u"--json"_s});
    EXPECT_EXIT(shown, 0);
    QVERIFY(stringsOf(shown.object()[u"holidays"_s].toArray(), u"date"_s).contains(u"2026-05-28"_s));
}

// ---------------------------------------------------------------------------------------------
// PDF export

void TestCli::givePrivateRuntimeDir()
{
    const QString runtime = m_dir->filePath(u"runtime"_s);
    QVERIFY(QDir().mkpath(runtime));
    QVERIFY(QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    m_extraEnv.insert(u"XDG_RUNTIME_DIR"_s, runtime);
}

void TestCli::exportPdfEndToEnd()
{
    givePrivateRuntimeDir();
    setUpNetwork();
    if (QTest::currentTestFailed())
        return;
    openClaim();
    if (QTest::currentTestFailed())
        return;
    requestTow();
    if (QTest::currentTestFailed())
        return;
    EXPECT_EXIT(run({u"note"_s, u"add"_s, m_ref, u"--text"_s, u"Client joignable au 06 12 34 56 78, CIN BK123456 vérifiée"_s,
                     u"--as"_s, u"ins.agent"_s}),
                0);
    EXPECT_EXIT(run({u"note"_s, u"add"_s, m_ref, u"--text"_s, u"Interne : relancer le client au 0612345678"_s,
                     u"--internal"_s, u"--as"_s, u"ins.agent"_s}),
                0);
    const Run verified = run({u"verify"_s, m_ref, u"--json"_s});
    EXPECT_EXIT(verified, 0);
    const QString head = verified.object()[u"cases"_s][0][u"headHash"_s].toString();
    const int events = verified.object()[u"cases"_s][0][u"events"_s].toInt();
    QCOMPARE(head.size(), 64);

    // The timeline, with --json: where, how many pages, the file's hash, the head it prints.
    QVERIFY(QDir(m_dir->path()).mkdir(u"exports"_s));
    const QString out = m_dir->filePath(u"exports/dossier %1.pdf"_s.arg(m_ref));
    const Run exported = run({u"export"_s, u"pdf"_s, m_ref, u"--out"_s, out, u"--lang"_s, u"en"_s, u"--as"_s,
                              u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(exported, 0);
    QVERIFY2(exported.err.isEmpty(), qPrintable(exported.describe()));
    const QJsonObject json = exported.object();
    QCOMPARE(json[u"case"_s].toString(), m_ref);
    QCOMPARE(json[u"document"_s].toString(), u"timeline"_s);
    QCOMPARE(json[u"language"_s].toString(), u"en"_s);
    QCOMPARE(json[u"path"_s].toString(), QFileInfo(out).absoluteFilePath());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    QCOMPARE(json[u"sha256"_s].toString(),
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(json[u"headHash"_s].toString(), head);
    QCOMPARE(json[u"headSeq"_s].toInt(), events);
    QCOMPARE(json[u"recordedAsEvent"_s].toInt(), events + 1);

    Relais::Test::PdfProbe pdf(out);
    const QStringList pages = pdf.pageTexts();
    QVERIFY2(pdf.error().isEmpty(), qPrintable(pdf.error()));
    QCOMPARE(pdf.pageCount(), json[u"pages"_s].toInt());
    QCOMPARE(pages.size(), json[u"pages"_s].toInt());
    for (qsizetype n = 0; n < pages.size(); ++n) {
        QVERIFY2(pages[n].contains(m_ref), qPrintable(pages[n]));
        QVERIFY2(pages[n].contains(head), qPrintable(pages[n]));
        QVERIFY2(pages[n].contains(u"Page %1 of %2"_s.arg(n + 1).arg(pages.size())), qPrintable(pages[n]));
    }
    const QString text = pdf.text();
    QVERIFY(text.contains(u"BK****56"_s)); // masked by default
    QVERIFY(!text.contains(u"BK123456"_s));
    QVERIFY(!text.contains(u"relancer le client"_s)); // internal notes only when asked

    // Recorded on the timeline, for every participant to see.
    for (const QString &login : {u"ins.agent"_s, u"tow.agent"_s}) {
        const QJsonArray timeline = timelineAs(login);
        QVERIFY(!timeline.isEmpty());
        const QJsonObject last = timeline.last().toObject();
        QCOMPARE(last[u"kind"_s].toString(), u"system"_s);
        QCOMPARE(last[u"seq"_s].toInt(), events + 1);
        QCOMPARE(last[u"payload"_s][u"action"_s].toString(), u"export"_s);
        QCOMPARE(last[u"payload"_s][u"sha256"_s].toString(), json[u"sha256"_s].toString());
        QCOMPARE(last[u"payload"_s][u"headHash"_s].toString(), head);
    }
    const Run stillIntact = run({u"verify"_s, u"--json"_s});
    EXPECT_EXIT(stillIntact, 0);
    QVERIFY(stillIntact.object()[u"intact"_s].toBool());

    // The text form says where the file is and its hash.
    const QString second = m_dir->filePath(u"exports/tow.pdf"_s);
    const Run asText = run({u"export"_s, u"pdf"_s, m_ref, u"--out"_s, second, u"--as"_s, u"tow.agent"_s});
    EXPECT_EXIT(asText, 0);
    QVERIFY2(asText.outText().contains(QFileInfo(second).absoluteFilePath()), qPrintable(asText.describe()));
    QFile secondFile(second);
    QVERIFY(secondFile.open(QIODevice::ReadOnly));
    QVERIFY(asText.outText().contains(
        QString::fromLatin1(QCryptographicHash::hash(secondFile.readAll(), QCryptographicHash::Sha256).toHex())));

    // The letter: one page, Letter paper, in the customer's language (French by default).
    const QString letter = m_dir->filePath(u"exports/lettre.pdf"_s);
    const Run letterRun = run({u"export"_s, u"pdf"_s, m_ref, u"--out"_s, letter, u"--letter"_s, u"--paper"_s, u"letter"_s,
                               u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(letterRun, 0);
    QCOMPARE(letterRun.object()[u"document"_s].toString(), u"letter"_s);
    QCOMPARE(letterRun.object()[u"pages"_s].toInt(), 1);
    QCOMPARE(letterRun.object()[u"language"_s].toString(), u"fr"_s);
    Relais::Test::PdfProbe letterPdf(letter);
    const auto info = letterPdf.info();
    QCOMPARE(info.value(u"Pages"_s), u"1"_s);
    QVERIFY2(info.value(u"Page size"_s).startsWith(u"612 x 792"_s), qPrintable(info.value(u"Page size"_s)));

    // Redacted, with internal notes, over dates with no event: nothing of the customer's
    // identifiers, and no event at all.
    const QString redacted = m_dir->filePath(u"exports/externe.pdf"_s);
    const Run redactedRun = run({u"export"_s, u"pdf"_s, m_ref, u"--out"_s, redacted, u"--redact"_s, u"--include-internal"_s,
                                 u"--lang"_s, u"fr"_s, u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(redactedRun, 0);
    const QString redactedText = Relais::Test::PdfProbe(redacted).text();
    QVERIFY(redactedText.contains(u"relancer le client"_s)); // the internal note, asked for
    static const QRegularExpression phone(u"6[\\s.\\-]*1[\\s.\\-]*2[\\s.\\-]*3[\\s.\\-]*4[\\s.\\-]*5[\\s.\\-]*6[\\s.\\-]*7[\\s.\\-]*8"_s);
    QVERIFY2(!redactedText.contains(phone), qPrintable(redactedText));
    QVERIFY(!redactedText.contains(u"123456"_s));
    QVERIFY(!redactedText.contains(u"BK****56"_s));

    const QString empty = m_dir->filePath(u"exports/2020.pdf"_s);
    const Run emptyRange = run({u"export"_s, u"pdf"_s, m_ref, u"--out"_s, empty, u"--from"_s, u"2020-01-01"_s, u"--to"_s,
                                u"2020-12-31"_s, u"--lang"_s, u"en"_s, u"--as"_s, u"ins.agent"_s, u"--json"_s});
    EXPECT_EXIT(emptyRange, 0);
    const QString emptyText = Relais::Test::PdfProbe(empty).text();
    QVERIFY(!emptyText.contains(QRegularExpression(u"^#\\d+\\s+·"_s, QRegularExpression::MultilineOption)));
    QVERIFY(!emptyText.contains(u"joignable"_s));
    const QJsonObject record = timelineAs(u"ins.agent"_s).last().toObject()[u"payload"_s].toObject();
    QCOMPARE(record[u"from"_s].toString(), u"2020-01-01"_s);
    QCOMPARE(record[u"to"_s].toString(), u"2020-12-31"_s);
}

void TestCli::exportPdfRefusedChangesNothing_data()
{
    // {REF} is the case, {OUT} a file in an empty folder.
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exit");
    QTest::addColumn<int>("denials");
    const QString as = u"--as"_s;
    const QStringList base{u"export"_s, u"pdf"_s, u"{REF}"_s, u"--out"_s, u"{OUT}"_s};
    QTest::newRow("bad --from") << (base + QStringList{u"--from"_s, u"2026-13-01"_s, as, u"ins.agent"_s}) << 4 << 0;
    QTest::newRow("bad --to") << (base + QStringList{u"--to"_s, u"tomorrow"_s, as, u"ins.agent"_s}) << 4 << 0;
    QTest::newRow("range ends before it starts")
        << (base + QStringList{u"--from"_s, u"2026-03-10"_s, u"--to"_s, u"2026-03-01"_s, as, u"ins.agent"_s}) << 4 << 0;
    QTest::newRow("--redact with --full-cin") << (base + QStringList{u"--redact"_s, u"--full-cin"_s, as, u"ins.agent"_s}) << 4 << 0;
    QTest::newRow("unknown paper") << (base + QStringList{u"--paper"_s, u"a5"_s, as, u"ins.agent"_s}) << 4 << 0;
    QTest::newRow("unknown language") << (base + QStringList{u"--lang"_s, u"de"_s, as, u"ins.agent"_s}) << 4 << 0;
    QTest::newRow("unknown case")
        << QStringList{u"export"_s, u"pdf"_s, u"REL-2026-999999"_s, u"--out"_s, u"{OUT}"_s, as, u"ins.agent"_s} << 3 << 0;
    QTest::newRow("unknown user") << (base + QStringList{as, u"nobody"_s}) << 5 << 0;
    QTest::newRow("not a participant") << (base + QStringList{as, u"hos.agent"_s}) << 5 << 1;
    QTest::newRow("missing --out") << QStringList{u"export"_s, u"pdf"_s, u"{REF}"_s, as, u"ins.agent"_s} << 2 << 0;
    QTest::newRow("empty --out") << QStringList{u"export"_s, u"pdf"_s, u"{REF}"_s, u"--out"_s, u""_s, as, u"ins.agent"_s} << 2 << 0;
    QTest::newRow("missing --as") << base << 2 << 0;
    QTest::newRow("unknown option") << (base + QStringList{u"--colour"_s, as, u"ins.agent"_s}) << 2 << 0;
    QTest::newRow("no reference") << QStringList{u"export"_s, u"pdf"_s, u"--out"_s, u"{OUT}"_s, as, u"ins.agent"_s} << 2 << 0;
}

void TestCli::exportPdfRefusedChangesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(int, exit);
    QFETCH(int, denials);
    givePrivateRuntimeDir();
    setUpNetwork();
    if (QTest::currentTestFailed())
        return;
    openClaim();
    if (QTest::currentTestFailed())
        return;
    const QString folder = m_dir->filePath(u"exports"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString out = QDir(folder).filePath(u"timeline.pdf"_s);
    for (QString &arg : args)
        arg.replace(u"{REF}"_s, m_ref).replace(u"{OUT}"_s, out);

    const QStringList before = snapshot({}, true, false);
    const QStringList deniedBefore = this->denials();
    const Run refused = run(args);
    EXPECT_EXIT(refused, exit);
    EXPECT_ONE_LINE_ERROR(refused);
    QVERIFY2(refused.out.isEmpty(), qPrintable(refused.describe()));
    expectOnlyDenials(before, deniedBefore, denials);
    QCOMPARE(QDir(folder).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden), QStringList());
}

void TestCli::exportPdfToAnUnwritablePlace_data()
{
    QTest::addColumn<QString>("out"); // {DIR}: the test's folder, which holds a file notes.txt
    QTest::addColumn<int>("exit");
    QTest::newRow("missing folder") << u"{DIR}/missing/timeline.pdf"_s << 4;
    QTest::newRow("a file where a folder should be") << u"{DIR}/notes.txt/timeline.pdf"_s << 4;
    QTest::newRow("a folder") << u"{DIR}"_s << 4;
}

void TestCli::exportPdfToAnUnwritablePlace()
{
    QFETCH(QString, out);
    QFETCH(int, exit);
    givePrivateRuntimeDir();
    setUpNetwork();
    if (QTest::currentTestFailed())
        return;
    openClaim();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!writeFile(u"notes.txt"_s, "a file, not a folder").isEmpty());
    out.replace(u"{DIR}"_s, m_dir->path());
    const QStringList files = QDir(m_dir->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden);

    const qsizetype events = timelineAs(u"ins.agent"_s).size();
    const QStringList beforeReads = snapshot({}, true);
    const Run failed = run({u"export"_s, u"pdf"_s, m_ref, u"--out"_s, out, u"--as"_s, u"ins.agent"_s});
    EXPECT_EXIT(failed, exit);
    EXPECT_ONE_LINE_ERROR(failed);
    QVERIFY2(failed.errText().contains(out), qPrintable(failed.describe()));
    QVERIFY(failed.out.isEmpty());
    // No file, no temporary file, no export on the timeline, and — the destination being
    // checked before the case is read — not even a read in the access log.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden), files);
    QCOMPARE(snapshot({}, true), beforeReads);
    QCOMPARE(timelineAs(u"ins.agent"_s).size(), events);
}

void TestCli::exportPdfErrorIsOneLineWithoutARuntimeDir()
{
    // On a server, in cron or in a container there is often no XDG_RUNTIME_DIR. export pdf still
    // keeps the error contract: one line on stderr, nothing from Qt's platform set-up.
    setUpNetwork();
    if (QTest::currentTestFailed())
        return;
    openClaim();
    if (QTest::currentTestFailed())
        return;
    m_extraEnv.insert(u"XDG_RUNTIME_DIR"_s, QString());
    const QStringList before = snapshot({}, true);
    const Run noOut = run({u"export"_s, u"pdf"_s, m_ref, u"--as"_s, u"ins.agent"_s});
    EXPECT_EXIT(noOut, 2);
    EXPECT_ONE_LINE_ERROR(noOut);
    const Run badDate = run({u"export"_s, u"pdf"_s, m_ref, u"--out"_s, m_dir->filePath(u"t.pdf"_s), u"--from"_s,
                             u"2026-02-30"_s, u"--as"_s, u"ins.agent"_s});
    EXPECT_EXIT(badDate, 4);
    EXPECT_ONE_LINE_ERROR(badDate);
    QCOMPARE(snapshot({}, true), before);
}

// --- Accounts ----------------------------------------------------------------------------

void TestCli::signInNeedsTheRightPassword()
{
    setUpNetwork();
    const QStringList list{u"case"_s, u"list"_s, u"--as"_s, u"ins.agent"_s};
    EXPECT_EXIT(run(list), 0);

    m_extraEnv.insert(u"RELAIS_PASSWORD"_s, u"Casablanca-2025"_s);
    const Run wrong = run(list);
    EXPECT_EXIT(wrong, 5);
    EXPECT_ONE_LINE_ERROR(wrong);
    QVERIFY2(wrong.errText().contains(u"Wrong login or password"_s), qPrintable(wrong.describe()));

    // No variable and no terminal to ask on (QProcess gives none): says where to give it.
    m_extraEnv.insert(u"RELAIS_PASSWORD"_s, QString());
    const Run missing = run(list);
    EXPECT_EXIT(missing, 5);
    EXPECT_ONE_LINE_ERROR(missing);
    QVERIFY2(missing.errText().contains(u"RELAIS_PASSWORD"_s), qPrintable(missing.describe()));

    // The wrong one counted: the account waits before taking another attempt, even the right one.
    m_extraEnv.insert(u"RELAIS_PASSWORD"_s, testPassword);
    const Run waiting = run(list);
    EXPECT_EXIT(waiting, 5);
    QVERIFY2(waiting.errText().contains(u"wait"_s), qPrintable(waiting.describe()));
    const QStringList audit = auditRows();
    QVERIFY2(audit.filter(u"user.sign-in-failed"_s).size() == 1, qPrintable(audit.join(u'\n')));
}

void TestCli::consoleSetsUpOnlyUntilAnAdminCanSignIn()
{
    setUpNetwork(); // by the console, as a new network is
    addNetworkAdmin();
    const QStringList addAgency{u"agency"_s, u"add"_s, u"ASS"_s, u"Assistance Maroc"_s};
    const QStringList before = snapshot();
    const Run console = run(addAgency);
    EXPECT_EXIT(console, 5);
    EXPECT_ONE_LINE_ERROR(console);
    QVERIFY2(console.errText().contains(u"--as LOGIN"_s), qPrintable(console.describe()));
    const Run agent = run(addAgency + QStringList{u"--as"_s, u"ins.agent"_s});
    EXPECT_EXIT(agent, 5);
    QCOMPARE(snapshot(), before);
    EXPECT_EXIT(run(addAgency + QStringList{u"--as"_s, u"net.admin"_s}), 0);
    // Calendars are not personal data: reading them needs nobody.
    EXPECT_EXIT(run({u"calendar"_s, u"show"_s, u"INS"_s}), 0);
}

void TestCli::passwordsAreSetResetAndChanged()
{
    setUpNetwork();
    addNetworkAdmin();
    const QStringList list{u"case"_s, u"list"_s, u"--as"_s, u"ins.agent"_s};
    // An agent may not reset someone's password; an admin does.
    m_extraEnv.insert(u"RELAIS_NEW_PASSWORD"_s, u"Marrakech-2026"_s);
    EXPECT_EXIT(run({u"user"_s, u"password"_s, u"ins.agent"_s, u"--as"_s, u"tow.agent"_s}), 5);
    EXPECT_EXIT(run({u"user"_s, u"password"_s, u"ins.agent"_s, u"--as"_s, u"net.admin"_s}), 0);
    m_extraEnv.insert(u"RELAIS_PASSWORD"_s, u"Marrakech-2026"_s);
    EXPECT_EXIT(run(list), 0);
    // The user changes their own, signing in with the current one.
    m_extraEnv.insert(u"RELAIS_NEW_PASSWORD"_s, u"Essaouira-2027"_s);
    EXPECT_EXIT(run({u"password"_s, u"--as"_s, u"ins.agent"_s}), 0);
    EXPECT_EXIT(run(list), 5);
}

void TestCli::weakNewPasswordChangesNothing()
{
    setUpNetwork();
    const QStringList before = snapshot();
    m_extraEnv.insert(u"RELAIS_NEW_PASSWORD"_s, u"short"_s);
    const Run weak = run({u"user"_s, u"add"_s, u"ext.agent"_s, u"--agency"_s, u"EXP"_s, u"--role"_s, u"agent"_s,
                          u"--name"_s, u"Kamal Ziani"_s});
    EXPECT_EXIT(weak, 4);
    EXPECT_ONE_LINE_ERROR(weak);
    QVERIFY2(weak.errText().contains(u"10"_s), qPrintable(weak.describe()));
    const Run own = run({u"password"_s, u"--as"_s, u"ins.agent"_s});
    EXPECT_EXIT(own, 4);
    QCOMPARE(snapshot(), before);
}

void TestCli::deactivatedUserCannotSignIn()
{
    setUpNetwork();
    addNetworkAdmin();
    const Run off = run({u"user"_s, u"deactivate"_s, u"tow.agent"_s, u"--as"_s, u"net.admin"_s, u"--json"_s});
    EXPECT_EXIT(off, 0);
    QCOMPARE(off.object()[u"active"_s].toBool(), false);
    const Run refused = run({u"case"_s, u"list"_s, u"--as"_s, u"tow.agent"_s});
    EXPECT_EXIT(refused, 5);
    QVERIFY2(refused.errText().contains(u"deactivated"_s), qPrintable(refused.describe()));
    EXPECT_EXIT(run({u"user"_s, u"activate"_s, u"tow.agent"_s, u"--as"_s, u"net.admin"_s}), 0);
    EXPECT_EXIT(run({u"case"_s, u"list"_s, u"--as"_s, u"tow.agent"_s}), 0);

    const Run promoted = run({u"user"_s, u"role"_s, u"ins.super"_s, u"--role"_s, u"network-supervisor"_s, u"--as"_s,
                              u"net.admin"_s, u"--json"_s});
    EXPECT_EXIT(promoted, 0);
    QCOMPARE(promoted.object()[u"role"_s].toString(), u"network-supervisor"_s);
    EXPECT_EXIT(run({u"user"_s, u"role"_s, u"net.admin"_s, u"--role"_s, u"agent"_s, u"--as"_s, u"net.admin"_s}), 6);
    EXPECT_EXIT(run({u"user"_s, u"role"_s, u"tow.agent"_s, u"--role"_s, u"boss"_s, u"--as"_s, u"net.admin"_s}), 2);
}

void TestCli::idleLockSettingIsForAdmins()
{
    setUpNetwork();
    addNetworkAdmin();
    const Run shown = run({u"settings"_s, u"show"_s, u"--json"_s});
    EXPECT_EXIT(shown, 0);
    QCOMPARE(shown.object()[u"idleLockMinutes"_s].toInt(), 5);
    const QStringList set{u"settings"_s, u"set"_s, u"idle-lock-minutes"_s};
    EXPECT_EXIT(run(set + QStringList{u"10"_s, u"--as"_s, u"ins.agent"_s}), 5);
    EXPECT_EXIT(run(set + QStringList{u"0"_s, u"--as"_s, u"net.admin"_s}), 4);
    EXPECT_EXIT(run(set + QStringList{u"ten"_s, u"--as"_s, u"net.admin"_s}), 4);
    EXPECT_EXIT(run(set + QStringList{u"10"_s, u"--as"_s, u"net.admin"_s}), 0);
    QCOMPARE(run({u"settings"_s, u"show"_s, u"--json"_s}).object()[u"idleLockMinutes"_s].toInt(), 10);
}

void TestCli::passwordAppearsNowhere()
{
    // Verbose logging on, a wrong attempt, a reset and a change: the passwords are in no output,
    // no file of the case file's folder (database and write-ahead log), no audit row.
    m_extraEnv.insert(u"QT_LOGGING_RULES"_s, u"relais.*=true"_s);
    QList<Run> runs;
    auto track = [&](const QStringList &args) {
        runs.append(run(args));
        return runs.constLast();
    };
    EXPECT_EXIT(track({u"init"_s}), 0);
    EXPECT_EXIT(track({u"agency"_s, u"add"_s, u"INS"_s, u"Assurances Atlas"_s}), 0);
    EXPECT_EXIT(track({u"user"_s, u"add"_s, u"net.admin"_s, u"--agency"_s, u"INS"_s, u"--role"_s, u"admin"_s,
                       u"--name"_s, u"Amina Kettani"_s}),
                0);
    EXPECT_EXIT(track({u"user"_s, u"add"_s, u"ins.agent"_s, u"--agency"_s, u"INS"_s, u"--role"_s, u"agent"_s,
                       u"--name"_s, u"Salma Idrissi"_s, u"--as"_s, u"net.admin"_s}),
                0);
    m_extraEnv.insert(u"RELAIS_NEW_PASSWORD"_s, u"Tanger-Med-2030"_s);
    EXPECT_EXIT(track({u"password"_s, u"--as"_s, u"ins.agent"_s}), 0);
    // A backup beside the file is read below like every other file there.
    EXPECT_EXIT(track({u"backup"_s, QFileInfo(m_db).absoluteDir().filePath(u"backup.sqlite"_s), u"--as"_s,
                       u"net.admin"_s}), 0);
    m_extraEnv.insert(u"RELAIS_PASSWORD"_s, u"Wrong-Guess-1234"_s);
    EXPECT_EXIT(track({u"case"_s, u"list"_s, u"--as"_s, u"ins.agent"_s}), 5);

    const QList<QByteArray> secrets{testPassword.toUtf8(), "Tanger-Med-2030", "Wrong-Guess-1234"};
    for (const Run &r : std::as_const(runs))
        for (const QByteArray &secret : secrets)
            QVERIFY2(!r.out.contains(secret) && !r.err.contains(secret), qPrintable(r.describe()));
    const QDir folder = QFileInfo(m_db).absoluteDir();
    for (const QString &name : folder.entryList(QDir::Files)) {
        QFile f(folder.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        for (const QByteArray &secret : secrets) {
            const QString text = QString::fromUtf8(secret);
            QVERIFY2(!bytes.contains(secret), qPrintable(name));
            QVERIFY2(!bytes.contains(QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2)),
                     qPrintable(name));
        }
    }
    // Argon2id with at least OWASP's minimum cost (19 MiB, 2 passes).
    QStringList rows;
    for (const QString &row : snapshot({}, true))
        if (row.startsWith(u"users: "_s))
            rows << row;
    QCOMPARE(rows.size(), 2);
    const QRegularExpression argon(uR"(\$argon2id\$v=19\$m=(\d+),t=(\d+),p=1\$)"_s);
    for (const QString &row : rows) {
        const QRegularExpressionMatch m = argon.match(row);
        QVERIFY2(m.hasMatch(), qPrintable(row));
        QVERIFY(m.captured(1).toInt() >= 19 * 1024);
        QVERIFY(m.captured(2).toInt() >= 2);
    }
}

void TestCli::backupRestoreAndCheck()
{
    EXPECT_EXIT(run({u"init"_s}), 0);
    EXPECT_EXIT(run({u"agency"_s, u"add"_s, u"INS"_s, u"Assurances Atlas"_s}), 0);
    EXPECT_EXIT(run({u"user"_s, u"add"_s, u"net.admin"_s, u"--agency"_s, u"INS"_s, u"--role"_s, u"admin"_s,
                     u"--name"_s, u"Amina Kettani"_s}), 0);
    EXPECT_EXIT(run({u"user"_s, u"add"_s, u"ins.agent"_s, u"--agency"_s, u"INS"_s, u"--role"_s, u"agent"_s,
                     u"--name"_s, u"Salma Idrissi"_s, u"--as"_s, u"net.admin"_s}), 0);
    const QString backup = QFileInfo(m_db).absoluteDir().filePath(u"monday.sqlite"_s);

    // Agents may not take the whole file away; nothing is written.
    Run refused = run({u"backup"_s, backup, u"--as"_s, u"ins.agent"_s});
    EXPECT_EXIT(refused, 5);
    QVERIFY(!QFileInfo::exists(backup));

    Run made = run({u"backup"_s, backup, u"--as"_s, u"net.admin"_s});
    EXPECT_EXIT(made, 0);
    QVERIFY2(made.out.contains("Backed up to") && made.out.contains("intact"), qPrintable(made.describe()));
    EXPECT_EXIT(run({u"backup"_s, backup, u"--as"_s, u"net.admin"_s}), 6); // never replaces a file

    EXPECT_EXIT(run({u"agency"_s, u"add"_s, u"GAR"_s, u"Garage Ennour"_s, u"--as"_s, u"net.admin"_s}), 0);
    Run checked = run({u"check"_s, u"--as"_s, u"net.admin"_s});
    EXPECT_EXIT(checked, 0);
    QVERIFY2(checked.out.contains("The case file is intact."), qPrintable(checked.describe()));
    Run quick = run({u"check"_s, u"--quick"_s, u"--json"_s, u"--as"_s, u"net.admin"_s});
    EXPECT_EXIT(quick, 0);
    QVERIFY2(quick.out.contains("\"quick\": true"), qPrintable(quick.describe()));
    EXPECT_EXIT(run({u"check"_s, u"--as"_s, u"ins.agent"_s}), 5);

    Run restored = run({u"restore"_s, backup, u"--as"_s, u"net.admin"_s});
    EXPECT_EXIT(restored, 0);
    QVERIFY2(restored.out.contains("kept at"), qPrintable(restored.describe()));
    Run agencies = run({u"agency"_s, u"list"_s, u"--as"_s, u"net.admin"_s});
    EXPECT_EXIT(agencies, 0);
    QVERIFY2(agencies.out.contains("INS") && !agencies.out.contains("GAR"), qPrintable(agencies.describe()));
    EXPECT_EXIT(run({u"restore"_s, backup + u".missing"_s, u"--as"_s, u"net.admin"_s}), 3);
}

RELAIS_TEST_SHARDED_MAIN(TestCli)
#include "tst_cli.moc"
