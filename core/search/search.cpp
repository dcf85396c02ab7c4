#include "search/search.h"

#include "common/textfold.h"
#include "casefile/caseaccess.h"
#include "domain/accesspolicy.h"
#include "domain/cin.h"
#include "domain/phone.h"
#include "storage/database.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core {

namespace {

// Phone numbers are indexed in the forms people type: +212612345678, 212612345678, 0612345678.
QString phoneForms(const QStringList &phones)
{
    QStringList forms;
    for (const QString &e164 : phones) {
        const QString digits = e164.mid(1);
        forms << digits;
        if (e164.startsWith(u"+212"_s))
            forms << u"0"_s + e164.mid(4);
    }
    return forms.join(u' ');
}

QString cinOrEmpty(const QString &typed)
{
    auto cin = normaliseCin(typed);
    return cin ? *cin : QString();
}

// The event's own words (the index holds folded text), cut to a line.
QString excerpt(const QString &text)
{
    const QString line = text.simplified();
    return line.size() <= 120 ? line : line.left(119) + u'…';
}

} // namespace

TextQuery Search::textQuery(const QString &typed)
{
    return TextQuery::allOf(foldedWords(typed));
}

Result<QList<Id>> matchingClientIds(Database &db, const QString &typed, int limit)
{
    const QString trimmed = typed.trimmed();
    TextQuery query = Search::textQuery(trimmed);
    if (looksLikePhone(trimmed)) {
        if (auto phone = normalisePhone(trimmed))
            query = TextQuery::exactly(phone->mid(1), u"identifiers"_s);
    } else if (const QString cin = cinOrEmpty(trimmed); !cin.isEmpty()) {
        query = TextQuery::allOf({cin.toLower()}).orElse(query);
    }
    QList<Id> ids;
    if (query.isEmpty())
        return ids;
    const auto match = db.textMatch(u"client_search"_s, u"s"_s, query);
    auto rows = db.select(u"SELECT s.rowid FROM %1 WHERE %2 ORDER BY %3 LIMIT :limit"_s.arg(
                              match.from, match.condition, match.bestFirst),
                          {{u":match"_s, match.match}, {u":limit"_s, limit}});
    if (!rows)
        return std::unexpected(rows.error());
    for (const auto &row : *rows)
        ids.append(row.value(0).toLongLong());
    return ids;
}

Status indexClient(Database &db, const Client &client)
{
    auto removed = db.update(u"DELETE FROM client_search WHERE rowid = :id"_s, {{u":id"_s, client.id}});
    if (!removed)
        return std::unexpected(removed.error());
    const QString names = foldForMatching(client.fullName + u' ' + client.fullNameAr);
    const QString identifiers = foldForMatching(client.cin) + u' ' + phoneForms(client.phones);
    auto added = db.insert(u"INSERT INTO client_search (rowid, names, identifiers) VALUES (:id, :names, :ids)"_s,
                           {{u":id"_s, client.id}, {u":names"_s, names}, {u":ids"_s, identifiers}});
    if (!added)
        return std::unexpected(added.error());
    return {};
}

Status unindexClient(Database &db, Id clientId)
{
    auto removed = db.update(u"DELETE FROM client_search WHERE rowid = :id"_s, {{u":id"_s, clientId}});
    if (!removed)
        return std::unexpected(removed.error());
    return {};
}

Status indexEvent(Database &db, Id eventId, const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    auto added = db.insert(u"INSERT INTO event_search (rowid, body) VALUES (:id, :body)"_s,
                           {{u":id"_s, eventId}, {u":body"_s, foldForMatching(text)}});
    if (!added)
        return std::unexpected(added.error());
    return {};
}

Status recordCustomersShown(Database &db, const Actor &actor, const QString &query, const QList<Id> &clientIds)
{
    // Their name was on the screen because anyone at an agency may look customers up.
    QJsonObject details = accessBasis(actor, Relation::None);
    details.insert(u"basis"_s, u"lookup"_s);
    details.insert(u"query"_s, query);
    if (clientIds.isEmpty())
        return {};
    return db.write([&]() -> Status {
        for (Id clientId : clientIds)
            if (auto logged = audit(db, actor, u"search.customer"_s, clientSubject(clientId), details); !logged)
                return logged;
        return {};
    });
}

Status Search::recordShown(Database &db, const Actor &actor, const QString &query, const QList<SearchHit> &hits)
{
    // One entry per customer named and per case file shown (its title, or excerpts of its
    // timeline), under the subject the access log reports by, in one transaction.
    if (hits.isEmpty())
        return {};
    return db.write([&]() -> Status {
        QList<Id> customers;
        QList<std::pair<Id, SearchHit::Kind>> cases;
        for (const SearchHit &hit : hits) {
            if (hit.kind == SearchHit::Kind::Client) {
                if (!customers.contains(hit.clientId))
                    customers << hit.clientId;
                continue;
            }
            if (cases.contains({hit.caseId, hit.kind}))
                continue;
            cases.append({hit.caseId, hit.kind});
            const QString action = hit.kind == SearchHit::Kind::Event ? u"search.excerpts"_s : u"search.case"_s;
            if (auto logged = recordView(db, actor, hit.caseId, action, {{u"query"_s, query}}); !logged)
                return logged;
        }
        return recordCustomersShown(db, actor, query, customers);
    });
}

