#include "widgets/exportoptionswidget.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Gui {

namespace {

const QStringList documentLanguages{u"fr"_s, u"ar"_s, u"en"_s};

QLabel *hintLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

ExportOptionsWidget::ExportOptionsWidget(Scope scope, const QString &agencyName, QWidget *parent)
    : QWidget(parent), m_scope(scope)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Document"), buildDocumentChoice());
    // A row of its own, full width: a wrapped label nested in a form row gets clipped.
    m_documentHint = hintLabel();
    form->addRow(m_documentHint);
    form->addRow(tr("Events"), buildDateRange());
    form->addRow(tr("Content"), buildContentChoices(agencyName));
    m_paper = new QComboBox;
    m_paper->addItem(tr("A4"), int(PaperSize::A4));
    m_paper->addItem(tr("Letter (US)"), int(PaperSize::Letter));
    connect(m_paper, &QComboBox::currentIndexChanged, this, &ExportOptionsWidget::optionsChanged);
    form->addRow(tr("Paper"), m_paper);
    m_language = new QComboBox;
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    buildLanguages();
    form->addRow(tr("Language"), m_language);
    documentChanged();
}

QWidget *ExportOptionsWidget::buildDocumentChoice()
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_timeline = new QRadioButton(tr("Case timeline"));
    m_letter = new QRadioButton(tr("Status letter for the customer"));
    m_timeline->setChecked(true);
    auto *group = new QButtonGroup(box);
    group->addButton(m_timeline);
    group->addButton(m_letter);
    connect(m_letter, &QRadioButton::toggled, this, &ExportOptionsWidget::documentChanged);
    layout->addWidget(m_timeline);
    layout->addWidget(m_letter);
    return box;
}

QWidget *ExportOptionsWidget::buildDateRange()
{
    m_range = new QWidget;
    auto *layout = new QHBoxLayout(m_range);
    layout->setContentsMargins(0, 0, 0, 0);
    const QDate today = QDate::currentDate();
    for (auto [check, edit, label] : {std::tuple{&m_fromSet, &m_from, tr("From")}, std::tuple{&m_toSet, &m_to, tr("To")}}) {
        *check = new QCheckBox(label);
        *edit = new QDateEdit(today);
        (*edit)->setCalendarPopup(true);
        (*edit)->setDisplayFormat(u"yyyy-MM-dd"_s);
        // The size hint leaves out the popup's arrow in some styles, cutting the date short.
        (*edit)->setMinimumWidth((*edit)->fontMetrics().horizontalAdvance(u"8888-88-88"_s) + 44);
        (*edit)->setEnabled(false);
        (*edit)->setAccessibleName(label);
        QDateEdit *dateEdit = *edit;
        connect(*check, &QCheckBox::toggled, dateEdit, &QWidget::setEnabled);
        connect(*check, &QCheckBox::toggled, this, &ExportOptionsWidget::optionsChanged);
        connect(dateEdit, &QDateEdit::dateChanged, this, &ExportOptionsWidget::optionsChanged);
        layout->addWidget(*check);
        layout->addWidget(dateEdit);
        layout->addSpacing(8);
    }
    m_fromSet->setToolTip(tr("Leave unticked to start from the opening of the case."));
    m_toSet->setToolTip(tr("Leave unticked to go up to today."));
    layout->addStretch(1);
    return m_range;
}

QWidget *ExportOptionsWidget::buildContentChoices(const QString &agencyName)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_internal = new QCheckBox(tr("Include the internal notes of %1, your agency").arg(agencyName));
    m_internal->setToolTip(tr("Other agencies' internal notes are never exported."));
    m_redact = new QCheckBox(tr("Redact personal identifiers (for sharing outside the network)"));
    m_redact->setToolTip(tr("Removes the CIN, phone numbers, e-mail addresses and the postal address."));
    m_fullCin = new QCheckBox(tr("Show the full CIN"));
    m_fullCin->setToolTip(tr("Otherwise the CIN is printed masked, as on screen."));
    connect(m_redact, &QCheckBox::toggled, this, &ExportOptionsWidget::redactChanged);
    for (QCheckBox *check : {m_internal, m_redact, m_fullCin}) {
        connect(check, &QCheckBox::toggled, this, &ExportOptionsWidget::optionsChanged);
        layout->addWidget(check);
    }
    return box;
}

