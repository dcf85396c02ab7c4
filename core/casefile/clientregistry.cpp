#include "casefile/clientregistry.h"

#include "casefile/caseaccess.h"
#include "casefile/timelinewriter.h"
#include "common/textfold.h"
#include "domain/accesspolicy.h"
#include "domain/cin.h"
#include "domain/email.h"
#include "domain/phone.h"
#include "search/search.h"
#include "storage/database.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core {

namespace {

const QString clientColumns =
    u"c.id, c.full_name, c.full_name_ar, c.cin, c.birth_date, c.email, c.address, "
    "c.preferred_language, c.preferred_channel, c.created_at, "
    "(SELECT code FROM agencies WHERE id = c.registered_by_agency_id)"_s;

const QStringList languages{u"fr"_s, u"ar"_s, u"en"_s};
const QStringList channels{u"phone"_s, u"sms"_s, u"email"_s, u"visit"_s, u"whatsapp"_s};

bool hasArabicLetters(const QString &text)
{
    for (QChar c : text)
        if (c.script() == QChar::Script_Arabic && c.isLetter())
            return true;
    return false;
}

// Validates and normalises what a person typed; the first problem found is reported.
Result<ClientDraft> cleaned(const ClientDraft &draft)
{
    ClientDraft out = draft;
    out.fullName = draft.fullName.simplified();
    out.fullNameAr = draft.fullNameAr.simplified();
    out.address = draft.address.trimmed();
    if (out.fullName.isEmpty() && out.fullNameAr.isEmpty())
        return fail(ErrorCode::Invalid, Tr::tr("A client needs a name, in Latin or Arabic script."));
    // A name typed in Arabic into the Latin field goes where it belongs.
    if (out.fullNameAr.isEmpty() && hasArabicLetters(out.fullName)) {
        out.fullNameAr = out.fullName;
        out.fullName.clear();
    }
    if (!out.cin.trimmed().isEmpty()) {
        auto cin = normaliseCin(out.cin);
        if (!cin)
            return std::unexpected(cin.error());
        out.cin = *cin;
    } else {
        out.cin.clear();
    }
    QStringList phones;
    for (const QString &phone : draft.phones) {
        if (phone.trimmed().isEmpty())
            continue;
        auto e164 = normalisePhone(phone);
        if (!e164)
            return std::unexpected(e164.error());
        if (!phones.contains(*e164))
            phones.append(*e164);
    }
    out.phones = phones;
    if (!draft.email.trimmed().isEmpty()) {
        auto email = normaliseEmail(draft.email);
        if (!email)
            return std::unexpected(email.error());
        out.email = *email;
    } else {
        out.email.clear();
    }
    if (draft.birthDate.isValid() && draft.birthDate > QDate::currentDate())
        return fail(ErrorCode::Invalid, Tr::tr("The birth date is in the future."));
    if (!languages.contains(out.preferredLanguage))
        return fail(ErrorCode::Invalid, Tr::tr("Preferred language must be one of %1.")
                                            .arg(languages.join(u", "_s)));
    if (!channels.contains(out.preferredChannel))
        return fail(ErrorCode::Invalid, Tr::tr("Preferred channel must be one of %1.")
                                            .arg(channels.join(u", "_s)));
    return out;
}

QString consentColumns()
{
    return u"k.id, k.client_id, k.scope, k.granted_at, ru.display_name, k.note, k.revoked_at, "
           "vu.display_name FROM consents k JOIN users ru ON ru.id = k.recorded_by "
           "LEFT JOIN users vu ON vu.id = k.revoked_by"_s;
}

} // namespace

