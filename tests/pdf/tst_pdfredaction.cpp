// Identifiers in the PDF, read back from the file: a copy for outside readers (redact) holds the
// customer's CIN, phones, e-mail, address and birth date nowhere — not in the extracted text, not
// in the Info dictionary or XMP packet, not anywhere in the raw bytes — even where agents typed
// them inside notes, summaries, handoff requests, reasons and file names, in any spelling. The
// default copy masks the CIN (BK****56) wherever it is written; the full copy shows it.

#include "pdftest.h"

#include <memory>

using namespace Relais::Core;
using namespace Relais::Pdf;
using namespace Relais::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

/// One identifier and the ways to find it in extracted text.
struct Secret {
    QString what;
    QRegularExpression pattern; ///< searched in the text with Arabic-Indic digits read as 0-9
    QStringList rawForms;       ///< searched in the file's bytes (UTF-8 and UTF-16BE)
};

QList<Secret> secrets()
{
    const auto ci = QRegularExpression::CaseInsensitiveOption;
    return {
        // The CIN's digits alone too, but not inside a longer number (0612345678 is a phone).
        {u"CIN"_s, QRegularExpression(u"BK[\\s\\-_]?123456|(?<!\\d)123456(?!\\d)"_s, ci), {u"BK123456"_s}},
        {u"mobile"_s, digitsWithSeparators(u"612345678"_s), {u"612345678"_s, u"6 12 34 56 78"_s}},
        {u"landline"_s, digitsWithSeparators(u"522987654"_s), {u"522987654"_s, u"5 22 98 76 54"_s}},
        {u"e-mail"_s, QRegularExpression(u"karim\\.bennani|@example\\.ma"_s, ci), {u"karim.bennani"_s, u"example.ma"_s}},
        {u"address"_s, QRegularExpression(u"Batouta|Maârif"_s, ci), {u"Batouta"_s, u"Maârif"_s}},
        // The year alone in the text; in the raw bytes only whole dates, since four digits turn
        // up by chance in the cross-reference table's offsets ("0000011985").
        {u"birth date"_s, QRegularExpression(u"(?<!\\d)1985(?!\\d)"_s), {u"1985-04-12"_s, u"12/04/1985"_s}},
    };
}

/// Where each secret is found in `text`, as "what (where): …context…".
QStringList leaksIn(const QString &text, const QString &where)
{
    QStringList leaks;
    const QString readable = latinDigits(text);
    for (const Secret &s : secrets()) {
        for (auto it = s.pattern.globalMatch(readable); it.hasNext();) {
            const auto match = it.next();
            leaks << u"%1 (%2): …%3…"_s.arg(s.what, where,
                                            readable.mid(std::max<qsizetype>(0, match.capturedStart() - 40), 100)
                                                .simplified());
        }
    }
    return leaks;
}

QByteArray utf16be(const QString &text)
{
    QByteArray out;
    for (const QChar c : text)
        out.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    return out;
}

} // namespace

class TestPdfRedaction final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void redactedCopyHoldsNoIdentifier_data();
    void redactedCopyHoldsNoIdentifier();
    void redactedCopySaysSo();
    void defaultCopyMasksTheCin();
    void fullCopyShowsTheCin();

private:
    [[nodiscard]] TestWorld &w() { return *m_world; }
    [[nodiscard]] Actor as(const QString &login) { return m_world->actor(login); }
    void add(const QString &login, EventKind kind, const QString &text);
    [[nodiscard]] Result<RenderedPdf> render(const ExportOptions &options, const QString &name);

    std::unique_ptr<TestWorld> m_world;
    Case m_case;
};

void TestPdfRedaction::initTestCase()
{
    QVERIFY2(PdfProbe::missingTools().isEmpty(), qPrintable(u"poppler-utils missing: "_s + PdfProbe::missingTools()));
}

void TestPdfRedaction::add(const QString &login, EventKind kind, const QString &text)
{
    w().advance(20 * 60);
    RELAIS_VERIFY_OK(w().ws().cases().addEvent(as(login), m_case.id, newEvent(kind, text)));
}