void ExportOptionsWidget::buildLanguages()
{
    if (m_scope == Scope::SeveralCases)
        m_language->addItem(QString(), QString()); // each file's own default, named by documentChanged()
    for (const QString &code : documentLanguages)
        m_language->addItem(languageName(code), code);
    // activated: only a person's choice, not the defaults set here, is kept across documents.
    connect(m_language, &QComboBox::activated, this, [this] { m_languagePicked = true; });
    connect(m_language, &QComboBox::currentIndexChanged, this, &ExportOptionsWidget::optionsChanged);
}

void ExportOptionsWidget::setCustomerLanguage(const QString &code)
{
    m_customerLanguage = documentLanguageCode(code);
    documentChanged();
}

void ExportOptionsWidget::setDateRange(const QDate &first, const QDate &last)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    for (QDateEdit *edit : {m_from, m_to})
        edit->setDateRange(first, last);
    m_from->setDate(first);
    m_to->setDate(last);
}

bool ExportOptionsWidget::letter() const
{
    return m_letter->isChecked();
}

QString ExportOptionsWidget::interfaceLanguage()
{
    const QString code = documentLanguageCode(QLocale().name());
    return code.isEmpty() ? u"en"_s : code;
}

QString ExportOptionsWidget::languageName(const QString &code)
{
    if (code == u"fr"_s)
        return tr("French");
    if (code == u"ar"_s)
        return tr("Arabic");
    return tr("English");
}

QString ExportOptionsWidget::defaultLanguage() const
{
    if (letter())
        return m_customerLanguage.isEmpty() ? interfaceLanguage() : m_customerLanguage;
    return interfaceLanguage();
}

// The letter is one page about today for the customer: no range, internal notes or CIN in it.
void ExportOptionsWidget::documentChanged()
{
    const bool isLetter = letter();
    m_documentHint->setText(isLetter ? tr("One plain-language page: where the file stands, what comes next and "
                                          "whom to call.")
                                     : tr("Every event, the handoff chain and the integrity hash — for a court, an "
                                          "auditor or a partner without access."));
    m_range->setEnabled(!isLetter);
    m_internal->setEnabled(!isLetter);
    m_fullCin->setEnabled(!isLetter && !m_redact->isChecked());

    const QSignalBlocker block(m_language);
    for (int i = 0; i < m_language->count(); ++i) {
        const QString code = m_language->itemData(i).toString();
        QString text = code.isEmpty() ? (isLetter ? tr("Each customer's own language")
                                                  : tr("Interface language (%1)").arg(languageName(interfaceLanguage())))
                                      : languageName(code);
        if (isLetter && !code.isEmpty() && code == m_customerLanguage)
            text = tr("%1 (the customer's language)").arg(text);
        m_language->setItemText(i, text);
    }
    if (!m_languagePicked)
        m_language->setCurrentIndex(m_scope == Scope::SeveralCases ? 0 : m_language->findData(defaultLanguage()));
    Q_EMIT optionsChanged();
}

void ExportOptionsWidget::redactChanged(bool redact)
{
    // Redacting removes the CIN altogether: showing it in full cannot apply, so the box says so.
    const QSignalBlocker block(m_fullCin);
    if (redact) {
        m_fullCinWanted = m_fullCin->isChecked();
        m_fullCin->setChecked(false);
    } else {
        m_fullCin->setChecked(m_fullCinWanted);
    }
    m_fullCin->setEnabled(!redact && !letter());
}

ExportOptions ExportOptionsWidget::options() const
{
    ExportOptions options;
    const bool isLetter = letter();
    options.document = isLetter ? ExportDocument::StatusLetter : ExportDocument::Timeline;
    if (!isLetter) {
        options.from = m_fromSet->isChecked() ? m_from->date() : QDate();
        options.to = m_toSet->isChecked() ? m_to->date() : QDate();
        options.includeInternal = m_internal->isChecked();
        options.showFullCin = m_fullCin->isChecked() && !m_redact->isChecked();
    }
    options.redact = m_redact->isChecked();
    options.paper = PaperSize(m_paper->currentData().toInt());
    options.language = m_language->currentData().toString();
    return options;
}

QString ExportOptionsWidget::problem() const
{
    const ExportOptions chosen = options();
    if (chosen.from.isValid() && chosen.to.isValid() && chosen.from > chosen.to)
        return tr("The date range ends (%1) before it starts (%2).")
            .arg(chosen.to.toString(Qt::ISODate), chosen.from.toString(Qt::ISODate));
    return {};
}

QRadioButton *ExportOptionsWidget::documentButton(ExportDocument document) const
{
    return document == ExportDocument::StatusLetter ? m_letter : m_timeline;
}

} // namespace Relais::Gui
