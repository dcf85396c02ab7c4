#pragma once

#include "models/session.h"
#include "pdf/pdfexporter.h"

#include <QDialog>

#include <functional>
#include <optional>

class QBuffer;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace Relais::Gui {

class ExportOptionsWidget;

/// Exports one case to PDF: the options beside a live preview, then "Save…" writes exactly the
/// previewed file and records the export on the case.
class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    /// Asks where to save; gets the suggested path, returns the chosen one (empty: cancelled).
    using FileChooser = std::function<QString(const QString &suggestedPath)>;

    ExportDialog(const Session &session, const QString &reference, QWidget *parent = nullptr);
    ~ExportDialog() override;

    /// Replaces the file dialog (tests).
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    [[nodiscard]] ExportOptionsWidget *optionsWidget() const { return m_options; }
    [[nodiscard]] QPdfDocument *previewDocument() const { return m_document; }
    /// The document previewed, which "Save…" writes; empty while there is no preview.
    [[nodiscard]] const std::optional<Pdf::RenderedPdf> &rendered() const { return m_rendered; }
    /// The preview shows the options as they are now: what "Save…" would write.
    [[nodiscard]] bool previewIsCurrent() const { return m_rendered.has_value() && !m_stale; }
    [[nodiscard]] QPushButton *saveButton() const { return m_save; }
    [[nodiscard]] QLabel *errorLabel() const { return m_error; }
    [[nodiscard]] QLabel *savedLabel() const { return m_savedText; }

public Q_SLOTS:
    /// Asks where, then writes the previewed PDF there and records it on the case.
    void save();

Q_SIGNALS:
    /// A PDF was written to `path` and the export recorded on the case's timeline.
    void saved(const QString &path);

private:
    [[nodiscard]] QWidget *buildPreview();
    [[nodiscard]] QWidget *buildSavedPanel();
    void loadCase(const QString &reference);
    void optionsChanged();
    void renderPreview();
    void showPreview();
    void showNoPreview(const QString &message, bool isError);
    void showSaved(const Pdf::SavedPdf &saved);
    [[nodiscard]] QString chooseFile(const QString &suggestedPath);

    Session m_session;
    QString m_reference;
    Pdf::PdfExporter m_exporter;
    std::optional<Pdf::RenderedPdf> m_rendered;
    bool m_stale = true;
    QString m_savedPath;
    FileChooser m_chooseFile;
    ExportOptionsWidget *m_options = nullptr;
    QTimer *m_refresh = nullptr;
    QBuffer *m_buffer = nullptr;
    QPdfDocument *m_document = nullptr;
    QStackedWidget *m_previewPages = nullptr;
    QPdfView *m_view = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_pageCount = nullptr;
    QLabel *m_error = nullptr;
    QWidget *m_savedPanel = nullptr;
    QLabel *m_savedText = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace Relais::Gui