Result<Client> ClientRegistry::loadClient(Id clientId) const
{
    auto row = m_db.selectOne(u"SELECT %1 FROM clients c WHERE c.id = :id"_s.arg(clientColumns),
                              {{u":id"_s, clientId}});
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, Tr::tr("There is no client %1.").arg(clientId));
    const QSqlRecord &r = **row;
    Client client;
    client.id = r.value(0).toLongLong();
    client.fullName = r.value(1).toString();
    client.fullNameAr = r.value(2).toString();
    client.cin = r.value(3).toString();
    client.birthDate = QDate::fromString(r.value(4).toString(), Qt::ISODate);
    client.email = r.value(5).toString();
    client.address = r.value(6).toString();
    client.preferredLanguage = r.value(7).toString();
    client.preferredChannel = r.value(8).toString();
    client.createdAt = fromStored(r.value(9));
    client.registeredByAgencyCode = r.value(10).toString();
    auto phones = m_db.select(u"SELECT e164 FROM client_phones WHERE client_id = :id ORDER BY position"_s,
                              {{u":id"_s, clientId}});
    if (!phones)
        return std::unexpected(phones.error());
    for (const auto &phone : *phones)
        client.phones.append(phone.value(0).toString());
    return client;
}

Result<QList<DuplicateCandidate>> ClientRegistry::probableDuplicates(const ClientDraft &input) const
{
    auto draft = cleaned(input);
    if (!draft)
        return std::unexpected(draft.error());
    QMap<Id, QStringList> reasons; // ordered by id: oldest file first
    auto note = [&](const QList<QSqlRecord> &rows, const QString &reason) {
        for (const auto &row : rows)
            if (!reasons[row.value(0).toLongLong()].contains(reason))
                reasons[row.value(0).toLongLong()].append(reason);
    };
    if (!draft->cin.isEmpty()) {
        auto rows = m_db.select(u"SELECT id FROM clients WHERE cin = :cin AND merged_into IS NULL"_s,
                                {{u":cin"_s, draft->cin}});
        if (!rows)
            return std::unexpected(rows.error());
        note(*rows, Tr::tr("same CIN %1").arg(draft->cin));
    }
    for (const QString &phone : draft->phones) {
        auto rows = m_db.select(u"SELECT p.client_id FROM client_phones p JOIN clients c ON c.id = p.client_id "
                                "WHERE p.e164 = :phone AND c.merged_into IS NULL"_s,
                                {{u":phone"_s, phone}});
        if (!rows)
            return std::unexpected(rows.error());
        note(*rows, Tr::tr("same phone %1").arg(phone));
    }
    if (draft->birthDate.isValid()) {
        auto rows = m_db.select(u"SELECT id, full_name, full_name_ar FROM clients WHERE birth_date = :birth "
                                "AND merged_into IS NULL"_s,
                                {{u":birth"_s, draft->birthDate.toString(Qt::ISODate)}});
        if (!rows)
            return std::unexpected(rows.error());
        QList<QSqlRecord> similar;
        for (const auto &row : *rows) {
            const bool latin = !draft->fullName.isEmpty()
                && namesLookAlike(draft->fullName, row.value(1).toString());
            const bool arabic = !draft->fullNameAr.isEmpty()
                && namesLookAlike(draft->fullNameAr, row.value(2).toString());
            if (latin || arabic)
                similar.append(row);
        }
        note(similar, Tr::tr("similar name, same birth date %1").arg(draft->birthDate.toString(Qt::ISODate)));
    }
    QList<DuplicateCandidate> candidates;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it) {
        auto client = loadClient(it.key());
        if (!client)
            return std::unexpected(client.error());
        candidates.append({*client, it.value()});
    }
    return candidates;
}

Result<ClientDraft> ClientRegistry::validated(const ClientDraft &draft)
{
    return cleaned(draft);
}

