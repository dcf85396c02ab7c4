// The right of access: everything held about one customer, written to a folder — for network
// administrators only, all or nothing, and logged.
//
// The customer has two files, merged: the kept one with a case (INS, then GAR through a handoff)
// holding each agency's internal notes and a document, the merged one with a case of its own.

#include "casefiletest.h"

#include "export/personaldata.h"
#include "pdf/personaldatadocuments.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <memory>

using namespace Relais::Core;
using namespace Relais::Test;
using Relais::Pdf::PdfPersonalDataDocuments;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray constat = "%PDF-1.4 constat amiable signé";
const QByteArray otherConstat = "%PDF-1.4 un autre constat";

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList texts(const QJsonArray &events)
{
    QStringList out;
    for (const QJsonValue &e : events)
        out << e[u"text"_s].toString();
    return out;
}

/// The real documents, failing the second timeline: a failure half-way through the export.
class FailingDocuments final : public PersonalDataDocuments
{
public:
    explicit FailingDocuments(Workspace &ws) : m_real(ws) {}
    Status writeTimeline(const Actor &actor, const QString &reference, const QString &language,
                         const QString &path) override
    {
        if (++m_timelines == 2)
            return fail(ErrorCode::Storage, u"disk full (simulated)"_s);
        return m_real.writeTimeline(actor, reference, language, path);
    }
    QByteArray accessLogPdf(const AccessReport &report, const QString &language, const QString &timeZone) override
    {
        return m_real.accessLogPdf(report, language, timeZone);
    }
    QString readme(const PersonalDataExport &contents, const Actor &actor) override
    {
        return m_real.readme(contents, actor);
    }

private:
    PdfPersonalDataDocuments m_real;
    int m_timelines = 0;
};

} // namespace

class TestPersonalData final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void folderHoldsEverythingOnce();
    void jsonHoldsEveryAgencysInternalNotes();
    void readmeSpeaksTheCustomersLanguage();
    void exportIsLoggedAndShownInTheAccessLog();
    void onlyAdminsExport_data();
    void onlyAdminsExport();
    void folderThatHoldsFilesIsRefused();
    void emptyFolderIsUsed();
    void failureLeavesNothing();

private:
    [[nodiscard]] Result<PersonalDataExport> exportAs(const QString &login, const QString &folder);
    [[nodiscard]] QString target() const { return m_dir->filePath(u"export"_s); }
    [[nodiscard]] qint64 count(const QString &sql) { return sqlCount(*m_world, sql); }

    std::unique_ptr<TestWorld> m_world;
    std::unique_ptr<QTemporaryDir> m_dir; // a fresh folder per test
    Id m_clientId = 0;
    Id m_mergedId = 0;
    Case m_case;
    Case m_mergedCase;
};

void TestPersonalData::init()
{
    m_world = std::make_unique<TestWorld>();
    QVERIFY(m_world->isValid());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    TestWorld &w = *m_world;
    Workspace &ws = w.ws();
    m_clientId = w.addClient(u"Hélène El Idrissi"_s, u"AB100001"_s);
    m_case = w.openCase(m_clientId);
    const Actor ins = w.actor(u"ins.agent"_s);
    const Actor gar = w.actor(u"gar.agent"_s);
    RELAIS_VERIFY_OK(ws.cases().addEvent(ins, m_case.id, newEvent(EventKind::Note, u"Note interne INS"_s, Visibility::Internal)));
    RELAIS_VERIFY_OK(ws.cases().addDocument(ins, m_case.id, u"constat"_s, u"constat.pdf"_s, constat));
    RELAIS_VERIFY_OK(ws.handoffs().request(ins, m_case.id, u"GAR"_s, u"Réparer le pare-choc"_s));
    RELAIS_VERIFY_OK(ws.cases().addEvent(gar, m_case.id, newEvent(EventKind::Note, u"Note interne GAR"_s, Visibility::Internal)));
    // A consent given, then withdrawn.
    auto consent = ws.clients().grantConsent(ins, m_clientId, ConsentScope::Agencies, {u"TOW"_s});
    RELAIS_VERIFY_OK(consent);
    RELAIS_VERIFY_OK(ws.clients().revokeConsent(ins, consent->id, u"La cliente ne veut plus du remorqueur"_s));

    // A second file of the same person, with its own case, the same constat and another file
    // of the same name; merged into the first.
    m_mergedId = w.addClient(u"Helene Idrissi"_s, u"AB100009"_s);
    m_mergedCase = w.openCase(m_mergedId, u"ins.agent"_s, u"Bris de glace"_s);
    RELAIS_VERIFY_OK(ws.cases().addDocument(ins, m_mergedCase.id, u"constat"_s, u"constat.pdf"_s, constat));
    RELAIS_VERIFY_OK(ws.cases().addDocument(ins, m_mergedCase.id, u"constat"_s, u"constat.pdf"_s, otherConstat));
    RELAIS_VERIFY_OK(ws.merges().merge(ins, m_clientId, m_mergedId, u"Même personne"_s));
    w.advance(3600);
}

