// The evidence-grade timeline, read back from the PDF with poppler (and Qt PDF for the page
// count): the frame every page carries (reference, page N of M, the full head hash the verifier
// gives), events in timeline order after the handoff chain, corrections, efforts and attachments
// named, internal notes only of the exporter's agency and only when asked, the date range read
// in the exporter's zone, the Info metadata and the paper size.
//
// Words of the documents are checked through the documents' own Wording where they are
// language-bound, so the suite holds once the French and Arabic translations are filled in.
// The world's clock starts Monday 2 March 2026 09:00 UTC (Casablanca is UTC+0 until 22 March,
// UTC+1 after).

#include "pdftest.h"

#include "pdf/pdfcanvas.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QTimeZone>

#include <algorithm>
#include <memory>

using namespace Relais::Core;
using namespace Relais::Pdf;
using namespace Relais::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

QDateTime casablanca(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone(QByteArrayLiteral("Africa/Casablanca")));
}

const QByteArray constatBytes = [] {
    QByteArray bytes("%PDF-1.4\n% constat amiable signé des deux parties\n");
    bytes.append(QByteArray(4000, '\x07'));
    return bytes;
}();

} // namespace

class TestPdfTimeline final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void everyPageCarriesTheFrame_data();
    void everyPageCarriesTheFrame();
    void qtPdfCountsTheSamePages();
    void eventsAppearInTimelineOrder();
    void handoffChainComesBeforeTheTimeline();
    void correctionsNameWhatTheyCorrect();
    void clientEffortsAreMarked();
    void withdrawnConsentIsPrinted();
    void markupTypedByPeopleIsPrintedAsTyped();
    void attachmentsAreListedWithSizeAndHash();
    void internalNotes_data();
    void internalNotes();
    void dateRangeInTheExportersZone();
    void reversedRangeIsRefused();
    void unknownLanguageIsRefused();
    void metadataNamesTheCaseAndTheExporter();
    void metadataKeepsTheHeadHashWithALongTitle();
    void paperSize_data();
    void paperSize();

private:
    [[nodiscard]] TestWorld &w() { return *m_world; }
    [[nodiscard]] Actor as(const QString &login) { return m_world->actor(login); }
    [[nodiscard]] Result<RenderedPdf> render(const QString &login, ExportOptions options = {});
    /// Renders in English for `login` and reads it back; fails the test when rendering fails.
    [[nodiscard]] std::unique_ptr<PdfProbe> probe(const QString &login, ExportOptions options = {});
    [[nodiscard]] int seqOf(const QString &text);
    /// Adds a note and gives its sequence number.
    int note(const QString &login, const QString &text, Visibility visibility = Visibility::Shared,
             EventKind kind = EventKind::Note, const QDateTime &at = {});
    void buildClaim();

    std::unique_ptr<TestWorld> m_world;
    Id m_clientId = 0;
    Case m_case;
    int m_callSeq = 0;
    int m_correctionSeq = 0;
    int m_effortSeq = 0;
    int m_documentSeq = 0;
    int m_insInternalSeq = 0;
    int m_garInternalSeq = 0;
    Document m_document;
};

void TestPdfTimeline::initTestCase()
{
    QVERIFY2(PdfProbe::missingTools().isEmpty(), qPrintable(u"poppler-utils missing: "_s + PdfProbe::missingTools()));
}

void TestPdfTimeline::init()
{
    m_world = std::make_unique<TestWorld>();
    QVERIFY(m_world->isValid());
    m_clientId = registerClient(w(), fullIdentity());
    QVERIFY(m_clientId != 0);
    buildClaim();
}

void TestPdfTimeline::cleanup()
{
    m_world.reset();
    m_case = {};
}

int TestPdfTimeline::note(const QString &login, const QString &text, Visibility visibility, EventKind kind,
                          const QDateTime &at)
{
    NewEvent event = newEvent(kind, text, visibility);
    event.occurredAt = at;
    w().advance(15 * 60);
    auto added = w().ws().cases().addEvent(as(login), m_case.id, event);
    if (!added)
        qFatal("note failed: %s", qPrintable(added.error().message));
    return added->seq;
}

