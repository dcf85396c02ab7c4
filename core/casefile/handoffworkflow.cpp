#include "casefile/handoffworkflow.h"

#include "casefile/caseaccess.h"
#include "casefile/changenotifier.h"
#include "casefile/clientregistry.h"
#include "casefile/timelinewriter.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core {

namespace {

// A supervisor's signal stays unanswered until the receiving agency writes on the case. System
// events (the signals themselves, which a supervisor of that agency may send) are no answer.
QString unansweredSignal(const QString &kind)
{
    return u"(SELECT max(s.at) FROM handoff_signals s WHERE s.handoff_id = h.id AND s.kind = '%1' "
           "AND s.at > COALESCE((SELECT max(e.occurred_at) FROM events e WHERE e.case_id = h.case_id "
           "AND e.agency_id = h.to_agency_id AND e.kind <> 'system'), 0))"_s.arg(kind);
}

const QString handoffSelect =
    u"SELECT h.id, h.case_id, c.reference, fa.id, fa.code, fa.name, fa.kind, ta.id, ta.code, ta.name, "
    "ta.kind, h.ask, ru.display_name, h.summary_at_request, h.head_hash_at_request, h.status, "
    "h.requested_at, h.status_changed_at, h.due_at, h.hold_until, h.hold_on_customer, h.last_reason, "_s
    + unansweredSignal(u"nudge"_s) + u", "_s + unansweredSignal(u"escalation"_s) +
    u" FROM handoffs h JOIN cases c ON c.id = h.case_id JOIN agencies fa ON fa.id = h.from_agency_id "
    "JOIN agencies ta ON ta.id = h.to_agency_id JOIN users ru ON ru.id = h.requested_by"_s;

Handoff handoffFrom(const QSqlRecord &r)
{
    Handoff h;
    h.id = r.value(0).toLongLong();
    h.caseId = r.value(1).toLongLong();
    h.caseReference = r.value(2).toString();
    h.from = {r.value(3).toLongLong(), r.value(4).toString(), r.value(5).toString(), r.value(6).toString()};
    h.to = {r.value(7).toLongLong(), r.value(8).toString(), r.value(9).toString(), r.value(10).toString()};
    h.ask = r.value(11).toString();
    h.requestedBy = r.value(12).toString();
    h.summaryAtRequest = QJsonDocument::fromJson(r.value(13).toString().toUtf8()).object();
    h.headHashAtRequest = r.value(14).toString().toLatin1();
    h.status = handoffStatusFromCode(r.value(15).toString()).value_or(HandoffStatus::Requested);
    h.requestedAt = fromStored(r.value(16));
    h.statusChangedAt = fromStored(r.value(17));
    h.dueAt = fromStored(r.value(18));
    h.holdUntil = fromStored(r.value(19));
    h.holdOnCustomer = r.value(20).toBool();
    h.lastReason = r.value(21).toString();
    h.unansweredNudgeAt = fromStored(r.value(22));
    h.unansweredEscalationAt = fromStored(r.value(23));
    return h;
}

// "Garage Al Amal accepted the handoff." — what the timeline says of each transition.
QString transitionSentence(const QString &agency, HandoffStatus status)
{
    switch (status) {
    case HandoffStatus::Requested:
        return Tr::tr("%1 requested the handoff.").arg(agency);
    case HandoffStatus::Received:
        return Tr::tr("%1 acknowledged receipt of the handoff.").arg(agency);
    case HandoffStatus::Accepted:
        return Tr::tr("%1 accepted the handoff.").arg(agency);
    case HandoffStatus::InProgress:
        return Tr::tr("%1 is working on the handoff.").arg(agency);
    case HandoffStatus::OnHold:
        return Tr::tr("%1 put the handoff on hold.").arg(agency);
    case HandoffStatus::Completed:
        return Tr::tr("%1 completed the handoff.").arg(agency);
    case HandoffStatus::Rejected:
        return Tr::tr("%1 declined the handoff.").arg(agency);
    case HandoffStatus::Failed:
        return Tr::tr("%1 could not deliver the handoff.").arg(agency);
    case HandoffStatus::Cancelled:
        return Tr::tr("%1 cancelled the handoff.").arg(agency);
    case HandoffStatus::EnteredInError:
        return Tr::tr("%1 marked the handoff as entered in error.").arg(agency);
    }
    Q_UNREACHABLE();
    return QString();
}

QJsonObject summaryJson(const Summary &s)
{
    return {{u"situation"_s, s.situation}, {u"needs"_s, s.needs}, {u"doneSoFar"_s, s.doneSoFar},
            {u"nextStep"_s, s.nextStep}, {u"version"_s, s.version}};
}

} // namespace

