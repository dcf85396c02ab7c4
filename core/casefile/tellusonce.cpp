#include "casefile/tellusonce.h"

#include "common/textfold.h"

#include <QFileInfo>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core {

namespace {

/// Whether `needle` appears in `haystack` as whole words (both already folded).
bool containsWords(const QString &haystack, const QString &needle)
{
    if (needle.size() < 3) // "CI" and the like would match everywhere
        return false;
    for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
        const bool startsWord = at == 0 || !haystack.at(at - 1).isLetterOrNumber();
        const qsizetype end = at + needle.size();
        const bool endsWord = end >= haystack.size() || !haystack.at(end).isLetterOrNumber();
        if (startsWord && endsWord)
            return true;
    }
    return false;
}

} // namespace

QList<Document> documentsAskedAgain(const QString &text, const QList<Document> &onFile)
{
    const QString folded = foldForMatching(text);
    QList<Document> out;
    for (const Document &d : onFile) {
        const QString kind = foldForMatching(d.kind).trimmed();
        const QString stem = foldForMatching(QFileInfo(d.fileName).completeBaseName()); // "carte_grise" → "carte grise"
        if (containsWords(folded, kind) || containsWords(folded, stem))
            out.append(d);
    }
    return out;
}

QString documentsOnFileSentence(const QList<Document> &documents, const QString &timeZone)
{
    const QTimeZone zone(timeZone.toUtf8());
    QStringList parts;
    for (const Document &d : documents)
        parts << Tr::tr("%1 (given %2 to %3)").arg(d.kind, d.providedAt.toTimeZone(zone).toString(u"yyyy-MM-dd"_s),
                                                  d.agencyCode);
    return parts.join(u", "_s);
}

} // namespace Relais::Core
