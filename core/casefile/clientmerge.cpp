#include "casefile/clientmerge.h"

#include "casefile/caseaccess.h"
#include "casefile/changenotifier.h"
#include "casefile/clientregistry.h"
#include "casefile/timelinewriter.h"
#include "domain/accesspolicy.h"
#include "domain/cin.h"
#include "search/search.h"
#include "storage/database.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core {

namespace {

// How a customer is named in a sealed timeline event: the name, the masked CIN, the file number.
QString identityLine(const Client &client)
{
    const QString cin = client.cin.isEmpty() ? Tr::tr("no CIN") : Tr::tr("CIN %1").arg(maskCin(client.cin));
    return Tr::tr("%1 (%2, client %3)").arg(client.displayName(), cin).arg(client.id);
}

QJsonArray idArray(const QList<Id> &ids)
{
    QJsonArray out;
    for (Id id : ids)
        out.append(id);
    return out;
}

} // namespace

Result<std::optional<Id>> ClientMerge::mergedInto(Id clientId) const
{
    auto row = m_db.selectOne(u"SELECT merged_into FROM clients WHERE id = :id"_s, {{u":id"_s, clientId}});
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, Tr::tr("There is no client %1.").arg(clientId));
    if ((*row)->isNull(0))
        return std::optional<Id>();
    return std::optional<Id>((*row)->value(0).toLongLong());
}

Status ClientMerge::requireServes(const Actor &actor, Id clientId, const QList<Id> &extraCases) const
{
    if (auto person = requireUser(actor); !person)
        return person;
    // Network administrators read every file, so they may also say that two are one person.
    if (isAllowed(actor, Relation::NonParticipant, Action::ViewCase))
        return {};
    auto relation = m_clients.relationToClient(actor, clientId);
    if (!relation)
        return std::unexpected(relation.error());
    Relation serves = *relation;
    for (qsizetype i = 0; serves != Relation::Participant && i < extraCases.size(); ++i) {
        auto inCase = relationToCase(m_db, actor, extraCases.at(i));
        if (!inCase)
            return std::unexpected(inCase.error());
        serves = *inCase;
    }
    // Saying who the customer is belongs to the agencies serving them: the same relation that
    // lets an agency record the customer's consent.
    if (serves == Relation::Participant)
        return require(actor, serves, Action::RecordConsent);
    return fail(ErrorCode::Forbidden,
                Tr::tr("%1 (%2) does not serve client %3: only an agency that registered the customer or takes "
                       "part in one of their cases, or a network administrator, may merge or separate their file.")
                    .arg(actor.login, actor.agencyCode)
                    .arg(clientId));
}

Status ClientMerge::appendToCases(const Actor &actor, const QList<Id> &caseIds, const QString &text,
                                  const QJsonObject &payload, QList<std::pair<Id, int>> &appended)
{
    for (Id caseId : caseIds) {
        NewEvent event{EventKind::System, text, Visibility::Shared, {}, payload, std::nullopt};
        auto added = appendEvent(m_db, actor, caseId, event);
        if (!added)
            return std::unexpected(added.error());
        appended.append({caseId, added->seq});
    }
    return {};
}

