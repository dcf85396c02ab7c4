#pragma once

#include "domain/types.h"

namespace Relais::Core {

/// "Tell us once": the documents on file that a piece of text asks for again — by their kind
/// ("carte grise", "CIN", "constat amiable") or their file name, compared without accents,
/// case or Arabic variants. An agency about to ask the customer for one of them is warned.
[[nodiscard]] QList<Document> documentsAskedAgain(const QString &text, const QList<Document> &onFile);

/// "carte grise (given 2026-11-01 to ATLAS)" for each document, joined for a warning.
[[nodiscard]] QString documentsOnFileSentence(const QList<Document> &documents, const QString &timeZone);

} // namespace Relais::Core
