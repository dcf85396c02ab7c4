#pragma once

#include "domain/accesspolicy.h"

namespace Relais::Core {

class Database;

/// The actor's relation to a case: Participant when the actor's agency takes part in it.
[[nodiscard]] Result<Relation> relationToCase(Database &db, const Actor &actor, Id caseId);

/// relationToCase() then require(): the one check every case operation starts with.
/// A case the actor may not see is reported as not found only when it does not exist.
[[nodiscard]] Status requireOnCase(Database &db, const Actor &actor, Id caseId, Action action);

/// Records that the actor was shown content of the case (`what`: "case.view", "case.timeline",
/// "case.handoffs", "case.documents"…), so the customer can be told who saw the file.
[[nodiscard]] Status recordView(Database &db, const Actor &actor, Id caseId, const QString &what);

/// Records who did what to which file (views, exports, overrides) in the audit log.
[[nodiscard]] Status audit(Database &db, const Actor &actor, const QString &action,
                           const QString &subject, const QJsonObject &details = {});

} // namespace Relais::Core