Result<ClientMergeRecord> ClientMerge::merge(const Actor &actor, Id keepId, Id otherId, const QString &reason)
{
    if (auto person = requireUser(actor); !person)
        return std::unexpected(person.error());
    if (keepId == otherId)
        return fail(ErrorCode::Invalid, Tr::tr("A customer file cannot be merged into itself."));
    auto keep = m_clients.client(actor, keepId);
    if (!keep)
        return std::unexpected(keep.error());
    auto other = m_clients.client(actor, otherId);
    if (!other)
        return std::unexpected(other.error());
    for (const auto &[id, isKept] : {std::pair{otherId, false}, std::pair{keepId, true}}) {
        auto into = mergedInto(id);
        if (!into)
            return std::unexpected(into.error());
        if (!*into)
            continue;
        if (isKept)
            return fail(ErrorCode::Invalid, Tr::tr("Client %1 was itself merged into client %2; merge into that file "
                                                   "instead.").arg(id).arg(**into));
        return fail(ErrorCode::Invalid, Tr::tr("Client %1 is already merged into client %2.").arg(id).arg(**into));
    }
    if (auto allowed = requireServes(actor, keepId); !allowed)
        return std::unexpected(allowed.error());
    if (auto allowed = requireServes(actor, otherId); !allowed)
        return std::unexpected(allowed.error());
    const QString why = reason.simplified();
    if (why.isEmpty())
        return fail(ErrorCode::Invalid, Tr::tr("Say why these two files are the same person (a reason is required)."));

    QList<std::pair<Id, int>> appended;
    QList<Id> movedCases;
    auto merged = m_db.write([&]() -> Result<Id> {
        appended.clear(); // a retried attempt starts again
        movedCases.clear();
        const QDateTime at = m_db.now();
        // Under the write lock: neither file was merged by someone else meanwhile.
        auto claimed = m_db.update(u"UPDATE clients SET merged_into = :keep WHERE id = :other AND merged_into IS NULL "
                                   "AND EXISTS (SELECT 1 FROM clients k WHERE k.id = :keep AND k.merged_into IS NULL)"_s,
                                   {{u":keep"_s, keepId}, {u":other"_s, otherId}});
        if (!claimed)
            return std::unexpected(claimed.error());
        if (*claimed != 1)
            return fail(ErrorCode::Conflict, Tr::tr("One of these files was merged by someone else meanwhile; "
                                                    "nothing was changed."));
        auto mergeId = m_db.insert(u"INSERT INTO client_merges (kept_client_id, merged_client_id, merged_at, merged_by, "
                                   "agency_id, reason) VALUES (:keep, :other, :at, :user, :agency, :reason)"_s,
                                   {{u":keep"_s, keepId}, {u":other"_s, otherId}, {u":at"_s, toStored(at)},
                                    {u":user"_s, actor.userId}, {u":agency"_s, actor.agencyId}, {u":reason"_s, why}});
        if (!mergeId)
            return std::unexpected(mergeId.error());
        auto recordMove = [&](const QString &item, const QVariant &itemId, const QVariant &phone,
                              const QVariant &position) -> Status {
            auto recorded = m_db.insert(u"INSERT INTO client_merge_moves (merge_id, item, item_id, phone, position) "
                                        "VALUES (:merge, :item, :id, :phone, :position)"_s,
                                        {{u":merge"_s, *mergeId}, {u":item"_s, item}, {u":id"_s, itemId},
                                         {u":phone"_s, phone}, {u":position"_s, position}});
            if (!recorded)
                return std::unexpected(recorded.error());
            return {};
        };

        // Cases, documents and consents: each moved by id and listed.
        struct Table {
            QString item;
            QString select;
            QString move;
        };
        const Table tables[] = {
            {u"case"_s, u"SELECT id FROM cases WHERE client_id = :other ORDER BY id"_s,
             u"UPDATE cases SET client_id = :keep WHERE id = :id AND client_id = :other"_s},
            {u"document"_s, u"SELECT id FROM documents WHERE client_id = :other ORDER BY id"_s,
             u"UPDATE documents SET client_id = :keep WHERE id = :id AND client_id = :other"_s},
            {u"consent"_s, u"SELECT id FROM consents WHERE client_id = :other ORDER BY id"_s,
             u"UPDATE consents SET client_id = :keep WHERE id = :id AND client_id = :other"_s},
        };
        for (const Table &table : tables) {
            auto rows = m_db.select(table.select, {{u":other"_s, otherId}});
            if (!rows)
                return std::unexpected(rows.error());
            for (const QSqlRecord &row : *rows) {
                const Id id = row.value(0).toLongLong();
                auto moved = m_db.update(table.move, {{u":keep"_s, keepId}, {u":id"_s, id}, {u":other"_s, otherId}});
                if (!moved)
                    return std::unexpected(moved.error());
                if (auto ok = recordMove(table.item, id, QVariant(), QVariant()); !ok)
                    return std::unexpected(ok.error());
                if (table.item == u"case"_s)
                    movedCases.append(id);
            }
        }

        // Phones the kept file lacks join it after its own; a number both files had stays
        // where it is (the merged file is hidden from duplicate detection anyway).
        auto next = m_db.scalar(u"SELECT coalesce(max(position), -1) + 1 FROM client_phones WHERE client_id = :keep"_s,
                                {{u":keep"_s, keepId}});
        if (!next)
            return std::unexpected(next.error());
        int position = next->toInt();
        auto phones = m_db.select(u"SELECT e164, position FROM client_phones WHERE client_id = :other AND e164 NOT IN "
                                  "(SELECT e164 FROM client_phones WHERE client_id = :keep) ORDER BY position"_s,
                                  {{u":other"_s, otherId}, {u":keep"_s, keepId}});
        if (!phones)
            return std::unexpected(phones.error());
        for (const QSqlRecord &row : *phones) {
            const QString e164 = row.value(0).toString();
            auto moved = m_db.update(u"UPDATE client_phones SET client_id = :keep, position = :position "
                                     "WHERE client_id = :other AND e164 = :phone"_s,
                                     {{u":keep"_s, keepId}, {u":position"_s, position++}, {u":other"_s, otherId},
                                      {u":phone"_s, e164}});
            if (!moved)
                return std::unexpected(moved.error());
            if (auto ok = recordMove(u"phone"_s, QVariant(), e164, row.value(1)); !ok)
                return std::unexpected(ok.error());
        }

        // Every case of the person now, moved or not, says so on its timeline.
        auto cases = m_db.select(u"SELECT id FROM cases WHERE client_id = :keep ORDER BY id"_s, {{u":keep"_s, keepId}});
        if (!cases)
            return std::unexpected(cases.error());
        QList<Id> caseIds;
        for (const QSqlRecord &row : *cases)
            caseIds.append(row.value(0).toLongLong());
        const QString text = Tr::tr("Customer files merged: %1 is the same person as %2; merged by %3 (%4). "
                                    "Reason: %5")
                                 .arg(identityLine(*other), identityLine(*keep), actor.displayName,
                                      actor.agencyName, why);
        const QJsonObject payload{{u"action"_s, u"client-merge"_s}, {u"mergeId"_s, *mergeId},
                                  {u"keptClientId"_s, keepId}, {u"mergedClientId"_s, otherId},
                                  {u"movedCases"_s, idArray(movedCases)}, {u"reason"_s, why}};
        if (auto ok = appendToCases(actor, caseIds, text, payload, appended); !ok)
            return std::unexpected(ok.error());
        if (auto logged = audit(m_db, actor, u"client.merge"_s, QString::number(*mergeId),
                                {{u"kept"_s, keepId}, {u"merged"_s, otherId}, {u"reason"_s, why}});
            !logged)
            return std::unexpected(logged.error());

        // Search finds the person through the kept file only, with every phone now on it.
        auto kept = m_clients.client(actor, keepId);
        if (!kept)
            return std::unexpected(kept.error());
        if (auto indexed = indexClient(m_db, *kept); !indexed)
            return std::unexpected(indexed.error());
        if (auto removed = unindexClient(m_db, otherId); !removed)
            return std::unexpected(removed.error());
        return *mergeId;
    });
    if (!merged)
        return std::unexpected(merged.error());
    Q_EMIT m_notifier.clientChanged(keepId);
    Q_EMIT m_notifier.clientChanged(otherId);
    for (Id caseId : std::as_const(movedCases))
        Q_EMIT m_notifier.caseChanged(caseId);
    for (const auto &[caseId, seq] : std::as_const(appended))
        Q_EMIT m_notifier.eventAppended(caseId, seq);
    return loadMerge(*merged);
}

