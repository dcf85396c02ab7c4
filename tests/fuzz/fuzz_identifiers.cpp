// The identity fields as a person types them into a form or a spreadsheet cell: normaliseCin
// (domain/cin.h), normalisePhone and looksLikePhone (domain/phone.h), normaliseEmail
// (domain/email.h). Every input goes through all four.
//
// Properties: none crashes; a refusal is Invalid and says why; what is accepted is in the
// stored form and normalising it again gives it back unchanged (a CIN is 1-2 letters A-Z and
// 1-6 digits; a phone is E.164: "+" then 7 to 15 digits, and looks like a phone to the search;
// an e-mail is trimmed, lower case, one '@', no space of
// any script nor control character); a text that looks like a phone to the
// search holds no letter.

#include "domain/cin.h"
#include "domain/email.h"
#include "domain/phone.h"

#include "fuzzsupport.h"

#include <QRegularExpression>

using namespace Relais::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

void requireRefusal(const Error &error, const QString &input)
{
    FUZZ_REQUIRE(error.code == ErrorCode::Invalid && !error.message.isEmpty(), input + u": "_s + error.message);
}

void checkCin(const QString &input)
{
    const auto cin = normaliseCin(input);
    if (!cin)
        return requireRefusal(cin.error(), input);
    static const QRegularExpression stored(u"^[A-Z]{1,2}[0-9]{1,6}$"_s);
    FUZZ_REQUIRE(stored.match(*cin).hasMatch(), u"\"%1\" gave the CIN \"%2\""_s.arg(input, *cin));
    FUZZ_REQUIRE(normaliseCin(*cin) == *cin, u"\"%1\" does not normalise to itself"_s.arg(*cin));
    FUZZ_REQUIRE(maskCin(*cin).size() == cin->size(), u"the mask of %1 is %2"_s.arg(*cin, maskCin(*cin)));
}

void checkPhone(const QString &input)
{
    const auto phone = normalisePhone(input);
    if (!phone)
        return requireRefusal(phone.error(), input);
    static const QRegularExpression e164(u"^\\+[1-9][0-9]{6,14}$"_s);
    FUZZ_REQUIRE(e164.match(*phone).hasMatch(), u"\"%1\" gave the phone \"%2\""_s.arg(input, *phone));
    FUZZ_REQUIRE(normalisePhone(*phone) == *phone, u"\"%1\" does not normalise to itself"_s.arg(*phone));
    FUZZ_REQUIRE(looksLikePhone(*phone), u"\"%1\" does not look like a phone"_s.arg(*phone));
    FUZZ_REQUIRE(!formatPhoneForDisplay(*phone).isEmpty(), *phone);
}

void checkLooksLikePhone(const QString &input)
{
    if (!looksLikePhone(input))
        return;
    for (QChar c : input)
        FUZZ_REQUIRE(!c.isLetter(), u"\"%1\" has letters but looks like a phone"_s.arg(input));
}

void checkEmail(const QString &input)
{
    const auto email = normaliseEmail(input);
    if (!email)
        return requireRefusal(email.error(), input);
    FUZZ_REQUIRE(*email == email->trimmed() && *email == email->toLower(), *email);
    FUZZ_REQUIRE(email->count(u'@') == 1, *email);
    for (QChar c : *email)
        FUZZ_REQUIRE(!c.isSpace() && c.category() != QChar::Other_Control,
                     u"\"%1\" holds a space or a control character"_s.arg(*email));
    FUZZ_REQUIRE(normaliseEmail(*email) == *email, u"\"%1\" does not normalise to itself"_s.arg(*email));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Relais::Fuzz::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256)
        return -1; // a form field, not a file
    const QString input = Relais::Fuzz::textOf(data, size);
    checkCin(input);
    checkPhone(input);
    checkLooksLikePhone(input);
    checkEmail(input);
    return 0;
}
