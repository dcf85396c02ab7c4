#pragma once

#include "models/connectionprofiles.h"
#include "storage/database.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Relais::Gui {

/// Asks a person for the password of the server at `address` (user@host:port/db, never with a
/// password); `refusal` is the server's reason when a password was already tried, else empty.
/// Nothing means the person cancelled.
using PasswordAsker = std::function<std::optional<QString>(const QString &address, const QString &refusal)>;

/// Runs `attempt` without a password (libpq then looks in the URL, PGPASSWORD and ~/.pgpass),
/// and again with each password `ask` gives for as long as the server refuses for the lack of
/// one (Core::isPasswordRefusal). Nothing when the person cancels; any other failure as it is.
template <typename T>
[[nodiscard]] std::optional<Core::Result<T>> attemptAskingPassword(
    const QString &address, const std::function<Core::Result<T>(const QString &password)> &attempt,
    const PasswordAsker &ask)
{
    QString password;
    bool asked = false;
    for (;;) {
        Core::Result<T> result = attempt(password);
        password.clear();
        if (result || !Core::isPasswordRefusal(result.error().message) || !ask)
            return result;
        std::optional<QString> answer = ask(address, asked ? result.error().message : QString());
        if (!answer)
            return std::nullopt;
        asked = true;
        password = *answer;
    }
}

/// Opens the case file on the server at `url`, asking for a password as
/// attemptAskingPassword() does. Nothing when the person cancels.
[[nodiscard]] std::optional<Core::Result<std::unique_ptr<Core::Database>>> openServerCaseFile(
    const QString &url, Core::Database::OpenMode mode, const PasswordAsker &ask);

/// The server asks for a password: a masked field, the address it is for and, on a retry, why
/// the last one was refused. What is typed goes to the connection only, never to settings.
class PasswordDialog final : public QDialog
{
    Q_OBJECT
public:
    PasswordDialog(const QString &address, const QString &refusal, QWidget *parent = nullptr);
    ~PasswordDialog() override;
    [[nodiscard]] QString password() const;

    /// A PasswordAsker that shows this dialog over `parent`.
    [[nodiscard]] static PasswordAsker asker(QWidget *parent);

private:
    QLineEdit *m_password = nullptr;
};

/// A connection to a case file on a PostgreSQL server: where, as whom, how TLS is used. Tests
/// the connection on request and saves it as a profile (without any password).
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);

    void setProfile(const ConnectionProfile &profile);
    /// The profile as the fields say now.
    [[nodiscard]] ConnectionProfile profile() const;
    /// Who is asked for a password when the server wants one; a PasswordDialog by default.
    void setPasswordAsker(PasswordAsker ask) { m_ask = std::move(ask); }

    /// Tries to open the case file with the fields as they are and shows how it went; true on
    /// success. Blocks until the server answers (or connect_timeout passes).
    bool testConnection();
    /// Saves the profile when its fields are complete, and closes.
    void accept() override;

    [[nodiscard]] QLabel *statusLabel() const { return m_status; }

private:
    void showStatus(const QString &message, bool ok);
    void browseCertificate();

    QLineEdit *m_name = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_tls = nullptr;
    QLineEdit *m_rootCertificate = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_status = nullptr;
    PasswordAsker m_ask;
};

} // namespace Relais::Gui