void TestPdfTimeline::buildClaim()
{
    m_case = w().openCase(m_clientId, u"ins.agent"_s, u"Accident sur l'A7 — véhicule immobilisé"_s);
    Summary summary;
    summary.situation = u"Voiture immobilisée sur l'A7 après une collision ; assuré indemne."_s;
    summary.nextStep = u"Réparer au Garage Al Amal."_s;
    w().advance(10 * 60);
    RELAIS_VERIFY_OK(w().ws().cases().setSummary(as(u"ins.agent"_s), m_case.id, summary));
    note(u"ins.agent"_s, u"Le client a appelé depuis la bande d'arrêt d'urgence."_s);

    w().advance(30 * 60);
    auto repair = w().ws().handoffs().request(as(u"ins.agent"_s), m_case.id, u"GAR"_s,
                                              u"Réparer le véhicule et envoyer le devis à l'assureur"_s,
                                              w().now().addDays(7));
    RELAIS_VERIFY_OK(repair);
    for (const HandoffStatus status : {HandoffStatus::Received, HandoffStatus::Accepted, HandoffStatus::InProgress}) {
        w().advance(40 * 60);
        RELAIS_VERIFY_OK(w().ws().handoffs().transition(as(u"gar.agent"_s), repair->id, status));
    }
    note(u"gar.agent"_s, u"Véhicule reçu à l'atelier, pare-choc avant à remplacer."_s);
    m_callSeq = note(u"ins.agent"_s, u"Appel : plaque relevée 12345-A-6."_s, Visibility::Shared, EventKind::Call);
    w().advance(10 * 60);
    auto fix = w().ws().cases().correct(as(u"ins.agent"_s), m_case.id, m_callSeq, u"Plaque 12345-B-6, pas A."_s);
    RELAIS_VERIFY_OK(fix);
    m_correctionSeq = fix->seq;
    w().advance(24 * 3600);
    auto effort = w().ws().cases().recordEffort(as(u"ins.agent"_s), m_case.id, EffortKind::ChaseCall,
                                                u"Le client a rappelé pour savoir où en est la réparation."_s);
    RELAIS_VERIFY_OK(effort);
    m_effortSeq = effort->seq;
    w().advance(10 * 60);
    auto document = w().ws().cases().addDocument(as(u"ins.agent"_s), m_case.id, u"constat"_s,
                                                 u"constat-amiable-2026-03-02.pdf"_s, constatBytes);
    RELAIS_VERIFY_OK(document);
    m_document = document->document;
    m_documentSeq = seqOf(u"constat-amiable-2026-03-02.pdf"_s);
    m_garInternalSeq = note(u"gar.agent"_s, u"Interne GAR : marge négociée avec le fournisseur."_s, Visibility::Internal);
    m_insInternalSeq = note(u"ins.agent"_s, u"Interne INS : suspicion de fraude à vérifier."_s, Visibility::Internal);
    w().advance(20 * 60);
    RELAIS_VERIFY_OK(w().ws().handoffs().request(as(u"ins.agent"_s), m_case.id, u"TOW"_s,
                                                 u"Livrer un véhicule de remplacement au domicile du client"_s));
    note(u"ins.agent"_s, u"Le client confirme la livraison pour demain matin."_s);
    w().advance(3600);
}

int TestPdfTimeline::seqOf(const QString &text)
{
    auto events = w().ws().cases().timeline(as(u"ins.agent"_s), m_case.id);
    if (!events)
        return 0;
    for (const TimelineEvent &e : *events)
        if (e.text.contains(text))
            return e.seq;
    return 0;
}

Result<RenderedPdf> TestPdfTimeline::render(const QString &login, ExportOptions options)
{
    if (options.language.isEmpty())
        options.language = u"en"_s;
    auto rendered = PdfExporter(w().ws()).render(as(login), m_case.reference, options);
    if (rendered)
        keepForInspection(rendered->bytes, u"timeline-%1-%2"_s.arg(QString::fromLatin1(QTest::currentTestFunction()),
                                                                   options.language));
    return rendered;
}

