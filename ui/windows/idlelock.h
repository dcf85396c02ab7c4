#pragma once

#include "models/session.h"

#include <QDialog>
#include <QList>
#include <QObject>
#include <QPointer>

class QLabel;
class QLineEdit;
class QTimer;

namespace Relais::Gui {

class UnlockDialog;

/// Locks every window of the app after a time without input (the network's idle-lock setting,
/// which users cannot turn off) and lets only the signed-in user's password open it again.
/// Locking covers each window's content and leaves every widget as it was: text being typed,
/// dialogs half filled, scroll positions — all still there after unlocking.
class IdleLock final : public QObject
{
    Q_OBJECT
public:
    explicit IdleLock(const Session &session, QObject *parent = nullptr);
    ~IdleLock() override;

    /// The time without input after which the app locks (read from the case file).
    [[nodiscard]] int intervalMs() const;
    /// Overrides the interval (tests; the setting is read again at the next sign-in).
    void setIntervalMs(int ms);
    [[nodiscard]] bool isLocked() const { return !m_curtains.isEmpty() || m_dialog; }
    /// The dialog that asks for the password while locked (tests).
    [[nodiscard]] UnlockDialog *unlockDialog() const { return m_dialog; }

public Q_SLOTS:
    void lock();

Q_SIGNALS:
    void locked();
    void unlocked();
    /// The person chose to sign out from the lock screen instead of unlocking.
    void signOutRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void unlock();
    void coverWindows();
    void askForPassword();

    Session m_session;
    QTimer *m_idle = nullptr;
    QList<QPointer<QWidget>> m_curtains;
    QPointer<UnlockDialog> m_dialog;
};

/// "Relais is locked": the signed-in user's password, or signing out.
class UnlockDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit UnlockDialog(const Session &session, QWidget *parent = nullptr);
    void setPassword(const QString &password);

    void accept() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;   ///< Escape does not unlock
    void closeEvent(QCloseEvent *event) override;    ///< nor the window's close button

Q_SIGNALS:
    void signOutChosen();

private:
    Session m_session;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Relais::Gui
