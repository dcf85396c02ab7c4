#include "windows/connectiondialog.h"

#include "widgets/errorlabel.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Gui {

std::optional<Result<std::unique_ptr<Database>>> openServerCaseFile(const QString &url, Database::OpenMode mode,
                                                                    const PasswordAsker &ask)
{
    const std::function<Result<std::unique_ptr<Database>>(const QString &)> attempt =
        [&](const QString &password) { return Database::openPostgres(url, mode, password); };
    return attemptAskingPassword(postgresAddressForPeople(url), attempt, ask);
}

// --- Password ------------------------------------------------------------------------------

PasswordDialog::PasswordDialog(const QString &address, const QString &refusal, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Server password"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The server asks for the password of:"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    // Names come from whoever typed the URL: shown as text, never as markup.
    auto *where = new QLabel(address);
    where->setTextFormat(Qt::PlainText);
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setObjectName(u"address"_s);
    QFont bold = where->font();
    bold.setBold(true);
    where->setFont(bold);
    layout->addWidget(where);
    QLabel *refused = makeErrorLabel();
    refused->setTextFormat(Qt::PlainText);
    refused->setObjectName(u"refusal"_s);
    layout->addWidget(refused);
    showError(refused, refusal.isEmpty() ? QString() : tr("The last password was refused. %1").arg(refusal));

    auto *form = new QFormLayout;
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_password->setAccessibleName(tr("Password"));
    form->addRow(tr("&Password"), m_password);
    layout->addLayout(form);
    auto *note = new QLabel(tr("Relais does not save it. To connect without this question, put it in "
                               "your ~/.pgpass file or the PGPASSWORD variable."));
    note->setWordWrap(true);
    note->setStyleSheet(u"color: #57606a;"_s);
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_password->setFocus();
    resize(460, layout->totalHeightForWidth(460));
}