std::unique_ptr<PdfProbe> TestPdfTimeline::probe(const QString &login, ExportOptions options)
{
    auto rendered = render(login, options);
    if (!rendered) {
        QTest::qFail(qPrintable(u"render failed: "_s + rendered.error().message), __FILE__, __LINE__);
        return nullptr;
    }
    return std::make_unique<PdfProbe>(rendered->bytes);
}

// ---------------------------------------------------------------------------------------------
// The frame

void TestPdfTimeline::everyPageCarriesTheFrame_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("en") << u"en"_s;
    QTest::addRow("fr") << u"fr"_s;
    QTest::addRow("ar") << u"ar"_s;
}

void TestPdfTimeline::everyPageCarriesTheFrame()
{
    QFETCH(QString, language);
    // Enough events to need several pages.
    for (int i = 1; i <= 60; ++i)
        note(u"gar.agent"_s, u"Point d'avancement %1 : pièces commandées, délai confirmé par le fournisseur."_s.arg(i));

    auto record = w().ws().cases().caseById(as(u"ins.agent"_s), m_case.id);
    RELAIS_VERIFY_OK(record);
    auto verified = w().ws().verifier().verifyCase(m_case.reference);
    RELAIS_VERIFY_OK(verified);
    QVERIFY(verified->intact());
    QCOMPARE(verified->cases.size(), 1);
    const QByteArray head = verified->cases.first().headHash;
    QCOMPARE(head, record->headHash);
    QCOMPARE(head.size(), 64);

    ExportOptions options;
    options.language = language;
    auto rendered = render(u"ins.agent"_s, options);
    RELAIS_VERIFY_OK(rendered);
    QCOMPARE(rendered->headHash, head);
    QCOMPARE(rendered->headSeq, record->eventCount);
    QCOMPARE(rendered->options.language, language);
    QVERIFY2(rendered->pages >= 3, qPrintable(QString::number(rendered->pages)));

    PdfProbe pdf(rendered->bytes);
    const QStringList pages = pdf.pageTexts();
    QVERIFY2(pdf.error().isEmpty(), qPrintable(pdf.error()));
    QCOMPARE(pdf.pageCount(), rendered->pages);
    QCOMPARE(pages.size(), rendered->pages);
    const int m = rendered->pages;
    for (int n = 1; n <= m; ++n) {
        const QString &page = pages[n - 1];
        const QString where = u"page %1 of %2:\n%3"_s.arg(n).arg(m).arg(page.left(3000));
        QVERIFY2(page.contains(m_case.reference), qPrintable(where));
        QVERIFY2(page.contains(QString::fromLatin1(head)), qPrintable(u"no full head hash on "_s + where));
        // pdftotext rebuilds a right-to-left line's "#24" as "24#".
        const QString seq = QString::number(record->eventCount);
        QVERIFY2(page.contains(u"#"_s + seq) || (language == u"ar"_s && page.contains(seq + u"#"_s)), qPrintable(where));
        const QString label = pageLabel(language, n, m);
        if (language == u"ar"_s) {
            // Right-to-left: pdftotext may give the label's words in another order.
            for (const QString &word : label.split(u' ', Qt::SkipEmptyParts))
                QVERIFY2(page.contains(word), qPrintable(u"\"%1\" of \"%2\" missing on "_s.arg(word, label) + where));
        } else {
            QVERIFY2(page.contains(label), qPrintable(u"no \"%1\" on "_s.arg(label) + where));
        }
        // No other page number on this page.
        for (int other = 1; other <= m; ++other)
            if (other != n && language != u"ar"_s)
                QVERIFY2(!page.contains(pageLabel(language, other, m)), qPrintable(where));
    }
    if (language == u"en"_s)
        QVERIFY(pages.first().contains(u"Head hash (event #%1): %2"_s.arg(record->eventCount).arg(QString::fromLatin1(head))));
}

