#include "casefile/caseaccess.h"

#include "storage/database.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core {

Result<Relation> relationToCase(Database &db, const Actor &actor, Id caseId)
{
    auto exists = db.scalar(u"SELECT count(*) FROM cases WHERE id = :case"_s, {{u":case"_s, caseId}});
    if (!exists)
        return std::unexpected(exists.error());
    if (exists->toInt() == 0)
        return fail(ErrorCode::NotFound, Tr::tr("There is no such case."));
    if (!actor.isUser())
        return Relation::NonParticipant;
    auto participates = db.scalar(
        u"SELECT count(*) FROM case_participants WHERE case_id = :case AND agency_id = :agency"_s,
        {{u":case"_s, caseId}, {u":agency"_s, actor.agencyId}});
    if (!participates)
        return std::unexpected(participates.error());
    return participates->toInt() > 0 ? Relation::Participant : Relation::NonParticipant;
}

Status requireOnCase(Database &db, const Actor &actor, Id caseId, Action action)
{
    auto relation = relationToCase(db, actor, caseId);
    if (!relation)
        return std::unexpected(relation.error());
    return require(actor, *relation, action);
}

Status recordView(Database &db, const Actor &actor, Id caseId, const QString &what)
{
    auto reference = db.scalar(u"SELECT reference FROM cases WHERE id = :case"_s, {{u":case"_s, caseId}});
    if (!reference)
        return std::unexpected(reference.error());
    return audit(db, actor, what, reference->toString());
}

Status audit(Database &db, const Actor &actor, const QString &action, const QString &subject,
             const QJsonObject &details)
{
    auto logged = db.insert(
        u"INSERT INTO audit_log (at, user_id, agency_id, action, subject, details) "
        "VALUES (:at, :user, :agency, :action, :subject, :details)"_s,
        {{u":at"_s, toStored(db.now())},
         {u":user"_s, actor.isUser() ? QVariant(actor.userId) : QVariant()},
         {u":agency"_s, actor.isUser() ? QVariant(actor.agencyId) : QVariant()},
         {u":action"_s, action},
         {u":subject"_s, subject},
         {u":details"_s, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))}});
    if (!logged)
        return std::unexpected(logged.error());
    return {};
}

} // namespace Relais::Core
