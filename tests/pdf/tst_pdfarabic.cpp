// Arabic in the PDF, and the customer's status letter.
//
// A case written mostly in Arabic — the customer's name, notes, the request to the garage — is
// read back with pdftotext: after NFKC normalisation (pdftotext gives presentation forms) each
// Arabic sentence is there whole and in logical order, a line mixing French and Arabic keeps every
// word, and every font is embedded. An Arabic document is laid out right to left (the header's
// reference on the right). The letter is one page whatever the case holds — thirty open handoffs,
// a long next step, many documents — names the coordinator and speaks the customer's language
// by default; the month in its date is the one the locale gives, so this holds before and after
// the translations are filled in.

#include "pdftest.h"

#include <QLocale>
#include <QTimeZone>

#include <memory>

using namespace Relais::Core;
using namespace Relais::Pdf;
using namespace Relais::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString customerAr = u"فاطمة الزهراء العلوي"_s;
const QStringList arabicSentences = {
    u"اتصلت الزبونة لتسأل عن موعد الخبرة"_s,
    u"وصلت السيارة إلى المرآب صباح يوم الاثنين"_s,
    u"إصلاح السيارة وإرسال التقدير إلى شركة التأمين"_s,
};
const QString mixedFrenchFirst = u"Le garage الأمل a reçu la voiture ce matin"_s;
const QString mixedArabicFirst = u"الزبونة أرسلت le constat amiable par WhatsApp"_s;

/// The words of the running header (above the body), in the order pdftotext gives them.
QList<PdfWord> headerWords(const PdfPageWords &page)
{
    QList<PdfWord> out;
    for (const PdfWord &word : page.words)
        if (word.box.bottom() < 20 / 25.4 * 72) // the body starts 20 mm from the top
            out << word;
    return out;
}

const PdfWord *findWord(const QList<PdfWord> &words, const QString &text)
{
    for (const PdfWord &w : words)
        if (w.text == text)
            return &w;
    return nullptr;
}

} // namespace

class TestPdfArabic final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void arabicTextInLogicalOrder_data();
    void arabicTextInLogicalOrder();
    void mixedLinesKeepTheirWords();
    void fontsAreEmbedded_data();
    void fontsAreEmbedded();
    void runningHeaderReadsRightToLeft_data();
    void runningHeaderReadsRightToLeft();
    void identityTableReadsRightToLeft_data();
    void identityTableReadsRightToLeft();

    void frameTextsDoNotOverlap_data();
    void frameTextsDoNotOverlap();

    void letterInTheCustomersLanguage_data();
    void letterInTheCustomersLanguage();
    void letterIsOnePage_data();
    void letterIsOnePage();

private:
    [[nodiscard]] TestWorld &w() { return *m_world; }
    [[nodiscard]] Actor as(const QString &login) { return m_world->actor(login); }
    void note(const QString &login, const QString &text);
    [[nodiscard]] Result<RenderedPdf> render(const Case &record, const ExportOptions &options, const QString &name);

    std::unique_ptr<TestWorld> m_world;
    Case m_case;
};

void TestPdfArabic::initTestCase()
{
    QVERIFY2(PdfProbe::missingTools().isEmpty(), qPrintable(u"poppler-utils missing: "_s + PdfProbe::missingTools()));
}

void TestPdfArabic::note(const QString &login, const QString &text)
{
    w().advance(20 * 60);
    RELAIS_VERIFY_OK(w().ws().cases().addEvent(as(login), m_case.id, newEvent(EventKind::Note, text)));
}