Result<Registration> ClientRegistry::registerClient(const Actor &actor, const ClientDraft &input, bool force)
{
    if (auto allowed = require(actor, Relation::None, Action::RegisterClient); !allowed)
        return std::unexpected(allowed.error());
    auto draft = cleaned(input);
    if (!draft)
        return std::unexpected(draft.error());

    return m_db.write([&]() -> Result<Registration> {
        auto candidates = probableDuplicates(*draft);
        if (!candidates)
            return std::unexpected(candidates.error());
        Registration registration;
        registration.candidates = *candidates;
        if (!candidates->isEmpty() && !force)
            return registration;

        auto id = m_db.insert(
            u"INSERT INTO clients (full_name, full_name_ar, cin, birth_date, email, address, "
            "preferred_language, preferred_channel, registered_by_agency_id, registered_by_user_id, "
            "created_at) VALUES (:name, :nameAr, :cin, :birth, :email, :address, :language, "
            ":channel, :agency, :user, :at)"_s,
            {{u":name"_s, draft->fullName},
             {u":nameAr"_s, draft->fullNameAr},
             {u":cin"_s, draft->cin.isEmpty() ? QVariant() : QVariant(draft->cin)},
             {u":birth"_s, draft->birthDate.isValid() ? QVariant(draft->birthDate.toString(Qt::ISODate)) : QVariant()},
             {u":email"_s, draft->email},
             {u":address"_s, draft->address},
             {u":language"_s, draft->preferredLanguage},
             {u":channel"_s, draft->preferredChannel},
             {u":agency"_s, actor.isUser() ? QVariant(actor.agencyId) : QVariant()},
             {u":user"_s, actor.isUser() ? QVariant(actor.userId) : QVariant()},
             {u":at"_s, toStored(m_db.now())}});
        if (!id)
            return std::unexpected(id.error());
        for (qsizetype position = 0; position < draft->phones.size(); ++position) {
            auto added = m_db.insert(u"INSERT INTO client_phones (client_id, e164, position) VALUES (:client, :phone, :position)"_s,
                                     {{u":client"_s, *id}, {u":phone"_s, draft->phones.at(position)},
                                      {u":position"_s, position}});
            if (!added)
                return std::unexpected(added.error());
        }
        auto client = loadClient(*id);
        if (!client)
            return std::unexpected(client.error());
        if (auto indexed = indexClient(m_db, *client); !indexed)
            return std::unexpected(indexed.error());
        if (!candidates->isEmpty()) {
            // A person chose to create a second file despite the warning: keep a trace.
            QJsonArray ids;
            for (const auto &candidate : *candidates)
                ids.append(candidate.client.id);
            if (auto logged = audit(m_db, actor, u"client.forced-create"_s, QString::number(*id),
                                    {{u"candidates"_s, ids}});
                !logged)
                return std::unexpected(logged.error());
            registration.forced = true;
        }
        registration.client = *client;
        registration.created = true;
        return registration;
    });
}

Result<Client> ClientRegistry::client(const Actor &actor, Id clientId) const
{
    if (auto allowed = require(actor, Relation::None, Action::FindClient); !allowed)
        return std::unexpected(allowed.error());
    return loadClient(clientId);
}

Result<QList<Client>> ClientRegistry::find(const Actor &actor, const QString &query, int limit) const
{
    if (auto allowed = require(actor, Relation::None, Action::FindClient); !allowed)
        return std::unexpected(allowed.error());
    auto ids = matchingClientIds(m_db, query, limit);
    if (!ids)
        return std::unexpected(ids.error());
    QList<Client> clients;
    for (Id id : *ids) {
        auto client = loadClient(id);
        if (!client)
            return std::unexpected(client.error());
        clients.append(*client);
    }
    if (auto logged = recordCustomersShown(m_db, actor, query.trimmed(), *ids); !logged)
        return std::unexpected(logged.error());
    return clients;
}

// Participant for a client: the actor's agency registered them or takes part in one of
// their cases. Consent is recorded by those who actually serve the customer.
Result<Relation> ClientRegistry::relationToClient(const Actor &actor, Id clientId) const
{
    if (!actor.isUser())
        return Relation::NonParticipant;
    auto count = m_db.scalar(
        u"SELECT (SELECT count(*) FROM clients WHERE id = :client AND registered_by_agency_id = :agency) + "
        "(SELECT count(*) FROM cases c JOIN case_participants p ON p.case_id = c.id "
        " WHERE c.client_id = :client AND p.agency_id = :agency)"_s,
        {{u":client"_s, clientId}, {u":agency"_s, actor.agencyId}});
    if (!count)
        return std::unexpected(count.error());
    return count->toInt() > 0 ? Relation::Participant : Relation::NonParticipant;
}