Result<Handoff> HandoffWorkflow::load(Id handoffId) const
{
    auto rows = loadWhere(u"h.id = :id"_s, {{u":id"_s, handoffId}});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return fail(ErrorCode::NotFound, Tr::tr("There is no handoff %1.").arg(handoffId));
    return rows->constFirst();
}

Result<QList<Handoff>> HandoffWorkflow::loadWhere(const QString &condition, const Bindings &bindings) const
{
    auto rows = m_db.select(u"%1 WHERE %2 ORDER BY h.requested_at, h.id"_s.arg(handoffSelect, condition), bindings);
    if (!rows)
        return std::unexpected(rows.error());
    QList<Handoff> out;
    for (const auto &row : *rows) {
        Handoff handoff = handoffFrom(row);
        auto documents = m_db.select(u"SELECT document_id FROM handoff_documents WHERE handoff_id = :id ORDER BY document_id"_s,
                                     {{u":id"_s, handoff.id}});
        if (!documents)
            return std::unexpected(documents.error());
        for (const auto &doc : *documents)
            handoff.documentIds.append(doc.value(0).toLongLong());
        out.append(handoff);
    }
    return out;
}

Result<Handoff> HandoffWorkflow::request(const Actor &actor, Id caseId, const QString &toAgencyCode,
                                         const QString &ask, const QDateTime &dueAt, const QList<Id> &documentIds)
{
    if (ask.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, Tr::tr("Say what the other agency is asked to do."));
    if (dueAt.isValid() && dueAt <= m_db.now())
        return fail(ErrorCode::Invalid, Tr::tr("The due date is already past."));

    // Every check runs under the write lock: consent revoked or the case closed a moment
    // before cannot let a handoff through.
    auto created = m_db.write([&]() -> Result<std::pair<Id, QString>> {
        if (auto allowed = requireOnCase(m_db, actor, caseId, Action::RequestHandoff); !allowed)
            return std::unexpected(allowed.error());
        auto caseRow = m_db.selectOne(u"SELECT client_id, status, head_hash, summary_situation, summary_needs, "
                                      "summary_done, summary_next_step, summary_version FROM cases WHERE id = :case"_s,
                                      {{u":case"_s, caseId}});
        if (!caseRow)
            return std::unexpected(caseRow.error());
        const QSqlRecord &c = **caseRow;
        if (c.value(1).toString() != u"open"_s)
            return fail(ErrorCode::Invalid, Tr::tr("This case is %1: reopen it before handing it over.")
                                                .arg(c.value(1).toString()));
        auto to = m_db.selectOne(u"SELECT id, code, name FROM agencies WHERE code = :code"_s,
                                 {{u":code"_s, toAgencyCode.trimmed().toUpper()}});
        if (!to)
            return std::unexpected(to.error());
        if (!*to)
            return fail(ErrorCode::NotFound, Tr::tr("There is no agency with code %1.").arg(toAgencyCode));
        const Id toId = (*to)->value(0).toLongLong();
        const QString toCode = (*to)->value(1).toString();
        const QString toName = (*to)->value(2).toString();
        if (toId == actor.agencyId)
            return fail(ErrorCode::Invalid, Tr::tr("A handoff goes to another agency, not to your own."));
        auto covered = m_clients.consentCovers(c.value(0).toLongLong(), toId);
        if (!covered)
            return std::unexpected(covered.error());
        if (!*covered)
            return fail(ErrorCode::Forbidden,
                        Tr::tr("The customer has not consented to sharing their file with %1 (%2). Record "
                               "their consent first.").arg(toName, toCode));

        const Summary summary{c.value(3).toString(), c.value(4).toString(), c.value(5).toString(),
                              c.value(6).toString(), c.value(7).toInt(), {}, {}, {}};
        const QDateTime at = m_db.now();
        auto id = m_db.insert(
            u"INSERT INTO handoffs (case_id, from_agency_id, to_agency_id, requested_by, ask, summary_at_request, "
            "head_hash_at_request, status, requested_at, status_changed_at, due_at) VALUES (:case, :from, :to, "
            ":user, :ask, :summary, :head, 'requested', :at, :at, :due)"_s,
            {{u":case"_s, caseId}, {u":from"_s, actor.agencyId}, {u":to"_s, toId}, {u":user"_s, actor.userId},
             {u":ask"_s, ask.trimmed()},
             {u":summary"_s, QString::fromUtf8(QJsonDocument(summaryJson(summary)).toJson(QJsonDocument::Compact))},
             {u":head"_s, c.value(2).toString()}, {u":at"_s, toStored(at)}, {u":due"_s, toStored(dueAt)}});
        if (!id)
            return std::unexpected(id.error());
        // The receiving agency joins the case so it reads the whole history before it answers.
        auto joined = m_db.update(u"INSERT INTO case_participants (case_id, agency_id, joined_at) "
                                  "VALUES (:case, :agency, :at) ON CONFLICT DO NOTHING"_s,
                                  {{u":case"_s, caseId}, {u":agency"_s, toId}, {u":at"_s, toStored(at)}});
        if (!joined)
            return std::unexpected(joined.error());
        QJsonArray documents;
        QStringList documentNames;
        for (Id documentId : documentIds) {
            // Only what is on this case's file travels with it.
            auto doc = m_db.selectOne(u"SELECT d.kind, d.file_name FROM documents d JOIN case_documents cd "
                                      "ON cd.document_id = d.id WHERE cd.case_id = :case AND d.id = :doc"_s,
                                      {{u":case"_s, caseId}, {u":doc"_s, documentId}});
            if (!doc)
                return std::unexpected(doc.error());
            if (!*doc)
                return fail(ErrorCode::Invalid, Tr::tr("Document %1 is not on this case's file.").arg(documentId));
            auto linked = m_db.update(u"INSERT INTO handoff_documents (handoff_id, document_id) VALUES (:handoff, :doc) "
                                      "ON CONFLICT DO NOTHING"_s,
                                      {{u":handoff"_s, *id}, {u":doc"_s, documentId}});
            if (!linked)
                return std::unexpected(linked.error());
            documents.append(documentId);
            documentNames << u"%1 (%2)"_s.arg((*doc)->value(0).toString(), (*doc)->value(1).toString());
        }
        QJsonObject payload{{u"handoffId"_s, *id}, {u"from"_s, actor.agencyCode}, {u"to"_s, toCode},
                            {u"status"_s, u"requested"_s}, {u"ask"_s, ask.trimmed()},
                            {u"headHash"_s, c.value(2).toString()}};
        if (!documents.isEmpty())
            payload.insert(u"documents"_s, documents);
        if (dueAt.isValid())
            payload.insert(u"due"_s, dueAt.toUTC().toString(Qt::ISODateWithMs));
        QString text = Tr::tr("Handed to %1: %2").arg(toName, ask.trimmed());
        if (!documentNames.isEmpty())
            text += u' ' + Tr::tr("Documents sent with it: %1.").arg(documentNames.join(u", "_s));
        NewEvent event{EventKind::Handoff, text, Visibility::Shared, at, payload, std::nullopt};
        if (auto appended = appendEvent(m_db, actor, caseId, event); !appended)
            return std::unexpected(appended.error());
        return std::pair{*id, toCode};
    });
    if (!created)
        return std::unexpected(created.error());
    Q_EMIT m_notifier.handoffChanged(created->first, caseId);
    Q_EMIT m_notifier.caseChanged(caseId);
    return load(created->first);
}