void TestPdfTimeline::qtPdfCountsTheSamePages()
{
    auto rendered = render(u"ins.agent"_s);
    RELAIS_VERIFY_OK(rendered);
    QBuffer buffer;
    buffer.setData(rendered->bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QPdfDocument document;
    document.load(&buffer);
    QTRY_COMPARE(document.status(), QPdfDocument::Status::Ready);
    QCOMPARE(document.pageCount(), rendered->pages);
    for (int page = 0; page < document.pageCount(); ++page) {
        const QString text = normalisedText(document.getAllText(page).text());
        QVERIFY2(text.contains(m_case.reference), qPrintable(u"page %1: %2"_s.arg(page + 1).arg(text.left(500))));
        QVERIFY2(text.contains(QString::fromLatin1(rendered->headHash)), qPrintable(u"page %1"_s.arg(page + 1)));
    }
}

// ---------------------------------------------------------------------------------------------
// What the timeline says, in order

void TestPdfTimeline::eventsAppearInTimelineOrder()
{
    auto events = w().ws().cases().timeline(as(u"ins.agent"_s), m_case.id);
    RELAIS_VERIFY_OK(events);
    QList<int> expected;
    for (const TimelineEvent &e : *events)
        if (e.visibility == Visibility::Shared)
            expected << e.seq;
    QVERIFY(expected.size() >= 12);

    auto pdf = probe(u"ins.agent"_s);
    QVERIFY(pdf);
    const QString text = pdf->text();
    const QList<int> headings = eventHeadings(text);
    QCOMPARE(firstOccurrences(headings), expected);
    // Each event's words sit under its own heading.
    for (const TimelineEvent &e : *events) {
        if (e.visibility != Visibility::Shared || e.kind == EventKind::SummaryUpdate)
            continue;
        const QString block = flattened(eventBlock(text, e.seq));
        QVERIFY2(block.contains(flattened(e.text.left(40))),
                 qPrintable(u"#%1 \"%2\" not under its heading:\n%3"_s.arg(e.seq).arg(e.text, block)));
    }
}

void TestPdfTimeline::handoffChainComesBeforeTheTimeline()
{
    auto pdf = probe(u"ins.agent"_s);
    QVERIFY(pdf);
    const QString text = flattened(pdf->text());
    const qsizetype firstEvent = text.indexOf(u"#1 · "_s);
    QVERIFY(firstEvent > 0);
    // Both asks are in the chain, before the first event of the timeline (the start of each:
    // the table cell wraps them).
    for (const QString &ask : {u"Réparer le véhicule"_s, u"Livrer un véhicule"_s}) {
        const qsizetype inChain = text.indexOf(ask);
        QVERIFY2(inChain >= 0 && inChain < firstEvent, qPrintable(ask));
    }
    // The chain names each handoff's agencies and its status history.
    const Wording words(u"en"_s);
    const qsizetype garage = text.indexOf(u"Garage Al Amal"_s);
    QVERIFY(garage >= 0 && garage < firstEvent);
    for (const HandoffStatus status : {HandoffStatus::Requested, HandoffStatus::Received, HandoffStatus::Accepted,
                                       HandoffStatus::InProgress}) {
        const qsizetype at = text.indexOf(words.status(status) + u" — "_s);
        QVERIFY2(at >= 0 && at < firstEvent, qPrintable(words.status(status)));
    }
}

void TestPdfTimeline::correctionsNameWhatTheyCorrect()
{
    auto pdf = probe(u"ins.agent"_s);
    QVERIFY(pdf);
    const QString text = pdf->text();
    const QString correction = flattened(eventBlock(text, m_correctionSeq));
    QVERIFY2(correction.contains(u"Plaque 12345-B-6, pas A."_s), qPrintable(correction));
    const Wording words(u"en"_s);
    const QString corrects = words.tr("Corrects #%1 of %2").arg(m_callSeq).arg(words.dateTime(
        [&] {
            auto events = w().ws().cases().timeline(as(u"ins.agent"_s), m_case.id);
            for (const TimelineEvent &e : *events)
                if (e.seq == m_callSeq)
                    return e.occurredAt;
            return QDateTime();
        }(),
        as(u"ins.agent"_s).timeZone));
    QVERIFY2(correction.contains(corrects), qPrintable(u"\"%1\" not in:\n%2"_s.arg(corrects, correction)));
    // The original stays as it was, and says it was corrected later.
    const QString original = flattened(eventBlock(text, m_callSeq));
    QVERIFY2(original.contains(u"Appel : plaque relevée 12345-A-6."_s), qPrintable(original));
    QVERIFY2(original.contains(words.tr("Corrected later by %1").arg(u"#%1"_s.arg(m_correctionSeq))), qPrintable(original));

}

void TestPdfTimeline::clientEffortsAreMarked()
{
    auto pdf = probe(u"ins.agent"_s);
    QVERIFY(pdf);
    const QString text = pdf->text();
    const Wording words(u"en"_s);
    const QString effort = flattened(eventBlock(text, m_effortSeq));
    QVERIFY2(effort.contains(words.tr("CUSTOMER EFFORT")), qPrintable(effort));
    QVERIFY2(effort.contains(words.effort(EffortKind::ChaseCall)), qPrintable(effort));
    QVERIFY2(effort.contains(u"Le client a rappelé pour savoir"_s), qPrintable(effort));
    // No other event is marked.
    QCOMPARE(text.count(words.tr("CUSTOMER EFFORT")), 1);
    // The count on the first page.
    QVERIFY(flattened(pdf->pageTexts().first())
                .contains(words.tr("The customer had to chase or repeat themselves %n time(s) on this case.", nullptr, 1)));
}

void TestPdfTimeline::withdrawnConsentIsPrinted()
{
    // A consent to TOW, withdrawn: the export says both, so a reader knows why TOW stops.
    auto consent = w().ws().clients().grantConsent(as(u"ins.agent"_s), m_clientId, ConsentScope::Agencies, {u"TOW"_s});
    RELAIS_VERIFY_OK(consent);
    w().advance(3600);
    RELAIS_VERIFY_OK(w().ws().clients().revokeConsent(as(u"ins.agent"_s), consent->id, u"Retrait par téléphone"_s));
    auto pdf = probe(u"ins.agent"_s);
    QVERIFY(pdf);
    const QString first = flattened(pdf->pageTexts().first());
    QVERIFY2(first.contains(u"Sharing with TOW"_s), qPrintable(first));
    QVERIFY2(first.contains(u"withdrawn on"_s), qPrintable(first));
}

// Text from people is text: tags, entities and scripts in a note, a summary or a handoff's ask
// are printed as typed, never laid out as rich text.
void TestPdfTimeline::markupTypedByPeopleIsPrintedAsTyped()
{
    const QString hostile = u"<b>gras</b> & <img src=\"x\"> <script>alert(1)</script> &amp; <br>fin"_s;
    NewEvent note;
    note.text = hostile;
    RELAIS_VERIFY_OK(w().ws().cases().addEvent(as(u"ins.agent"_s), m_case.id, note));
    Summary summary = m_case.summary;
    summary.situation = hostile;
    RELAIS_VERIFY_OK(w().ws().cases().setSummary(as(u"ins.agent"_s), m_case.id, summary));
    auto pdf = probe(u"ins.agent"_s);
    QVERIFY(pdf);
    const QString text = flattened(pdf->text());
    QVERIFY2(text.count(flattened(hostile)) >= 2, qPrintable(text));
}

void TestPdfTimeline::attachmentsAreListedWithSizeAndHash()
{
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(constatBytes, QCryptographicHash::Sha256).toHex());
    QCOMPARE(QString::fromLatin1(m_document.sha256), sha);
    auto pdf = probe(u"ins.agent"_s);
    QVERIFY(pdf);
    const QString text = pdf->text();
    const Wording words(u"en"_s);
    const QString block = eventBlock(text, m_documentSeq);
    QVERIFY2(block.contains(u"constat-amiable-2026-03-02.pdf"_s), qPrintable(block));
    QVERIFY2(block.contains(words.size(constatBytes.size())), qPrintable(block));
    // The hash, whole: on one line, so it can be copied and compared.
    QVERIFY2(block.contains(sha), qPrintable(u"SHA-256 %1 not whole in:\n%2"_s.arg(sha, block)));
    // And in the list of documents on file.
    const QString afterTimeline = text.mid(text.lastIndexOf(u"#%1 · "_s.arg(eventHeadings(text).constLast())));
    QVERIFY2(afterTimeline.contains(sha), qPrintable(afterTimeline));
}