Result<ClientMergeRecord> ClientMerge::unmerge(const Actor &actor, Id mergeId, const QString &reason)
{
    if (auto person = requireUser(actor); !person)
        return std::unexpected(person.error());
    auto record = loadMerge(mergeId);
    if (!record)
        return record;
    if (record->undone())
        return fail(ErrorCode::Conflict, Tr::tr("Merge %1 was already undone by %2.").arg(mergeId).arg(record->undoneBy));
    if (auto allowed = requireServes(actor, record->keptClientId); !allowed)
        return std::unexpected(allowed.error());
    if (auto allowed = requireServes(actor, record->mergedClientId, record->caseIds); !allowed)
        return std::unexpected(allowed.error());
    auto keptInto = mergedInto(record->keptClientId);
    if (!keptInto)
        return std::unexpected(keptInto.error());
    if (*keptInto)
        return fail(ErrorCode::Conflict, Tr::tr("Client %1 was itself merged into client %2 since; undo that merge "
                                                "first.").arg(record->keptClientId).arg(**keptInto));
    auto keep = m_clients.client(actor, record->keptClientId);
    if (!keep)
        return std::unexpected(keep.error());
    auto other = m_clients.client(actor, record->mergedClientId);
    if (!other)
        return std::unexpected(other.error());
    const Id keepId = record->keptClientId;
    const Id otherId = record->mergedClientId;
    const QString why = reason.simplified();

    QList<std::pair<Id, int>> appended;
    auto undone = m_db.write([&]() -> Status {
        appended.clear(); // a retried attempt starts again
        auto marked = m_db.update(u"UPDATE client_merges SET undone_at = :at, undone_by = :user, undo_reason = :reason "
                                  "WHERE id = :id AND undone_at IS NULL"_s,
                                  {{u":at"_s, toStored(m_db.now())}, {u":user"_s, actor.userId},
                                   {u":reason"_s, why}, {u":id"_s, mergeId}});
        if (!marked)
            return std::unexpected(marked.error());
        if (*marked != 1)
            return fail(ErrorCode::Conflict, Tr::tr("Merge %1 was already undone.").arg(mergeId));
        // The cases of the person as merged, before they part: each records the separation.
        auto cases = m_db.select(u"SELECT id FROM cases WHERE client_id = :keep ORDER BY id"_s, {{u":keep"_s, keepId}});
        if (!cases)
            return std::unexpected(cases.error());
        QList<Id> caseIds;
        for (const QSqlRecord &row : *cases)
            caseIds.append(row.value(0).toLongLong());

        // Exactly what moved goes back; anything else changed hands means the record no longer
        // describes the files, and nothing is touched.
        auto moveBack = [&](const QString &sql, const Bindings &bindings, const QString &what) -> Status {
            auto moved = m_db.update(sql, bindings);
            if (!moved)
                return std::unexpected(moved.error());
            if (*moved != 1)
                return fail(ErrorCode::Conflict, Tr::tr("%1 is no longer on client %2's file; merge %3 cannot be undone "
                                                        "exactly.").arg(what).arg(keepId).arg(mergeId));
            return {};
        };
        const Bindings both{{u":keep"_s, keepId}, {u":other"_s, otherId}};
        for (qsizetype i = 0; i < record->caseIds.size(); ++i)
            if (auto ok = moveBack(u"UPDATE cases SET client_id = :other WHERE id = :id AND client_id = :keep"_s,
                                   both + Bindings{{u":id"_s, record->caseIds.at(i)}},
                                   Tr::tr("Case %1").arg(record->caseReferences.value(i)));
                !ok)
                return ok;
        for (Id id : std::as_const(record->documentIds))
            if (auto ok = moveBack(u"UPDATE documents SET client_id = :other WHERE id = :id AND client_id = :keep"_s,
                                   both + Bindings{{u":id"_s, id}}, Tr::tr("Document %1").arg(id));
                !ok)
                return ok;
        for (Id id : std::as_const(record->consentIds))
            if (auto ok = moveBack(u"UPDATE consents SET client_id = :other WHERE id = :id AND client_id = :keep"_s,
                                   both + Bindings{{u":id"_s, id}}, Tr::tr("Consent %1").arg(id));
                !ok)
                return ok;
        auto phones = m_db.select(u"SELECT phone, position FROM client_merge_moves WHERE merge_id = :merge "
                                  "AND item = 'phone' ORDER BY position"_s,
                                  {{u":merge"_s, mergeId}});
        if (!phones)
            return std::unexpected(phones.error());
        for (const QSqlRecord &row : *phones)
            if (auto ok = moveBack(u"UPDATE client_phones SET client_id = :other, position = :position "
                                   "WHERE client_id = :keep AND e164 = :phone"_s,
                                   both + Bindings{{u":position"_s, row.value(1)}, {u":phone"_s, row.value(0)}},
                                   Tr::tr("Phone %1").arg(row.value(0).toString()));
                !ok)
                return ok;
        if (auto ok = moveBack(u"UPDATE clients SET merged_into = NULL WHERE id = :other AND merged_into = :keep"_s, both,
                               Tr::tr("Client %1").arg(otherId));
            !ok)
            return ok;

        QString text = Tr::tr("Customer files separated again: %1 and %2 are not the same person; merge %3 undone "
                              "by %4 (%5).")
                           .arg(identityLine(*other), identityLine(*keep))
                           .arg(mergeId)
                           .arg(actor.displayName, actor.agencyName);
        if (!why.isEmpty())
            text += u' ' + Tr::tr("Reason: %1").arg(why);
        const QJsonObject payload{{u"action"_s, u"client-unmerge"_s}, {u"mergeId"_s, mergeId},
                                  {u"keptClientId"_s, keepId}, {u"mergedClientId"_s, otherId},
                                  {u"movedCases"_s, idArray(record->caseIds)}, {u"reason"_s, why}};
        if (auto ok = appendToCases(actor, caseIds, text, payload, appended); !ok)
            return ok;
        if (auto logged = audit(m_db, actor, u"client.unmerge"_s, QString::number(mergeId),
                                {{u"kept"_s, keepId}, {u"merged"_s, otherId}, {u"reason"_s, why}});
            !logged)
            return logged;
        for (Id id : {keepId, otherId}) {
            auto client = m_clients.client(actor, id);
            if (!client)
                return std::unexpected(client.error());
            if (auto indexed = indexClient(m_db, *client); !indexed)
                return indexed;
        }
        return {};
    });
    if (!undone)
        return std::unexpected(undone.error());
    Q_EMIT m_notifier.clientChanged(keepId);
    Q_EMIT m_notifier.clientChanged(otherId);
    for (Id caseId : std::as_const(record->caseIds))
        Q_EMIT m_notifier.caseChanged(caseId);
    for (const auto &[caseId, seq] : std::as_const(appended))
        Q_EMIT m_notifier.eventAppended(caseId, seq);
    return loadMerge(mergeId);
}

