#pragma once

#include "accounts/networksettings.h"
#include "accounts/signin.h"
#include "calendar/calendarstore.h"
#include "casefile/accesslog.h"
#include "casefile/casestore.h"
#include "casefile/changefeed.h"
#include "casefile/changenotifier.h"
#include "casefile/clientimport.h"
#include "casefile/clientmerge.h"
#include "casefile/clientregistry.h"
#include "casefile/directory.h"
#include "casefile/handoffworkflow.h"
#include "integrity/chainverifier.h"
#include "search/search.h"
#include "stalls/stallmonitor.h"
#include "storage/database.h"

#include <memory>

namespace Relais::Core {

/// Everything that works on one open case file, wired together.
class Workspace final
{
public:
    /// Opens the case file at `pathOrUrl` (a SQLite file, or a `postgresql://` server; see
    /// Database::open) and wires the services over it.
    [[nodiscard]] static Result<std::unique_ptr<Workspace>> open(
        const QString &pathOrUrl, Database::OpenMode mode = Database::OpenMode::CreateIfMissing);

    explicit Workspace(std::unique_ptr<Database> db);
    Q_DISABLE_COPY_MOVE(Workspace)

    [[nodiscard]] Database &database() { return *m_db; }
    [[nodiscard]] ChangeNotifier &notifier() { return m_notifier; }
    /// Changes made by other sessions; the desktop app starts it, the CLI never does.
    [[nodiscard]] ChangeFeed &changeFeed() { return m_changeFeed; }
    [[nodiscard]] Directory &directory() { return m_directory; }
    [[nodiscard]] SignIn &signIn() { return m_signIn; }
    [[nodiscard]] NetworkSettings &settings() { return m_settings; }
    [[nodiscard]] ClientRegistry &clients() { return m_clients; }
    [[nodiscard]] ClientMerge &merges() { return m_merges; }
    [[nodiscard]] ClientImport &imports() { return m_imports; }
    [[nodiscard]] CaseStore &cases() { return m_cases; }
    [[nodiscard]] HandoffWorkflow &handoffs() { return m_handoffs; }
    [[nodiscard]] Search &search() { return m_search; }
    [[nodiscard]] ChainVerifier &verifier() { return m_verifier; }
    [[nodiscard]] CalendarStore &calendars() { return m_calendars; }
    [[nodiscard]] StallMonitor &stalls() { return m_stalls; }
    /// Who could see and who saw a customer's file (DESIGN.md "Access").
    [[nodiscard]] AccessLog &accessLog() { return m_accessLog; }

private:
    std::unique_ptr<Database> m_db;
    ChangeNotifier m_notifier;
    Directory m_directory;
    SignIn m_signIn;
    NetworkSettings m_settings;
    ClientRegistry m_clients;
    CaseStore m_cases;
    HandoffWorkflow m_handoffs;
    Search m_search;
    ChainVerifier m_verifier;
    ClientMerge m_merges;
    ClientImport m_imports;
    CalendarStore m_calendars;
    StallMonitor m_stalls;
    AccessLog m_accessLog;
    ChangeFeed m_changeFeed;
};

} // namespace Relais::Core