// ---------------------------------------------------------------------------------------------
// Who sees what

void TestPdfTimeline::internalNotes_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<bool>("includeInternal");
    QTest::addColumn<bool>("insNote");
    QTest::addColumn<bool>("garNote");
    QTest::addRow("INS, shared only") << u"ins.agent"_s << false << false << false;
    QTest::addRow("INS with its internal notes") << u"ins.agent"_s << true << true << false;
    QTest::addRow("INS supervisor with internal notes") << u"ins.super"_s << true << true << false;
    QTest::addRow("GAR, shared only") << u"gar.agent"_s << false << false << false;
    QTest::addRow("GAR with its internal notes") << u"gar.agent"_s << true << false << true;
    QTest::addRow("TOW with its internal notes") << u"tow.agent"_s << true << false << false;
}

void TestPdfTimeline::internalNotes()
{
    QFETCH(QString, login);
    QFETCH(bool, includeInternal);
    QFETCH(bool, insNote);
    QFETCH(bool, garNote);
    ExportOptions options;
    options.includeInternal = includeInternal;
    auto pdf = probe(login, options);
    QVERIFY(pdf);
    const QString text = flattened(pdf->text());
    QCOMPARE(text.contains(u"suspicion de fraude"_s), insNote);
    QCOMPARE(text.contains(u"marge négociée"_s), garNote);
    const QList<int> headings = eventHeadings(pdf->text());
    QCOMPARE(headings.contains(m_insInternalSeq), insNote);
    QCOMPARE(headings.contains(m_garInternalSeq), garNote);
    if (insNote || garNote) {
        const Wording words(u"en"_s);
        const QString block = flattened(eventBlock(pdf->text(), insNote ? m_insInternalSeq : m_garInternalSeq));
        const QString agency = insNote ? u"Assurances Atlas"_s : u"Garage Al Amal"_s;
        QVERIFY2(block.contains(words.tr("INTERNAL — %1 only").arg(agency)), qPrintable(block));
    }
    // The shared notes of both agencies are there in every case.
    QVERIFY(text.contains(u"bande d'arrêt d'urgence"_s));
    QVERIFY(text.contains(u"pare-choc avant"_s));
}