void TestPdfArabic::init()
{
    m_world = std::make_unique<TestWorld>();
    QVERIFY(m_world->isValid());
    ClientDraft draft;
    draft.fullNameAr = customerAr;
    draft.cin = u"EE654321"_s;
    draft.phones = {u"0661234567"_s};
    draft.preferredLanguage = u"ar"_s;
    const Id clientId = registerClient(w(), draft);
    QVERIFY(clientId != 0);
    m_case = w().openCase(clientId, u"ins.agent"_s, u"حادثة سير على الطريق السيار"_s);
    Summary summary;
    summary.situation = u"السيارة متوقفة بعد حادثة على الطريق السيار والزبونة بخير"_s;
    summary.nextStep = u"انتظار تقرير الخبير ثم الموافقة على الإصلاح"_s;
    w().advance(600);
    RELAIS_VERIFY_OK(w().ws().cases().setSummary(as(u"ins.agent"_s), m_case.id, summary));
    note(u"ins.agent"_s, arabicSentences[0]);
    w().advance(600);
    RELAIS_VERIFY_OK(w().ws().handoffs().request(as(u"ins.agent"_s), m_case.id, u"GAR"_s, arabicSentences[2],
                                                 w().now().addDays(5)));
    note(u"gar.agent"_s, arabicSentences[1]);
    note(u"gar.agent"_s, mixedFrenchFirst);
    note(u"ins.agent"_s, mixedArabicFirst);
    w().advance(3600);
}

void TestPdfArabic::cleanup()
{
    m_world.reset();
    m_case = {};
}

Result<RenderedPdf> TestPdfArabic::render(const Case &record, const ExportOptions &options, const QString &name)
{
    auto rendered = PdfExporter(w().ws()).render(as(u"ins.agent"_s), record.reference, options);
    if (rendered)
        keepForInspection(rendered->bytes, name);
    return rendered;
}

// ---------------------------------------------------------------------------------------------
// Arabic text

void TestPdfArabic::arabicTextInLogicalOrder_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("Arabic document") << u"ar"_s;
    QTest::addRow("French document") << u"fr"_s;
    QTest::addRow("English document") << u"en"_s;
}

void TestPdfArabic::arabicTextInLogicalOrder()
{
    QFETCH(QString, language);
    ExportOptions options;
    options.language = language;
    auto rendered = render(m_case, options, u"arabic-timeline-"_s + language);
    RELAIS_VERIFY_OK(rendered);
    PdfProbe pdf(rendered->bytes);
    const QString text = flattened(pdf.text());
    QVERIFY2(pdf.error().isEmpty(), qPrintable(pdf.error()));
    // pdftotext gives presentation forms: the probe normalised them (NFKC).
    QVERIFY2(!text.contains(QRegularExpression(u"[\\x{FB50}-\\x{FDFF}\\x{FE70}-\\x{FEFF}]"_s)), "presentation forms left");
    QVERIFY2(text.contains(customerAr), qPrintable(text.left(2000)));
    QVERIFY(text.contains(u"حادثة سير على الطريق السيار"_s));
    for (const QString &sentence : arabicSentences)
        QVERIFY2(text.contains(sentence), qPrintable(u"\"%1\" not found whole, in logical order"_s.arg(sentence)));
    QVERIFY(text.contains(u"انتظار تقرير الخبير ثم الموافقة على الإصلاح"_s));
}

void TestPdfArabic::mixedLinesKeepTheirWords()
{
    for (const QString &language : {u"fr"_s, u"ar"_s}) {
        ExportOptions options;
        options.language = language;
        auto rendered = render(m_case, options, u"arabic-mixed-"_s + language);
        RELAIS_VERIFY_OK(rendered);
        PdfProbe pdf(rendered->bytes);
        const QStringList lines = pdf.text().split(u'\n');
        for (const QString &mixed : {mixedFrenchFirst, mixedArabicFirst}) {
            // The line that holds the note's Latin anchor word holds all its words, in either
            // script; the French run keeps its order.
            const QString anchor = mixed == mixedFrenchFirst ? u"garage"_s : u"WhatsApp"_s;
            const QString latinRun = mixed == mixedFrenchFirst ? u"a reçu la voiture ce matin"_s
                                                               : u"le constat amiable par WhatsApp"_s;
            const auto line = std::find_if(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.contains(anchor); });
            QVERIFY2(line != lines.cend(), qPrintable(u"%1: no line for \"%2\""_s.arg(language, mixed)));
            const QString found = flattened(*line);
            for (const QString &word : mixed.split(u' '))
                QVERIFY2(found.contains(word), qPrintable(u"%1: \"%2\" missing from \"%3\""_s.arg(language, word, found)));
            QVERIFY2(found.contains(latinRun), qPrintable(found));
        }
    }
}