Result<Consent> ClientRegistry::grantConsent(const Actor &actor, Id clientId, ConsentScope scope,
                                             const QStringList &agencyCodes, const QString &note)
{
    auto client = loadClient(clientId);
    if (!client)
        return std::unexpected(client.error());
    auto relation = relationToClient(actor, clientId);
    if (!relation)
        return std::unexpected(relation.error());
    if (auto allowed = require(actor, *relation, Action::RecordConsent); !allowed)
        return std::unexpected(allowed.error());
    if (scope == ConsentScope::Agencies && agencyCodes.isEmpty())
        return fail(ErrorCode::Invalid, Tr::tr("Name the agencies the customer agrees to share with, "
                                               "or record consent for the whole network."));
    if (scope == ConsentScope::Network && !agencyCodes.isEmpty())
        return fail(ErrorCode::Invalid, Tr::tr("Consent is either for the whole network or for named "
                                               "agencies, not both."));
    QList<std::pair<Id, QString>> agencies;
    for (const QString &code : agencyCodes) {
        auto row = m_db.selectOne(u"SELECT id, code FROM agencies WHERE code = :code"_s,
                                  {{u":code"_s, code.trimmed().toUpper()}});
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return fail(ErrorCode::NotFound, Tr::tr("There is no agency with code %1.").arg(code));
        agencies.append({(*row)->value(0).toLongLong(), (*row)->value(1).toString()});
    }

    return m_db.write([&]() -> Result<Consent> {
        const QDateTime at = m_db.now();
        auto id = m_db.insert(u"INSERT INTO consents (client_id, scope, granted_at, recorded_by, note) "
                              "VALUES (:client, :scope, :at, :user, :note)"_s,
                              {{u":client"_s, clientId},
                               {u":scope"_s, scope == ConsentScope::Network ? u"network"_s : u"agencies"_s},
                               {u":at"_s, toStored(at)}, {u":user"_s, actor.userId},
                               {u":note"_s, note.trimmed()}});
        if (!id)
            return std::unexpected(id.error());
        Consent consent{*id, clientId, scope, {}, at, actor.displayName, note.trimmed(), {}, {}};
        for (const auto &[agencyId, code] : agencies) {
            auto linked = m_db.insert(u"INSERT INTO consent_agencies (consent_id, agency_id) "
                                      "VALUES (:consent, :agency) ON CONFLICT DO NOTHING"_s,
                                      {{u":consent"_s, *id}, {u":agency"_s, agencyId}});
            if (!linked)
                return std::unexpected(linked.error());
            if (!consent.agencyCodes.contains(code))
                consent.agencyCodes.append(code);
        }
        // Every case of the customer shows the consent on its timeline.
        const QString text = scope == ConsentScope::Network
            ? Tr::tr("Customer consents to sharing the file with the whole network.")
            : Tr::tr("Customer consents to sharing the file with %1.").arg(consent.agencyCodes.join(u", "_s));
        auto cases = m_db.select(u"SELECT c.id FROM cases c WHERE c.client_id = :client AND EXISTS "
                                 "(SELECT 1 FROM case_participants p WHERE p.case_id = c.id AND p.agency_id = :agency)"_s,
                                 {{u":client"_s, clientId}, {u":agency"_s, actor.agencyId}});
        if (!cases)
            return std::unexpected(cases.error());
        for (const auto &row : *cases) {
            NewEvent event{EventKind::Consent, text, Visibility::Shared, {},
                           {{u"consentId"_s, *id}, {u"action"_s, u"grant"_s},
                            {u"scope"_s, scope == ConsentScope::Network ? u"network"_s : u"agencies"_s},
                            {u"agencies"_s, QJsonArray::fromStringList(consent.agencyCodes)}},
                           std::nullopt};
            if (auto appended = appendEvent(m_db, actor, row.value(0).toLongLong(), event); !appended)
                return std::unexpected(appended.error());
        }
        return consent;
    });
}