void TestPdfTimeline::dateRangeInTheExportersZone()
{
    // Casablanca is UTC+1 from 22 March: 00:30 there is 23:30 UTC the day before.
    w().advance(w().now().secsTo(casablanca(3, 26, 10)));
    note(u"ins.agent"_s, u"Avant : 23 mars 23:59 à Casablanca."_s, Visibility::Shared, EventKind::Note, casablanca(3, 23, 23, 59));
    note(u"ins.agent"_s, u"Début : 24 mars 00:30 à Casablanca, le 23 en UTC."_s, Visibility::Shared, EventKind::Note,
         casablanca(3, 24, 0, 30));
    note(u"ins.agent"_s, u"Fin : 24 mars 23:59 à Casablanca."_s, Visibility::Shared, EventKind::Note, casablanca(3, 24, 23, 59));
    note(u"ins.agent"_s, u"Après : 25 mars 00:30 à Casablanca, le 24 en UTC."_s, Visibility::Shared, EventKind::Note,
         casablanca(3, 25, 0, 30));
    QCOMPARE(casablanca(3, 25, 0, 30).toUTC().date(), QDate(2026, 3, 24));

    ExportOptions options;
    options.from = QDate(2026, 3, 24);
    options.to = QDate(2026, 3, 24);
    auto rendered = render(u"ins.agent"_s, options);
    RELAIS_VERIFY_OK(rendered);
    PdfProbe pdf(rendered->bytes);
    const QString text = flattened(pdf.text());
    QVERIFY2(text.contains(u"Début : 24 mars"_s), qPrintable(text));
    QVERIFY(text.contains(u"Fin : 24 mars"_s));
    QVERIFY(!text.contains(u"Avant : 23 mars"_s));
    QVERIFY(!text.contains(u"Après : 25 mars"_s));
    QCOMPARE(eventHeadings(pdf.text()).size(), 2);
    // Nothing of the claim's first weeks either.
    QVERIFY(!text.contains(u"bande d'arrêt d'urgence"_s));
    // The range and what it left out are stated.
    const Wording words(u"en"_s);
    auto events = w().ws().cases().timeline(as(u"ins.agent"_s), m_case.id);
    RELAIS_VERIFY_OK(events);
    const int shared = int(std::count_if(events->cbegin(), events->cend(),
                                         [](const TimelineEvent &e) { return e.visibility == Visibility::Shared; }));
    const QStringList stated{words.tr("Period chosen: %1 – %2.").arg(words.date(options.from), words.date(options.to)),
                             words.tr("%n event(s) shown.", nullptr, 2),
                             words.tr("%n earlier event(s) left out.", nullptr, shared - 3),
                             words.tr("%n later event(s) left out.", nullptr, 1)};
    for (const QString &sentence : stated)
        QVERIFY2(text.contains(sentence), qPrintable(u"\"%1\" not stated"_s.arg(sentence)));
}

