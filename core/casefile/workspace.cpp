#include "casefile/workspace.h"

namespace Relais::Core {

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &pathOrUrl, Database::OpenMode mode)
{
    auto db = Database::open(pathOrUrl, mode);
    if (!db)
        return std::unexpected(db.error());
    return std::make_unique<Workspace>(std::move(*db));
}

Workspace::Workspace(std::unique_ptr<Database> db)
    : m_db(std::move(db)),
      m_directory(*m_db),
      m_signIn(*m_db, m_directory),
      m_settings(*m_db),
      m_clients(*m_db),
      m_cases(*m_db, m_notifier),
      m_handoffs(*m_db, m_clients, m_notifier),
      m_search(*m_db),
      m_verifier(*m_db),
      m_merges(*m_db, m_clients, m_notifier),
      m_imports(*m_db, m_clients, m_notifier),
      m_calendars(*m_db, m_notifier),
      m_stalls(*m_db, m_notifier, m_calendars, m_handoffs),
      m_accessLog(*m_db, m_directory, m_clients),
      m_changeFeed(*m_db, m_notifier)
{
}

} // namespace Relais::Core