void TestPdfArabic::fontsAreEmbedded_data()
{
    QTest::addColumn<ExportDocument>("document");
    QTest::addColumn<QString>("language");
    QTest::addRow("timeline ar") << ExportDocument::Timeline << u"ar"_s;
    QTest::addRow("timeline fr") << ExportDocument::Timeline << u"fr"_s;
    QTest::addRow("letter ar") << ExportDocument::StatusLetter << u"ar"_s;
}

void TestPdfArabic::fontsAreEmbedded()
{
    QFETCH(ExportDocument, document);
    QFETCH(QString, language);
    ExportOptions options;
    options.document = document;
    options.language = language;
    auto rendered = render(m_case, options, u"arabic-fonts-%1-%2"_s.arg(int(document)).arg(language));
    RELAIS_VERIFY_OK(rendered);
    PdfProbe pdf(rendered->bytes);
    const QList<PdfFont> fonts = pdf.fonts();
    QVERIFY2(pdf.error().isEmpty(), qPrintable(pdf.error()));
    QVERIFY(!fonts.isEmpty());
    QStringList names;
    for (const PdfFont &font : fonts) {
        names << font.name;
        QVERIFY2(font.embedded, qPrintable(u"%1 (%2) is not embedded"_s.arg(font.name, font.type)));
    }
    // The Arabic letters come from a font that has them.
    QVERIFY2(names.join(u' ').contains(QRegularExpression(u"Arab|Naskh|Kufi|DejaVuSans"_s)), qPrintable(names.join(u", "_s)));
}

void TestPdfArabic::runningHeaderReadsRightToLeft_data()
{
    QTest::addColumn<ExportDocument>("document");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("rightToLeft");
    QTest::addRow("timeline ar") << ExportDocument::Timeline << u"ar"_s << true;
    QTest::addRow("timeline fr") << ExportDocument::Timeline << u"fr"_s << false;
    QTest::addRow("letter ar") << ExportDocument::StatusLetter << u"ar"_s << true;
    QTest::addRow("letter en") << ExportDocument::StatusLetter << u"en"_s << false;
}

void TestPdfArabic::runningHeaderReadsRightToLeft()
{
    QFETCH(ExportDocument, document);
    QFETCH(QString, language);
    QFETCH(bool, rightToLeft);
    ExportOptions options;
    options.document = document;
    options.language = language;
    auto rendered = render(m_case, options, u"arabic-direction-%1-%2"_s.arg(int(document)).arg(language));
    RELAIS_VERIFY_OK(rendered);
    PdfProbe pdf(rendered->bytes);
    const QList<PdfPageWords> pages = pdf.words();
    QVERIFY(!pages.isEmpty());
    for (const PdfPageWords &page : pages) {
        const auto header = headerWords(page); // findWord() points into it
        const PdfWord *reference = findWord(header, m_case.reference);
        QVERIFY2(reference, "the header does not carry the reference");
        const bool onTheRight = reference->box.center().x() > page.size.width() / 2;
        QVERIFY2(onTheRight == rightToLeft,
                 qPrintable(u"the header's reference is at x=%1 of %2"_s.arg(reference->box.x()).arg(page.size.width())));
    }
}

void TestPdfArabic::identityTableReadsRightToLeft_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("rightToLeft");
    QTest::addRow("ar") << u"ar"_s << true;
    QTest::addRow("fr") << u"fr"_s << false;
}