void TestPdfTimeline::reversedRangeIsRefused()
{
    const QString state = caseState(w(), m_case.id);
    const qint64 audit = sqlCount(w(), u"SELECT count(*) FROM audit_log"_s);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"reversed.pdf"_s);
    ExportOptions options;
    options.from = QDate(2026, 3, 5);
    options.to = QDate(2026, 3, 4);
    RELAIS_VERIFY_ERROR(render(u"ins.agent"_s, options), ErrorCode::Invalid);
    auto saved = PdfExporter(w().ws()).exportTo(as(u"ins.agent"_s), m_case.reference, options, path);
    RELAIS_VERIFY_ERROR(saved, ErrorCode::Invalid);
    QVERIFY2(saved.error().message.contains(u"2026-03-04"_s), qPrintable(saved.error().message));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden), QStringList());
    QCOMPARE(caseState(w(), m_case.id), state);
    QCOMPARE(sqlCount(w(), u"SELECT count(*) FROM audit_log"_s), audit);
}

void TestPdfTimeline::unknownLanguageIsRefused()
{
    ExportOptions options;
    options.language = u"de"_s;
    auto refused = PdfExporter(w().ws()).render(as(u"ins.agent"_s), m_case.reference, options);
    RELAIS_VERIFY_ERROR(refused, ErrorCode::Invalid);
}

// ---------------------------------------------------------------------------------------------
// The file itself

void TestPdfTimeline::metadataNamesTheCaseAndTheExporter()
{
    auto rendered = render(u"gar.agent"_s);
    RELAIS_VERIFY_OK(rendered);
    PdfProbe pdf(rendered->bytes);
    const auto info = pdf.info();
    QVERIFY2(pdf.error().isEmpty(), qPrintable(pdf.error()));
    const QString title = info.value(u"Title"_s);
    QVERIFY2(title.contains(m_case.reference), qPrintable(title));
    QVERIFY2(title != infoPlaceholder() && !title.contains(u"XXXX"_s), qPrintable(title));
    QVERIFY2(info.value(u"Author"_s).contains(u"Youssef Alami"_s), qPrintable(info.value(u"Author"_s)));
    QVERIFY2(info.value(u"Author"_s).contains(u"Garage Al Amal"_s), qPrintable(info.value(u"Author"_s)));
    const QString subject = info.value(u"Subject"_s);
    QVERIFY2(subject.contains(m_case.reference) && subject.contains(u"Accident sur l'A7"_s), qPrintable(subject));
    QVERIFY2(subject.contains(u"Karim Bennani"_s), qPrintable(subject));
    QVERIFY2(info.value(u"Keywords"_s).contains(QString::fromLatin1(rendered->headHash)), qPrintable(info.value(u"Keywords"_s)));
    QCOMPARE(info.value(u"Pages"_s).toInt(), rendered->pages);
    // Patching the Info dictionary kept the file whole: every page still reads.
    QCOMPARE(pdf.pageTexts().size(), rendered->pages);
    QCOMPARE(info.value(u"Encrypted"_s), u"no"_s);
}