PasswordDialog::~PasswordDialog()
{
    m_password->clear();
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

PasswordAsker PasswordDialog::asker(QWidget *parent)
{
    return [parent](const QString &address, const QString &refusal) -> std::optional<QString> {
        PasswordDialog dialog(address, refusal, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.password();
    };
}

// --- Connection ----------------------------------------------------------------------------

ConnectionDialog::ConnectionDialog(QWidget *parent) : QDialog(parent), m_ask(PasswordDialog::asker(this))
{
    setWindowTitle(tr("Connect to a server"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A case file shared by several sites lives on a PostgreSQL server. Your "
                                "administrator gives you these details. No password is saved: it comes "
                                "from PGPASSWORD or ~/.pgpass, or Relais asks for it."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit;
    m_name->setPlaceholderText(tr("e.g. Casablanca network"));
    m_name->setAccessibleName(tr("Profile name"));
    form->addRow(tr("&Name"), m_name);

    m_host = new QLineEdit;
    m_host->setPlaceholderText(tr("e.g. relais.example.ma"));
    m_host->setAccessibleName(tr("Server host"));
    m_port = new QSpinBox;
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setAccessibleName(tr("Server port"));
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    auto *portLabel = new QLabel(tr("P&ort"));
    portLabel->setBuddy(m_port);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_port);
    form->addRow(tr("&Host"), hostRow);
    // The row's label has a layout as its field; point its mnemonic at the host.
    if (auto *hostLabel = qobject_cast<QLabel *>(form->labelForField(hostRow)))
        hostLabel->setBuddy(m_host);

    m_database = new QLineEdit;
    m_database->setPlaceholderText(tr("e.g. relais"));
    m_database->setAccessibleName(tr("Database"));
    form->addRow(tr("&Database"), m_database);
    m_user = new QLineEdit;
    m_user->setPlaceholderText(tr("your login on this computer when empty"));
    m_user->setAccessibleName(tr("User"));
    form->addRow(tr("&User"), m_user);

    m_tls = new QComboBox;
    m_tls->setAccessibleName(tr("TLS mode"));
    m_tls->addItem(tr("disable — never encrypt"), int(TlsMode::Disable));
    m_tls->addItem(tr("prefer — encrypt when the server offers it"), int(TlsMode::Prefer));
    m_tls->addItem(tr("require — always encrypt, trust any certificate"), int(TlsMode::Require));
    m_tls->addItem(tr("verify-ca — encrypt, check the certificate's authority"), int(TlsMode::VerifyCa));
    m_tls->addItem(tr("verify-full — encrypt, check the authority and the host name"), int(TlsMode::VerifyFull));
    m_tls->setCurrentIndex(m_tls->findData(int(TlsMode::Prefer)));
    form->addRow(tr("&TLS"), m_tls);

    m_rootCertificate = new QLineEdit;
    m_rootCertificate->setPlaceholderText(tr("optional: the authority's certificate (.crt, .pem)"));
    m_rootCertificate->setAccessibleName(tr("Root certificate file"));
    m_browse = new QPushButton(tr("&Choose…"));
    m_browse->setAccessibleName(tr("Choose the root certificate file"));
    connect(m_browse, &QPushButton::clicked, this, &ConnectionDialog::browseCertificate);
    auto *certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_rootCertificate, 1);
    certificateRow->addWidget(m_browse);
    form->addRow(tr("&Root certificate"), certificateRow);
    if (auto *certificateLabel = qobject_cast<QLabel *>(form->labelForField(certificateRow)))
        certificateLabel->setBuddy(m_rootCertificate);
    layout->addLayout(form);

    m_status = makeErrorLabel();
    m_status->setTextFormat(Qt::PlainText);
    m_status->setObjectName(u"status"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    layout->addStretch(1);

    // Test connection stands apart, on the left: it does not close the dialog.
    auto *buttonRow = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test connection"));
    m_test->setAutoDefault(false);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    buttonRow->addWidget(m_test);
    buttonRow->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save profile"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttonRow->addWidget(buttons);
    layout->addLayout(buttonRow);

    // Top to bottom, then the buttons left to right (Qt 6.4 has no setTabOrder(list)).
    // The box lays its buttons out in the platform's order as they are added.
    QList<QWidget *> order{m_name, m_host, m_port, m_database, m_user, m_tls, m_rootCertificate, m_browse, m_test};
    for (int i = 0; i < buttons->layout()->count(); ++i)
        if (QWidget *button = buttons->layout()->itemAt(i)->widget())
            order.append(button);
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    m_name->setFocus();
    resize(620, layout->totalHeightForWidth(620));
}

void ConnectionDialog::setProfile(const ConnectionProfile &profile)
{
    m_name->setText(profile.name);
    m_host->setText(profile.host);
    m_port->setValue(profile.port);
    m_database->setText(profile.database);
    m_user->setText(profile.user);
    m_tls->setCurrentIndex(m_tls->findData(int(profile.tls)));
    m_rootCertificate->setText(profile.rootCertificate);
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile profile;
    profile.name = m_name->text().trimmed();
    profile.host = m_host->text().trimmed();
    profile.port = m_port->value();
    profile.database = m_database->text().trimmed();
    profile.user = m_user->text().trimmed();
    profile.tls = TlsMode(m_tls->currentData().toInt());
    profile.rootCertificate = m_rootCertificate->text().trimmed();
    return profile;
}

void ConnectionDialog::showStatus(const QString &message, bool ok)
{
    m_status->setStyleSheet(ok ? u"color: #1a7f37;"_s : u"color: #b3261e;"_s);
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
    // A server's reason can run to three lines: grow to show it whole rather than clip it.
    if (QLayout *box = layout()) {
        box->activate();
        const int needed = box->totalHeightForWidth(width());
        if (needed > height())
            resize(width(), needed);
    }
}

bool ConnectionDialog::testConnection()
{
    ConnectionProfile tested = profile();
    // A test needs no name yet; everything else must be there.
    if (tested.name.isEmpty())
        tested.name = u"-"_s;
    if (const QString problem = tested.problem(); !problem.isEmpty()) {
        showStatus(problem, false);
        return false;
    }
    const QString url = tested.url();
    showStatus(tr("Connecting to %1…").arg(postgresAddressForPeople(url)), true);
    m_test->setEnabled(false);
    // The attempt blocks (up to connect_timeout); let the status show before it does.
    m_status->repaint();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = openServerCaseFile(url, Database::OpenMode::MustExist, m_ask);
    QApplication::restoreOverrideCursor();
    m_test->setEnabled(true);
    if (!opened) {
        showStatus(tr("Not tested: no password was given."), false);
        return false;
    }
    if (!*opened) {
        showStatus(opened->error().message, false);
        return false;
    }
    showStatus(tr("Connected: %1 holds a Relais case file.").arg((**opened)->path()), true);
    return true;
}

void ConnectionDialog::accept()
{
    const ConnectionProfile saved = profile();
    if (const QString problem = saved.problem(); !problem.isEmpty()) {
        showStatus(problem, false);
        return;
    }
    ConnectionProfiles::save(saved);
    QDialog::accept();
}

void ConnectionDialog::browseCertificate()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Root certificate"), m_rootCertificate->text(),
                                                      tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    if (!path.isEmpty())
        m_rootCertificate->setText(path);
}

} // namespace Relais::Gui