void TestPdfArabic::identityTableReadsRightToLeft()
{
    // The identity table reads in the document's direction too: in Arabic the label ("Reference")
    // is to the right of its value.
    QFETCH(QString, language);
    QFETCH(bool, rightToLeft);
    ExportOptions options;
    options.language = language;
    auto rendered = render(m_case, options, u"arabic-table-"_s + language);
    RELAIS_VERIFY_OK(rendered);
    PdfProbe pdf(rendered->bytes);
    const QList<PdfPageWords> pages = pdf.words();
    QVERIFY(!pages.isEmpty());
    // pdftotext -bbox gives Arabic glyph by glyph, so the label is found as the words sharing the
    // reference value's line: in Arabic they all sit to its right.
    QList<PdfWord> body;
    for (const PdfWord &word : pages.first().words)
        if (word.box.top() > 20 / 25.4 * 72) // below the running header
            body << word;
    const PdfWord *valueWord = findWord(body, m_case.reference);
    QVERIFY2(valueWord, "reference value not found");
    QStringList labelSide;
    bool allOnTheLabelSide = true;
    for (const PdfWord &word : body) {
        // Same line: the boxes overlap vertically (Arabic glyph boxes are taller than Latin ones).
        const bool sameLine = word.box.top() < valueWord->box.bottom() && word.box.bottom() > valueWord->box.top();
        if (&word == valueWord || !sameLine)
            continue;
        labelSide << word.text;
        allOnTheLabelSide &= (word.box.center().x() > valueWord->box.center().x()) == rightToLeft;
    }
    QVERIFY2(!labelSide.isEmpty(), "no label on the reference's line");
    QVERIFY2(allOnTheLabelSide, qPrintable(u"label words \"%1\" not all on the %2 of the value at x=%3"_s
                                               .arg(labelSide.join(u' '), rightToLeft ? u"right"_s : u"left"_s)
                                               .arg(valueWord->box.x())));
}

void TestPdfArabic::frameTextsDoNotOverlap_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("ar") << u"ar"_s;
    QTest::addRow("fr") << u"fr"_s;
}

void TestPdfArabic::frameTextsDoNotOverlap()
{
    // A long agency name and a long user name fill the footer's "generated by" line: it is
    // shortened, and never drawn over "page N of M" — in either direction.
    QFETCH(QString, language);
    const Actor console = Actor::localConsole();
    Agency agency;
    agency.code = u"MGF"_s;
    agency.name = u"Mutuelle Générale des Fonctionnaires et Agents de l'Administration Territoriale du Grand "
                  "Casablanca-Settat"_s;
    RELAIS_VERIFY_OK(w().ws().directory().addAgency(console, agency));
    RELAIS_VERIFY_OK(w().ws().directory().addUser(console, u"mgf.agent"_s, u"MGF"_s, Role::Agent,
                                                  u"Mohammed Amine El Ouazzani Touhami Benjelloun"_s));
    RELAIS_VERIFY_OK(w().ws().handoffs().request(as(u"ins.agent"_s), m_case.id, u"MGF"_s, u"Prendre en charge les frais"_s));
    ExportOptions options;
    options.language = language;
    auto rendered = PdfExporter(w().ws()).render(as(u"mgf.agent"_s), m_case.reference, options);
    RELAIS_VERIFY_OK(rendered);
    keepForInspection(rendered->bytes, u"arabic-long-footer-"_s + language);
    PdfProbe pdf(rendered->bytes);
    const QList<PdfPageWords> pages = pdf.words();
    QVERIFY(!pages.isEmpty());
    const qreal footerTop = pages.first().size.height() - 22 / 25.4 * 72;
    QStringList overlaps;
    // Arabic comes out of pdftotext glyph by glyph, and joined glyphs overlap by design: only
    // words of two characters or more are compared (the Latin name, the date, the numbers).
    for (const PdfWord &a : pages.first().words) {
        if (a.box.top() < footerTop || a.text.size() < 2)
            continue;
        for (const PdfWord &b : pages.first().words) {
            if (&a >= &b || b.box.top() < footerTop || b.text.size() < 2)
                continue;
            const QRectF common = a.box.intersected(b.box);
            const qreal smaller = std::min(a.box.width() * a.box.height(), b.box.width() * b.box.height());
            if (!common.isEmpty() && common.width() * common.height() > 0.2 * smaller)
                overlaps << u"\"%1\" over \"%2\""_s.arg(a.text, b.text);
        }
    }
    QVERIFY2(overlaps.isEmpty(), qPrintable(u"footer words drawn over each other: "_s + overlaps.mid(0, 8).join(u", "_s)));
}

