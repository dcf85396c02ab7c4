#include "windows/dialogs.h"

#include "casefile/tellusonce.h"
#include "demo/demoworld.h"
#include "models/connectionprofiles.h"
#include "widgets/errorlabel.h"

#include "windows/customerdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Gui {

namespace {

QDialogButtonBox *okCancel(QDialog *dialog, const QString &okText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Agent:
        return QCoreApplication::translate("Relais::Gui", "agent");
    case Role::Supervisor:
        return QCoreApplication::translate("Relais::Gui", "supervisor");
    case Role::NetworkSupervisor:
        return QCoreApplication::translate("Relais::Gui", "network supervisor");
    case Role::Admin:
        return QCoreApplication::translate("Relais::Gui", "administrator");
    }
    return {};
}

} // namespace

// --- Sign in -------------------------------------------------------------------------------

std::optional<Actor> signInFromDialog(Workspace &ws, const QString &login, QLineEdit *password, QLabel *error)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto actor = ws.signIn().signIn(login, password->text());
    QApplication::restoreOverrideCursor();
    password->clear();
    if (!actor) {
        showError(error, actor.error().message);
        password->setFocus();
        return std::nullopt;
    }
    return *actor;
}

SignInDialog::SignInDialog(Workspace &ws, QWidget *parent) : QDialog(parent), m_ws(ws)
{
    setWindowTitle(tr("Sign in to Relais"));
    auto *layout = new QVBoxLayout(this);
    const QString where = Core::Database::isPostgresUrl(ws.database().path())
                              ? Core::postgresAddressForPeople(ws.database().path())
                              : QDir::toNativeSeparators(ws.database().path());
    auto *intro = new QLabel(tr("Sign in with the login and password your administrator gave you.\nCase file: %1")
                                 .arg(where));
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_login = new QLineEdit;
    m_login->setPlaceholderText(tr("your login, e.g. salma.idrissi"));
    m_login->setText(QSettings().value(u"signIn/lastLogin"_s).toString());
    form->addRow(tr("&Login"), m_login);
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    form->addRow(tr("&Password"), m_password);
    layout->addLayout(form);

    if (ws.settings().isDemoWorld()) {
        auto *hint = new QLabel(tr("<b>Demo world.</b> Pick anyone below; every demo user's password is <b>%1</b>.")
                                    .arg(Core::demoPassword()));
        hint->setWordWrap(true);
        layout->addWidget(hint);
        m_users = new QListWidget;
        m_users->setAccessibleName(tr("Demo users"));
        if (auto users = ws.directory().users()) {
            for (const User &u : *users) {
                if (!u.active)
                    continue;
                auto *item = new QListWidgetItem(tr("%1 — %2, %3").arg(u.agencyName, u.displayName, roleLabel(u.role)));
                item->setData(Qt::UserRole, u.login);
                item->setToolTip(u.login);
                m_users->addItem(item);
            }
        }
        connect(m_users, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
            if (!item)
                return;
            m_login->setText(item->data(Qt::UserRole).toString());
            m_password->setText(Core::demoPassword());
        });
        connect(m_users, &QListWidget::itemDoubleClicked, this, &SignInDialog::accept);
        layout->addWidget(m_users, 1);
    } else {
        layout->addStretch(1);
    }
    m_error = makeErrorLabel();
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this, tr("Sign in")));
    if (!m_login->text().isEmpty())
        m_password->setFocus();
    resize(520, m_users ? 480 : 260);
}

void SignInDialog::selectLogin(const QString &login)
{
    if (m_users)
        for (int i = 0; i < m_users->count(); ++i)
            if (m_users->item(i)->data(Qt::UserRole).toString() == login)
                m_users->setCurrentRow(i);
    m_login->setText(login);
}

void SignInDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

void SignInDialog::accept()
{
    if (m_login->text().trimmed().isEmpty()) {
        showError(m_error, tr("Type your login."));
        m_login->setFocus();
        return;
    }
    const auto actor = signInFromDialog(m_ws, m_login->text(), m_password, m_error);
    if (!actor)
        return;
    QSettings().setValue(u"signIn/lastLogin"_s, actor->login);
    m_actor = *actor;
    QDialog::accept();
}

// --- Welcome -------------------------------------------------------------------------------