Result<Handoff> HandoffWorkflow::transition(const Actor &actor, Id handoffId, HandoffStatus target,
                                            const TransitionDetails &details)
{
    auto current = load(handoffId);
    if (!current)
        return current;
    if (auto allowed = requireOnCase(m_db, actor, current->caseId, Action::ActOnHandoff); !allowed)
        return std::unexpected(allowed.error());
    const HandoffSide side = actor.agencyId == current->to.id    ? HandoffSide::Receiver
                           : actor.agencyId == current->from.id  ? HandoffSide::Requester
                                                                 : HandoffSide::Neither;
    if (auto legal = checkTransition(current->status, target, side, details.reason); !legal)
        return std::unexpected(legal.error());
    if (target == HandoffStatus::OnHold && details.holdUntil.isValid() && details.holdUntil <= m_db.now())
        return fail(ErrorCode::Invalid, Tr::tr("The hold must end in the future."));

    auto moved = m_db.write([&]() -> Result<int> {
        const QDateTime at = m_db.now();
        const bool hold = target == HandoffStatus::OnHold;
        // Only moves from the status we checked: if another agent moved it first, one wins.
        auto changed = m_db.update(
            u"UPDATE handoffs SET status = :to, status_changed_at = :at, last_reason = :reason, "
            "hold_until = :until, hold_on_customer = :customer WHERE id = :id AND status = :from"_s,
            {{u":to"_s, handoffStatusCode(target)}, {u":at"_s, toStored(at)},
             {u":reason"_s, details.reason.trimmed()},
             {u":until"_s, hold ? toStored(details.holdUntil) : QVariant()},
             {u":customer"_s, hold && details.holdOnCustomer ? 1 : 0}, {u":id"_s, handoffId},
             {u":from"_s, handoffStatusCode(current->status)}});
        if (!changed)
            return std::unexpected(changed.error());
        if (*changed == 0) {
            // Another agent moved it first: say where it stands now, so this one knows why.
            auto now = m_db.scalar(u"SELECT status FROM handoffs WHERE id = :id"_s, {{u":id"_s, handoffId}});
            return fail(ErrorCode::Conflict, Tr::tr("Someone else moved this handoff to \"%1\" meanwhile; "
                                                    "look at it again before acting.")
                                                 .arg(now ? now->toString() : QString()));
        }
        QJsonObject payload{{u"handoffId"_s, handoffId}, {u"from"_s, current->from.code},
                            {u"to"_s, current->to.code}, {u"previousStatus"_s, handoffStatusCode(current->status)},
                            {u"status"_s, handoffStatusCode(target)}};
        if (!details.reason.trimmed().isEmpty())
            payload.insert(u"reason"_s, details.reason.trimmed());
        if (hold) {
            payload.insert(u"holdOnCustomer"_s, details.holdOnCustomer);
            if (details.holdUntil.isValid())
                payload.insert(u"holdUntil"_s, details.holdUntil.toUTC().toString(Qt::ISODateWithMs));
        }
        QString text = transitionSentence(actor.agencyName, target);
        if (!details.reason.trimmed().isEmpty())
            text += u' ' + Tr::tr("Reason: %1").arg(details.reason.trimmed());
        auto appended = appendEvent(m_db, actor, current->caseId,
                                    NewEvent{EventKind::Handoff, text, Visibility::Shared, at, payload, std::nullopt});
        if (!appended)
            return std::unexpected(appended.error());
        return appended->seq;
    });
    if (!moved)
        return std::unexpected(moved.error());
    Q_EMIT m_notifier.handoffChanged(handoffId, current->caseId);
    Q_EMIT m_notifier.eventAppended(current->caseId, *moved);
    return load(handoffId);
}

