#include "pdf/pdfexporter.h"

#include "casefile/workspace.h"
#include "export/casedossier.h"
#include "pdf/casedocuments.h"
#include "pdf/wording.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Pdf {

namespace {

/// The language a document is written in when the exporter did not choose one.
ExportOptions withLanguage(ExportOptions options)
{
    if (options.language.isEmpty() && options.document == ExportDocument::Timeline) {
        options.language = documentLanguageCode(QLocale().name());
        if (options.language.isEmpty())
            options.language = u"en"_s;
    }
    return options;
}

Status checkLanguage(const ExportOptions &options)
{
    if (!options.language.isEmpty() && documentLanguageCode(options.language) != options.language)
        return fail(ErrorCode::Invalid,
                    Tr::tr("Documents are written in fr, ar or en, not \"%1\".").arg(options.language));
    return {};
}

QString documentCode(ExportDocument document)
{
    return document == ExportDocument::StatusLetter ? u"letter"_s : u"timeline"_s;
}

QString recordText(const Actor &actor, const RenderedPdf &pdf)
{
    const ExportOptions &o = pdf.options;
    QStringList how;
    how << (o.redact ? Tr::tr("identifiers removed") : o.showFullCin ? Tr::tr("full CIN") : Tr::tr("CIN masked"));
    if (o.includeInternal)
        how << Tr::tr("with %1's internal notes").arg(actor.agencyName);
    if (o.from.isValid() || o.to.isValid())
        how << Tr::tr("events %1 to %2").arg(o.from.isValid() ? o.from.toString(Qt::ISODate) : Tr::tr("start"),
                                             o.to.isValid() ? o.to.toString(Qt::ISODate) : Tr::tr("today"));
    const QString what = o.document == ExportDocument::StatusLetter ? Tr::tr("Status letter for the customer")
                                                                    : Tr::tr("Timeline");
    // Stored for good in the hash chain: spelled out, not left to a plural form that only a
    // loaded translation would fill in.
    const QString pages = pdf.pages == 1 ? Tr::tr("1 page") : Tr::tr("%1 pages").arg(pdf.pages);
    return Tr::tr("%1 exported to PDF by %2 (%3): %4, %5.")
        .arg(what, actor.displayName, actor.agencyName, pages, how.join(u", "_s));
}

QJsonObject recordDetails(const RenderedPdf &pdf, const QString &path, const QByteArray &sha256)
{
    const ExportOptions &o = pdf.options;
    QJsonObject details{{u"format"_s, u"pdf"_s},
                        {u"document"_s, documentCode(o.document)},
                        {u"fileName"_s, QFileInfo(path).fileName()},
                        {u"pages"_s, pdf.pages},
                        {u"sha256"_s, QString::fromLatin1(sha256)},
                        {u"headHash"_s, QString::fromLatin1(pdf.headHash)},
                        {u"headSeq"_s, pdf.headSeq},
                        {u"language"_s, o.language},
                        {u"redacted"_s, o.redact},
                        {u"fullCin"_s, o.showFullCin && !o.redact},
                        {u"internal"_s, o.includeInternal},
                        {u"paper"_s, o.paper == PaperSize::Letter ? u"letter"_s : u"a4"_s}};
    if (o.from.isValid())
        details.insert(u"from"_s, o.from.toString(Qt::ISODate));
    if (o.to.isValid())
        details.insert(u"to"_s, o.to.toString(Qt::ISODate));
    return details;
}

} // namespace

Status PdfExporter::writeAtomically(const QString &path, const QByteArray &bytes)
{
    if (auto ok = checkDestination(path); !ok)
        return ok;
    // QSaveFile writes beside the target and renames over it only once every byte is down.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Storage, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Storage, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Status PdfExporter::checkDestination(const QString &path)
{
    if (path.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, Tr::tr("Say where to save the PDF."));
    const QFileInfo target(path);
    if (target.isDir())
        return fail(ErrorCode::Invalid, Tr::tr("%1 is a folder; give a file name.").arg(path));
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir())
        return fail(ErrorCode::Invalid, Tr::tr("Cannot write %1: there is no folder %2.").arg(path, folder.filePath()));
    if (!folder.isWritable())
        return fail(ErrorCode::Invalid,
                    Tr::tr("Cannot write %1: the folder %2 cannot be written to.").arg(path, folder.filePath()));
    return {};
}

QString PdfExporter::suggestedFileName(const QString &reference, ExportDocument document)
{
    return u"%1 %2.pdf"_s.arg(reference, documentCode(document));
}

Result<RenderedPdf> PdfExporter::render(const Actor &actor, const QString &reference,
                                        const ExportOptions &options) const
{
    if (auto ok = checkLanguage(options); !ok)
        return std::unexpected(ok.error());
    auto dossier = gatherDossier(m_ws, actor, reference, withLanguage(options),
                                 [](const QString &language) { return Wording(language).redactionMarkers(); });
    if (!dossier)
        return std::unexpected(dossier.error());
    const PrintedPdf printed = dossier->options.document == ExportDocument::StatusLetter ? printStatusLetter(*dossier)
                                                                                          : printTimeline(*dossier);
    RenderedPdf out;
    out.bytes = printed.bytes;
    out.pages = printed.pages;
    out.caseId = dossier->record.id;
    out.reference = dossier->record.reference;
    out.headHash = dossier->headHash;
    out.headSeq = dossier->headSeq;
    out.options = dossier->options;
    out.suggestedFileName = suggestedFileName(out.reference, options.document);
    return out;
}

Result<SavedPdf> PdfExporter::save(const Actor &actor, const RenderedPdf &pdf, const QString &path)
{
    const QByteArray sha256 = QCryptographicHash::hash(pdf.bytes, QCryptographicHash::Sha256).toHex();
    bool fileWritten = false;
    auto saved = m_ws.database().write([&]() -> Result<SavedPdf> {
        auto recorded = m_ws.cases().recordExport(actor, pdf.caseId, recordText(actor, pdf),
                                                  recordDetails(pdf, path, sha256));
        if (!recorded)
            return std::unexpected(recorded.error());
        if (auto written = writeAtomically(path, pdf.bytes); !written)
            return std::unexpected(written.error());
        fileWritten = true;
        return SavedPdf{QFileInfo(path).absoluteFilePath(), pdf.pages, sha256, recorded->seq};
    });
    // The record could not be committed: take the file back, so no export goes unrecorded.
    if (!saved && fileWritten)
        QFile::remove(path);
    return saved;
}

Result<SavedPdf> PdfExporter::exportTo(const Actor &actor, const QString &reference, const ExportOptions &options,
                                       const QString &path)
{
    if (auto ok = checkDestination(path); !ok)
        return std::unexpected(ok.error());
    auto rendered = render(actor, reference, options);
    if (!rendered)
        return std::unexpected(rendered.error());
    return save(actor, *rendered, path);
}

} // namespace Relais::Pdf
