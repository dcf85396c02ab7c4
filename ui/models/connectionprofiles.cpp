#include "models/connectionprofiles.h"

#include "models/uisettings.h"

#include <QRegularExpression>
#include <QSettings>
#include <QStringList>
#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Gui {

namespace {

constexpr std::pair<TlsMode, QStringView> tlsNames[] = {
    {TlsMode::Disable, u"disable"},
    {TlsMode::Prefer, u"prefer"},
    {TlsMode::Require, u"require"},
    {TlsMode::VerifyCa, u"verify-ca"},
    {TlsMode::VerifyFull, u"verify-full"},
};

const QString arrayKey = u"connections/profiles"_s;

// Everything but RFC 3986's unreserved characters: '@', ':', '/', '?', '#', '%', spaces and
// non-ASCII letters in a user or database name must not be read as URL syntax.
QString encoded(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

QList<ConnectionProfile> readAll()
{
    auto settings = UiSettings::store();
    QList<ConnectionProfile> profiles;
    const int count = settings->beginReadArray(arrayKey);
    for (int i = 0; i < count; ++i) {
        settings->setArrayIndex(i);
        ConnectionProfile profile;
        profile.name = settings->value(u"name"_s).toString();
        profile.host = settings->value(u"host"_s).toString();
        profile.port = settings->value(u"port"_s, 5432).toInt();
        profile.database = settings->value(u"database"_s).toString();
        profile.user = settings->value(u"user"_s).toString();
        profile.tls = tlsModeFromName(settings->value(u"sslmode"_s).toString()).value_or(TlsMode::Prefer);
        profile.rootCertificate = settings->value(u"sslrootcert"_s).toString();
        profile.lastUsed = QDateTime::fromString(settings->value(u"lastUsed"_s).toString(), Qt::ISODateWithMs);
        if (!profile.name.isEmpty())
            profiles.append(profile);
    }
    settings->endArray();
    return profiles;
}

// The list is short: rewriting it whole keeps the array free of holes after a removal.
void writeAll(QList<ConnectionProfile> profiles)
{
    std::stable_sort(profiles.begin(), profiles.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        return a.lastUsed > b.lastUsed;
    });
    auto settings = UiSettings::store();
    settings->remove(arrayKey);
    settings->beginWriteArray(arrayKey, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile &profile = profiles.at(i);
        settings->setArrayIndex(i);
        settings->setValue(u"name"_s, profile.name);
        settings->setValue(u"host"_s, profile.host);
        settings->setValue(u"port"_s, profile.port);
        settings->setValue(u"database"_s, profile.database);
        settings->setValue(u"user"_s, profile.user);
        settings->setValue(u"sslmode"_s, sslModeName(profile.tls));
        settings->setValue(u"sslrootcert"_s, profile.rootCertificate);
        settings->setValue(u"lastUsed"_s, profile.lastUsed.toUTC().toString(Qt::ISODateWithMs));
    }
    settings->endArray();
}

} // namespace

QString sslModeName(TlsMode mode)
{
    for (const auto &[value, name] : tlsNames)
        if (value == mode)
            return name.toString();
    return u"prefer"_s;
}

std::optional<TlsMode> tlsModeFromName(const QString &name)
{
    for (const auto &[value, known] : tlsNames)
        if (known == name)
            return value;
    return std::nullopt;
}

QString ConnectionProfile::url() const
{
    const QString trimmedHost = host.trimmed();
    // An IPv6 address is bracketed, or its colons would read as the port.
    const QString hostPart = trimmedHost.contains(u':') ? u"[%1]"_s.arg(trimmedHost) : trimmedHost;
    QString out = u"postgresql://"_s;
    if (!user.isEmpty())
        out += encoded(user) + u'@';
    out += u"%1:%2/%3?sslmode=%4"_s.arg(hostPart).arg(port).arg(encoded(database), sslModeName(tls));
    if (!rootCertificate.isEmpty())
        out += u"&sslrootcert="_s + encoded(rootCertificate);
    return out;
}

QString ConnectionProfile::problem() const
{
    if (name.trimmed().isEmpty())
        return tr("Give the connection a name.");
    if (host.trimmed().isEmpty())
        return tr("Enter the server's host name or address.");
    if (host.trimmed().contains(QRegularExpression(u"[\\s/@?#\\[\\]%]"_s)))
        return tr("The host \"%1\" is not a host name or address.").arg(host.trimmed());
    if (port < 1 || port > 65535)
        return tr("The port must be a number from 1 to 65535.");
    if (database.isEmpty())
        return tr("Enter the name of the database.");
    // Database::openPostgres reads the database from the URL's path, where '/' separates.
    if (database.contains(u'/'))
        return tr("Relais cannot open a database whose name contains \"/\".");
    // QPSQL splits libpq options at ';'.
    if (rootCertificate.contains(u';'))
        return tr("Relais cannot use a certificate file whose path contains \";\"; move or rename it.");
    return {};
}

QList<ConnectionProfile> ConnectionProfiles::all()
{
    QList<ConnectionProfile> profiles = readAll();
    std::stable_sort(profiles.begin(), profiles.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        return a.lastUsed > b.lastUsed;
    });
    return profiles;
}

std::optional<ConnectionProfile> ConnectionProfiles::find(const QString &name)
{
    for (const ConnectionProfile &profile : readAll())
        if (profile.name == name)
            return profile;
    return std::nullopt;
}

void ConnectionProfiles::save(ConnectionProfile profile, const QDateTime &when)
{
    profile.name = profile.name.trimmed();
    profile.host = profile.host.trimmed();
    profile.lastUsed = when.toUTC();
    QList<ConnectionProfile> profiles = readAll();
    profiles.removeIf([&](const ConnectionProfile &p) { return p.name == profile.name; });
    profiles.prepend(profile);
    writeAll(profiles);
}

void ConnectionProfiles::markUsed(const QString &name, const QDateTime &when)
{
    QList<ConnectionProfile> profiles = readAll();
    for (ConnectionProfile &profile : profiles)
        if (profile.name == name)
            profile.lastUsed = when.toUTC();
    writeAll(profiles);
}

void ConnectionProfiles::remove(const QString &name)
{
    QList<ConnectionProfile> profiles = readAll();
    if (profiles.removeIf([&](const ConnectionProfile &p) { return p.name == name; }) > 0)
        writeAll(profiles);
}

} // namespace Relais::Gui
