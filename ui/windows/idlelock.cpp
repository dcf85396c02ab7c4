#include "windows/idlelock.h"

#include "widgets/errorlabel.h"
#include "windows/dialogs.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QCloseEvent>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Gui {

namespace {

// What counts as someone at the desk.
bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}

/// An opaque cover over one window, sized with it, saying the app is locked.
class Curtain final : public QLabel
{
public:
    explicit Curtain(QWidget *window) : QLabel(window)
    {
        setObjectName(u"idleLockCurtain"_s);
        setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        setMargin(96); // above the password dialog, which sits in the middle
        setText(QCoreApplication::translate("Relais::Gui::IdleLock", "🔒  Relais is locked"));
        QFont big = font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        setFont(big);
        setAutoFillBackground(true);
        setFocusPolicy(Qt::StrongFocus);
        setGeometry(window->rect());
        window->installEventFilter(this);
        raise();
        show();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize && watched == parent())
            setGeometry(static_cast<QWidget *>(watched)->rect());
        if (event->type() == QEvent::ChildAdded || event->type() == QEvent::ChildPolished)
            raise(); // stay over widgets created while locked
        return false;
    }
};

} // namespace

IdleLock::IdleLock(const Session &session, QObject *parent) : QObject(parent), m_session(session)
{
    m_idle = new QTimer(this);
    m_idle->setSingleShot(true);
    const int minutes = session.ws->settings().idleLockMinutes().value_or(Core::NetworkSettings::defaultIdleLockMinutes);
    m_idle->setInterval(minutes * 60 * 1000);
    connect(m_idle, &QTimer::timeout, this, &IdleLock::lock);
    qApp->installEventFilter(this);
    m_idle->start();
}

IdleLock::~IdleLock()
{
    qApp->removeEventFilter(this);
    for (const QPointer<QWidget> &curtain : std::as_const(m_curtains))
        delete curtain.data();
    delete m_dialog.data();
}

int IdleLock::intervalMs() const
{
    return m_idle->interval();
}

void IdleLock::setIntervalMs(int ms)
{
    m_idle->setInterval(ms);
    if (!isLocked())
        m_idle->start();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    // Input restarts the count, unless it is the person typing their password to unlock.
    if (isInput(event->type()) && !isLocked())
        m_idle->start();
    return QObject::eventFilter(watched, event);
}

void IdleLock::coverWindows()
{
    for (QWidget *window : QApplication::topLevelWidgets())
        if (window->isVisible() && window != m_dialog && !window->inherits("QMenu"))
            m_curtains.append(new Curtain(window));
}

void IdleLock::lock()
{
    if (isLocked())
        return;
    m_idle->stop();
    if (QWidget *popup = QApplication::activePopupWidget())
        popup->close(); // an open menu or completer would sit over the curtain
    coverWindows();
    askForPassword();
    Q_EMIT locked();
}

void IdleLock::askForPassword()
{
    auto *dialog = new UnlockDialog(m_session);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::ApplicationModal);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, &IdleLock::unlock);
    // Closed by the app itself (quitting, say): should the app go on, it is still locked.
    connect(dialog, &QDialog::rejected, this, [this] {
        m_dialog = nullptr; // it deletes itself
        QTimer::singleShot(0, this, [this] {
            if (!m_curtains.isEmpty() && !m_dialog)
                askForPassword();
        });
    });
    connect(dialog, &UnlockDialog::signOutChosen, this, [this] {
        unlock();
        // Dialogs waiting in exec() end first, so no window is destroyed under a running loop.
        for (QWidget *window : QApplication::topLevelWidgets())
            if (auto *open = qobject_cast<QDialog *>(window); open && open->isVisible())
                open->reject();
        QTimer::singleShot(0, this, &IdleLock::signOutRequested);
    });
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void IdleLock::unlock()
{
    for (const QPointer<QWidget> &curtain : std::as_const(m_curtains))
        delete curtain.data();
    m_curtains.clear();
    if (m_dialog) {
        m_dialog->disconnect(this);
        m_dialog->close();
        m_dialog = nullptr;
    }
    m_idle->start();
    Q_EMIT unlocked();
}

// --- The lock screen's dialog ------------------------------------------------------------------

UnlockDialog::UnlockDialog(const Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Relais is locked"));
    setWindowFlag(Qt::WindowCloseButtonHint, false);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("<b>Relais locked itself after a while without use</b>, so nobody passing by "
                                "reads a customer's file.<br>Signed in: %1 (%2). Type your password to go on "
                                "where you left off; nothing you were typing is lost.")
                                 .arg(session.actor.displayName.toHtmlEscaped(), session.actor.agencyName.toHtmlEscaped()));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(tr("Password"));
    layout->addWidget(m_password);
    m_error = makeErrorLabel();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole)->setDefault(true);
    QPushButton *signOut = buttons->addButton(tr("&Sign out…"), QDialogButtonBox::DestructiveRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::accept);
    connect(signOut, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(
            this, tr("Sign out?"),
            tr("Signing out closes every window: text not yet saved is lost. Sign out anyway?"));
        if (answer == QMessageBox::Yes)
            Q_EMIT signOutChosen();
    });
    layout->addWidget(buttons);
    m_password->setFocus();
    resize(460, sizeHint().height());
}

void UnlockDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

void UnlockDialog::accept()
{
    // The same checks and throttle as signing in: a locked desk is no place to guess passwords.
    if (signInFromDialog(*m_session.ws, m_session.actor.login, m_password, m_error))
        QDialog::accept();
}

void UnlockDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape)
        return event->accept();
    QDialog::keyPressEvent(event);
}

void UnlockDialog::closeEvent(QCloseEvent *event)
{
    // The window's close button stays locked; the app closing its windows to quit does not wait.
    if (event->spontaneous())
        return event->ignore();
    QDialog::closeEvent(event);
}

} // namespace Relais::Gui