// ---------------------------------------------------------------------------------------------
// The status letter

void TestPdfArabic::letterInTheCustomersLanguage_data()
{
    QTest::addColumn<QString>("preferred");
    QTest::addRow("Arabic") << u"ar"_s;
    QTest::addRow("French") << u"fr"_s;
    QTest::addRow("English") << u"en"_s;
}

void TestPdfArabic::letterInTheCustomersLanguage()
{
    QFETCH(QString, preferred);
    Case record = m_case;
    if (preferred != u"ar"_s) {
        ClientDraft draft;
        draft.fullName = u"Nadia Berrada"_s;
        draft.cin = u"BE112233"_s;
        draft.preferredLanguage = preferred;
        const Id clientId = registerClient(w(), draft);
        QVERIFY(clientId != 0);
        record = w().openCase(clientId, u"ins.agent"_s, u"Bris de glace"_s);
        RELAIS_VERIFY_OK(w().ws().handoffs().request(as(u"ins.agent"_s), record.id, u"GAR"_s, u"Remplacer le pare-brise"_s));
    }
    ExportOptions options;
    options.document = ExportDocument::StatusLetter; // no language: the customer's
    auto rendered = render(record, options, u"letter-default-"_s + preferred);
    RELAIS_VERIFY_OK(rendered);
    QCOMPARE(rendered->options.language, preferred);
    QCOMPARE(rendered->pages, 1);

    PdfProbe pdf(rendered->bytes);
    QCOMPARE(pdf.pageCount(), 1);
    const QString text = flattened(pdf.text());
    QVERIFY(text.contains(record.reference));
    // The coordinator is named, as the one person to contact.
    QVERIFY2(text.count(u"Salma Idrissi"_s) >= 2, qPrintable(text));
    QVERIFY(text.contains(preferred == u"ar"_s ? customerAr : u"Nadia Berrada"_s));
    // The date is written in the customer's language: the month's name comes from the locale.
    const QLocale locale = preferred == u"ar"_s   ? QLocale(QLocale::Arabic, QLocale::Morocco)
                           : preferred == u"fr"_s ? QLocale(QLocale::French, QLocale::Morocco)
                                                  : QLocale(QLocale::English, QLocale::UnitedKingdom);
    const QDate today = w().now().toTimeZone(QTimeZone(as(u"ins.agent"_s).timeZone.toUtf8())).date();
    const QString month = normalisedText(locale.monthName(today.month(), QLocale::LongFormat));
    QVERIFY2(text.contains(month), qPrintable(u"no \"%1\" in:\n%2"_s.arg(month, text)));
    // What is asked of the garage is there.
    QVERIFY(text.contains(preferred == u"ar"_s ? arabicSentences[2] : u"Remplacer le pare-brise"_s));
}

void TestPdfArabic::letterIsOnePage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("openHandoffs");
    QTest::addColumn<int>("completedHandoffs");
    QTest::addColumn<int>("nextStepSentences");
    QTest::addColumn<int>("documentKinds");
    QTest::addRow("30 open handoffs, fr") << u"fr"_s << 30 << 0 << 1 << 0;
    QTest::addRow("30 open handoffs, ar") << u"ar"_s << 30 << 0 << 1 << 0;
    QTest::addRow("30 open and 10 done, documents, fr") << u"fr"_s << 30 << 10 << 1 << 12;
    QTest::addRow("30 open, a long next step, documents, ar") << u"ar"_s << 30 << 6 << 12 << 12;
}

