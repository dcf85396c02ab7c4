#include "windows/customerdialog.h"

#include "domain/cin.h"
#include "domain/phone.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Gui {

namespace {

QLabel *stateLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    return label;
}

void showState(QLabel *label, const QString &text, bool ok)
{
    label->setText(text);
    label->setStyleSheet(ok ? u"color: #1a7f37;"_s : u"color: #b3261e;"_s);
}

} // namespace

CustomerDialog::CustomerDialog(const Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("New customer"));
    auto *layout = new QHBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit;
    m_name->setPlaceholderText(tr("Full name in Latin script"));
    m_nameAr = new QLineEdit;
    m_nameAr->setPlaceholderText(tr("الاسم الكامل"));
    m_nameAr->setLayoutDirection(Qt::RightToLeft);
    m_cin = new QLineEdit;
    m_cin->setPlaceholderText(tr("e.g. BK123456"));
    m_cinState = stateLabel();
    m_phone = new QLineEdit;
    m_phone->setPlaceholderText(tr("e.g. 06 12 34 56 78"));
    m_phoneState = stateLabel();
    m_hasBirthDate = new QCheckBox;
    m_birthDate = new QDateEdit(QDate(1980, 1, 1));
    m_birthDate->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_birthDate->setCalendarPopup(true);
    m_birthDate->setMaximumDate(QDate::currentDate());
    m_birthDate->setEnabled(false);
    auto *birthRow = new QHBoxLayout;
    birthRow->addWidget(m_hasBirthDate);
    birthRow->addWidget(m_birthDate, 1);
    m_email = new QLineEdit;
    m_address = new QLineEdit;
    m_language = new QComboBox;
    m_language->addItem(tr("French"), u"fr"_s);
    m_language->addItem(tr("Arabic"), u"ar"_s);
    m_language->addItem(tr("English"), u"en"_s);
    m_channel = new QComboBox;
    for (const auto &[code, label] : {std::pair{u"phone"_s, tr("phone")}, std::pair{u"sms"_s, tr("SMS")},
                                      std::pair{u"whatsapp"_s, tr("WhatsApp")}, std::pair{u"email"_s, tr("e-mail")},
                                      std::pair{u"visit"_s, tr("in person")}})
        m_channel->addItem(label, code);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("Name (&Arabic)"), m_nameAr);
    form->addRow(tr("&CIN"), m_cin);
    form->addRow(QString(), m_cinState);
    form->addRow(tr("&Phone"), m_phone);
    form->addRow(QString(), m_phoneState);
    form->addRow(tr("&Birth date"), birthRow);
    form->addRow(tr("&E-mail"), m_email);
    form->addRow(tr("A&ddress"), m_address);
    form->addRow(tr("&Language"), m_language);
    form->addRow(tr("C&hannel"), m_channel);
    m_error = stateLabel();
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox;
    m_register = buttons->addButton(tr("Register customer"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    layout->addLayout(form, 3);

    auto *side = new QVBoxLayout;
    m_duplicatesTitle = new QLabel(tr("<b>Is this the same person?</b><br>Files already on record that look alike "
                                      "appear here as you type."));
    m_duplicatesTitle->setWordWrap(true);
    m_duplicates = new QListWidget;
    m_duplicates->setAccessibleName(tr("Probable existing files"));
    m_useExisting = new QPushButton(tr("Yes — use this file"));
    m_useExisting->setEnabled(false);
    connect(m_duplicates, &QListWidget::currentRowChanged, this, [this](int row) { m_useExisting->setEnabled(row >= 0); });
    connect(m_useExisting, &QPushButton::clicked, this, &CustomerDialog::useExisting);
    side->addWidget(m_duplicatesTitle);
    side->addWidget(m_duplicates, 1);
    side->addWidget(m_useExisting);
    layout->addLayout(side, 2);

    m_lookup = new QTimer(this);
    m_lookup->setSingleShot(true);
    m_lookup->setInterval(250);
    connect(m_lookup, &QTimer::timeout, this, &CustomerDialog::lookForDuplicates);
    for (QLineEdit *edit : {m_name, m_nameAr, m_cin, m_phone})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            validate();
            m_lookup->start();
        });
    connect(m_hasBirthDate, &QCheckBox::toggled, m_birthDate, &QWidget::setEnabled);
    connect(m_hasBirthDate, &QCheckBox::toggled, m_lookup, qOverload<>(&QTimer::start));
    connect(m_birthDate, &QDateEdit::dateChanged, m_lookup, qOverload<>(&QTimer::start));
    resize(860, 480);
}

ClientDraft CustomerDialog::draft() const
{
    ClientDraft d;
    d.fullName = m_name->text();
    d.fullNameAr = m_nameAr->text();
    d.cin = m_cin->text();
    if (!m_phone->text().trimmed().isEmpty())
        d.phones << m_phone->text();
    if (m_hasBirthDate->isChecked())
        d.birthDate = m_birthDate->date();
    d.email = m_email->text();
    d.address = m_address->text();
    d.preferredLanguage = m_language->currentData().toString();
    d.preferredChannel = m_channel->currentData().toString();
    return d;
}

// Each field says at once whether it is right, in the words of the core's checks.
void CustomerDialog::validate()
{
    if (m_cin->text().trimmed().isEmpty()) {
        m_cinState->clear();
    } else if (auto cin = normaliseCin(m_cin->text())) {
        showState(m_cinState, tr("✓ %1").arg(*cin), true);
    } else {
        showState(m_cinState, cin.error().message, false);
    }
    if (m_phone->text().trimmed().isEmpty()) {
        m_phoneState->clear();
    } else if (auto phone = normalisePhone(m_phone->text())) {
        showState(m_phoneState, tr("✓ %1").arg(formatPhoneForDisplay(*phone)), true);
    } else {
        showState(m_phoneState, phone.error().message, false);
    }
}

void CustomerDialog::lookForDuplicates()
{
    m_duplicates->clear();
    const ClientDraft d = draft();
    if (d.fullName.trimmed().isEmpty() && d.fullNameAr.trimmed().isEmpty())
        return;
    auto candidates = m_session.ws->clients().probableDuplicates(d);
    if (!candidates)
        return; // an invalid field is already shown next to it
    for (const DuplicateCandidate &candidate : *candidates) {
        auto *item = new QListWidgetItem(tr("%1\n%2").arg(candidate.client.displayName(), candidate.reasons.join(u"; "_s)));
        item->setData(Qt::UserRole, candidate.client.id);
        m_duplicates->addItem(item);
    }
    m_register->setText(candidates->isEmpty() ? tr("Register customer") : tr("Not the same person — register"));
}

void CustomerDialog::useExisting()
{
    if (QListWidgetItem *item = m_duplicates->currentItem()) {
        m_clientId = item->data(Qt::UserRole).toLongLong();
        m_choseExisting = true;
        QDialog::accept();
    }
}

void CustomerDialog::accept()
{
    // Registering despite candidates is a deliberate choice, recorded by the core.
    const bool force = m_duplicates->count() > 0;
    auto registration = m_session.ws->clients().registerClient(m_session.actor, draft(), force);
    if (!registration) {
        showState(m_error, registration.error().message, false);
        return;
    }
    if (!registration->created) {
        lookForDuplicates();
        showState(m_error, tr("This person is probably already on record: choose their file, or confirm that "
                              "it is someone else."),
                  false);
        return;
    }
    m_clientId = registration->client.id;
    QDialog::accept();
}

} // namespace Relais::Gui
