#include "windows/batchexportdialog.h"

#include "models/batchexport.h"
#include "models/uisettings.h"
#include "pdf/pdfexporter.h"
#include "widgets/errorlabel.h"
#include "widgets/exportoptionswidget.h"
#include "widgets/theme.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Gui {

namespace {

/// Enough references to recognise the selection without a wall of them.
constexpr int referencesNamed = 6;

QString selectionText(const QStringList &references)
{
    if (references.size() <= referencesNamed)
        return references.join(u", "_s);
    return BatchExportDialog::tr("%1 and %n more", nullptr, int(references.size()) - referencesNamed)
        .arg(references.first(referencesNamed).join(u", "_s));
}

} // namespace

BatchExportDialog::BatchExportDialog(const Session &session, const QStringList &references, QWidget *parent)
    : QDialog(parent), m_session(session), m_references(references)
{
    setWindowTitle(tr("Export %n case(s) to PDF", nullptr, int(references.size())));
    auto *intro = new QLabel(tr("<b>%n case(s) selected:</b> %1", nullptr, int(references.size()))
                                 .arg(selectionText(references).toHtmlEscaped()));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    m_options = new ExportOptionsWidget(ExportOptionsWidget::Scope::SeveralCases, session.actor.agencyName);
    connect(m_options, &ExportOptionsWidget::optionsChanged, this, &BatchExportDialog::warnAboutReplacedFiles);
    m_replacing = makeWarningLabel();
    m_error = makeErrorLabel();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::ActionRole);
    m_export->setDefault(true);
    connect(m_export, &QPushButton::clicked, this, &BatchExportDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(m_options);
    layout->addWidget(buildFolderRow());
    layout->addWidget(m_replacing);
    layout->addWidget(m_error);
    layout->addWidget(buildSummaryPanel());
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
    warnAboutReplacedFiles();
}

QWidget *BatchExportDialog::buildFolderRow()
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_folder = new QLineEdit(QDir::toNativeSeparators(UiSettings::exportFolder()));
    m_folder->setAccessibleName(tr("Folder"));
    connect(m_folder, &QLineEdit::textChanged, this, &BatchExportDialog::warnAboutReplacedFiles);
    auto *choose = new QPushButton(tr("Choose…"));
    connect(choose, &QPushButton::clicked, this, &BatchExportDialog::chooseFolder);
    auto *label = new QLabel(tr("Into the folder"));
    label->setBuddy(m_folder);
    layout->addWidget(label);
    layout->addWidget(m_folder, 1);
    layout->addWidget(choose);
    return row;
}

QWidget *BatchExportDialog::buildSummaryPanel()
{
    m_summaryPanel = Theme::makeResultPanel(u"batchSummary"_s, Theme::PanelTone::Neutral);
    auto *layout = new QVBoxLayout(m_summaryPanel);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failures = makeErrorLabel();
    m_failures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *openFolder = new QPushButton(tr("Open the folder"));
    connect(openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder())); });
    layout->addWidget(m_summary);
    layout->addWidget(m_failures);
    layout->addWidget(openFolder, 0, Qt::AlignLeft);
    m_summaryPanel->hide();
    return m_summaryPanel;
}

QString BatchExportDialog::folder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

void BatchExportDialog::chooseFolder()
{
    const QString chosen = m_chooseFolder
        ? m_chooseFolder(folder())
        : QFileDialog::getExistingDirectory(this, tr("Export the PDFs into"), folder());
    if (!chosen.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(chosen));
}

// Files are named after their case: a second export of the same cases replaces the first.
void BatchExportDialog::warnAboutReplacedFiles()
{
    const QDir dir(folder());
    const ExportDocument document = m_options->options().document;
    int existing = 0;
    if (!folder().isEmpty() && dir.exists())
        for (const QString &reference : std::as_const(m_references))
            existing += QFileInfo::exists(dir.filePath(Pdf::PdfExporter::suggestedFileName(reference, document)));
    showError(m_replacing, existing == 0 ? QString()
                                         : tr("%n file(s) of the same name in this folder will be replaced.",
                                              nullptr, existing));
    showError(m_error, m_options->problem());
}

void BatchExportDialog::start()
{
    if (m_batch && m_batch->isRunning())
        return;
    const QString target = folder();
    if (target.isEmpty() || !QFileInfo(target).isDir()) {
        showError(m_error, target.isEmpty() ? tr("Choose the folder the PDFs go into.")
                                            : tr("%1 is not a folder.").arg(QDir::toNativeSeparators(target)));
        return;
    }
    if (const QString problem = m_options->problem(); !problem.isEmpty()) {
        showError(m_error, problem);
        return;
    }
    showError(m_error, {});
    m_summaryPanel->hide();
    UiSettings::setExportFolder(QFileInfo(target).absoluteFilePath());
    delete m_batch;
    m_batch = new BatchExport(m_session, m_references, m_options->options(), target, this);
    connect(m_batch, &BatchExport::finished, this, &BatchExportDialog::batchFinished);
    m_export->setEnabled(false);
    showProgress();
    m_batch->start();
}

void BatchExportDialog::showProgress()
{
    m_progress = new QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, m_batch->total(), this);
    m_progress->setWindowTitle(windowTitle());
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, m_batch, &BatchExport::cancel);
    connect(m_batch, &BatchExport::starting, m_progress, [this](int done, const QString &reference) {
        m_progress->setLabelText(tr("Exporting %1 (%2 of %3)…").arg(reference).arg(done + 1).arg(m_batch->total()));
    });
    connect(m_batch, &BatchExport::progressed, m_progress, &QProgressDialog::setValue);
}

void BatchExportDialog::batchFinished()
{
    m_progress->hide();
    m_progress->deleteLater();
    m_progress = nullptr;
    m_export->setEnabled(true);

    const QList<BatchOutcome> &outcomes = m_batch->outcomes();
    const int written = m_batch->writtenCount();
    const int notReached = m_batch->total() - int(outcomes.size());
    QStringList lines{tr("%n PDF(s) written to %1.", nullptr, written).arg(QDir::toNativeSeparators(folder()))};
    if (notReached > 0)
        lines << tr("Cancelled before %n case(s); every file written is complete.", nullptr, notReached);
    QStringList failures;
    for (const BatchOutcome &outcome : outcomes)
        if (!outcome.written())
            failures << tr("%1: %2").arg(outcome.reference, outcome.error);
    if (!failures.isEmpty())
        failures.prepend(tr("%n case(s) not exported:", nullptr, int(failures.size())));
    m_summary->setText(lines.join(u'\n'));
    showError(m_failures, failures.join(u"\n"_s));
    m_summaryPanel->show();
    warnAboutReplacedFiles();
    Q_EMIT finished();
}

} // namespace Relais::Gui
