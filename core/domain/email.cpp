#include "domain/email.h"

#include <QRegularExpression>

namespace Relais::Core {

Result<QString> normaliseEmail(const QString &input)
{
    const QString email = input.trimmed().toLower();
    if (email.isEmpty())
        return fail(ErrorCode::Invalid, Tr::tr("The e-mail address is empty."));
    // Deliberately loose: the real test is a message arriving. This only catches typing slips.
    // Unicode properties, so a no-break space pasted from a document is a space like any other;
    // control characters are never part of an address either.
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s\\p{Cc}]+@[^@\\s\\p{Cc}]+\\.[^@\\s\\p{Cc}]+$"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    if (!pattern.match(email).hasMatch())
        return fail(ErrorCode::Invalid, Tr::tr("\"%1\" is not an e-mail address.").arg(input.trimmed()));
    return email;
}

} // namespace Relais::Core
