#pragma once

#include "domain/types.h"

#include <QHash>

namespace Relais::Core {

class Database;
class ChangeNotifier;
class ClientRegistry;

/// Handoffs between agencies: requests and every lifecycle transition, each on the timeline.
class HandoffWorkflow final
{
public:
    HandoffWorkflow(Database &db, ClientRegistry &clients, ChangeNotifier &notifier)
        : m_db(db), m_clients(clients), m_notifier(notifier) {}

    /// Asks another agency to do something for the case. Refused when the customer's consent
    /// does not cover that agency. The receiving agency becomes a participant. The handoff
    /// carries the summary and the case's head hash at the time of the request.
    /// `documentIds`: documents on this case's file that travel with the request.
    [[nodiscard]] Result<Handoff> request(const Actor &actor, Id caseId, const QString &toAgencyCode,
                                          const QString &ask, const QDateTime &dueAt = {},
                                          const QList<Id> &documentIds = {});

    /// Moves a handoff to `target`, as DESIGN.md's lifecycle allows for the actor's side.
    [[nodiscard]] Result<Handoff> transition(const Actor &actor, Id handoffId, HandoffStatus target,
                                             const TransitionDetails &details = {});

    [[nodiscard]] Result<Handoff> handoff(const Actor &actor, Id handoffId) const;
    /// Finds a handoff to act on (nudge, escalate, reassign…): checked like a view but not
    /// logged as one, since what the actor then does is on the timeline — and a refused action
    /// must leave no trace.
    [[nodiscard]] Result<Handoff> handoffToActOn(const Actor &actor, Id handoffId) const;
    [[nodiscard]] Result<QList<Handoff>> handoffsOfCase(const Actor &actor, Id caseId) const;
    /// The handoffs of several cases at once, for lists that show who holds the ball. Only
    /// cases the actor may see are included. Not logged as a view: a list shows statuses, not
    /// the summary each handoff carries.
    [[nodiscard]] Result<QHash<Id, QList<Handoff>>> handoffsForList(const Actor &actor, const QList<Id> &caseIds) const;
    /// Handoffs waiting for the actor's agency to answer (requested or received, not yet
    /// accepted or declined), oldest first — and accepted work a supervisor has nudged (or, for
    /// the agency's supervisors, escalated) that the agency has not answered yet.
    [[nodiscard]] Result<QList<Handoff>> inbox(const Actor &actor) const;

private:
    [[nodiscard]] Result<Handoff> load(Id handoffId) const;
    [[nodiscard]] Result<QList<Handoff>> loadWhere(const QString &condition, const QList<std::pair<QString, QVariant>> &bindings) const;

    Database &m_db;
    ClientRegistry &m_clients;
    ChangeNotifier &m_notifier;
};

} // namespace Relais::Core
