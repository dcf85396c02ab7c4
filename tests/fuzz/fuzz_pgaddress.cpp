// The PostgreSQL address parser (storage/database.h): postgresAddressForPeople() for what is
// shown in titles and prompts, and the refusal Database::openPostgres() gives for an address
// it cannot read (it returns before any connection is tried, so no server is needed).
//
// Input: either a whole address, or USER NUL PASSWORD NUL REST, read as
// "postgresql://USER:PASSWORD@REST" so the password is known.
//
// Properties: it never crashes; an address shown to people starts with postgresql://, has no
// '?' options and never the password; a refusal's message never shows the password, whatever
// it holds (an '@', a '/', a line break...).

#include "storage/database.h"

#include "fuzzsupport.h"

#include <QUrl>

using namespace Relais::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

// What people would see of `url`: the address, or the refusal's message.
QString shown(const QString &url)
{
    const QString address = postgresAddressForPeople(url);
    if (!address.isEmpty())
        return address;
    auto db = Database::openPostgres(url, Database::OpenMode::MustExist);
    FUZZ_REQUIRE(!db.has_value(), u"an address postgresAddressForPeople() refuses was opened: "_s + url);
    FUZZ_REQUIRE(db.error().code == ErrorCode::Invalid && !db.error().message.isEmpty(), db.error().message);
    return db.error().message;
}

void checkAddress(const QString &url)
{
    const QString address = postgresAddressForPeople(url);
    if (address.isEmpty())
        return;
    FUZZ_REQUIRE(address.startsWith(u"postgresql://"_s), address);
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    FUZZ_REQUIRE(parsed.isValid(), u"an address from an invalid URL: "_s + address);
    const QString database = parsed.path(QUrl::FullyDecoded);
    if (!database.contains(u'?') && !parsed.userName(QUrl::FullyDecoded).contains(u'?')
        && !parsed.host(QUrl::FullyDecoded).contains(u'?'))
        FUZZ_REQUIRE(!address.contains(u'?'), u"options shown: "_s + address);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Relais::Fuzz::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 512)
        return -1;
    const QString input = Relais::Fuzz::textOf(data, size);
    const QStringList parts = input.split(QChar(0));
    if (parts.size() != 3) {
        checkAddress(input);
        (void)shown(input);
        return 0;
    }
    QString user = parts.at(0);
    const QString &password = parts.at(1);
    const QString &rest = parts.at(2);
    // The user part of a URL stops at '/', '@' or ':'; the password may hold anything.
    user.remove(u'/').remove(u'@').remove(u':');
    const QString url = u"postgresql://%1:%2@%3"_s.arg(user, password, rest);
    checkAddress(url);
    // A password short enough to be found anywhere, or one the message would show anyway
    // (because the user, the host or the wording holds it), says nothing; a password replaced
    // by another tells which.
    // When the address reads as a URL, its password is what URL syntax says (a password that
    // starts with '/' after an empty user and port is the path of "postgresql://:/x@host").
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    const QString secret = parsed.isValid() ? parsed.password(QUrl::FullyDecoded) : password;
    if (secret.trimmed().size() < 4)
        return 0;
    const QString text = shown(url);
    const QString other = shown(u"postgresql://%1:%2@%3"_s.arg(user, QString(password.size(), u'x'), rest));
    const QString visible = parsed.isValid() ? parsed.userName(QUrl::FullyDecoded) + u' ' + parsed.host(QUrl::FullyDecoded)
                                                   + u' ' + parsed.path(QUrl::FullyDecoded)
                                             : user + u' ' + rest;
    static const QString wording = shown(u"postgresql://u:p@h:bad/db"_s); // the refusal's own words
    if (!other.contains(secret) && !visible.contains(secret) && !wording.contains(secret))
        FUZZ_REQUIRE(!text.contains(secret), u"the password \"%1\" is shown: %2"_s.arg(secret, text));
    return 0;
}