Result<QList<SearchHit>> Search::search(const Actor &actor, const QString &typed, int limit) const
{
    if (auto allowed = require(actor, Relation::None, Action::FindClient); !allowed)
        return std::unexpected(allowed.error());
    QList<SearchHit> hits;
    const QString trimmed = typed.trimmed();
    if (trimmed.isEmpty())
        return hits;

    // Cases the actor may see: its agency's, or all for network admins.
    const bool network = actor.isUser() && isAllowed(actor, Relation::NonParticipant, Action::ViewCase);
    const QString visibleCase = network
        ? u"TRUE"_s
        : u"EXISTS (SELECT 1 FROM case_participants p WHERE p.case_id = c.id AND p.agency_id = :agency)"_s;

    // 1. A case reference, whole or its number.
    static const QRegularExpression reference(u"^(REL-)?(\\d{4}-)?\\d{1,6}$"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    if (reference.match(trimmed).hasMatch()) {
        auto rows = m_db.select(u"SELECT c.id, c.reference, c.title, c.client_id FROM cases c WHERE "
                                "c.reference LIKE :pattern AND %1 ORDER BY c.reference DESC LIMIT :limit"_s
                                    .arg(visibleCase),
                                {{u":pattern"_s, u"%"_s + trimmed.toUpper()},
                                 {u":agency"_s, actor.agencyId},
                                 {u":limit"_s, limit}});
        if (!rows)
            return std::unexpected(rows.error());
        for (const auto &row : *rows)
            hits.append({SearchHit::Kind::Case, row.value(3).toLongLong(), row.value(0).toLongLong(),
                         row.value(1).toString(), 0, row.value(2).toString(), row.value(1).toString()});
    }

    // 2. Customers, and their cases as far as the actor may see them.
    auto clientIds = matchingClientIds(m_db, trimmed, limit);
    if (!clientIds)
        return std::unexpected(clientIds.error());
    for (Id clientId : *clientIds) {
        auto row = m_db.selectOne(u"SELECT full_name, full_name_ar, cin FROM clients WHERE id = :id"_s,
                                  {{u":id"_s, clientId}});
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            continue;
        const QString name = personName((*row)->value(0).toString(), (*row)->value(1).toString());
        const QString cin = (*row)->value(2).toString();
        hits.append({SearchHit::Kind::Client, clientId, 0, {}, 0, name, cin.isEmpty() ? QString() : maskCin(cin)});
        auto cases = m_db.select(u"SELECT c.id, c.reference, c.title FROM cases c WHERE c.client_id = :client "
                                 "AND %1 ORDER BY c.last_activity_at DESC"_s.arg(visibleCase),
                                 {{u":client"_s, clientId}, {u":agency"_s, actor.agencyId}});
        if (!cases)
            return std::unexpected(cases.error());
        for (const auto &c : *cases)
            hits.append({SearchHit::Kind::Case, clientId, c.value(0).toLongLong(), c.value(1).toString(), 0,
                         c.value(2).toString(), name});
    }

    // 3. Timeline text, in cases the actor may see, internal events only of its own agency.
    if (const TextQuery words = textQuery(trimmed); !words.isEmpty()) {
        const auto match = m_db.textMatch(u"event_search"_s, u"s"_s, words);
        auto rows = m_db.select(
            u"SELECT c.client_id, c.id, c.reference, e.seq, c.title, "
            "e.text FROM %1 "
            "JOIN events e ON e.id = s.rowid JOIN cases c ON c.id = e.case_id "
            "WHERE %2 AND %3 "
            "AND (e.visibility = 'shared' OR e.agency_id = :agency) "
            "ORDER BY %4 LIMIT :limit"_s.arg(match.from, match.condition, visibleCase, match.bestFirst),
            {{u":match"_s, match.match}, {u":agency"_s, actor.agencyId}, {u":limit"_s, limit}});
        if (!rows)
            return std::unexpected(rows.error());
        for (const auto &row : *rows)
            hits.append({SearchHit::Kind::Event, row.value(0).toLongLong(), row.value(1).toLongLong(),
                         row.value(2).toString(), row.value(3).toInt(), row.value(4).toString(),
                         excerpt(row.value(5).toString())});
    }
    hits = hits.mid(0, limit);
    if (auto logged = recordShown(m_db, actor, trimmed, hits); !logged)
        return std::unexpected(logged.error());
    return hits;
}

} // namespace Relais::Core
