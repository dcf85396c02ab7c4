// Saving an export: the file and its record on the timeline stand or fall together.
//
// A successful export adds exactly one System event whose payload carries the SHA-256 of the file
// on disk and the head hash printed in the file's footer. A save that cannot write (no such
// folder, a file where a folder should be, a folder as the target) or cannot record (the case
// file refuses the write, the actor may not see the case) leaves no new file, no temporary file,
// no event — and an existing file at the target keeps its old bytes. While a save replaces a
// file, the target is only ever the old file or the whole new one. Strangers to the case export
// nothing and leave no trace.

#include "pdftest.h"

#include <QCryptographicHash>
#include <QSaveFile>

#include <atomic>
#include <memory>
#include <thread>

using namespace Relais::Core;
using namespace Relais::Pdf;
using namespace Relais::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// Puts the old copy back in one rename, so a reader never sees it half-written.
bool restoreAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

/// Everything in a folder, hidden files (QSaveFile's temporaries) included.
QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden | QDir::System, QDir::Name);
}

/// The 64-hex head hash a page's footer prints after "(event #N):" — whatever the wording.
QString footerHash(const QString &pageText)
{
    static const QRegularExpression hash(u"#(\\d+)\\)?\\s*:\\s*([0-9a-f]{64})"_s);
    const auto match = hash.match(pageText);
    return match.hasMatch() ? match.captured(2) : QString();
}

} // namespace

class TestPdfSave final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void successfulExportIsRecordedOnce();
    void recordNamesTheOptions();
    void savingAPreviewRecordsTheHeadItPrinted();
    void unwritableTargetLeavesNoTrace_data();
    void unwritableTargetLeavesNoTrace();
    void existingFileIsReplacedWhole();
    void targetIsNeverAPartialFile();
    void failedRecordKeepsTheOldFile();
    void strangerCannotExport();
    void strangerCannotSaveSomeoneElsesRender();

private:
    [[nodiscard]] TestWorld &w() { return *m_world; }
    [[nodiscard]] Actor as(const QString &login) { return m_world->actor(login); }
    [[nodiscard]] QList<TimelineEvent> exportEvents();
    [[nodiscard]] qint64 exportAuditRows()
    {
        return sqlCount(w(), u"SELECT count(*) FROM audit_log WHERE action = 'case.export'"_s);
    }
    [[nodiscard]] ExportOptions english() const
    {
        ExportOptions options;
        options.language = u"en"_s;
        return options;
    }

    std::unique_ptr<TestWorld> m_world;
    std::unique_ptr<QTemporaryDir> m_dir;
    Case m_case;
};

void TestPdfSave::initTestCase()
{
    QVERIFY2(PdfProbe::missingTools().isEmpty(), qPrintable(u"poppler-utils missing: "_s + PdfProbe::missingTools()));
}

void TestPdfSave::init()
{
    m_world = std::make_unique<TestWorld>();
    QVERIFY(m_world->isValid());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const Id clientId = registerClient(w(), fullIdentity());
    QVERIFY(clientId != 0);
    m_case = w().openCase(clientId, u"ins.agent"_s, u"Accident sur l'A7"_s);
    RELAIS_VERIFY_OK(w().ws().handoffs().request(as(u"ins.agent"_s), m_case.id, u"GAR"_s, u"Réparer le véhicule"_s));
    for (int i = 1; i <= 30; ++i) {
        w().advance(600);
        RELAIS_VERIFY_OK(w().ws().cases().addEvent(as(i % 2 ? u"ins.agent"_s : u"gar.agent"_s), m_case.id,
                                                   newEvent(EventKind::Note, u"Suivi %1 : en attente de la pièce."_s.arg(i))));
    }
    w().advance(600);
}

void TestPdfSave::cleanup()
{
    if (QTest::currentTestFailed())
        m_dir->setAutoRemove(false);
    m_world.reset();
    m_dir.reset();
    m_case = {};
}

