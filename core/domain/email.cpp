#include "domain/email.h"

#include <QRegularExpression>

namespace Relais::Core {

Result<QString> normaliseEmail(const QString &input)
{
    const QString email = input.trimmed().toLower();
    if (email.isEmpty())
        return fail(ErrorCode::Invalid, Tr::tr("The e-mail address is empty."));
    // Deliberately loose: the real test is a message arriving. This only catches typing slips.
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!pattern.match(email).hasMatch())
        return fail(ErrorCode::Invalid, Tr::tr("\"%1\" is not an e-mail address.").arg(input.trimmed()));
    return email;
}

} // namespace Relais::Core
