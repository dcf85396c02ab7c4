#include "domain/cin.h"

#include <QRegularExpression>

namespace Relais::Core {

Result<QString> normaliseCin(const QString &input)
{
    QString cin;
    for (QChar c : input) {
        if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('.'))
            continue;
        cin.append(c.toUpper());
    }
    if (cin.isEmpty())
        return fail(ErrorCode::Invalid, Tr::tr("The CIN is empty."));
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{1,2}[0-9]{1,6}$"));
    if (!pattern.match(cin).hasMatch())
        return fail(ErrorCode::Invalid,
                    Tr::tr("\"%1\" is not a valid CIN: it must be one or two letters followed by "
                           "one to six digits, like AB123456.")
                        .arg(input.trimmed()));
    return cin;
}

QString maskCin(const QString &cin)
{
    if (cin.size() <= 4)
        return QString(cin.size(), QLatin1Char('*'));
    qsizetype letters = 0;
    while (letters < cin.size() && cin[letters].isLetter())
        ++letters;
    const qsizetype shownTail = 2;
    const qsizetype hidden = std::max<qsizetype>(0, cin.size() - letters - shownTail);
    return cin.left(letters) + QString(hidden, QLatin1Char('*')) + cin.right(cin.size() - letters - hidden);
}

} // namespace Relais::Core