WelcomeDialog::WelcomeDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Welcome to Relais"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h2>One shared case file per customer</h2>"
                                "<p>Every agency involved sees the whole history, every handoff is explicit and "
                                "timed, and the customer never has to re-explain.</p>"));
    title->setWordWrap(true);
    layout->addWidget(title);

    // Saved server connections come first: whoever has one uses it every morning.
    m_savedPanel = new QWidget;
    auto *saved = new QVBoxLayout(m_savedPanel);
    saved->setContentsMargins(0, 0, 0, 0);
    auto *savedLabel = new QLabel(tr("&Saved server connections"));
    QFont bold = savedLabel->font();
    bold.setBold(true);
    savedLabel->setFont(bold);
    saved->addWidget(savedLabel);
    m_profiles = new QListWidget;
    m_profiles->setAccessibleName(tr("Saved server connections"));
    m_profiles->setUniformItemSizes(true);
    savedLabel->setBuddy(m_profiles);
    connect(m_profiles, &QListWidget::itemActivated, this, &WelcomeDialog::connectSelectedProfile);
    saved->addWidget(m_profiles);
    auto *savedButtons = new QHBoxLayout;
    savedButtons->addStretch(1);
    m_remove = new QPushButton(tr("&Remove"));
    m_remove->setAccessibleName(tr("Remove the selected connection"));
    connect(m_remove, &QPushButton::clicked, this, &WelcomeDialog::removeSelectedProfile);
    m_connect = new QPushButton(tr("&Connect"));
    m_connect->setAccessibleName(tr("Connect with the selected connection"));
    m_connect->setDefault(true);
    connect(m_connect, &QPushButton::clicked, this, &WelcomeDialog::connectSelectedProfile);
    savedButtons->addWidget(m_remove);
    savedButtons->addWidget(m_connect);
    saved->addLayout(savedButtons);
    layout->addWidget(m_savedPanel);

    QList<QWidget *> order{m_profiles, m_connect, m_remove};
    auto choose = [this, layout, &order](Choice choice, const QString &text, const QString &description) {
        auto *button = new QCommandLinkButton(text, description);
        button->setAccessibleDescription(description);
        button->setAutoDefault(false);
        connect(button, &QCommandLinkButton::clicked, this, [this, choice] {
            m_choice = choice;
            QDialog::accept();
        });
        layout->addWidget(button);
        order.append(button);
    };
    choose(Choice::Demo, tr("Open the demo world"),
           tr("A Moroccan network of eight agencies with customers and cases in every stage."));
    choose(Choice::Create, tr("Create a new case file"), tr("Start your own network with its first administrator."));
    choose(Choice::Open, tr("Open an existing case file"), tr("A Relais case file (.sqlite) on this computer."));
    choose(Choice::Server, tr("Connect to a server…"),
           tr("A case file shared by several sites on a PostgreSQL server; saved as a connection."));
    layout->addStretch(1);
    // Qt 6.4 has no setTabOrder(list).
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    listProfiles();
    resize(600, layout->totalHeightForWidth(600));
}

void WelcomeDialog::listProfiles()
{
    m_profiles->clear();
    for (const ConnectionProfile &profile : ConnectionProfiles::all()) {
        // The scheme says nothing to a person choosing where to work.
        const QString address = postgresAddressForPeople(profile.url()).remove(u"postgresql://"_s);
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(profile.name, address));
        item->setData(Qt::UserRole, profile.name);
        item->setToolTip(tr("%1, TLS: %2").arg(address, sslModeName(profile.tls)));
        m_profiles->addItem(item);
    }
    const bool any = m_profiles->count() > 0;
    m_savedPanel->setVisible(any);
    if (any) {
        m_profiles->setCurrentRow(0);
        // Up to four rows without scrolling; more scroll.
        const int rows = int(std::min<qsizetype>(m_profiles->count(), 4));
        m_profiles->setFixedHeight(rows * m_profiles->sizeHintForRow(0) + 2 * m_profiles->frameWidth() + 6);
        m_profiles->setFocus();
    }
    m_connect->setEnabled(any);
    m_remove->setEnabled(any);
}

void WelcomeDialog::selectProfile(const QString &name)
{
    for (int i = 0; i < m_profiles->count(); ++i)
        if (m_profiles->item(i)->data(Qt::UserRole).toString() == name)
            m_profiles->setCurrentRow(i);
}

void WelcomeDialog::connectSelectedProfile()
{
    QListWidgetItem *item = m_profiles->currentItem();
    if (!item)
        return;
    m_profileName = item->data(Qt::UserRole).toString();
    m_choice = Choice::Profile;
    QDialog::accept();
}

void WelcomeDialog::removeSelectedProfile()
{
    QListWidgetItem *item = m_profiles->currentItem();
    if (!item)
        return;
    const int row = m_profiles->currentRow();
    ConnectionProfiles::remove(item->data(Qt::UserRole).toString());
    listProfiles();
    if (m_profiles->count() > 0)
        m_profiles->setCurrentRow(std::min(row, m_profiles->count() - 1));
    adjustSize();
}

