#include "windows/exportdialog.h"

#include "models/uisettings.h"
#include "widgets/errorlabel.h"
#include "widgets/exportoptionswidget.h"
#include "widgets/theme.h"

#include <QBuffer>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Gui {

namespace {

/// Long enough to let a person tick three boxes in a row, short enough to feel live.
constexpr int previewDelayMs = 300;

} // namespace

ExportDialog::ExportDialog(const Session &session, const QString &reference, QWidget *parent)
    : QDialog(parent), m_session(session), m_reference(reference), m_exporter(*session.ws)
{
    setWindowTitle(tr("Export %1 to PDF").arg(reference));
    m_options = new ExportOptionsWidget(ExportOptionsWidget::Scope::OneCase, session.actor.agencyName);
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(previewDelayMs);
    connect(m_refresh, &QTimer::timeout, this, &ExportDialog::renderPreview);

    auto *heading = new QLabel;
    heading->setObjectName(u"exportHeading"_s);
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::RichText);
    m_error = makeErrorLabel();
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(heading);
    leftLayout->addSpacing(6);
    leftLayout->addWidget(m_options);
    auto *recorded = new QLabel(tr("Saving records the export on the case's timeline: who exported it, when, with "
                                   "which options, and the file's SHA-256 fingerprint."));
    recorded->setWordWrap(true);
    recorded->setForegroundRole(QPalette::PlaceholderText);
    leftLayout->addSpacing(12);
    leftLayout->addWidget(recorded);
    leftLayout->addStretch(1);
    leftLayout->addWidget(m_error);
    leftLayout->addWidget(buildSavedPanel());
    left->setFixedWidth(460);

    auto *panes = new QHBoxLayout;
    panes->addWidget(left);
    panes->addWidget(buildPreview(), 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_save = buttons->addButton(tr("Save…"), QDialogButtonBox::ActionRole);
    m_save->setToolTip(tr("Saves exactly the document previewed here, and records the export on the case."));
    m_save->setDefault(true);
    m_save->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, &ExportDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(panes, 1);
    layout->addWidget(buttons);
    resize(1240, 820);

    loadCase(reference);
    if (m_options->isEnabled()) {
        connect(m_options, &ExportOptionsWidget::optionsChanged, this, &ExportDialog::optionsChanged);
        QTimer::singleShot(0, this, &ExportDialog::renderPreview); // once the dialog is up
    }
}

ExportDialog::~ExportDialog()
{
    m_document->close(); // it reads from m_buffer, which may go first
}

QWidget *ExportDialog::buildPreview()
{
    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pageCount = new QLabel;
    layout->addWidget(m_pageCount);

    m_buffer = new QBuffer(this);
    m_document = new QPdfDocument(this);
    m_view = new QPdfView;
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setPageSpacing(12);
    m_view->setAccessibleName(tr("Preview"));
    m_view->setMinimumWidth(520);
    m_placeholder = new QLabel(tr("Preparing the preview…"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);
    m_previewPages = new QStackedWidget;
    m_previewPages->setFrameShape(QFrame::StyledPanel);
    m_previewPages->addWidget(m_placeholder);
    m_previewPages->addWidget(m_view);
    layout->addWidget(m_previewPages, 1);
    return pane;
}

QWidget *ExportDialog::buildSavedPanel()
{
    m_savedPanel = Theme::makeResultPanel(u"exportSaved"_s, Theme::PanelTone::Success);
    auto *layout = new QVBoxLayout(m_savedPanel);
    m_savedText = new QLabel;
    m_savedText->setWordWrap(true);
    m_savedText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *openFile = new QPushButton(tr("Open the PDF"));
    connect(openFile, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_savedPath)); });
    auto *openFolder = new QPushButton(tr("Open the folder"));
    connect(openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_savedPath).absolutePath())); });
    auto *row = new QHBoxLayout;
    row->addWidget(openFile);
    row->addWidget(openFolder);
    row->addStretch(1);
    layout->addWidget(m_savedText);
    layout->addLayout(row);
    m_savedPanel->hide();
    return m_savedPanel;
}