void TestPdfRedaction::init()
{
    m_world = std::make_unique<TestWorld>();
    QVERIFY(m_world->isValid());
    ClientDraft draft = fullIdentity();
    draft.phones = {u"0612345678"_s, u"0522987654"_s};
    const Id clientId = registerClient(w(), draft);
    QVERIFY(clientId != 0);
    // Agents write identifiers everywhere: in the title, the summary, notes, requests, reasons.
    m_case = w().openCase(clientId, u"ins.agent"_s, u"Accident — CIN BK123456, tél. 06 12 34 56 78"_s);
    Summary summary;
    summary.situation = u"Joignable au +212 6 12 34 56 78 ou par courriel à karim.bennani@example.ma."_s;
    summary.needs = u"Remorquage depuis le domicile : 12 Rue Ibn Batouta, Quartier Maârif, Casablanca."_s;
    summary.nextStep = u"Rappeler au 0522-987654 avant midi."_s;
    w().advance(600);
    RELAIS_VERIFY_OK(w().ws().cases().setSummary(as(u"ins.agent"_s), m_case.id, summary));
    add(u"ins.agent"_s, EventKind::Call, u"Le client rappelle du 0612345678."_s);
    add(u"ins.agent"_s, EventKind::Note, u"Fixe : 05 22 98 76 54 ; portable : 06.12.34.56.78 ; aussi +212-6-12-34-56-78."_s);
    add(u"ins.agent"_s, EventKind::Note, u"Depuis l'étranger : 00212 612 345 678."_s);
    add(u"ins.agent"_s, EventKind::Note, u"Adresse confirmée : 12 rue Ibn Batouta,\nquartier Maârif, Casablanca"_s);
    add(u"ins.agent"_s, EventKind::Note, u"CIN vérifiée sur présentation : bk 123456."_s);
    add(u"ins.agent"_s, EventKind::Message, u"Courriel reçu de KARIM.BENNANI@example.ma avec les photos."_s);
    add(u"ins.agent"_s, EventKind::Note, u"اتصل الزبون من الرقم ٠٦١٢٣٤٥٦٧٨ وطلب موعدا"_s);
    auto fixed = w().ws().cases().correct(as(u"ins.agent"_s), m_case.id, 4, u"Numéro exact : +212 612-345-678."_s);
    RELAIS_VERIFY_OK(fixed);
    RELAIS_VERIFY_OK(w().ws().cases().recordEffort(as(u"ins.agent"_s), m_case.id, EffortKind::ReExplained,
                                                   u"A redonné son adresse (12 Rue Ibn Batouta, Quartier Maârif, "
                                                   "Casablanca) pour la troisième fois."_s));
    RELAIS_VERIFY_OK(w().ws().cases().addDocument(as(u"ins.agent"_s), m_case.id, u"cin"_s, u"cin-BK123456-recto.jpg"_s,
                                                  QByteArray("scan recto de la carte")));
    RELAIS_VERIFY_OK(w().ws().cases().addDocument(as(u"ins.agent"_s), m_case.id, u"cin"_s, u"CIN_BK123456_verso.jpg"_s,
                                                  QByteArray("scan verso de la carte")));
    w().advance(600);
    auto tow = w().ws().handoffs().request(as(u"ins.agent"_s), m_case.id, u"TOW"_s,
                                           u"Remorquer depuis le 12 Rue Ibn Batouta, Quartier Maârif, Casablanca ; "
                                           "appeler le client au 06 12 34 56 78"_s);
    RELAIS_VERIFY_OK(tow);
    w().advance(600);
    TransitionDetails reason;
    reason.reason = u"Client injoignable au 0612345678 et à karim.bennani@example.ma"_s;
    RELAIS_VERIFY_OK(w().ws().handoffs().transition(as(u"tow.agent"_s), tow->id, HandoffStatus::Rejected, reason));
    w().advance(600);
}

void TestPdfRedaction::cleanup()
{
    m_world.reset();
    m_case = {};
}

Result<RenderedPdf> TestPdfRedaction::render(const ExportOptions &options, const QString &name)
{
    auto rendered = PdfExporter(w().ws()).render(as(u"ins.agent"_s), m_case.reference, options);
    if (rendered)
        keepForInspection(rendered->bytes, name);
    return rendered;
}

void TestPdfRedaction::redactedCopyHoldsNoIdentifier_data()
{
    QTest::addColumn<ExportDocument>("document");
    QTest::addColumn<QString>("language");
    QTest::addRow("timeline, en") << ExportDocument::Timeline << u"en"_s;
    QTest::addRow("timeline, ar") << ExportDocument::Timeline << u"ar"_s;
    QTest::addRow("letter, fr") << ExportDocument::StatusLetter << u"fr"_s;
}