// --- New case file ---------------------------------------------------------------------------

NewDatabaseDialog::NewDatabaseDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Create a new case file"));
    auto *form = new QFormLayout(this);
    m_path = new QLineEdit(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"relais.sqlite"_s));
    auto *browse = new QPushButton(tr("Choose…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("New case file"), m_path->text(), tr("Case files (*.sqlite)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("File"), pathRow);
    m_agencyCode = new QLineEdit;
    m_agencyCode->setPlaceholderText(tr("e.g. ATLAS"));
    m_agencyName = new QLineEdit;
    m_login = new QLineEdit;
    m_name = new QLineEdit;
    form->addRow(tr("Your agency's code"), m_agencyCode);
    form->addRow(tr("Your agency's name"), m_agencyName);
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit;
    m_confirm->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Administrator login"), m_login);
    form->addRow(tr("Administrator name"), m_name);
    form->addRow(tr("Administrator password"), m_password);
    form->addRow(tr("Password again"), m_confirm);
    m_error = makeErrorLabel();
    form->addRow(m_error);
    form->addRow(okCancel(this, tr("Create")));
}

QString NewDatabaseDialog::adminLogin() const
{
    return m_login->text().trimmed().toLower();
}

void NewDatabaseDialog::accept()
{
    if (m_password->text() != m_confirm->text()) {
        showError(m_error, tr("The two passwords differ."));
        return;
    }
    const QString path = m_path->text().trimmed();
    if (QFileInfo::exists(path)) {
        showError(m_error, tr("%1 already exists; choose another name or open it instead.").arg(path));
        return;
    }
    auto opened = Workspace::open(path);
    if (!opened) {
        showError(m_error, opened.error().message);
        return;
    }
    Workspace &ws = **opened;
    Agency agency;
    agency.code = m_agencyCode->text();
    agency.name = m_agencyName->text();
    const Actor console = Actor::localConsole();
    auto fail = [&](const QString &message) {
        opened->reset();
        QFile::remove(path); // nothing of value was written yet
        showError(m_error, message);
    };
    if (auto added = ws.directory().addAgency(console, agency); !added)
        return fail(added.error().message);
    if (auto ok = ws.signIn().acceptable(adminLogin(), m_password->text()); !ok)
        return fail(ok.error().message);
    if (auto user = ws.directory().addUser(console, m_login->text(), agency.code, Role::Admin, m_name->text()); !user)
        return fail(user.error().message);
    if (auto set = ws.signIn().setPassword(console, adminLogin(), m_password->text()); !set)
        return fail(set.error().message);
    m_password->clear();
    m_confirm->clear();
    QSettings().setValue(u"signIn/lastLogin"_s, adminLogin());
    m_createdPath = path;
    QDialog::accept();
}

// --- Handoff request -----------------------------------------------------------------------

