#pragma once

#include "casefile/accesslog.h"
#include "pdf/casedocuments.h"
#include "pdf/wording.h"

namespace Relais::Pdf {

/// "Who saw this file": for every case of the customer, who can see it now and how they came
/// to, every read and every refused attempt with the reason recorded at the time, and (for
/// network-wide readers) the reads about the customer — in `language` ("fr", "ar", "en"), times
/// in `timeZone`. Laid out as blocks, not one table: a long log stays quick to print.
[[nodiscard]] PrintedPdf printAccessReport(const Core::AccessReport &report, const QString &language,
                                           const QString &timeZone);

/// printAccessReport() written at `path`, atomically (see PdfExporter::writeAtomically()).
[[nodiscard]] Core::Result<PrintedPdf> saveAccessReport(const Core::AccessReport &report, const QString &language,
                                                        const QString &timeZone, const QString &path);

} // namespace Relais::Pdf
