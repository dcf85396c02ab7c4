#include "casefile/caseaccess.h"

#include "common/logging.h"
#include "storage/database.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core {

namespace {

Result<QString> referenceOf(Database &db, Id caseId)
{
    auto reference = db.scalar(u"SELECT reference FROM cases WHERE id = :case"_s, {{u":case"_s, caseId}});
    if (!reference)
        return std::unexpected(reference.error());
    return reference->toString();
}

// The refusal, kept outside any transaction open now (Database::afterWrite): the entry survives
// the rollback of the refused work. A failure to record it is logged, never reported: the
// refusal stands either way.
void recordDenial(Database &db, const Actor &actor, Id caseId, Relation relation, Action action)
{
    auto reference = referenceOf(db, caseId);
    if (!reference) {
        qCWarning(lcDb) << "a refused attempt on case" << caseId << "could not be logged:" << reference.error().message;
        return;
    }
    QJsonObject details = accessBasis(actor, relation);
    details.remove(u"basis"_s); // refused: whatever the role allows elsewhere, not this
    details.insert(u"attempted"_s, actionCode(action));
    details.insert(u"participant"_s, relation == Relation::Participant);
    // The work that met the refusal is rolled back; this entry is written after it, on its own.
    db.afterWrite([&db, actor, subject = *reference, details] {
        auto logged = db.write([&] { return audit(db, actor, u"access.denied"_s, subject, details); });
        if (!logged)
            qCWarning(lcDb) << "a refused attempt on" << subject << "could not be logged:" << logged.error().message;
    });
}

} // namespace

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
    auto allowed = require(actor, *relation, action);
    if (!allowed && actor.isUser())
        recordDenial(db, actor, caseId, *relation, action);
    return allowed;
}

QJsonObject accessBasis(const Actor &actor, Relation relation)
{
    QJsonObject basis;
    if (relation == Relation::Participant && isAllowed(actor, Relation::Participant, Action::ViewCase))
        basis.insert(u"basis"_s, u"participant"_s);
    else if (seesWholeNetwork(actor))
        basis.insert(u"basis"_s, u"network"_s);
    if (actor.isUser()) {
        basis.insert(u"role"_s, roleCode(actor.role));
        basis.insert(u"agency"_s, actor.agencyCode);
    }
    return basis;
}

Status recordView(Database &db, const Actor &actor, Id caseId, const QString &what, const QJsonObject &details)
{
    auto reference = referenceOf(db, caseId);
    if (!reference)
        return std::unexpected(reference.error());
    auto relation = relationToCase(db, actor, caseId);
    if (!relation)
        return std::unexpected(relation.error());
    QJsonObject kept = accessBasis(actor, *relation);
    for (auto it = details.begin(); it != details.end(); ++it)
        kept.insert(it.key(), it.value());
    return audit(db, actor, what, *reference, kept);
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

QString clientSubject(Id clientId)
{
    return u"client:%1"_s.arg(clientId);
}

} // namespace Relais::Core
