#pragma once

#include "export/casedossier.h"
#include "pdf/pdfcanvas.h"
#include "pdf/wording.h"

namespace Relais::Pdf {

/// The running header and footer every exported page carries: reference and customer, page N
/// of M, who generated it when, and the head hash.
[[nodiscard]] PageFrame pageFrameFor(const Core::CaseDossier &dossier, const Wording &words,
                                     const QString &documentName);
[[nodiscard]] PdfMetadata metadataFor(const Core::CaseDossier &dossier, const Wording &words,
                                      const QString &documentName);

} // namespace Relais::Pdf
