#pragma once

#include "casefile/workspace.h"
#include "postgrestestserver.h"

#include <QTemporaryDir>

#include <memory>

namespace Relais::Test {

/// A page of a timeline, newest or oldest first (every kind and agency).
[[nodiscard]] inline Core::TimelineQuery timelinePage(bool newestFirst, int offset = 0, int limit = -1)
{
    Core::TimelineQuery query;
    query.newestFirst = newestFirst;
    query.offset = offset;
    query.limit = limit;
    return query;
}

/// A fresh case file with a small network, in a temporary folder, or in a schema of its own on
/// the test PostgreSQL server when the suite runs on PostgreSQL (testsRunOnPostgres()):
///   agencies INS (insurer), GAR (garage), TOW (towing), HOS (hospital, never in a case);
///   users ins.agent / ins.super / gar.agent / tow.agent / hos.agent / net.admin (admin at INS).
/// The clock is fixed and moves only when advance() is called, so tests are repeatable.
class TestWorld
{
public:
    TestWorld();

    [[nodiscard]] bool isValid() const { return m_workspace != nullptr; }
    [[nodiscard]] Core::Workspace &ws() { return *m_workspace; }
    /// The SQLite file, or the PostgreSQL URL: what Workspace::open() takes.
    [[nodiscard]] QString path() const;
    [[nodiscard]] bool onPostgres() const { return m_schema != nullptr; }
    [[nodiscard]] Core::Actor actor(const QString &login);

    /// A registered client (Latin + Arabic name, CIN, phone) with consent for the whole network.
    [[nodiscard]] Core::Id addClient(const QString &name = QStringLiteral("Karim Bennani"),
                                     const QString &cin = QStringLiteral("BK123456"),
                                     bool networkConsent = true);
    /// A case opened by `login` for `clientId`.
    [[nodiscard]] Core::Case openCase(Core::Id clientId, const QString &login = QStringLiteral("ins.agent"),
                                      const QString &title = QStringLiteral("Accident claim"));

    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    [[nodiscard]] QDateTime now() const { return m_now; }

    /// Closes the workspace (for tests that touch the database directly), then reopens it.
    void close();
    void reopen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresTestSchema> m_schema; // outlives the workspace that uses it
    QDateTime m_now;
    std::unique_ptr<Core::Workspace> m_workspace;
};

} // namespace Relais::Test
