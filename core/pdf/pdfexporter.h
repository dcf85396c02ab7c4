#pragma once

#include "export/exportoptions.h"
#include "domain/types.h"

namespace Relais::Core {
class Workspace;
}

namespace Relais::Pdf {

/// A PDF made from a case, held in memory for a preview before it is saved.
struct RenderedPdf {
    QByteArray bytes;
    int pages = 0;
    Core::Id caseId = 0;
    QString reference;
    QByteArray headHash; ///< the chain's head when it was rendered
    int headSeq = 0;
    Core::ExportOptions options; ///< language resolved
    QString suggestedFileName;   ///< "REL-2026-000123 timeline.pdf"
};

/// A PDF saved at `path` and recorded on the case's timeline.
struct SavedPdf {
    QString path;
    int pages = 0;
    QByteArray sha256; ///< hex, of the file's bytes
    int eventSeq = 0;  ///< the timeline event recording the export
};

/// Exports a case to PDF: the evidence-grade timeline or the customer's status letter.
/// Anyone who may read the case may export it; what they may not see is not in the file.
class PdfExporter final
{
public:
    explicit PdfExporter(Core::Workspace &ws) : m_ws(ws) {}

    /// Lays the case out as `actor` sees it. Nothing is written; the reads are in the access log.
    [[nodiscard]] Core::Result<RenderedPdf> render(const Core::Actor &actor, const QString &reference,
                                                   const Core::ExportOptions &options) const;

    /// Writes a rendered PDF to `path` atomically (a failure or a kill never leaves a truncated
    /// file there) and records the export on the case, in one transaction: no file without its
    /// record, no record without its file.
    [[nodiscard]] Core::Result<SavedPdf> save(const Core::Actor &actor, const RenderedPdf &pdf, const QString &path);

    /// render() then save().
    [[nodiscard]] Core::Result<SavedPdf> exportTo(const Core::Actor &actor, const QString &reference,
                                                  const Core::ExportOptions &options, const QString &path);

    /// Refuses a destination that cannot be written (no such folder, a folder, no permission)
    /// before anything is read or rendered.
    [[nodiscard]] static Core::Status checkDestination(const QString &path);

    /// Writes `bytes` at `path` (checked first) beside the target, renamed over it once every
    /// byte is down: a failure or a kill never leaves a truncated file there.
    [[nodiscard]] static Core::Status writeAtomically(const QString &path, const QByteArray &bytes);

    /// "REL-2026-000123 timeline.pdf", "REL-2026-000123 letter.pdf".
    [[nodiscard]] static QString suggestedFileName(const QString &reference, Core::ExportDocument document);

private:
    Core::Workspace &m_ws;
};

} // namespace Relais::Pdf
