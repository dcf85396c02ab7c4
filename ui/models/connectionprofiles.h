#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Relais::Gui {

/// How a connection uses TLS: libpq's `sslmode` values, in order of strictness.
enum class TlsMode { Disable, Prefer, Require, VerifyCa, VerifyFull };

/// The `sslmode` value of a mode, and back (nothing for a value libpq would not accept).
[[nodiscard]] QString sslModeName(TlsMode mode);
[[nodiscard]] std::optional<TlsMode> tlsModeFromName(const QString &name);

/// A saved way to reach a case file on a PostgreSQL server. Never holds a password: that comes
/// from PGPASSWORD, ~/.pgpass or a prompt, each time.
struct ConnectionProfile {
    Q_DECLARE_TR_FUNCTIONS(Relais::Gui::ConnectionProfile)

public:
    QString name;
    QString host;
    int port = 5432;
    QString database;
    QString user;
    TlsMode tls = TlsMode::Prefer;
    QString rootCertificate; ///< a file path; empty for the system's default
    QDateTime lastUsed;      ///< UTC; invalid until first saved or used

    /// `postgresql://user@host:port/database?sslmode=...[&sslrootcert=...]`, each part
    /// percent-encoded, for Database::openPostgres().
    [[nodiscard]] QString url() const;
    /// What stops the profile from being saved or used, for a person; empty when it is fine.
    [[nodiscard]] QString problem() const;

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

/// The saved connection profiles, in the desktop's settings (UiSettings::store()).
class ConnectionProfiles final
{
public:
    /// Every profile, most recently used (or saved) first.
    [[nodiscard]] static QList<ConnectionProfile> all();
    [[nodiscard]] static std::optional<ConnectionProfile> find(const QString &name);
    /// Adds `profile`, or replaces the one of the same name, as used at `when`.
    static void save(ConnectionProfile profile, const QDateTime &when = QDateTime::currentDateTimeUtc());
    /// Records that the profile `name` was just connected with, so it comes first.
    static void markUsed(const QString &name, const QDateTime &when = QDateTime::currentDateTimeUtc());
    static void remove(const QString &name);
};

} // namespace Relais::Gui
