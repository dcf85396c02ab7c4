#include "models/batchexport.h"

#include <QDir>
#include <QTimer>

namespace Relais::Gui {

BatchExport::BatchExport(const Session &session, QStringList references, const Core::ExportOptions &options,
                         QString folder, QObject *parent)
    : QObject(parent), m_session(session), m_references(std::move(references)), m_options(options),
      m_folder(std::move(folder)), m_exporter(*session.ws)
{
}

void BatchExport::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_outcomes.clear();
    QTimer::singleShot(0, this, &BatchExport::exportNext);
}

int BatchExport::writtenCount() const
{
    return int(std::count_if(m_outcomes.cbegin(), m_outcomes.cend(), [](const BatchOutcome &o) { return o.written(); }));
}

void BatchExport::exportNext()
{
    if (m_cancelled || m_outcomes.size() >= m_references.size()) {
        finish();
        return;
    }
    const QString reference = m_references.at(m_outcomes.size());
    Q_EMIT starting(int(m_outcomes.size()), reference);
    m_outcomes.append(exportOne(reference));
    Q_EMIT progressed(int(m_outcomes.size())); // may cancel (a progress dialog processes events)
    // The next case waits for the next turn, after whatever the person clicked meanwhile.
    QTimer::singleShot(0, this, &BatchExport::exportNext);
}

BatchOutcome BatchExport::exportOne(const QString &reference)
{
    auto rendered = m_exporter.render(m_session.actor, reference, m_options);
    if (!rendered)
        return {reference, {}, rendered.error().message};
    auto saved = m_exporter.save(m_session.actor, *rendered, QDir(m_folder).filePath(rendered->suggestedFileName));
    if (!saved)
        return {reference, {}, saved.error().message};
    return {reference, saved->path, {}};
}

void BatchExport::finish()
{
    m_running = false;
    Q_EMIT finished();
}

} // namespace Relais::Gui