void ExportDialog::loadCase(const QString &reference)
{
    auto *heading = findChild<QLabel *>(u"exportHeading"_s);
    auto record = m_session.ws->cases().resolveReference(m_session.actor, reference);
    if (!record) {
        heading->setText(u"<b>%1</b>"_s.arg(reference.toHtmlEscaped()));
        m_options->setEnabled(false);
        showNoPreview(record.error().message, true);
        return;
    }
    heading->setText(tr("<b>%1</b> — %2<br>%3")
                         .arg(record->reference, record->title.toHtmlEscaped(), record->clientName.toHtmlEscaped()));
    const QTimeZone zone(m_session.actor.timeZone.toUtf8());
    m_options->setDateRange(record->openedAt.toTimeZone(zone).date(),
                            m_session.ws->database().now().toTimeZone(zone).date());
    if (auto client = m_session.ws->clients().client(m_session.actor, record->clientId))
        m_options->setCustomerLanguage(client->preferredLanguage);
}

void ExportDialog::optionsChanged()
{
    m_stale = true;
    m_save->setEnabled(false);
    m_pageCount->setText(tr("Updating the preview…"));
    m_refresh->start();
}

void ExportDialog::renderPreview()
{
    m_refresh->stop();
    if (const QString problem = m_options->problem(); !problem.isEmpty()) {
        showNoPreview(problem, true);
        return;
    }
    // Core lays the document out on this thread (the case file's connection lives here); the
    // delay above keeps that to once per pause in the person's clicking.
    auto rendered = m_exporter.render(m_session.actor, m_reference, m_options->options());
    if (!rendered) {
        showNoPreview(tr("No preview: %1").arg(rendered.error().message), true);
        return;
    }
    m_rendered = std::move(*rendered);
    m_stale = false;
    showPreview();
}

void ExportDialog::showPreview()
{
    m_document->close();
    m_buffer->close();
    m_buffer->setData(m_rendered->bytes);
    m_buffer->open(QIODevice::ReadOnly);
    m_document->load(m_buffer);
    m_previewPages->setCurrentWidget(m_view);
    const ExportOptions &used = m_rendered->options;
    m_pageCount->setText(tr("Preview — %n page(s), %1, %2", nullptr, m_rendered->pages)
                             .arg(ExportOptionsWidget::languageName(used.language),
                                  used.paper == PaperSize::Letter ? tr("Letter (US)") : tr("A4")));
    m_save->setEnabled(true);
}

void ExportDialog::showNoPreview(const QString &message, bool isError)
{
    m_rendered.reset();
    m_stale = true;
    m_document->close();
    m_placeholder->setText(message);
    m_placeholder->setStyleSheet(isError ? u"color: #b3261e;"_s : QString());
    m_previewPages->setCurrentWidget(m_placeholder);
    m_pageCount->setText(tr("Preview"));
    m_save->setEnabled(false);
}

void ExportDialog::save()
{
    if (!previewIsCurrent())
        return;
    showError(m_error, {});
    QString path = chooseFile(QDir(UiSettings::exportFolder()).filePath(m_rendered->suggestedFileName));
    if (path.isEmpty())
        return; // the person cancelled
    if (QFileInfo(path).suffix().isEmpty())
        path += u".pdf"_s;
    auto written = m_exporter.save(m_session.actor, *m_rendered, path);
    if (!written) {
        // The preview stays: the person can pick another place and save the same document.
        showError(m_error, tr("The PDF was not saved. %1").arg(written.error().message));
        return;
    }
    UiSettings::setExportFolder(QFileInfo(written->path).absolutePath());
    showSaved(*written);
    Q_EMIT saved(written->path);
}

QString ExportDialog::chooseFile(const QString &suggestedPath)
{
    if (m_chooseFile)
        return m_chooseFile(suggestedPath);
    return QFileDialog::getSaveFileName(this, tr("Save the PDF"), suggestedPath, tr("PDF documents (*.pdf)"));
}

void ExportDialog::showSaved(const Pdf::SavedPdf &saved)
{
    m_savedPath = saved.path;
    m_savedText->setText(tr("Saved %1 (%n page(s)). The export is recorded on the case's timeline.", nullptr,
                            saved.pages)
                             .arg(QDir::toNativeSeparators(saved.path)));
    m_savedPanel->show();
}

} // namespace Relais::Gui