Result<Handoff> HandoffWorkflow::handoff(const Actor &actor, Id handoffId) const
{
    auto found = load(handoffId);
    if (!found)
        return found;
    if (auto allowed = requireOnCase(m_db, actor, found->caseId, Action::ViewCase); !allowed)
        return std::unexpected(allowed.error());
    if (auto logged = recordView(m_db, actor, found->caseId, u"case.handoffs"_s); !logged)
        return std::unexpected(logged.error());
    return found;
}

Result<Handoff> HandoffWorkflow::handoffToActOn(const Actor &actor, Id handoffId) const
{
    auto found = load(handoffId);
    if (!found)
        return found;
    if (auto allowed = requireOnCase(m_db, actor, found->caseId, Action::ViewCase); !allowed)
        return std::unexpected(allowed.error());
    return found;
}

Result<QList<Handoff>> HandoffWorkflow::handoffsOfCase(const Actor &actor, Id caseId) const
{
    if (auto allowed = requireOnCase(m_db, actor, caseId, Action::ViewCase); !allowed)
        return std::unexpected(allowed.error());
    auto handoffs = loadWhere(u"h.case_id = :case"_s, {{u":case"_s, caseId}});
    if (!handoffs)
        return handoffs;
    // Handoffs carry the summary: reading them is reading the file.
    if (auto logged = recordView(m_db, actor, caseId, u"case.handoffs"_s); !logged)
        return std::unexpected(logged.error());
    return handoffs;
}

Result<QHash<Id, QList<Handoff>>> HandoffWorkflow::handoffsForList(const Actor &actor, const QList<Id> &caseIds) const
{
    QHash<Id, QList<Handoff>> byCase;
    for (Id caseId : caseIds) {
        auto relation = relationToCase(m_db, actor, caseId);
        if (!relation)
            return std::unexpected(relation.error());
        if (!isAllowed(actor, *relation, Action::ViewCase))
            continue;
        auto handoffs = loadWhere(u"h.case_id = :case"_s, {{u":case"_s, caseId}});
        if (!handoffs)
            return std::unexpected(handoffs.error());
        byCase.insert(caseId, *handoffs);
    }
    return byCase;
}

Result<QList<Handoff>> HandoffWorkflow::inbox(const Actor &actor) const
{
    if (auto person = requireUser(actor); !person)
        return std::unexpected(person.error());
    // Also open work a supervisor asked about: nudges for everyone, escalations for supervisors.
    const QString signalled = actor.role == Role::Agent
        ? unansweredSignal(u"nudge"_s) + u" IS NOT NULL"_s
        : u"(%1 IS NOT NULL OR %2 IS NOT NULL)"_s.arg(unansweredSignal(u"nudge"_s), unansweredSignal(u"escalation"_s));
    return loadWhere(u"h.to_agency_id = :agency AND (h.status IN ('requested', 'received') OR "
                     "(h.status IN ('accepted', 'in-progress', 'on-hold') AND %1))"_s.arg(signalled),
                     {{u":agency"_s, actor.agencyId}});
}

} // namespace Relais::Core