void TestPdfArabic::letterIsOnePage()
{
    QFETCH(QString, language);
    QFETCH(int, openHandoffs);
    QFETCH(int, completedHandoffs);
    QFETCH(int, nextStepSentences);
    QFETCH(int, documentKinds);

    const QStringList agencies{u"GAR"_s, u"TOW"_s, u"HOS"_s};
    const QString longAsk = language == u"ar"_s
        ? u"إصلاح السيارة وإرسال التقدير إلى شركة التأمين مع صور الأضرار وفاتورة القطع قبل نهاية الأسبوع رقم %1"_s
        : u"Réparer le véhicule, envoyer le devis détaillé avec les photos des dommages et la facture des pièces, demande %1"_s;
    for (int i = 1; i <= openHandoffs + completedHandoffs; ++i) {
        w().advance(600);
        const QString to = agencies[i % agencies.size()];
        auto h = w().ws().handoffs().request(as(u"ins.agent"_s), m_case.id, to, longAsk.arg(i), w().now().addDays(10));
        RELAIS_VERIFY_OK(h);
        if (i > openHandoffs) {
            const QString receiver = to == u"GAR"_s ? u"gar.agent"_s : to == u"TOW"_s ? u"tow.agent"_s : u"hos.agent"_s;
            for (const HandoffStatus s : {HandoffStatus::Accepted, HandoffStatus::InProgress, HandoffStatus::Completed}) {
                w().advance(60);
                RELAIS_VERIFY_OK(w().ws().handoffs().transition(as(receiver), h->id, s));
            }
        }
    }
    for (int i = 1; i <= documentKinds; ++i) {
        w().advance(60);
        RELAIS_VERIFY_OK(w().ws().cases().addDocument(as(u"ins.agent"_s), m_case.id, u"justificatif-%1"_s.arg(i),
                                                      u"piece-%1.pdf"_s.arg(i), QByteArray("piece ") + QByteArray::number(i)));
    }
    if (nextStepSentences > 1) {
        auto current = w().ws().cases().caseById(as(u"ins.agent"_s), m_case.id);
        RELAIS_VERIFY_OK(current);
        Summary summary = current->summary;
        QStringList steps;
        for (int i = 1; i <= nextStepSentences; ++i)
            steps << u"الخطوة %1: انتظار تقرير الخبير ثم الموافقة على الإصلاح وإبلاغ الزبونة بالموعد الجديد."_s.arg(i);
        summary.nextStep = steps.join(u' ');
        RELAIS_VERIFY_OK(w().ws().cases().setSummary(as(u"ins.agent"_s), m_case.id, summary, current->summary.version));
    }

    ExportOptions options;
    options.document = ExportDocument::StatusLetter;
    options.language = language;
    auto rendered = render(m_case, options, u"letter-busy-%1-%2-%3"_s.arg(language).arg(openHandoffs).arg(nextStepSentences));
    RELAIS_VERIFY_OK(rendered);
    PdfProbe pdf(rendered->bytes);
    QCOMPARE(rendered->pages, 1);
    QCOMPARE(pdf.pageCount(), 1);
    const QString text = flattened(pdf.text());
    // However busy, the letter still ends with whom to call.
    QVERIFY2(text.count(u"Salma Idrissi"_s) >= 2, qPrintable(text));
    QVERIFY(text.contains(m_case.reference));
    // Nothing was cut off the page: every word sits on the sheet, above the footer's rule.
    const QList<PdfPageWords> pages = pdf.words();
    QCOMPARE(pages.size(), 1);
    const qreal bodyBottom = pages.first().size.height() - 22 / 25.4 * 72;
    for (const PdfWord &word : pages.first().words) {
        QVERIFY2(QRectF(QPointF(0, 0), pages.first().size).contains(word.box), qPrintable(word.text));
        if (word.box.top() > bodyBottom)
            QVERIFY2(word.box.top() > bodyBottom + 5 / 25.4 * 72 - 1,
                     qPrintable(u"\"%1\" at y=%2 runs into the footer"_s.arg(word.text).arg(word.box.top())));
    }
}

QTEST_MAIN(TestPdfArabic)
#include "tst_pdfarabic.moc"