void TestPersonalData::cleanup()
{
    m_world.reset();
    m_dir.reset();
}

Result<PersonalDataExport> TestPersonalData::exportAs(const QString &login, const QString &folder)
{
    PdfPersonalDataDocuments documents(m_world->ws());
    return exportPersonalData(m_world->ws(), m_world->actor(login), m_clientId, folder, documents);
}

void TestPersonalData::folderHoldsEverythingOnce()
{
    auto exported = exportAs(u"net.admin"_s, target());
    RELAIS_VERIFY_OK(exported);
    QCOMPARE(exported->folder, QFileInfo(target()).absoluteFilePath());
    const QStringList expected{
        u"README.txt"_s,
        u"access-log.json"_s,
        u"access-log.pdf"_s,
        u"cases/%1/case.json"_s.arg(m_case.reference),
        u"cases/%1/timeline.pdf"_s.arg(m_case.reference),
        u"cases/%1/case.json"_s.arg(m_mergedCase.reference),
        u"cases/%1/timeline.pdf"_s.arg(m_mergedCase.reference),
        u"client.json"_s,
        u"documents/constat (2).pdf"_s,
        u"documents/constat.pdf"_s,
    };
    QStringList sorted = expected;
    sorted.sort();
    QCOMPARE(exported->files, sorted);
    // What is on disk is what was listed, and no staging folder is left beside it.
    for (const QString &file : expected)
        QVERIFY2(QFileInfo::exists(QDir(target()).filePath(file)), qPrintable(file));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{u"export"_s});
    QCOMPARE(exported->documents, 2);
    QCOMPARE(readAll(QDir(target()).filePath(u"documents/constat.pdf"_s)), constat);
    QCOMPARE(readAll(QDir(target()).filePath(u"documents/constat (2).pdf"_s)), otherConstat);
    for (const Case &kase : {m_case, m_mergedCase})
        QVERIFY(readAll(QDir(target()).filePath(u"cases/%1/timeline.pdf"_s.arg(kase.reference))).startsWith("%PDF-"));
    QVERIFY(readAll(QDir(target()).filePath(u"access-log.pdf"_s)).startsWith("%PDF-"));

    const QJsonObject client = readJson(QDir(target()).filePath(u"client.json"_s));
    QCOMPARE(client[u"client"_s][u"id"_s].toInteger(), m_clientId);
    QCOMPARE(client[u"client"_s][u"cin"_s].toString(), u"AB100001"_s);
    QCOMPARE(client[u"mergedFiles"_s][0][u"id"_s].toInteger(), m_mergedId);
    QCOMPARE(client[u"merges"_s].toArray().size(), 1);
    bool withdrawn = false;
    for (const QJsonValue &c : client[u"consents"_s].toArray())
        withdrawn = withdrawn || c[u"revokeReason"_s].toString() == u"La cliente ne veut plus du remorqueur"_s;
    QVERIFY2(withdrawn, qPrintable(QString::fromUtf8(QJsonDocument(client).toJson())));
    // Every document provided, the same bytes given twice pointing at one file.
    const QJsonArray documents = client[u"documents"_s].toArray();
    QCOMPARE(documents.size(), 3);
    QCOMPARE(documents[0][u"file"_s].toString(), u"documents/constat.pdf"_s);
    QStringList files;
    for (const QJsonValue &d : documents)
        files << d[u"file"_s].toString();
    QCOMPARE(files.count(u"documents/constat.pdf"_s), 2);
}