Result<ClientMergeRecord> ClientMerge::mergeRecord(const Actor &actor, Id mergeId) const
{
    auto record = loadMerge(mergeId);
    if (!record)
        return record;
    if (auto allowed = requireServes(actor, record->keptClientId); !allowed)
        return std::unexpected(allowed.error());
    return record;
}

Result<QList<ClientMergeRecord>> ClientMerge::mergesOf(const Actor &actor, Id clientId) const
{
    if (auto allowed = require(actor, Relation::None, Action::FindClient); !allowed)
        return std::unexpected(allowed.error());
    auto rows = m_db.select(u"SELECT id FROM client_merges WHERE kept_client_id = :client OR merged_client_id = :client "
                            "ORDER BY merged_at, id"_s,
                            {{u":client"_s, clientId}});
    if (!rows)
        return std::unexpected(rows.error());
    QList<ClientMergeRecord> out;
    for (const QSqlRecord &row : *rows) {
        auto record = loadMerge(row.value(0).toLongLong());
        if (!record)
            return std::unexpected(record.error());
        out.append(*record);
    }
    return out;
}

Result<ClientMergeRecord> ClientMerge::loadMerge(Id mergeId) const
{
    auto row = m_db.selectOne(
        u"SELECT m.id, m.kept_client_id, k.full_name, k.full_name_ar, m.merged_client_id, o.full_name, o.full_name_ar, "
        "m.merged_at, u.display_name, u.login, a.code, m.reason, m.undone_at, vu.display_name, m.undo_reason "
        "FROM client_merges m JOIN clients k ON k.id = m.kept_client_id JOIN clients o ON o.id = m.merged_client_id "
        "JOIN users u ON u.id = m.merged_by JOIN agencies a ON a.id = m.agency_id "
        "LEFT JOIN users vu ON vu.id = m.undone_by WHERE m.id = :id"_s,
        {{u":id"_s, mergeId}});
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, Tr::tr("There is no client merge %1.").arg(mergeId));
    const QSqlRecord &r = **row;
    ClientMergeRecord record;
    record.id = r.value(0).toLongLong();
    record.keptClientId = r.value(1).toLongLong();
    record.keptClientName = personName(r.value(2).toString(), r.value(3).toString());
    record.mergedClientId = r.value(4).toLongLong();
    record.mergedClientName = personName(r.value(5).toString(), r.value(6).toString());
    record.mergedAt = fromStored(r.value(7));
    record.mergedBy = r.value(8).toString();
    record.mergedByLogin = r.value(9).toString();
    record.agencyCode = r.value(10).toString();
    record.reason = r.value(11).toString();
    record.undoneAt = fromStored(r.value(12));
    record.undoneBy = r.value(13).toString();
    record.undoReason = r.value(14).toString();
    auto moves = m_db.select(u"SELECT mv.item, mv.item_id, mv.phone, c.reference FROM client_merge_moves mv "
                             "LEFT JOIN cases c ON mv.item = 'case' AND c.id = mv.item_id "
                             "WHERE mv.merge_id = :merge ORDER BY mv.item, mv.item_id, mv.position"_s,
                             {{u":merge"_s, mergeId}});
    if (!moves)
        return std::unexpected(moves.error());
    for (const QSqlRecord &move : *moves) {
        const QString item = move.value(0).toString();
        const Id id = move.value(1).toLongLong();
        if (item == u"case"_s) {
            record.caseIds.append(id);
            record.caseReferences.append(move.value(3).toString());
        } else if (item == u"document"_s) {
            record.documentIds.append(id);
        } else if (item == u"consent"_s) {
            record.consentIds.append(id);
        } else if (item == u"phone"_s) {
            record.phones.append(move.value(2).toString());
        }
    }
    return record;
}

} // namespace Relais::Core
