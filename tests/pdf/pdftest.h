#pragma once

// Helpers shared by the PDF suites: a customer with every identifier filled in, the events of a
// timeline found back in extracted text, and a way to keep the PDFs a test made for a look
// (set RELAIS_KEEP_PDFS to a folder).

#include "casefiletest.h"
#include "pdfprobe.h"

#include "pdf/pdfexporter.h"
#include "pdf/wording.h"

#include <QDir>
#include <QRegularExpression>

namespace Relais::Test {

/// Karim Bennani, with CIN, two phones, e-mail, address and birth date.
[[nodiscard]] inline Core::ClientDraft fullIdentity()
{
    using namespace Qt::Literals::StringLiterals;
    Core::ClientDraft draft;
    draft.fullName = u"Karim Bennani"_s;
    draft.fullNameAr = u"كريم بناني"_s;
    draft.cin = u"BK123456"_s;
    draft.birthDate = QDate(1985, 4, 12);
    draft.phones = {u"0612345678"_s, u"0522123456"_s};
    draft.email = u"karim.bennani@example.ma"_s;
    draft.address = u"12 Rue Ibn Batouta, Quartier Maârif, Casablanca"_s;
    draft.preferredLanguage = u"fr"_s;
    return draft;
}

/// Registers the customer (as ins.agent) with consent for the whole network; 0 on failure.
[[nodiscard]] inline Core::Id registerClient(TestWorld &world, const Core::ClientDraft &draft)
{
    using namespace Qt::Literals::StringLiterals;
    auto registered = world.ws().clients().registerClient(world.actor(u"ins.agent"_s), draft, true);
    if (!registered) {
        qWarning("cannot register client: %s", qPrintable(registered.error().message));
        return 0;
    }
    auto consent = world.ws().clients().grantConsent(world.actor(u"ins.agent"_s), registered->client.id,
                                                     Core::ConsentScope::Network, {});
    if (!consent) {
        qWarning("cannot record consent: %s", qPrintable(consent.error().message));
        return 0;
    }
    return registered->client.id;
}

/// The sequence numbers of the event headings ("#12 · 2 Mar 2026 10:00 · …" at the start of a
/// line) in the order they appear in the text, repeats included.
[[nodiscard]] inline QList<int> eventHeadings(const QString &text)
{
    static const QRegularExpression heading(QStringLiteral("^#(\\d+)\\s+·\\s"), QRegularExpression::MultilineOption);
    QList<int> seqs;
    for (auto it = heading.globalMatch(text); it.hasNext();)
        seqs << it.next().captured(1).toInt();
    return seqs;
}

/// The first occurrence of each number, in order.
[[nodiscard]] inline QList<int> firstOccurrences(const QList<int> &seqs)
{
    QList<int> out;
    for (const int seq : seqs)
        if (!out.contains(seq))
            out << seq;
    return out;
}

/// The text of event #seq, from its heading to the next event's heading (or the end).
[[nodiscard]] inline QString eventBlock(const QString &text, int seq)
{
    const QRegularExpression heading(QStringLiteral("^#%1\\s+·\\s").arg(seq), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch start = heading.match(text);
    if (!start.hasMatch())
        return {};
    static const QRegularExpression next(QStringLiteral("^#\\d+\\s+·\\s"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch end = next.match(text, start.capturedEnd());
    return text.mid(start.capturedStart(), end.hasMatch() ? end.capturedStart() - start.capturedStart() : -1);
}

/// A regular expression for a run of digits written with any separators between them
/// (spaces, dots, dashes, parentheses, slashes), as a phone or CIN may be typed.
[[nodiscard]] inline QRegularExpression digitsWithSeparators(const QString &digits)
{
    QStringList parts;
    for (const QChar c : digits)
        parts << QRegularExpression::escape(QString(c));
    return QRegularExpression(parts.join(QStringLiteral("[\\s.\\-()/]*")));
}

/// Arabic-Indic and Persian digits as 0-9, so "٠٦١٢" is found as "0612".
[[nodiscard]] inline QString latinDigits(const QString &text)
{
    QString out = text;
    for (QChar &c : out)
        if (c.isDigit() && c.unicode() > 0x7f)
            c = QChar(u'0' + c.digitValue());
    return out;
}

/// Writes the bytes to $RELAIS_KEEP_PDFS/<name>.pdf when that variable names a folder.
inline void keepForInspection(const QByteArray &bytes, const QString &name)
{
    const QString folder = qEnvironmentVariable("RELAIS_KEEP_PDFS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QFile file(QDir(folder).filePath(name + QStringLiteral(".pdf")));
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
}

/// The footer's "Page N of M" in the document's language, through the documents' own wording
/// (so the test holds once the French and Arabic translations are filled in).
[[nodiscard]] inline QString pageLabel(const QString &language, int page, int pages)
{
    return Pdf::Wording(language).tr("Page %1 of %2").arg(page).arg(pages);
}

} // namespace Relais::Test