void TestPersonalData::jsonHoldsEveryAgencysInternalNotes()
{
    RELAIS_VERIFY_OK(exportAs(u"net.admin"_s, target()));
    const QJsonObject kase = readJson(QDir(target()).filePath(u"cases/%1/case.json"_s.arg(m_case.reference)));
    QCOMPARE(kase[u"case"_s][u"reference"_s].toString(), m_case.reference);
    const QStringList events = texts(kase[u"events"_s].toArray());
    QVERIFY2(events.contains(u"Note interne INS"_s), qPrintable(events.join(u'\n')));
    QVERIFY2(events.contains(u"Note interne GAR"_s), qPrintable(events.join(u'\n')));
    QCOMPARE(kase[u"handoffs"_s].toArray().size(), 1);
    QCOMPARE(kase[u"handoffs"_s][0][u"to"_s][u"code"_s].toString(), u"GAR"_s);
    QCOMPARE(kase[u"documents"_s].toArray().size(), 1);
    // The timeline PDF is an export like any other: recorded on the case, and in the JSON.
    QCOMPARE(kase[u"events"_s].toArray().last()[u"payload"_s][u"action"_s].toString(), u"export"_s);
    const QJsonObject merged = readJson(QDir(target()).filePath(u"cases/%1/case.json"_s.arg(m_mergedCase.reference)));
    QCOMPARE(merged[u"case"_s][u"title"_s].toString(), u"Bris de glace"_s);
}

void TestPersonalData::readmeSpeaksTheCustomersLanguage()
{
    auto exported = exportAs(u"net.admin"_s, target());
    RELAIS_VERIFY_OK(exported);
    QCOMPARE(exported->language, u"fr"_s);
    const QString readme = QString::fromUtf8(readAll(QDir(target()).filePath(u"README.txt"_s)));
    for (const QString &expected : {u"Vos données conservées dans Relais"_s, u"client.json"_s, u"access-log.pdf"_s,
                                    u"documents/"_s, m_case.reference, u"corrigée par une nouvelle entrée"_s})
        QVERIFY2(readme.contains(expected), qPrintable(expected + u"\n"_s + readme));

    // An Arabic-speaking customer reads it in Arabic.
    TestWorld &w = *m_world;
    ClientDraft draft;
    draft.fullName = u"Karim Alaoui"_s;
    draft.fullNameAr = u"كريم العلوي"_s;
    draft.preferredLanguage = u"ar"_s;
    auto registered = w.ws().clients().registerClient(w.actor(u"ins.agent"_s), draft, true);
    RELAIS_VERIFY_OK(registered);
    PdfPersonalDataDocuments documents(w.ws());
    const QString arabicFolder = m_dir->filePath(u"arabic"_s);
    auto arabic = exportPersonalData(w.ws(), w.actor(u"net.admin"_s), registered->client.id, arabicFolder, documents);
    RELAIS_VERIFY_OK(arabic);
    QCOMPARE(arabic->language, u"ar"_s);
    const QString arabicReadme = QString::fromUtf8(readAll(QDir(arabicFolder).filePath(u"README.txt"_s)));
    QVERIFY2(arabicReadme.startsWith(u"بياناتك المحفوظة في Relais"_s), qPrintable(arabicReadme));
    QVERIFY(arabicReadme.contains(u"ليس لديك أي ملف."_s));
}

