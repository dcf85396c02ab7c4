// export pdf: a case timeline or the customer's status letter, as a PDF file.
#include "cli.h"

#include "pdf/pdfexporter.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Cli {

namespace {

Result<QDate> dateOption(const Context &ctx, const QString &option)
{
    const QString text = ctx.args().value(option).trimmed();
    if (text.isEmpty())
        return QDate();
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid())
        return fail(ErrorCode::Invalid, Tr::tr("%1 takes a date like 2026-03-31, not \"%2\".").arg(option, text));
    return day;
}

Result<ExportOptions> exportOptions(const Context &ctx)
{
    ExportOptions options;
    const auto &flags = ctx.args().flags;
    options.document = flags.contains(u"--letter"_s) ? ExportDocument::StatusLetter : ExportDocument::Timeline;
    options.includeInternal = flags.contains(u"--include-internal"_s);
    options.redact = flags.contains(u"--redact"_s);
    options.showFullCin = flags.contains(u"--full-cin"_s);
    if (options.redact && options.showFullCin)
        return fail(ErrorCode::Invalid, Tr::tr("--redact and --full-cin contradict each other: choose one."));
    auto from = dateOption(ctx, u"--from"_s);
    if (!from)
        return std::unexpected(from.error());
    auto to = dateOption(ctx, u"--to"_s);
    if (!to)
        return std::unexpected(to.error());
    options.from = *from;
    options.to = *to;
    const QString paper = ctx.args().value(u"--paper"_s, u"a4"_s).toLower();
    if (paper != u"a4"_s && paper != u"letter"_s)
        return fail(ErrorCode::Invalid, Tr::tr("--paper is a4 or letter, not \"%1\".").arg(paper));
    options.paper = paper == u"letter"_s ? PaperSize::Letter : PaperSize::A4;
    options.language = ctx.args().value(u"--lang"_s).trimmed().toLower();
    return options;
}

int exportPdf(Context &ctx)
{
    const QString out = ctx.args().value(u"--out"_s);
    if (out.trimmed().isEmpty())
        return ctx.usage(Tr::tr("Say where to write the PDF with --out FILE."));
    auto options = exportOptions(ctx);
    if (!options)
        return ctx.failed(options.error());
    auto access = ctx.caseSession();
    if (!access)
        return ctx.failed(access.error());
    // Before the case is read: a doomed export leaves no reads in the access log.
    if (auto writable = Pdf::PdfExporter::checkDestination(out); !writable)
        return ctx.failed(writable.error());
    auto &[ws, actor, record] = *access;
    Pdf::PdfExporter exporter(*ws);
    auto rendered = exporter.render(actor, record.reference, *options);
    if (!rendered)
        return ctx.failed(rendered.error());
    auto saved = exporter.save(actor, *rendered, out);
    if (!saved)
        return ctx.failed(saved.error());
    const bool letter = options->document == ExportDocument::StatusLetter;
    const QJsonObject json{{u"case"_s, record.reference},
                           {u"document"_s, letter ? u"letter"_s : u"timeline"_s},
                           {u"path"_s, saved->path},
                           {u"pages"_s, saved->pages},
                           {u"sha256"_s, QString::fromLatin1(saved->sha256)},
                           {u"headHash"_s, QString::fromLatin1(rendered->headHash)},
                           {u"headSeq"_s, rendered->headSeq},
                           {u"language"_s, rendered->options.language},
                           {u"recordedAsEvent"_s, saved->eventSeq}};
    const QString text =
        Tr::tr("%1 of %2 written to %3: %n page(s), in %4.\n"
               "  SHA-256 of the file: %5\n"
               "  Head hash printed on every page (event #%6): %7\n"
               "  Recorded on the case as event #%8.",
               nullptr, saved->pages)
            .arg(letter ? Tr::tr("Status letter") : Tr::tr("Timeline"), record.reference, saved->path,
                 rendered->options.language, QString::fromLatin1(saved->sha256))
            .arg(rendered->headSeq)
            .arg(QString::fromLatin1(rendered->headHash))
            .arg(saved->eventSeq);
    return ctx.print(json, text);
}

} // namespace

void addExportCommands(QList<Command> &commands)
{
    commands << Command{u"export pdf"_s,
                        u"REF --out FILE [--from DATE] [--to DATE] [--include-internal] [--redact] [--full-cin] "
                        "[--letter] [--paper a4|letter] [--lang fr|ar|en] --as LOGIN"_s,
                        Tr::tr("Export the case timeline (or, with --letter, a one-page status letter for the "
                               "customer in their language) to PDF; recorded on the case."),
                        1, 1,
                        {{u"--out"_s, u"--from"_s, u"--to"_s, u"--paper"_s, u"--lang"_s},
                         {u"--include-internal"_s, u"--redact"_s, u"--full-cin"_s, u"--letter"_s},
                         {}},
                        exportPdf};
}

} // namespace Relais::Cli