QList<TimelineEvent> TestPdfSave::exportEvents()
{
    QList<TimelineEvent> out;
    auto events = w().ws().cases().timeline(as(u"ins.agent"_s), m_case.id);
    if (!events)
        return out;
    for (const TimelineEvent &e : *events)
        if (e.kind == EventKind::System && e.payload.value(u"action"_s).toString() == u"export"_s)
            out << e;
    return out;
}

// ---------------------------------------------------------------------------------------------
// A successful export

void TestPdfSave::successfulExportIsRecordedOnce()
{
    auto before = w().ws().cases().caseById(as(u"ins.agent"_s), m_case.id);
    RELAIS_VERIFY_OK(before);
    const QString path = m_dir->filePath(u"timeline.pdf"_s);
    const qint64 exportLogs = exportAuditRows();

    auto saved = PdfExporter(w().ws()).exportTo(as(u"gar.agent"_s), m_case.reference, english(), path);
    RELAIS_VERIFY_OK(saved);
    QCOMPARE(saved->path, QFileInfo(path).absoluteFilePath());
    QCOMPARE(entries(m_dir->path()), QStringList{u"timeline.pdf"_s});

    const QByteArray onDisk = fileBytes(path);
    QVERIFY(onDisk.startsWith("%PDF-"));
    QCOMPARE(saved->sha256, sha256Hex(onDisk));

    // Exactly one new event, the export's.
    auto after = w().ws().cases().caseById(as(u"ins.agent"_s), m_case.id);
    RELAIS_VERIFY_OK(after);
    QCOMPARE(after->eventCount, before->eventCount + 1);
    const QList<TimelineEvent> records = exportEvents();
    QCOMPARE(records.size(), 1);
    const TimelineEvent &record = records.first();
    QCOMPARE(record.seq, after->eventCount);
    QCOMPARE(record.seq, saved->eventSeq);
    QCOMPARE(record.kind, EventKind::System);
    QCOMPARE(record.visibility, Visibility::Shared);
    QCOMPARE(record.authorLogin, u"gar.agent"_s);
    QCOMPARE(record.agencyCode, u"GAR"_s);
    QCOMPARE(record.payload.value(u"sha256"_s).toString(), QString::fromLatin1(sha256Hex(onDisk)));
    QCOMPARE(record.payload.value(u"headHash"_s).toString(), QString::fromLatin1(before->headHash));
    QCOMPARE(record.payload.value(u"headSeq"_s).toInt(), before->eventCount);
    QCOMPARE(record.payload.value(u"fileName"_s).toString(), u"timeline.pdf"_s);
    QCOMPARE(record.payload.value(u"pages"_s).toInt(), saved->pages);
    QCOMPARE(record.payload.value(u"document"_s).toString(), u"timeline"_s);
    // The record's text is kept for good in the chain: the page count is spelled out.
    QVERIFY2(record.text.contains(saved->pages == 1 ? u"1 page"_s : u"%1 pages"_s.arg(saved->pages)),
             qPrintable(record.text));
    QVERIFY2(!record.text.contains(u"(s)"_s), qPrintable(record.text));
    QCOMPARE(exportAuditRows(), exportLogs + 1);

    // The head hash the record names is the one every page of the file prints.
    PdfProbe pdf(path);
    const QStringList pages = pdf.pageTexts();
    QCOMPARE(pages.size(), saved->pages);
    QCOMPARE(pdf.pageCount(), saved->pages);
    for (const QString &page : pages)
        QCOMPARE(footerHash(page), record.payload.value(u"headHash"_s).toString());

    // The chain still verifies, with the export in it.
    auto verified = w().ws().verifier().verifyCase(m_case.reference);
    RELAIS_VERIFY_OK(verified);
    QVERIFY(verified->intact());
    QCOMPARE(verified->cases.first().headHash, record.hash);
}

