#pragma once

#include "models/session.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;

namespace Relais::Gui {

class BatchExport;
class ExportOptionsWidget;

/// Exports the cases selected in the list to PDF files in one folder, with progress, a cancel
/// that stops between two cases, and a summary of what was written and what was not.
class BatchExportDialog final : public QDialog
{
    Q_OBJECT
public:
    /// Asks for a folder; gets the current one, returns the chosen one (empty: cancelled).
    using FolderChooser = std::function<QString(const QString &currentFolder)>;

    BatchExportDialog(const Session &session, const QStringList &references, QWidget *parent = nullptr);

    /// Replaces the folder dialog (tests).
    void setFolderChooser(FolderChooser chooser) { m_chooseFolder = std::move(chooser); }

    [[nodiscard]] ExportOptionsWidget *optionsWidget() const { return m_options; }
    [[nodiscard]] QString folder() const;
    [[nodiscard]] QPushButton *exportButton() const { return m_export; }
    /// The export under way or last run, else nullptr.
    [[nodiscard]] BatchExport *batch() const { return m_batch; }
    /// Shown while a batch runs, else nullptr.
    [[nodiscard]] QProgressDialog *progressDialog() const { return m_progress; }
    [[nodiscard]] QLabel *summaryLabel() const { return m_summary; }
    [[nodiscard]] QLabel *errorLabel() const { return m_error; }

public Q_SLOTS:
    void chooseFolder();
    /// Exports every case to the folder, one per turn of the event loop.
    void start();

Q_SIGNALS:
    /// A batch ended (done or cancelled); batch() tells what was written.
    void finished();

private:
    [[nodiscard]] QWidget *buildFolderRow();
    [[nodiscard]] QWidget *buildSummaryPanel();
    void warnAboutReplacedFiles();
    void showProgress();
    void batchFinished();

    Session m_session;
    QStringList m_references;
    FolderChooser m_chooseFolder;
    ExportOptionsWidget *m_options = nullptr;
    QLineEdit *m_folder = nullptr;
    QLabel *m_replacing = nullptr;
    QLabel *m_error = nullptr;
    QWidget *m_summaryPanel = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_failures = nullptr;
    QPushButton *m_export = nullptr;
    BatchExport *m_batch = nullptr;
    QProgressDialog *m_progress = nullptr;
};

} // namespace Relais::Gui