HandoffRequestDialog::HandoffRequestDialog(const Session &session, const Case &record, QWidget *parent)
    : QDialog(parent), m_session(session), m_case(record)
{
    setWindowTitle(tr("Request a handoff — %1").arg(record.reference));
    auto *form = new QFormLayout(this);
    m_agency = new QComboBox;
    m_agency->setAccessibleName(tr("Agency"));
    if (auto agencies = session.ws->directory().agencies()) {
        for (const Agency &a : *agencies) {
            if (a.id == session.actor.agencyId)
                continue;
            auto covered = session.ws->clients().consentCovers(record.clientId, a.id);
            const bool ok = covered && *covered;
            m_agency->addItem(ok ? a.name : tr("%1 — no consent yet").arg(a.name), a.code);
        }
    }
    form->addRow(tr("&To agency"), m_agency);
    m_ask = new QPlainTextEdit;
    m_ask->setPlaceholderText(tr("What is asked of them, precisely"));
    m_ask->setFixedHeight(70);
    form->addRow(tr("&What is asked"), m_ask);
    auto *dueRow = new QHBoxLayout;
    m_hasDue = new QCheckBox(tr("Due by"));
    // Qt 6.4's editor has no time zone: give it the agency's wall-clock time, read back the same way.
    const QDateTime agencyTime = session.ws->database().now().toTimeZone(QTimeZone(session.actor.timeZone.toUtf8())).addDays(5);
    m_due = new QDateTimeEdit(QDateTime(agencyTime.date(), QTime(agencyTime.time().hour(), 0)));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_due->setEnabled(false);
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due, 1);
    form->addRow(tr("Due date"), dueRow);
    auto *carried = new QLabel(tr("The summary travels with the handoff, so %1 never asks the customer again. "
                                  "Update it if needed:").arg(tr("the other agency")));
    carried->setWordWrap(true);
    form->addRow(carried);
    auto field = [](const QString &text) {
        auto *edit = new QPlainTextEdit(text);
        edit->setFixedHeight(60);
        edit->setTabChangesFocus(true);
        return edit;
    };
    m_situation = field(record.summary.situation);
    m_needs = field(record.summary.needs);
    m_next = field(record.summary.nextStep);
    form->addRow(tr("Situation"), m_situation);
    form->addRow(tr("Needs"), m_needs);
    form->addRow(tr("Next step"), m_next);
    // Documents on file travel with the request: the receiving agency never asks for them.
    m_documents = new QListWidget;
    m_documents->setAccessibleName(tr("Documents sent with the handoff"));
    m_documents->setMaximumHeight(90);
    if (auto documents = session.ws->cases().documents(session.actor, record.id)) {
        m_onFile = *documents;
        for (const Document &d : *documents) {
            auto *item = new QListWidgetItem(tr("%1 — %2").arg(d.kind, d.fileName));
            item->setData(Qt::UserRole, d.id);
            item->setCheckState(Qt::Unchecked);
            m_documents->addItem(item);
        }
    }
    if (m_documents->count() > 0)
        form->addRow(tr("Send documents"), m_documents);
    else
        m_documents->hide();
    // Tell us once: asking for a paper the customer already gave is caught as it is typed.
    m_askedAgain = makeWarningLabel();
    int askRow = 0;
    QFormLayout::ItemRole askRole{};
    form->getWidgetPosition(m_ask, &askRow, &askRole);
    form->insertRow(askRow + 1, m_askedAgain);
    connect(m_ask, &QPlainTextEdit::textChanged, this, &HandoffRequestDialog::warnIfAskedAgain);
    connect(m_documents, &QListWidget::itemChanged, this, &HandoffRequestDialog::warnIfAskedAgain);
    m_error = makeErrorLabel();
    form->addRow(m_error);
    form->addRow(okCancel(this, tr("Request handoff")));
    resize(620, 520);
}

void HandoffRequestDialog::warnIfAskedAgain()
{
    QList<Document> asked = documentsAskedAgain(m_ask->toPlainText(), m_onFile);
    // Documents already ticked to travel with the request answer the question.
    for (int i = 0; i < m_documents->count(); ++i)
        if (m_documents->item(i)->checkState() == Qt::Checked)
            asked.removeIf([&](const Document &d) { return d.id == m_documents->item(i)->data(Qt::UserRole).toLongLong(); });
    showError(m_askedAgain, asked.isEmpty() ? QString()
                                            : tr("Already on file: %1. Tick it under “Send documents” instead of having "
                                                 "the customer bring it again.")
                                                  .arg(documentsOnFileSentence(asked, m_session.actor.timeZone)));
}

void HandoffRequestDialog::accept()
{
    // The summary first (if edited), so the handoff carries the version the requester approved.
    Summary summary = m_case.summary;
    summary.situation = m_situation->toPlainText();
    summary.needs = m_needs->toPlainText();
    summary.nextStep = m_next->toPlainText();
    if (!summary.sameText(m_case.summary)) {
        auto saved = m_session.ws->cases().setSummary(m_session.actor, m_case.id, summary, m_case.summary.version);
        if (!saved) {
            showError(m_error, saved.error().message);
            return;
        }
        m_case.summary = *saved;
    }
    QDateTime due;
    if (m_hasDue->isChecked())
        due = QDateTime(m_due->date(), m_due->time(), QTimeZone(m_session.actor.timeZone.toUtf8())).toUTC();
    QList<Id> documents;
    for (int i = 0; i < m_documents->count(); ++i)
        if (m_documents->item(i)->checkState() == Qt::Checked)
            documents << m_documents->item(i)->data(Qt::UserRole).toLongLong();
    auto handoff = m_session.ws->handoffs().request(m_session.actor, m_case.id, m_agency->currentData().toString(),
                                                    m_ask->toPlainText(), due, documents);
    if (!handoff) {
        showError(m_error, handoff.error().message);
        return;
    }
    m_result = tr("Handed to %1: %2").arg(handoff->to.name, handoff->ask);
    QDialog::accept();
}

// --- Consent -------------------------------------------------------------------------------