void TestPdfSave::recordNamesTheOptions()
{
    ExportOptions options;
    options.document = ExportDocument::StatusLetter;
    options.redact = true;
    options.paper = PaperSize::Letter;
    const QString path = m_dir->filePath(u"lettre.pdf"_s);
    auto saved = PdfExporter(w().ws()).exportTo(as(u"ins.agent"_s), m_case.reference, options, path);
    RELAIS_VERIFY_OK(saved);
    const QList<TimelineEvent> records = exportEvents();
    QCOMPARE(records.size(), 1);
    const QJsonObject p = records.first().payload;
    QCOMPARE(p.value(u"document"_s).toString(), u"letter"_s);
    QCOMPARE(p.value(u"redacted"_s).toBool(), true);
    QCOMPARE(p.value(u"paper"_s).toString(), u"letter"_s);
    QCOMPARE(p.value(u"language"_s).toString(), u"fr"_s); // the customer's
    QCOMPARE(p.value(u"pages"_s).toInt(), 1);

    ExportOptions ranged = english();
    ranged.from = QDate(2026, 3, 1);
    ranged.to = QDate(2026, 3, 2);
    ranged.includeInternal = true;
    auto second = PdfExporter(w().ws()).exportTo(as(u"ins.agent"_s), m_case.reference, ranged,
                                                 m_dir->filePath(u"ranged.pdf"_s));
    RELAIS_VERIFY_OK(second);
    const QJsonObject q = exportEvents().constLast().payload;
    QCOMPARE(q.value(u"from"_s).toString(), u"2026-03-01"_s);
    QCOMPARE(q.value(u"to"_s).toString(), u"2026-03-02"_s);
    QCOMPARE(q.value(u"internal"_s).toBool(), true);
    QCOMPARE(q.value(u"redacted"_s).toBool(), false);
    // The first export is itself on the timeline the second one prints.
    QCOMPARE(q.value(u"headSeq"_s).toInt(), saved->eventSeq);
}

void TestPdfSave::savingAPreviewRecordsTheHeadItPrinted()
{
    // A preview is rendered, someone adds a note, then the preview is saved: the record names
    // the head the file prints, not the newer one.
    PdfExporter exporter(w().ws());
    auto preview = exporter.render(as(u"ins.agent"_s), m_case.reference, english());
    RELAIS_VERIFY_OK(preview);
    w().advance(60);
    RELAIS_VERIFY_OK(w().ws().cases().addEvent(as(u"gar.agent"_s), m_case.id,
                                               newEvent(EventKind::Note, u"Ajoutée pendant l'aperçu"_s)));
    const QString path = m_dir->filePath(u"apercu.pdf"_s);
    auto saved = exporter.save(as(u"ins.agent"_s), *preview, path);
    RELAIS_VERIFY_OK(saved);
    QCOMPARE(fileBytes(path), preview->bytes);
    const QJsonObject p = exportEvents().constLast().payload;
    QCOMPARE(p.value(u"headHash"_s).toString(), QString::fromLatin1(preview->headHash));
    QCOMPARE(p.value(u"headSeq"_s).toInt(), preview->headSeq);
    QCOMPARE(footerHash(PdfProbe(path).pageTexts().first()), QString::fromLatin1(preview->headHash));
}

// ---------------------------------------------------------------------------------------------
// Failures leave nothing behind

void TestPdfSave::unwritableTargetLeavesNoTrace_data()
{
    QTest::addColumn<QString>("target"); // {DIR} is the test's folder
    QTest::addColumn<bool>("namesThePath");
    QTest::addRow("missing folder") << u"{DIR}/missing/sub/timeline.pdf"_s << true;
    QTest::addRow("a file where a folder should be") << u"{DIR}/notes.txt/timeline.pdf"_s << true;
    QTest::addRow("a folder as the target") << u"{DIR}/folder"_s << true;
    QTest::addRow("no path") << QString() << false;
    QTest::addRow("blank path") << u"   "_s << false;
}

