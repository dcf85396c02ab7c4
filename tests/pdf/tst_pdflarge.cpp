// A 1,000-event case: exported in a bounded number of pages and a bounded time, with nothing lost
// or doubled or clipped. Every event's unique marker is found exactly once in the extracted text,
// every heading once and in order, and every word pdftotext places lies on the sheet, either
// inside the body or wholly in the running header or footer — never across the body's edge,
// where the page slicing would cut a line in two.

#include "pdftest.h"

#include <QElapsedTimer>

#include <memory>

using namespace Relais::Core;
using namespace Relais::Pdf;
using namespace Relais::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int eventCount = 1000;

QString marker(int i)
{
    return u"M%1Z"_s.arg(i, 4, 10, QChar(u'0'));
}

/// Short notes mostly; every 7th a paragraph of four or five lines, every 13th two paragraphs.
QString noteText(int i)
{
    const QString m = marker(i);
    if (i % 13 == 0)
        return u"Point %1 : le garage a reçu la pièce commandée.\nLe client a été prévenu par téléphone et passera "
               "récupérer son véhicule demain matin ; l'expert confirme que la réparation est conforme au devis."_s.arg(m);
    if (i % 7 == 0)
        return u"Point %1 : compte rendu de l'échange avec le fournisseur. La pièce d'origine n'est plus fabriquée ; "
               "une pièce adaptable est proposée, avec une garantie de deux ans. L'assureur doit valider la différence "
               "de prix avant la commande, et le client souhaite être informé du délai exact avant de donner son "
               "accord. Relance prévue lundi si aucune réponse n'est arrivée d'ici là."_s.arg(m);
    return u"Point %1 : suivi du dossier, rien de nouveau."_s.arg(m);
}

} // namespace

class TestPdfLarge final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    /// Builds the case and renders it once; each test reads the same PDF.
    void initTestCase();
    void renderedInBoundedPagesAndTime();
    void everyMarkerExactlyOnce();
    void everyHeadingOnceInTimelineOrder();
    void nothingCutByAPageEdge();

private:
    std::unique_ptr<TestWorld> m_world;
    RenderedPdf m_pdf;
    qint64 m_renderMs = 0;
    QList<int> m_seqs;
    std::unique_ptr<PdfProbe> m_probe;
    QString m_text;
};

void TestPdfLarge::initTestCase()
{
    QVERIFY2(PdfProbe::missingTools().isEmpty(), qPrintable(u"poppler-utils missing: "_s + PdfProbe::missingTools()));
    m_world = std::make_unique<TestWorld>();
    TestWorld &world = *m_world;
    QVERIFY(world.isValid());
    const Id clientId = registerClient(world, fullIdentity());
    QVERIFY(clientId != 0);
    const Case record = world.openCase(clientId, u"ins.agent"_s, u"Dossier au long cours"_s);
    const Actor ins = world.actor(u"ins.agent"_s);
    const Actor gar = world.actor(u"gar.agent"_s);
    RELAIS_VERIFY_OK(world.ws().handoffs().request(ins, record.id, u"GAR"_s, u"Réparer le véhicule"_s));

    // One transaction for the thousand notes: the suite is about the PDF, not about fsync.
    auto written = world.ws().database().write([&]() -> Result<int> {
        for (int i = 1; i <= eventCount; ++i) {
            world.advance(10 * 60);
            auto added = world.ws().cases().addEvent(i % 3 == 0 ? gar : ins, record.id,
                                                     newEvent(i % 5 == 0 ? EventKind::Call : EventKind::Note, noteText(i)));
            if (!added)
                return std::unexpected(added.error());
        }
        return eventCount;
    });
    RELAIS_VERIFY_OK(written);
    auto events = world.ws().cases().timeline(ins, record.id);
    RELAIS_VERIFY_OK(events);
    QVERIFY(events->size() > eventCount);
    for (const TimelineEvent &e : *events)
        m_seqs << e.seq;

    ExportOptions options;
    options.language = u"en"_s;
    QElapsedTimer timer;
    timer.start();
    auto rendered = PdfExporter(world.ws()).render(ins, record.reference, options);
    m_renderMs = timer.elapsed();
    RELAIS_VERIFY_OK(rendered);
    m_pdf = *rendered;
    keepForInspection(m_pdf.bytes, u"large-1000"_s);
    qInfo("1,000 events: %d pages, rendered in %lld ms", m_pdf.pages, m_renderMs);
    m_probe = std::make_unique<PdfProbe>(m_pdf.bytes);
    m_text = m_probe->pageTexts().join(u'\n');
    QVERIFY2(m_probe->error().isEmpty(), qPrintable(m_probe->error()));
}

