#include "windows/accesslogdialog.h"

#include "export/exportoptions.h"
#include "models/accesslogmodel.h"
#include "models/uisettings.h"
#include "pdf/accessreport.h"
#include "widgets/errorlabel.h"
#include "widgets/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Gui {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString people(const QList<AccessPerson> &list, bool withAgency)
{
    QStringList shown;
    for (const AccessPerson &p : list)
        shown << (withAgency ? u"%1 (%2, %3)"_s.arg(escaped(p.name), accessRoleLabel(p.roleCode), escaped(p.agencyName))
                             : u"%1 (%2)"_s.arg(escaped(p.name), accessRoleLabel(p.roleCode)));
    return shown.join(u", "_s);
}

} // namespace

AccessLogDialog::AccessLogDialog(const Session &session, Id clientId, const QString &reference, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(u"accessLogDialog"_s);
    setWindowTitle(tr("Who saw this file"));
    auto *layout = new QVBoxLayout(this);

    m_title = new QLabel;
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    auto *chooserRow = new QHBoxLayout;
    auto *caseLabel = new QLabel(tr("Case:"));
    m_cases = new QComboBox;
    m_cases->setAccessibleName(tr("Case"));
    caseLabel->setBuddy(m_cases);
    chooserRow->addWidget(caseLabel);
    chooserRow->addWidget(m_cases, 1);
    m_counts = new QLabel;
    chooserRow->addWidget(m_counts);
    layout->addLayout(chooserRow);

    m_error = makeErrorLabel();
    layout->addWidget(m_error);

    m_model = new AccessLogModel(this);
    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Who saw the file"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(false); // refused attempts carry their own tint
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    auto *panel = new QWidget;
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    auto *panelTitle = new QLabel(tr("<b>Who can see it now</b>"));
    panelLayout->addWidget(panelTitle);
    m_couldSee = new QTextBrowser;
    m_couldSee->setObjectName(u"couldSee"_s);
    m_couldSee->setOpenLinks(false);
    panelLayout->addWidget(m_couldSee, 1);

    auto *split = new QSplitter;
    split->addWidget(m_table);
    split->addWidget(panel);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({1020, 360});
    layout->addWidget(split, 1);

    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setStyleSheet(u"color: #57606a;"_s);
    m_status->hide(); // until there is something to say
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_export = buttons->addButton(tr("Export to PDF…"), QDialogButtonBox::ActionRole);
    m_export->setToolTip(tr("The same report as a PDF, in the customer's language"));
    connect(m_export, &QPushButton::clicked, this, &AccessLogDialog::exportPdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_cases, &QComboBox::currentIndexChanged, this, &AccessLogDialog::showCase);
    resize(1400, 680);
    load(clientId, reference);
}

void AccessLogDialog::load(Id clientId, const QString &reference)
{
    auto report = m_session.ws->accessLog().report(m_session.actor, clientId);
    if (!report) {
        showError(m_error, report.error().message);
        m_title->setText(tr("<b>Who saw this file</b>"));
        m_cases->setEnabled(false);
        m_export->setEnabled(false);
        return;
    }
    m_report = *report;
    m_title->setText(tr("<b>Who saw the file of %1</b><br><span style='color:#57606a'>Every reading and every refused "
                        "attempt, with why the person could, as it stood at the time. Times in %2. Opening this "
                        "list is recorded too.</span>")
                         .arg(escaped(m_report.client.displayName()), m_session.actor.timeZone));
    const QSignalBlocker block(m_cases);
    m_cases->clear();
    for (const CaseAccess &c : std::as_const(m_report.cases))
        m_cases->addItem(u"%1 — %2"_s.arg(c.reference, c.title), c.reference);
    if (m_report.cases.size() > 1 || m_report.networkWide)
        m_cases->addItem(m_report.networkWide ? tr("All cases, and searches that showed the customer")
                                              : tr("All cases my agency takes part in"),
                         QString());
    const int start = m_cases->findData(reference);
    m_cases->setCurrentIndex(start >= 0 ? start : 0);
    showCase();
}

void AccessLogDialog::showCase()
{
    const QString reference = m_cases->currentData().toString();
    m_model->setReport(m_report, reference, m_session.actor.timeZone);
    const int denied = m_model->deniedCount();
    m_counts->setText(denied == 0 ? tr("%n reading(s)", nullptr, m_model->rowCount())
                                  : tr("%1 — <span style='color:%2'>%3 refused attempt(s), in red</span>")
                                        .arg(tr("%n reading(s)", nullptr, m_model->rowCount() - denied),
                                             Theme::lateRed.name(), QString::number(denied)));
    QStringList panels;
    for (const CaseAccess &c : std::as_const(m_report.cases))
        if (reference.isEmpty() || c.reference == reference)
            panels << couldSeeHtml(c);
    m_couldSee->setHtml(panels.join(u"<hr>"_s));
    // One case chosen: its reference on every row says nothing.
    m_table->setColumnHidden(AccessLogModel::Case, !reference.isEmpty());
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(AccessLogModel::Agency, std::min(m_table->columnWidth(AccessLogModel::Agency), 190));
    m_table->setColumnWidth(AccessLogModel::What, std::min(m_table->columnWidth(AccessLogModel::What), 300));
}

QString AccessLogDialog::couldSeeHtml(const CaseAccess &access) const
{
    const QTimeZone zone(m_session.actor.timeZone.toUtf8());
    QString html = u"<p><b>%1</b> — %2</p>"_s.arg(access.reference, escaped(access.title));
    for (const ParticipantAccess &p : access.participants)
        html += u"<p><span style='color:%1'>■</span> <b>%2</b><br><small>%3 · %4</small><br>%5</p>"_s.arg(
            Theme::agencyColour(p.agency.code).name(), escaped(p.agency.name),
            tr("since %1").arg(p.since.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm"_s)), escaped(joinedHow(p)),
            p.people.isEmpty() ? tr("nobody there may read it now") : people(p.people, false));
    for (const NetworkAccess &n : access.networkRoles)
        html += u"<p><b>%1</b><br>%2</p>"_s.arg(tr("Every case of the network (%1)").arg(accessRoleLabel(n.roleCode)),
                                                 people(n.people, true));
    return html;
}

void AccessLogDialog::exportPdf()
{
    const QString suggested = QDir(UiSettings::exportFolder())
                                  .filePath(tr("Who saw the file of %1.pdf").arg(m_report.client.displayName()));
    QString path = chooseFile(suggested);
    if (path.isEmpty())
        return; // the person cancelled
    if (QFileInfo(path).suffix().isEmpty())
        path += u".pdf"_s;
    const QString language = customerDocumentLanguage(m_report.client.preferredLanguage);
    auto saved = Pdf::saveAccessReport(m_report, language, m_session.actor.timeZone, path);
    if (!saved) {
        showError(m_error, tr("The PDF was not saved. %1").arg(saved.error().message));
        return;
    }
    showError(m_error, {});
    UiSettings::setExportFolder(QFileInfo(path).absolutePath());
    m_status->setText(tr("Saved to %1 (%n page(s)).", nullptr, saved->pages).arg(QDir::toNativeSeparators(path)));
    m_status->show();
}

QString AccessLogDialog::chooseFile(const QString &suggestedPath)
{
    if (m_chooseFile)
        return m_chooseFile(suggestedPath);
    return QFileDialog::getSaveFileName(this, tr("Save who saw the file"), suggestedPath, tr("PDF documents (*.pdf)"));
}

} // namespace Relais::Gui
