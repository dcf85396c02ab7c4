#include "domain/phone.h"

#include <phonenumbers/phonenumberutil.h>

namespace Relais::Core {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

Result<QString> normalisePhone(const QString &input, const QString &defaultRegion)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::Invalid, Tr::tr("The phone number is empty."));
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const auto parsed = util.Parse(trimmed.toStdString(), defaultRegion.toStdString(), &number);
    if (parsed != PhoneNumberUtil::NO_PARSING_ERROR || !util.IsValidNumber(number))
        return fail(ErrorCode::Invalid,
                    Tr::tr("\"%1\" is not a valid phone number. Moroccan numbers look like "
                           "0612345678 or +212 6 12 34 56 78; foreign ones need their country code.")
                        .arg(trimmed));
    std::string e164;
    util.Format(number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

bool looksLikePhone(const QString &text)
{
    int digits = 0;
    for (QChar c : text) {
        if (c.isDigit())
            ++digits;
        else if (!c.isSpace() && c != QLatin1Char('+') && c != QLatin1Char('-')
                 && c != QLatin1Char('.') && c != QLatin1Char('(') && c != QLatin1Char(')'))
            return false;
    }
    return digits >= 6;
}

} // namespace Relais::Core

namespace Relais::Core {

QString formatPhoneForDisplay(const QString &e164)
{
    // Moroccan numbers are read in pairs after the first digit: +212 6 12 34 56 78.
    if (e164.size() == 13 && e164.startsWith(QStringLiteral("+212"))) {
        QString out = QStringLiteral("+212 ") + e164.at(4);
        for (qsizetype i = 5; i < e164.size(); i += 2)
            out += QLatin1Char(' ') + e164.mid(i, 2);
        return out;
    }
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util.Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string formatted;
    util.Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

} // namespace Relais::Core