void TestPdfRedaction::redactedCopyHoldsNoIdentifier()
{
    QFETCH(ExportDocument, document);
    QFETCH(QString, language);
    ExportOptions options;
    options.document = document;
    options.language = language;
    options.redact = true;
    options.showFullCin = true; // ignored when redacting
    options.includeInternal = true;
    auto rendered = render(options, u"redacted-%1-%2"_s.arg(int(document)).arg(language));
    RELAIS_VERIFY_OK(rendered);
    QVERIFY(rendered->options.redact);

    PdfProbe pdf(rendered->bytes);
    const QString text = pdf.text();
    QVERIFY2(pdf.error().isEmpty(), qPrintable(pdf.error()));
    QVERIFY2(text.contains(m_case.reference), "the probe read nothing");
    if (document == ExportDocument::Timeline) {
        // The notes are there, only their identifiers went.
        QVERIFY(flattened(text).contains(u"Le client rappelle du"_s));
        QVERIFY(flattened(text).contains(u"avec les photos"_s));
    }

    QStringList leaks = leaksIn(text, u"text"_s);
    const auto info = pdf.info();
    for (const QString &field : {u"Title"_s, u"Author"_s, u"Subject"_s, u"Keywords"_s})
        leaks += leaksIn(info.value(field), u"pdfinfo "_s + field);
    // Fonts are subset-free CID fonts, so page text is not in the bytes as such: what is, is
    // the Info dictionary (UTF-16BE) and the XMP packet (UTF-8).
    const QByteArray &bytes = rendered->bytes;
    for (const Secret &s : secrets()) {
        for (const QString &form : s.rawForms) {
            if (bytes.contains(form.toUtf8()))
                leaks << u"%1 (raw bytes, UTF-8): %2"_s.arg(s.what, form);
            if (bytes.contains(utf16be(form)))
                leaks << u"%1 (raw bytes, UTF-16BE): %2"_s.arg(s.what, form);
        }
    }
    QVERIFY2(leaks.isEmpty(), qPrintable(u"identifiers left in a redacted copy:\n  "_s + leaks.join(u"\n  "_s)));
}

void TestPdfRedaction::redactedCopySaysSo()
{
    ExportOptions options;
    options.redact = true;
    options.language = u"en"_s;
    auto rendered = render(options, u"redacted-says-so"_s);
    RELAIS_VERIFY_OK(rendered);
    PdfProbe pdf(rendered->bytes);
    const QString text = flattened(pdf.text());
    const Wording words(u"en"_s);
    QVERIFY(text.contains(words.tr("removed from this copy")));
    QVERIFY(text.contains(u"[phone removed]"_s) || text.contains(u"["_s + words.tr("phone removed")));
    // The customer's name stays: the reader must know whose file it is.
    QVERIFY(text.contains(u"Karim Bennani"_s));
}

void TestPdfRedaction::defaultCopyMasksTheCin()
{
    ExportOptions options;
    options.language = u"en"_s;
    auto rendered = render(options, u"masked"_s);
    RELAIS_VERIFY_OK(rendered);
    PdfProbe pdf(rendered->bytes);
    const QString text = pdf.text();
    const qsizetype masked = text.count(u"BK****56"_s);
    // The identity table, the title, the note and both file names.
    QVERIFY2(masked >= 3, qPrintable(QString::number(masked)));
    QStringList leaks;
    for (const QString &place : {text, pdf.info().value(u"Subject"_s), pdf.info().value(u"Title"_s)}) {
        static const QRegularExpression fullCin(u"BK[\\s\\-_]?123456|(?<!\\d)123456(?!\\d)"_s,
                                                QRegularExpression::CaseInsensitiveOption);
        for (auto it = fullCin.globalMatch(place); it.hasNext();) {
            const auto m = it.next();
            leaks << place.mid(std::max<qsizetype>(0, m.capturedStart() - 40), 100).simplified();
        }
    }
    QVERIFY2(leaks.isEmpty(), qPrintable(u"full CIN in the default copy:\n  "_s + leaks.join(u"\n  "_s)));
    QVERIFY(!rendered->bytes.contains("BK123456"));
    QVERIFY(!rendered->bytes.contains(utf16be(u"BK123456"_s)));
    // Inside the network, the rest of the identity stays: agencies work with it.
    QVERIFY(flattened(text).contains(u"+212 6 12 34 56 78"_s));
    QVERIFY(text.contains(u"karim.bennani@example.ma"_s));
}

void TestPdfRedaction::fullCopyShowsTheCin()
{
    ExportOptions options;
    options.language = u"en"_s;
    options.showFullCin = true;
    auto rendered = render(options, u"full-cin"_s);
    RELAIS_VERIFY_OK(rendered);
    PdfProbe pdf(rendered->bytes);
    const QString text = pdf.text();
    QVERIFY(text.contains(u"BK123456"_s));
    QVERIFY(!text.contains(u"BK****56"_s));
    QVERIFY(pdf.info().value(u"Subject"_s).contains(u"BK123456"_s));
}

QTEST_MAIN(TestPdfRedaction)
#include "tst_pdfredaction.moc"
