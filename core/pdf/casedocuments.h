#pragma once

#include "export/casedossier.h"

#include <QByteArray>

namespace Relais::Pdf {

/// A PDF in memory.
struct PrintedPdf {
    QByteArray bytes;
    int pages = 0;
};

/// The evidence-grade timeline: a first page with the case, the customer, the coordinator,
/// consent and the summary; the handoff chain as a table; every event in order. Every page
/// carries the reference, the customer, page N of M, who generated it and the head hash.
[[nodiscard]] PrintedPdf printTimeline(const Core::CaseDossier &dossier);

/// One plain-language page for the customer: what is being done, by whom, by when, and the
/// one person to contact — in the dossier's language.
[[nodiscard]] PrintedPdf printStatusLetter(const Core::CaseDossier &dossier);

} // namespace Relais::Pdf
