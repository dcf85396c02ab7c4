#pragma once

#include "domain/accesspolicy.h"

#include <QJsonObject>

namespace Relais::Core {

class Database;

/// The actor's relation to a case: Participant when the actor's agency takes part in it.
[[nodiscard]] Result<Relation> relationToCase(Database &db, const Actor &actor, Id caseId);

/// relationToCase() then require(): the one check every case operation starts with.
/// A case the actor may not see is reported as not found only when it does not exist.
/// A signed-in user refused on an existing case leaves an `access.denied` entry in the access
/// log, written once the current write transaction is over, so the refusal's rollback keeps it.
[[nodiscard]] Status requireOnCase(Database &db, const Actor &actor, Id caseId, Action action);

/// Why `actor` may see what `relation` relates them to, as the access log keeps it: the basis
/// ("participant": their agency takes part; "network": a role that sees every case), their
/// role and agency at the time. Kept in the entry so that later changes of roles, agencies or
/// participants do not rewrite history.
[[nodiscard]] QJsonObject accessBasis(const Actor &actor, Relation relation);

/// Records that the actor was shown content of the case (`what`: "case.view", "case.timeline",
/// "case.handoffs", "case.documents"…) and why they could, so the customer can be told who saw
/// the file. `details` add to what is kept (e.g. `via`: how the case was reached).
[[nodiscard]] Status recordView(Database &db, const Actor &actor, Id caseId, const QString &what,
                                const QJsonObject &details = {});

/// Records who did what to which file (views, exports, overrides) in the audit log.
[[nodiscard]] Status audit(Database &db, const Actor &actor, const QString &action,
                           const QString &subject, const QJsonObject &details = {});

/// The access log's subject for reads about a customer rather than one case ("client:42").
[[nodiscard]] QString clientSubject(Id clientId);

} // namespace Relais::Core