Result<Consent> ClientRegistry::revokeConsent(const Actor &actor, Id consentId, const QString &reason)
{
    auto clientId = m_db.scalar(u"SELECT client_id FROM consents WHERE id = :id"_s, {{u":id"_s, consentId}});
    if (!clientId)
        return std::unexpected(clientId.error());
    if (!clientId->isValid())
        return fail(ErrorCode::NotFound, Tr::tr("There is no consent %1.").arg(consentId));
    auto relation = relationToClient(actor, clientId->toLongLong());
    if (!relation)
        return std::unexpected(relation.error());
    if (auto allowed = require(actor, *relation, Action::RecordConsent); !allowed)
        return std::unexpected(allowed.error());
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, Tr::tr("Say why the consent is revoked."));
    return m_db.write([&]() -> Result<Consent> {
        auto changed = m_db.update(u"UPDATE consents SET revoked_at = :at, revoked_by = :user, "
                                   "revoke_reason = :reason WHERE id = :id AND revoked_at IS NULL"_s,
                                   {{u":at"_s, toStored(m_db.now())}, {u":user"_s, actor.userId},
                                    {u":reason"_s, reason.trimmed()}, {u":id"_s, consentId}});
        if (!changed)
            return std::unexpected(changed.error());
        if (*changed == 0)
            return fail(ErrorCode::Conflict, Tr::tr("This consent was already revoked."));
        auto cases = m_db.select(u"SELECT c.id FROM cases c WHERE c.client_id = :client AND EXISTS "
                                 "(SELECT 1 FROM case_participants p WHERE p.case_id = c.id AND p.agency_id = :agency)"_s,
                                 {{u":client"_s, clientId->toLongLong()}, {u":agency"_s, actor.agencyId}});
        if (!cases)
            return std::unexpected(cases.error());
        for (const auto &row : *cases) {
            NewEvent event{EventKind::Consent, Tr::tr("Customer revoked consent: %1").arg(reason.trimmed()),
                           Visibility::Shared, {},
                           {{u"consentId"_s, consentId}, {u"action"_s, u"revoke"_s}}, std::nullopt};
            if (auto appended = appendEvent(m_db, actor, row.value(0).toLongLong(), event); !appended)
                return std::unexpected(appended.error());
        }
        auto all = consents(actor, clientId->toLongLong());
        if (!all)
            return std::unexpected(all.error());
        for (const Consent &consent : *all)
            if (consent.id == consentId)
                return consent;
        return fail(ErrorCode::NotFound, Tr::tr("There is no consent %1.").arg(consentId));
    });
}

Result<QList<Consent>> ClientRegistry::consents(const Actor &actor, Id clientId) const
{
    // Who agreed to share with whom reveals which agencies serve the customer: only those
    // agencies (and network admins) may read it.
    auto relation = relationToClient(actor, clientId);
    if (!relation)
        return std::unexpected(relation.error());
    if (auto allowed = require(actor, *relation, Action::ViewCase); !allowed)
        return std::unexpected(allowed.error());
    auto rows = m_db.select(u"SELECT %1 WHERE k.client_id = :client ORDER BY k.granted_at"_s.arg(consentColumns()),
                            {{u":client"_s, clientId}});
    if (!rows)
        return std::unexpected(rows.error());
    QList<Consent> out;
    for (const auto &row : *rows) {
        Consent consent;
        consent.id = row.value(0).toLongLong();
        consent.clientId = row.value(1).toLongLong();
        consent.scope = row.value(2).toString() == u"network"_s ? ConsentScope::Network : ConsentScope::Agencies;
        consent.grantedAt = fromStored(row.value(3));
        consent.recordedBy = row.value(4).toString();
        consent.note = row.value(5).toString();
        consent.revokedAt = fromStored(row.value(6));
        consent.revokedBy = row.value(7).toString();
        auto codes = m_db.select(u"SELECT a.code FROM consent_agencies ca JOIN agencies a ON a.id = ca.agency_id "
                                 "WHERE ca.consent_id = :consent ORDER BY a.code"_s,
                                 {{u":consent"_s, consent.id}});
        if (!codes)
            return std::unexpected(codes.error());
        for (const auto &code : *codes)
            consent.agencyCodes.append(code.value(0).toString());
        out.append(consent);
    }
    return out;
}

Result<bool> ClientRegistry::consentCovers(Id clientId, Id agencyId) const
{
    auto count = m_db.scalar(
        u"SELECT count(*) FROM consents k WHERE k.client_id = :client AND k.revoked_at IS NULL AND "
        "(k.scope = 'network' OR EXISTS (SELECT 1 FROM consent_agencies ca WHERE ca.consent_id = k.id "
        "AND ca.agency_id = :agency))"_s,
        {{u":client"_s, clientId}, {u":agency"_s, agencyId}});
    if (!count)
        return std::unexpected(count.error());
    return count->toInt() > 0;
}

} // namespace Relais::Core