void TestPdfLarge::renderedInBoundedPagesAndTime()
{
    QVERIFY(m_probe);
    QVERIFY2(m_renderMs < 15'000, qPrintable(u"rendering took %1 ms"_s.arg(m_renderMs)));

    // Bound: the A4 body is 255 mm high (297 mm less the 20 mm header and 22 mm footer zones).
    // A one-line event takes about 13 mm (7 pt gap, heading, text line, hash line), a paragraph
    // event about 25 mm, a two-paragraph one about 20 mm: with 1 in 7 long and 1 in 13 in two
    // paragraphs the average is about 16 mm, 15 to 16 events a page. 1000 / 14 pages allows
    // 18 mm an event; 4 more for the first pages (identity, summary and "about"; the handoff
    // chain starts a page) and the documents list. Measured: 67 pages.
    const int bound = eventCount / 14 + 4;
    QVERIFY2(m_pdf.pages <= bound, qPrintable(u"%1 pages, more than %2"_s.arg(m_pdf.pages).arg(bound)));
    QVERIFY(m_pdf.pages >= eventCount / 40);
    QCOMPARE(m_probe->pageCount(), m_pdf.pages);
    QCOMPARE(m_probe->pageTexts().size(), m_pdf.pages);
}

void TestPdfLarge::everyMarkerExactlyOnce()
{
    QVERIFY(m_probe);
    const QString &text = m_text;
    QStringList problems;
    for (int i = 1; i <= eventCount; ++i) {
        const qsizetype n = text.count(marker(i));
        if (n != 1)
            problems << u"%1 found %2 times"_s.arg(marker(i)).arg(n);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 markers not found exactly once: "_s.arg(problems.size())
                                            + problems.mid(0, 20).join(u"; "_s)));
}

void TestPdfLarge::everyHeadingOnceInTimelineOrder()
{
    QVERIFY(m_probe);
    const QString &text = m_text;
    const QList<int> &seqs = m_seqs;
    const QList<int> headings = eventHeadings(text);
    QList<int> doubled;
    for (const int seq : seqs)
        if (headings.count(seq) != 1)
            doubled << seq;
    QStringList listed;
    for (const int seq : doubled.mid(0, 20))
        listed << u"#%1 ×%2"_s.arg(seq).arg(headings.count(seq));
    QVERIFY2(doubled.isEmpty(), qPrintable(u"%1 event headings not found exactly once: "_s.arg(doubled.size())
                                           + listed.join(u", "_s)));
    QCOMPARE(firstOccurrences(headings), seqs);
}

void TestPdfLarge::nothingCutByAPageEdge()
{
    // Every word on the sheet, and none across the body's edges.
    QVERIFY(m_probe);
    const QList<PdfPageWords> boxes = m_probe->words();
    QCOMPARE(boxes.size(), m_pdf.pages);
    const qreal mm = 72 / 25.4;
    QStringList clipped;
    for (qsizetype p = 0; p < boxes.size(); ++p) {
        const PdfPageWords &page = boxes[p];
        const QRectF sheet(QPointF(0, 0), page.size);
        const qreal bodyTop = 20 * mm;
        const qreal bodyBottom = page.size.height() - 22 * mm;
        for (const PdfWord &word : page.words) {
            const QRectF &b = word.box;
            const bool onSheet = sheet.contains(b);
            const bool inHeader = b.bottom() <= bodyTop;
            const bool inBody = b.top() >= bodyTop - 0.5 && b.bottom() <= bodyBottom + 0.5;
            const bool inFooter = b.top() >= bodyBottom + 5 * mm - 0.5; // below the footer's rule
            if (!onSheet || !(inHeader || inBody || inFooter))
                clipped << u"page %1: \"%2\" at y %3–%4 (body %5–%6)"_s.arg(p + 1)
                               .arg(word.text)
                               .arg(b.top(), 0, 'f', 2)
                               .arg(b.bottom(), 0, 'f', 2)
                               .arg(bodyTop, 0, 'f', 2)
                               .arg(bodyBottom, 0, 'f', 2);
        }
    }
    QVERIFY2(clipped.isEmpty(), qPrintable(u"%1 words cut by a page edge, e.g.:\n  "_s.arg(clipped.size())
                                           + clipped.mid(0, 12).join(u"\n  "_s)));
}

QTEST_MAIN(TestPdfLarge)
#include "tst_pdflarge.moc"
