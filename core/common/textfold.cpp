#include "common/textfold.h"

#include <algorithm>
#include <vector>

namespace Relais::Core {

namespace {

// Arabic letters that people type interchangeably in names.
QChar unifyArabicLetter(QChar c)
{
    switch (c.unicode()) {
    case 0x0622: // alef with madda
    case 0x0623: // alef with hamza above
    case 0x0625: // alef with hamza below
    case 0x0671: // alef wasla
        return QChar(0x0627);
    case 0x0649: // alef maqsura
        return QChar(0x064A);
    case 0x0629: // teh marbuta
        return QChar(0x0647);
    case 0x0624: // waw with hamza
        return QChar(0x0648);
    case 0x0626: // yeh with hamza
        return QChar(0x064A);
    default:
        return c;
    }
}

bool isDroppedMark(QChar c)
{
    const auto category = c.category();
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing || c.unicode() == 0x0640 /* tatweel */;
}

} // namespace

QString foldForMatching(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (QChar c : decomposed) {
        if (isDroppedMark(c))
            continue;
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !out.isEmpty())
                out.append(QLatin1Char(' '));
            pendingSpace = false;
            out.append(unifyArabicLetter(c.toCaseFolded()));
        } else {
            pendingSpace = true;
        }
    }
    // ß folds to ß; expand the one ligature French names meet.
    out.replace(QChar(0x0153), QStringLiteral("oe"));
    return out;
}

QStringList foldedWords(const QString &text)
{
    return foldForMatching(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> previous(b.size() + 1);
    std::vector<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

bool namesLookAlike(const QString &a, const QString &b)
{
    const QStringList wordsA = foldedWords(a);
    const QStringList wordsB = foldedWords(b);
    if (wordsA.isEmpty() || wordsB.isEmpty())
        return false;
    const QString inOrderA = wordsA.join(QLatin1Char(' '));
    const QString inOrderB = wordsB.join(QLatin1Char(' '));
    QStringList sortedA = wordsA;
    QStringList sortedB = wordsB;
    std::sort(sortedA.begin(), sortedA.end());
    std::sort(sortedB.begin(), sortedB.end());
    // A left-out middle name: every word of the shorter name is in the longer one
    // ("Fatima Benali" and "Fatima Zahra Benali").
    const QStringList &shorter = wordsA.size() <= wordsB.size() ? wordsA : wordsB;
    const QStringList &longer = wordsA.size() <= wordsB.size() ? wordsB : wordsA;
    if (shorter.size() >= 2 && std::all_of(shorter.begin(), shorter.end(),
                                           [&](const QString &word) { return longer.contains(word); }))
        return true;
    // Compare both as typed and with words sorted: the sorted form catches "Bennani Karim" vs
    // "Karim Bennani"; the typed form catches a typo that changes which word sorts first
    // ("Khadija Chraibi" vs "Khadija Shraibi").
    const int distance = std::min(editDistance(inOrderA, inOrderB),
                                  editDistance(sortedA.join(QLatin1Char(' ')), sortedB.join(QLatin1Char(' '))));
    // One typo per five letters, at most two: "Fatima Zahra Benali" ~ "Fatima Zohra Benali".
    const int allowed = std::min<int>(2, int(std::max(inOrderA.size(), inOrderB.size()) / 5));
    return distance <= allowed;
}

} // namespace Relais::Core