ConsentDialog::ConsentDialog(const Session &session, Id clientId, QWidget *parent)
    : QDialog(parent), m_session(session), m_clientId(clientId)
{
    setWindowTitle(tr("Record the customer's consent"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The customer agrees to share their file with:")));
    m_network = new QRadioButton(tr("The whole network"));
    auto *named = new QRadioButton(tr("These agencies:"));
    named->setChecked(true);
    layout->addWidget(m_network);
    layout->addWidget(named);
    m_agencies = new QListWidget;
    if (auto agencies = session.ws->directory().agencies()) {
        for (const Agency &a : *agencies) {
            auto *item = new QListWidgetItem(a.name);
            item->setData(Qt::UserRole, a.code);
            item->setCheckState(Qt::Unchecked);
            m_agencies->addItem(item);
        }
    }
    connect(m_network, &QRadioButton::toggled, m_agencies, &QWidget::setDisabled);
    layout->addWidget(m_agencies, 1);
    m_note = new QLineEdit;
    m_note->setPlaceholderText(tr("Evidence, e.g. signed form scanned at the desk"));
    layout->addWidget(m_note);
    m_error = makeErrorLabel();
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this, tr("Record consent")));
    resize(460, 440);
}

void ConsentDialog::accept()
{
    QStringList codes;
    if (!m_network->isChecked())
        for (int i = 0; i < m_agencies->count(); ++i)
            if (m_agencies->item(i)->checkState() == Qt::Checked)
                codes << m_agencies->item(i)->data(Qt::UserRole).toString();
    auto consent = m_session.ws->clients().grantConsent(m_session.actor, m_clientId,
                                                        m_network->isChecked() ? ConsentScope::Network : ConsentScope::Agencies,
                                                        codes, m_note->text());
    if (!consent) {
        showError(m_error, consent.error().message);
        return;
    }
    m_result = tr("Consent recorded.");
    QDialog::accept();
}

// --- New case ------------------------------------------------------------------------------

NewCaseDialog::NewCaseDialog(const Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("New case"));
    auto *form = new QFormLayout(this);
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Name (Latin or Arabic), CIN or phone"));
    m_search->setClearButtonEnabled(true);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    auto *newCustomer = new QPushButton(tr("New customer…"));
    newCustomer->setToolTip(tr("Register someone who is not on record yet"));
    connect(newCustomer, &QPushButton::clicked, this, [this] {
        CustomerDialog dialog(m_session, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        auto client = m_session.ws->clients().client(m_session.actor, dialog.clientId());
        if (!client)
            return;
        m_search->setText(client->cin.isEmpty() ? client->displayName() : client->cin);
        for (int i = 0; i < m_customers->count(); ++i)
            if (m_customers->item(i)->data(Qt::UserRole).toLongLong() == dialog.clientId())
                m_customers->setCurrentRow(i);
        m_title->setFocus();
    });
    searchRow->addWidget(newCustomer);
    form->addRow(tr("&Customer"), searchRow);
    m_customers = new QListWidget;
    m_customers->setAccessibleName(tr("Matching customers"));
    form->addRow(m_customers);
    connect(m_search, &QLineEdit::textChanged, this, &NewCaseDialog::findCustomers);
    m_title = new QLineEdit;
    m_title->setPlaceholderText(tr("e.g. Accident — car immobilised"));
    m_category = new QLineEdit;
    m_category->setPlaceholderText(tr("e.g. insurance-claim, social, health"));
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("Ca&tegory"), m_category);
    m_error = makeErrorLabel();
    form->addRow(m_error);
    form->addRow(okCancel(this, tr("Open case")));
    resize(560, 460);
}

void NewCaseDialog::findCustomers(const QString &text)
{
    m_customers->clear();
    auto found = m_session.ws->clients().find(m_session.actor, text, 20);
    if (!found) {
        showError(m_error, found.error().message);
        return;
    }
    for (const Client &c : *found) {
        auto *item = new QListWidgetItem(c.birthDate.isValid() ? tr("%1 — born %2").arg(c.displayName(), c.birthDate.toString(Qt::ISODate))
                                                               : c.displayName());
        item->setData(Qt::UserRole, c.id);
        m_customers->addItem(item);
    }
    if (m_customers->count() > 0)
        m_customers->setCurrentRow(0);
}

void NewCaseDialog::accept()
{
    QListWidgetItem *customer = m_customers->currentItem();
    if (!customer) {
        showError(m_error, tr("Find the customer first: type a name, CIN or phone."));
        return;
    }
    auto opened = m_session.ws->cases().openCase(m_session.actor, customer->data(Qt::UserRole).toLongLong(),
                                                 m_title->text(), m_category->text());
    if (!opened) {
        showError(m_error, opened.error().message);
        return;
    }
    m_caseId = opened->id;
    QDialog::accept();
}

} // namespace Relais::Gui