void TestPdfSave::unwritableTargetLeavesNoTrace()
{
    QFETCH(QString, target);
    QFETCH(bool, namesThePath);
    QVERIFY(writeBytes(m_dir->filePath(u"notes.txt"_s), "a file, not a folder"));
    QVERIFY(QDir(m_dir->path()).mkdir(u"folder"_s));
    const QString path = QString(target).replace(u"{DIR}"_s, m_dir->path());
    const QStringList before = entries(m_dir->path());
    const QStringList inFolder = entries(m_dir->filePath(u"folder"_s));
    const QString state = caseState(w(), m_case.id);
    const qint64 exportLogs = exportAuditRows();

    auto saved = PdfExporter(w().ws()).exportTo(as(u"ins.agent"_s), m_case.reference, english(), path);
    QVERIFY2(!saved, "the export succeeded");
    QVERIFY2(saved.error().code == ErrorCode::Storage || saved.error().code == ErrorCode::Invalid,
             qPrintable(saved.error().message));
    QVERIFY(!saved.error().message.trimmed().isEmpty());
    if (namesThePath)
        QVERIFY2(saved.error().message.contains(path), qPrintable(saved.error().message));
    QVERIFY(!QFileInfo(path).isFile());
    QCOMPARE(entries(m_dir->path()), before);
    QCOMPARE(entries(m_dir->filePath(u"folder"_s)), inFolder);
    QCOMPARE(caseState(w(), m_case.id), state);
    QVERIFY(exportEvents().isEmpty());
    QCOMPARE(exportAuditRows(), exportLogs);
}

