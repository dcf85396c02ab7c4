#pragma once

#include "models/session.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace Relais::Gui {

/// Signs `login` in with the password typed in `password` (emptied afterwards, whatever the
/// outcome), under a wait cursor since the hash takes a moment on purpose. A refusal is shown
/// in `error` and the password field takes the focus again.
[[nodiscard]] std::optional<Core::Actor> signInFromDialog(Core::Workspace &ws, const QString &login,
                                                          QLineEdit *password, QLabel *error);

/// Sign in with login and password. On the demo world, whose users share the documented demo
/// password, the users are listed to pick from and the password is said.
class SignInDialog final : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(Core::Workspace &ws, QWidget *parent = nullptr);
    [[nodiscard]] Core::Actor actor() const { return m_actor; }
    void selectLogin(const QString &login);
    void setPassword(const QString &password);

    void accept() override;

private:
    Core::Workspace &m_ws;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QListWidget *m_users = nullptr; ///< demo world only
    QLabel *m_error = nullptr;
    Core::Actor m_actor;
};

/// First start: open the demo world, create a new case file, open an existing one, connect to a
/// server, or pick a saved server connection (most recently used first).
class WelcomeDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { None, Demo, Create, Open, Server, Profile };
    explicit WelcomeDialog(QWidget *parent = nullptr);
    [[nodiscard]] Choice choice() const { return m_choice; }
    /// The saved connection chosen, with Choice::Profile.
    [[nodiscard]] QString profileName() const { return m_profileName; }
    /// Highlights a saved connection, so Enter connects with it.
    void selectProfile(const QString &name);

    /// Connects with the highlighted saved connection; removes it.
    void connectSelectedProfile();
    void removeSelectedProfile();

private:
    void listProfiles();

    Choice m_choice = Choice::None;
    QString m_profileName;
    QWidget *m_savedPanel = nullptr;
    QListWidget *m_profiles = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_remove = nullptr;
};

/// A new case file with its first agency and administrator.
class NewDatabaseDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit NewDatabaseDialog(QWidget *parent = nullptr);
    void accept() override;
    [[nodiscard]] QString path() const { return m_createdPath; }
    [[nodiscard]] QString adminLogin() const;

private:
    QLineEdit *m_path = nullptr;
    QLineEdit *m_agencyCode = nullptr;
    QLineEdit *m_agencyName = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_error = nullptr;
    QString m_createdPath;
};

/// Ask another agency to act: agency, what is asked, due date, the summary pre-filled.
class HandoffRequestDialog final : public QDialog
{
    Q_OBJECT
public:
    HandoffRequestDialog(const Session &session, const Core::Case &record, QWidget *parent = nullptr);
    void accept() override;
    [[nodiscard]] QString resultMessage() const { return m_result; }

private:
    Session m_session;
    Core::Case m_case;
    QComboBox *m_agency = nullptr;
    QPlainTextEdit *m_ask = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateTimeEdit *m_due = nullptr;
    QPlainTextEdit *m_situation = nullptr;
    QPlainTextEdit *m_needs = nullptr;
    QPlainTextEdit *m_next = nullptr;
    QListWidget *m_documents = nullptr;
    QList<Core::Document> m_onFile;
    QLabel *m_askedAgain = nullptr;
    QLabel *m_error = nullptr;
    QString m_result;

public:
    /// The "already on file" caution under the ask, for tests.
    [[nodiscard]] QLabel *askedAgainWarning() const { return m_askedAgain; }
    [[nodiscard]] QPlainTextEdit *askField() const { return m_ask; }

private:
    void warnIfAskedAgain();
};

/// Record the customer's consent: the whole network or named agencies.
class ConsentDialog final : public QDialog
{
    Q_OBJECT
public:
    ConsentDialog(const Session &session, Core::Id clientId, QWidget *parent = nullptr);
    void accept() override;
    [[nodiscard]] QString resultMessage() const { return m_result; }

private:
    Session m_session;
    Core::Id m_clientId;
    QRadioButton *m_network = nullptr;
    QListWidget *m_agencies = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
    QString m_result;
};

/// Open a case for a customer found by name, CIN or phone.
class NewCaseDialog final : public QDialog
{
    Q_OBJECT
public:
    NewCaseDialog(const Session &session, QWidget *parent = nullptr);
    void accept() override;
    [[nodiscard]] Core::Id caseId() const { return m_caseId; }

private:
    void findCustomers(const QString &text);

    Session m_session;
    QLineEdit *m_search = nullptr;
    QListWidget *m_customers = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_category = nullptr;
    QLabel *m_error = nullptr;
    Core::Id m_caseId = 0;
};

} // namespace Relais::Gui