void TestPdfTimeline::metadataKeepsTheHeadHashWithALongTitle()
{
    // Titles have no length limit and agents paste whole sentences into them. The Info
    // dictionary is patched into a fixed room: a long subject may be shortened, but the
    // keywords — the head hash — must still be there.
    QStringList sentences;
    for (int i = 1; i <= 4; ++i)
        sentences << u"Dégâts des eaux au deuxième étage (%1), infiltration chez le voisin du dessous, expertise "
                     "contradictoire demandée par les deux assureurs."_s.arg(i);
    const Case longCase = w().openCase(m_clientId, u"ins.agent"_s, sentences.join(u' '));
    QVERIFY(longCase.title.size() > 450);
    ExportOptions options;
    options.language = u"en"_s;
    auto rendered = PdfExporter(w().ws()).render(as(u"ins.agent"_s), longCase.reference, options);
    RELAIS_VERIFY_OK(rendered);
    PdfProbe pdf(rendered->bytes);
    const auto info = pdf.info();
    QVERIFY2(info.value(u"Title"_s).contains(longCase.reference), qPrintable(info.value(u"Title"_s)));
    QVERIFY2(info.value(u"Subject"_s).startsWith(longCase.reference), qPrintable(info.value(u"Subject"_s)));
    QVERIFY2(info.value(u"Keywords"_s).contains(QString::fromLatin1(rendered->headHash)),
             qPrintable(u"Keywords: \"%1\"; Subject: %2 characters"_s.arg(info.value(u"Keywords"_s))
                            .arg(info.value(u"Subject"_s).size())));
    QCOMPARE(pdf.pageTexts().size(), rendered->pages);
}

void TestPdfTimeline::paperSize_data()
{
    QTest::addColumn<PaperSize>("paper");
    QTest::addColumn<QSizeF>("points");
    QTest::addRow("A4") << PaperSize::A4 << QSizeF(595.28, 841.89);
    QTest::addRow("Letter") << PaperSize::Letter << QSizeF(612, 792);
}

void TestPdfTimeline::paperSize()
{
    QFETCH(PaperSize, paper);
    QFETCH(QSizeF, points);
    for (int i = 1; i <= 40; ++i)
        note(u"ins.agent"_s, u"Suivi %1 : le garage attend la pièce."_s.arg(i));
    ExportOptions options;
    options.paper = paper;
    auto rendered = render(u"ins.agent"_s, options);
    RELAIS_VERIFY_OK(rendered);
    QCOMPARE(rendered->options.paper, paper);
    PdfProbe pdf(rendered->bytes);
    const QList<PdfPageWords> pages = pdf.words();
    QCOMPARE(pages.size(), rendered->pages);
    QVERIFY(pages.size() >= 2);
    for (const PdfPageWords &page : pages) {
        QVERIFY2(qAbs(page.size.width() - points.width()) < 1 && qAbs(page.size.height() - points.height()) < 1,
                 qPrintable(u"%1 x %2"_s.arg(page.size.width()).arg(page.size.height())));
        // Nothing printed off the sheet.
        for (const PdfWord &word : page.words)
            QVERIFY2(QRectF(QPointF(0, 0), page.size).contains(word.box),
                     qPrintable(u"\"%1\" at %2,%3"_s.arg(word.text).arg(word.box.x()).arg(word.box.y())));
    }
    const QString size = pdf.info().value(u"Page size"_s);
    QVERIFY2(size.startsWith(u"%1 x %2"_s.arg(qRound(points.width())).arg(qRound(points.height())))
                 || size.startsWith(u"%1 x %2"_s.arg(points.width()).arg(points.height())),
             qPrintable(size));
}

QTEST_MAIN(TestPdfTimeline)
#include "tst_pdftimeline.moc"