void TestPdfSave::existingFileIsReplacedWhole()
{
    const QString path = m_dir->filePath(u"timeline.pdf"_s);
    QVERIFY(writeBytes(path, QByteArray(300'000, 'x'))); // longer than the PDF: no tail may remain
    PdfExporter exporter(w().ws());
    auto rendered = exporter.render(as(u"ins.agent"_s), m_case.reference, english());
    RELAIS_VERIFY_OK(rendered);
    QVERIFY(rendered->bytes.size() < 300'000);
    auto saved = exporter.save(as(u"ins.agent"_s), *rendered, path);
    RELAIS_VERIFY_OK(saved);
    QCOMPARE(fileBytes(path), rendered->bytes);
    QCOMPARE(entries(m_dir->path()), QStringList{u"timeline.pdf"_s});
}

void TestPdfSave::targetIsNeverAPartialFile()
{
    // A reader polls the target while it is replaced, again and again: every read is the old
    // file or the whole new one, never a truncated or half-written one, never nothing.
    for (int i = 1; i <= 150; ++i) {
        w().advance(60);
        RELAIS_VERIFY_OK(w().ws().cases().addEvent(as(u"ins.agent"_s), m_case.id,
                                                   newEvent(EventKind::Note, u"Point %1 : pièce toujours attendue."_s.arg(i))));
    }
    const QString path = m_dir->filePath(u"timeline.pdf"_s);
    const QByteArray old("%PDF-1.4 the copy printed last week\n%%EOF\n");
    QVERIFY(writeBytes(path, old));
    PdfExporter exporter(w().ws());
    auto rendered = exporter.render(as(u"ins.agent"_s), m_case.reference, english());
    RELAIS_VERIFY_OK(rendered);
    const QByteArray oldSha = sha256Hex(old);
    const QByteArray newSha = sha256Hex(rendered->bytes);

    std::atomic<bool> stop = false;
    std::atomic<int> reads = 0;
    QStringList seen;
    std::thread reader([&] {
        while (!stop) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                seen << u"missing"_s;
                continue;
            }
            const QByteArray sha = sha256Hex(file.readAll());
            ++reads;
            if (sha != oldSha && sha != newSha)
                seen << u"partial"_s;
        }
    });
    for (int round = 0; round < 5; ++round) {
        QVERIFY(restoreAtomically(path, old));
        auto saved = exporter.save(as(u"ins.agent"_s), *rendered, path);
        RELAIS_VERIFY_OK(saved);
    }
    stop = true;
    reader.join();
    QVERIFY(reads > 0);
    seen.removeDuplicates();
    QVERIFY2(seen.isEmpty(), qPrintable(u"the reader saw: "_s + seen.join(u", "_s)));
    QCOMPARE(fileBytes(path), rendered->bytes);
    QCOMPARE(entries(m_dir->path()), QStringList{u"timeline.pdf"_s});
}

void TestPdfSave::failedRecordKeepsTheOldFile()
{
    // The case file refuses the record (a temporary trigger on this connection stands for a full
    // disk or a broken file): the export is not written either, and the copy already at the
    // target is untouched.
    const QString path = m_dir->filePath(u"timeline.pdf"_s);
    const QByteArray old("%PDF-1.4 the copy printed last week\n%%EOF\n");
    QVERIFY(writeBytes(path, old));
    PdfExporter exporter(w().ws());
    auto rendered = exporter.render(as(u"ins.agent"_s), m_case.reference, english());
    RELAIS_VERIFY_OK(rendered);
    const QString state = caseState(w(), m_case.id);
    const qint64 exportLogs = exportAuditRows();

    QString error;
    QVERIFY2(refuseEventInserts(w(), &error), qPrintable(error));
    auto saved = exporter.save(as(u"ins.agent"_s), *rendered, path);
    QVERIFY2(allowEventInserts(w(), &error), qPrintable(error));
    RELAIS_VERIFY_ERROR(saved, ErrorCode::Storage);
    QCOMPARE(fileBytes(path), old);
    QCOMPARE(entries(m_dir->path()), QStringList{u"timeline.pdf"_s});
    QCOMPARE(caseState(w(), m_case.id), state);
    QVERIFY(exportEvents().isEmpty());
    QCOMPARE(exportAuditRows(), exportLogs);

    // Once the case file takes writes again, the same save goes through.
    RELAIS_VERIFY_OK(exporter.save(as(u"ins.agent"_s), *rendered, path));
    QCOMPARE(fileBytes(path), rendered->bytes);
    QCOMPARE(exportEvents().size(), 1);
}

// ---------------------------------------------------------------------------------------------
// Access

void TestPdfSave::strangerCannotExport()
{
    const QString path = m_dir->filePath(u"timeline.pdf"_s);
    const QString state = caseState(w(), m_case.id);
    const QString readsAndChanges = u"SELECT count(*) FROM audit_log WHERE action <> 'access.denied'"_s;
    const QString denials = u"SELECT count(*) FROM audit_log WHERE action = 'access.denied'"_s;
    const qint64 audit = sqlCount(w(), readsAndChanges);
    const qint64 denied = sqlCount(w(), denials);
    for (const ExportDocument document : {ExportDocument::Timeline, ExportDocument::StatusLetter}) {
        ExportOptions options = english();
        options.document = document;
        auto refused = PdfExporter(w().ws()).exportTo(as(u"hos.agent"_s), m_case.reference, options, path);
        QVERIFY2(!refused, "an agency that is not on the case exported it");
        QVERIFY2(refused.error().code == ErrorCode::Forbidden || refused.error().code == ErrorCode::NotFound,
                 qPrintable(refused.error().message));
        auto preview = PdfExporter(w().ws()).render(as(u"hos.agent"_s), m_case.reference, options);
        QVERIFY(!preview);
        QCOMPARE(preview.error().code, refused.error().code);
    }
    QCOMPARE(entries(m_dir->path()), QStringList());
    QCOMPARE(caseState(w(), m_case.id), state);
    // Nothing read, nothing written: only the four refusals (two exports, two previews) are kept.
    QCOMPARE(sqlCount(w(), readsAndChanges), audit);
    QCOMPARE(sqlCount(w(), denials), denied + 4);
}

void TestPdfSave::strangerCannotSaveSomeoneElsesRender()
{
    // A render made by a participant, saved by someone who may not see the case: refused before
    // anything is written.
    PdfExporter exporter(w().ws());
    auto rendered = exporter.render(as(u"ins.agent"_s), m_case.reference, english());
    RELAIS_VERIFY_OK(rendered);
    const QString path = m_dir->filePath(u"timeline.pdf"_s);
    const QString state = caseState(w(), m_case.id);
    auto refused = exporter.save(as(u"hos.agent"_s), *rendered, path);
    QVERIFY2(!refused, "a stranger saved and recorded an export of the case");
    QVERIFY2(refused.error().code == ErrorCode::Forbidden || refused.error().code == ErrorCode::NotFound,
             qPrintable(refused.error().message));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(entries(m_dir->path()), QStringList());
    QCOMPARE(caseState(w(), m_case.id), state);
}

QTEST_MAIN(TestPdfSave)
#include "tst_pdfsave.moc"
