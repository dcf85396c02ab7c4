#pragma once

#include <QString>
#include <QStringList>

namespace Relais::Core {

/// Folds text for matching: lower case, accents and Arabic diacritics removed,
/// Arabic letter variants unified (alef forms, alef maqsura, teh marbuta, tatweel),
/// punctuation turned into spaces, spaces collapsed. "Hélène  EL-Idrissi" → "helene el idrissi".
[[nodiscard]] QString foldForMatching(const QString &text);

/// The folded words of a text, in order.
[[nodiscard]] QStringList foldedWords(const QString &text);

/// Levenshtein distance between two strings (by UTF-16 code unit), for name similarity.
[[nodiscard]] int editDistance(const QString &a, const QString &b);

/// True when two person names are probably the same person's: the same folded words in any
/// order, a left-out middle name, or a small spelling difference relative to the name's length.
[[nodiscard]] bool namesLookAlike(const QString &a, const QString &b);

} // namespace Relais::Core
