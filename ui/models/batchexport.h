#pragma once

#include "models/session.h"
#include "pdf/pdfexporter.h"

#include <QObject>

namespace Relais::Gui {

/// What became of one case of a batch: the file written, or why there is none.
struct BatchOutcome {
    QString reference;
    QString path;  ///< when written
    QString error; ///< when not
    [[nodiscard]] bool written() const { return error.isEmpty(); }
};

/// Exports several cases to one folder, one case per turn of the event loop: the window keeps
/// answering, and a cancel takes effect between two cases. Each file is saved atomically and
/// recorded on its case, so whatever was written before a cancel or a failure stays valid.
class BatchExport final : public QObject
{
    Q_OBJECT
public:
    BatchExport(const Session &session, QStringList references, const Core::ExportOptions &options,
                QString folder, QObject *parent = nullptr);

    void start();
    /// Stops after the case being exported, if any.
    void cancel() { m_cancelled = true; }

    [[nodiscard]] int total() const { return int(m_references.size()); }
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] bool wasCancelled() const { return m_cancelled; }
    [[nodiscard]] const QList<BatchOutcome> &outcomes() const { return m_outcomes; }
    [[nodiscard]] int writtenCount() const;

Q_SIGNALS:
    /// `reference` is next (`done` cases are behind it).
    void starting(int done, const QString &reference);
    /// One more case is behind: `outcomes().last()` says how it went.
    void progressed(int done);
    void finished();

private:
    void exportNext();
    [[nodiscard]] BatchOutcome exportOne(const QString &reference);
    void finish();

    Session m_session;
    QStringList m_references;
    Core::ExportOptions m_options;
    QString m_folder;
    Pdf::PdfExporter m_exporter;
    QList<BatchOutcome> m_outcomes;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace Relais::Gui
