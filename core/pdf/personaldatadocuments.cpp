#include "pdf/personaldatadocuments.h"

#include "pdf/accessreport.h"
#include "pdf/pdfexporter.h"
#include "pdf/wording.h"

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Pdf {

Status PdfPersonalDataDocuments::writeTimeline(const Actor &actor, const QString &reference, const QString &language,
                                               const QString &path)
{
    // The customer's own copy: their identifiers in full, in their language.
    ExportOptions options;
    options.language = language;
    options.showFullCin = true;
    auto saved = PdfExporter(m_ws).exportTo(actor, reference, options, path);
    if (!saved)
        return std::unexpected(saved.error());
    return {};
}

QByteArray PdfPersonalDataDocuments::accessLogPdf(const AccessReport &report, const QString &language,
                                                  const QString &timeZone)
{
    return printAccessReport(report, language, timeZone).bytes;
}

QString PdfPersonalDataDocuments::readme(const PersonalDataExport &contents, const Actor &actor)
{
    const Wording w(contents.language);
    QStringList lines;
    lines << w.tr("Your data held in Relais") << QString();
    lines << w.tr("%1 — exported on %2 by %3 (%4), at your request.")
                 .arg(contents.client.displayName(), w.dateTime(contents.exportedAt, actor.timeZone), actor.displayName,
                      actor.agencyName)
          << QString();
    lines << w.tr("What each file is:");
    const std::pair<QString, QString> files[] = {
        {u"client.json"_s, w.tr("your identity, your phone numbers, the consents you gave (and those you withdrew, "
                                "with the reason) and any merge of two files that were both yours.")},
        {u"cases/…/case.json"_s, w.tr("each of your cases in full: the agencies taking part, every entry of its "
                                      "timeline, including each agency's internal notes, its handoffs between "
                                      "agencies and its documents.")},
        {u"cases/…/timeline.pdf"_s, w.tr("the same timeline as a document to read or print: what the agencies share "
                                         "with each other.")},
        {u"documents/"_s, w.tr("the documents you provided, each once, under their original names.")},
        {u"access-log.json, access-log.pdf"_s, w.tr("who could see your file, who saw it, when and why, and who was "
                                                    "refused.")},
        {u"README.txt"_s, w.tr("this file.")},
    };
    for (const auto &[name, what] : files)
        lines << u"- %1: %2"_s.arg(name, what);
    lines << QString();
    lines << (contents.cases.isEmpty() ? w.tr("You have no case on file.")
                                       : w.tr("Your cases: %1.").arg(contents.cases.join(u", "_s)));
    lines << QString();
    lines << w.tr("Is something wrong? Tell any agency serving you. Nothing is erased: a mistake is corrected by a new "
                  "entry on the timeline that points to the one it corrects, so you can always see what was corrected, "
                  "when and by whom.");
    lines << w.tr("The JSON files are for computers; their times are in UTC. The PDF files are for reading; their times "
                  "are in %1.").arg(actor.timeZone);
    return lines.join(u'\n') + u'\n';
}

} // namespace Relais::Pdf