void TestPersonalData::exportIsLoggedAndShownInTheAccessLog()
{
    const qint64 before = count(u"SELECT count(*) FROM audit_log WHERE action = 'client.personal-data-export'"_s);
    QCOMPARE(before, qint64(0));
    RELAIS_VERIFY_OK(exportAs(u"net.admin"_s, target()));
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'client.personal-data-export'"_s), qint64(1));
    auto report = m_world->ws().accessLog().report(m_world->actor(u"net.admin"_s), m_clientId);
    RELAIS_VERIFY_OK(report);
    bool shown = false;
    for (const AccessEntry &e : report->customerReads)
        shown = shown || (e.action == u"client.personal-data-export"_s && e.login == u"net.admin"_s
                          && accessWhat(e) == u"exported everything held about the customer"_s);
    QVERIFY(shown);
}

void TestPersonalData::onlyAdminsExport_data()
{
    QTest::addColumn<QString>("login");
    QTest::addRow("agent of the lead agency") << u"ins.agent"_s;
    QTest::addRow("supervisor of the lead agency") << u"ins.super"_s;
    QTest::addRow("agent of another agency") << u"hos.agent"_s;
}

void TestPersonalData::onlyAdminsExport()
{
    QFETCH(QString, login);
    const qint64 audit = count(u"SELECT count(*) FROM audit_log"_s);
    const qint64 events = count(u"SELECT count(*) FROM events"_s);
    auto refused = exportAs(login, target());
    RELAIS_VERIFY_ERROR(refused, ErrorCode::Forbidden);
    QVERIFY(refused.error().message.contains(u"admin"_s));
    QVERIFY(!QFileInfo::exists(target()));
    QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), audit);
    QCOMPARE(count(u"SELECT count(*) FROM events"_s), events);
    PdfPersonalDataDocuments documents(m_world->ws());
    RELAIS_VERIFY_ERROR(exportPersonalData(m_world->ws(), Actor::localConsole(), m_clientId, target(), documents),
                        ErrorCode::Forbidden);
}

void TestPersonalData::folderThatHoldsFilesIsRefused()
{
    QVERIFY(QDir().mkpath(target()));
    QFile mine(QDir(target()).filePath(u"mine.txt"_s));
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.write("someone else's file");
    mine.close();
    const qint64 audit = count(u"SELECT count(*) FROM audit_log"_s);
    RELAIS_VERIFY_ERROR(exportAs(u"net.admin"_s, target()), ErrorCode::Invalid);
    QCOMPARE(QDir(target()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{u"mine.txt"_s});
    QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), audit);
    RELAIS_VERIFY_ERROR(exportAs(u"net.admin"_s, QDir(target()).filePath(u"mine.txt"_s)), ErrorCode::Invalid);
    RELAIS_VERIFY_ERROR(exportAs(u"net.admin"_s, m_dir->filePath(u"missing/export"_s)), ErrorCode::Invalid);
}

void TestPersonalData::emptyFolderIsUsed()
{
    QVERIFY(QDir().mkpath(target()));
    auto exported = exportAs(u"net.admin"_s, target());
    RELAIS_VERIFY_OK(exported);
    QVERIFY(QFileInfo::exists(QDir(target()).filePath(u"client.json"_s)));
}

void TestPersonalData::failureLeavesNothing()
{
    const qint64 audit = count(u"SELECT count(*) FROM audit_log"_s);
    const qint64 events = count(u"SELECT count(*) FROM events"_s);
    FailingDocuments documents(m_world->ws());
    auto failed = exportPersonalData(m_world->ws(), m_world->actor(u"net.admin"_s), m_clientId, target(), documents);
    RELAIS_VERIFY_ERROR(failed, ErrorCode::Storage);
    QVERIFY(failed.error().message.contains(u"simulated"_s));
    // No folder, no staging folder beside it, no record of the first timeline's export, no entry.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    QCOMPARE(count(u"SELECT count(*) FROM events"_s), events);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), audit);
    // And nothing stands in the way of doing it again.
    RELAIS_VERIFY_OK(exportAs(u"net.admin"_s, target()));
}

QTEST_MAIN(TestPersonalData)
#include "tst_personaldata.moc"
