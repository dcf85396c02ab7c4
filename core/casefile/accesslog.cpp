#include "casefile/accesslog.h"

#include "casefile/caseaccess.h"
#include "casefile/clientregistry.h"
#include "casefile/directory.h"
#include "storage/database.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core {

namespace {

// What the report shows of the log; anything else filed under the same subject is not a read.
const QStringList caseReads{u"case.view"_s,      u"case.timeline"_s,   u"case.documents"_s,
                            u"case.handoffs"_s,  u"case.export"_s,     u"search.case"_s,
                            u"search.excerpts"_s, u"access-log.read"_s};
const QStringList customerReads{u"search.customer"_s, u"access-log.read"_s, u"client.personal-data-export"_s};
const QString denial = u"access.denied"_s;

/// The actor a user would be if they signed in now: what the policy is asked about.
Actor actorOf(const User &user)
{
    Actor actor;
    actor.userId = user.id;
    actor.login = user.login;
    actor.displayName = user.displayName;
    actor.agencyId = user.agencyId;
    actor.agencyCode = user.agencyCode;
    actor.agencyName = user.agencyName;
    actor.role = user.role;
    return actor;
}

AccessPerson personOf(const User &user)
{
    return {user.login, user.displayName, roleCode(user.role), user.agencyCode, user.agencyName};
}

AccessEntry entryFrom(const QSqlRecord &r)
{
    AccessEntry entry;
    entry.id = r.value(0).toLongLong();
    entry.at = fromStored(r.value(1));
    entry.action = r.value(2).toString();
    entry.userId = r.value(4).toLongLong();
    entry.login = r.value(5).toString();
    entry.userName = r.value(6).toString();
    entry.agencyCode = r.value(7).toString();
    entry.agencyName = r.value(8).toString();
    entry.details = QJsonDocument::fromJson(r.value(9).toString().toUtf8()).object();
    return entry;
}

bool isCaseReference(const QString &subject)
{
    return !subject.startsWith(u"client:"_s);
}

} // namespace

bool AccessEntry::denied() const
{
    return action == denial;
}

Result<QList<Id>> AccessLog::clientFamily(Id clientId) const
{
    // Up to the file kept (a merge is never into a merged file, but an undo may leave a chain).
    Id kept = clientId;
    for (int hops = 0;; ++hops) {
        auto into = m_db.selectOne(u"SELECT merged_into FROM clients WHERE id = :id"_s, {{u":id"_s, kept}});
        if (!into)
            return std::unexpected(into.error());
        if (!*into)
            return fail(ErrorCode::NotFound, Tr::tr("There is no client %1.").arg(clientId));
        if ((*into)->isNull(0) || hops > 32)
            break;
        kept = (*into)->value(0).toLongLong();
    }
    // And down to every file merged into it, however deep.
    QList<Id> family{kept};
    for (qsizetype i = 0; i < family.size(); ++i) {
        auto merged = m_db.select(u"SELECT id FROM clients WHERE merged_into = :id ORDER BY id"_s,
                                  {{u":id"_s, family.at(i)}});
        if (!merged)
            return std::unexpected(merged.error());
        for (const auto &row : *merged)
            if (!family.contains(row.value(0).toLongLong()))
                family.append(row.value(0).toLongLong());
    }
    return family;
}

Result<QList<AccessEntry>> AccessLog::entriesAbout(const QString &subject) const
{
    // One subject at a time: the log is searched by subject and time (schema 8's index).
    auto rows = m_db.select(u"SELECT a.id, a.at, a.action, a.subject, a.user_id, u.login, u.display_name, "
                            "ag.code, ag.name, a.details FROM audit_log a LEFT JOIN users u ON u.id = a.user_id "
                            "LEFT JOIN agencies ag ON ag.id = a.agency_id WHERE a.subject = :subject "
                            "ORDER BY a.at, a.id"_s,
                            {{u":subject"_s, subject}});
    if (!rows)
        return std::unexpected(rows.error());
    const QStringList &reads = isCaseReference(subject) ? caseReads : customerReads;
    QList<AccessEntry> out;
    for (const auto &row : *rows) {
        AccessEntry entry = entryFrom(row);
        if (!reads.contains(entry.action) && !entry.denied())
            continue;
        if (isCaseReference(subject))
            entry.caseReference = subject;
        out.append(entry);
    }
    return out;
}

Result<CaseAccess> AccessLog::caseAccess(Id caseId, const QList<User> &users) const
{
    auto row = m_db.selectOne(u"SELECT reference, title, status, opened_at, lead_agency_id FROM cases WHERE id = :case"_s,
                              {{u":case"_s, caseId}});
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, Tr::tr("There is no such case."));
    CaseAccess access;
    access.caseId = caseId;
    access.reference = (*row)->value(0).toString();
    access.title = (*row)->value(1).toString();
    access.status = caseStatusFromCode((*row)->value(2).toString()).value_or(CaseStatus::Open);
    access.openedAt = fromStored((*row)->value(3));
    const Id lead = (*row)->value(4).toLongLong();

    auto handoffs = m_db.select(u"SELECT h.to_agency_id, fa.name, u.display_name FROM handoffs h "
                                "JOIN agencies fa ON fa.id = h.from_agency_id JOIN users u ON u.id = h.requested_by "
                                "WHERE h.case_id = :case ORDER BY h.requested_at, h.id"_s,
                                {{u":case"_s, caseId}});
    if (!handoffs)
        return std::unexpected(handoffs.error());
    auto participants = m_db.select(u"SELECT a.id, a.code, a.name, a.kind, p.joined_at FROM case_participants p "
                                    "JOIN agencies a ON a.id = p.agency_id WHERE p.case_id = :case "
                                    "ORDER BY p.joined_at, a.code"_s,
                                    {{u":case"_s, caseId}});
    if (!participants)
        return std::unexpected(participants.error());
    for (const auto &p : *participants) {
        ParticipantAccess participant;
        participant.agency = {p.value(0).toLongLong(), p.value(1).toString(), p.value(2).toString(), p.value(3).toString()};
        participant.since = fromStored(p.value(4));
        participant.lead = participant.agency.id == lead;
        // Otherwise the first handoff to it brought it in.
        for (qsizetype i = 0; !participant.lead && i < handoffs->size(); ++i) {
            const QSqlRecord &h = handoffs->at(i);
            if (h.value(0).toLongLong() == participant.agency.id) {
                participant.handoffNumber = int(i + 1);
                participant.handoffFrom = h.value(1).toString();
                participant.handoffRequestedBy = h.value(2).toString();
                break;
            }
        }
        // The policy decides who of the agency may read it: the roles' rules flow through.
        for (const User &user : users)
            if (user.agencyId == participant.agency.id
                && isAllowed(actorOf(user), Relation::Participant, Action::ViewCase))
                participant.people.append(personOf(user));
        access.participants.append(participant);
    }
    for (const User &user : users) {
        if (!isAllowed(actorOf(user), Relation::NonParticipant, Action::ViewCase))
            continue;
        const QString role = roleCode(user.role);
        auto group = std::find_if(access.networkRoles.begin(), access.networkRoles.end(),
                                  [&](const NetworkAccess &n) { return n.roleCode == role; });
        if (group == access.networkRoles.end())
            group = access.networkRoles.insert(access.networkRoles.end(), NetworkAccess{role, {}});
        group->people.append(personOf(user));
    }

    auto entries = entriesAbout(access.reference);
    if (!entries)
        return std::unexpected(entries.error());
    for (const AccessEntry &entry : *entries)
        (entry.denied() ? access.denied : access.reads).append(entry);
    return access;
}

Result<AccessReport> AccessLog::report(const Actor &actor, Id clientId, const QString &caseReference)
{
    if (auto person = requireUser(actor); !person)
        return std::unexpected(person.error());
    // Agents are refused outright; supervisors get their agency's cases, network-wide roles all.
    if (auto allowed = require(actor, Relation::Participant, Action::ReadAccessLog); !allowed)
        return std::unexpected(allowed.error());
    const bool networkWide = isAllowed(actor, Relation::NonParticipant, Action::ReadAccessLog);
    auto family = clientFamily(clientId);
    if (!family)
        return std::unexpected(family.error());
    auto client = m_clients.client(actor, family->constFirst());
    if (!client)
        return std::unexpected(client.error());

    AccessReport report;
    report.client = *client;
    report.mergedClientIds = family->mid(1);
    report.networkWide = networkWide;
    report.reader = actor;
    report.generatedAt = m_db.now();

    QList<Id> caseIds;
    for (Id member : *family) {
        auto rows = m_db.select(u"SELECT id, reference FROM cases WHERE client_id = :client ORDER BY opened_at, id"_s,
                                {{u":client"_s, member}});
        if (!rows)
            return std::unexpected(rows.error());
        for (const auto &row : *rows)
            if (caseReference.isEmpty() || row.value(1).toString() == caseReference.trimmed().toUpper())
                caseIds.append(row.value(0).toLongLong());
    }
    if (!caseReference.isEmpty() && caseIds.isEmpty())
        return fail(ErrorCode::NotFound, Tr::tr("%1 is not a case of client %2.").arg(caseReference.trimmed(), QString::number(clientId)));

    auto users = m_directory.users();
    if (!users)
        return std::unexpected(users.error());
    QList<User> active;
    for (const User &user : *users)
        if (user.active)
            active.append(user);
    for (Id caseId : std::as_const(caseIds)) {
        if (!caseReference.isEmpty()) {
            // The case asked for by name: a refusal is an attempt on it, and logged as one.
            if (auto allowed = requireOnCase(m_db, actor, caseId, Action::ReadAccessLog); !allowed)
                return std::unexpected(allowed.error());
        } else {
            auto relation = relationToCase(m_db, actor, caseId);
            if (!relation)
                return std::unexpected(relation.error());
            if (!isAllowed(actor, *relation, Action::ReadAccessLog))
                continue; // a supervisor's report covers their agency's cases
        }
        auto access = caseAccess(caseId, active);
        if (!access)
            return std::unexpected(access.error());
        report.cases.append(*access);
    }
    if (!networkWide && report.cases.isEmpty())
        return fail(ErrorCode::Forbidden, Tr::tr("%1 (%2) takes part in none of this customer's cases, so cannot see who "
                                                 "saw them.").arg(actor.login, actor.agencyCode));
    if (networkWide && caseReference.isEmpty()) {
        for (Id member : *family) {
            auto entries = entriesAbout(clientSubject(member));
            if (!entries)
                return std::unexpected(entries.error());
            report.customerReads += *entries;
        }
        std::stable_sort(report.customerReads.begin(), report.customerReads.end(),
                         [](const AccessEntry &a, const AccessEntry &b) { return a.at < b.at; });
    }
    if (auto logged = recordRead(actor, report); !logged)
        return std::unexpected(logged.error());
    return report;
}

Status AccessLog::recordRead(const Actor &actor, const AccessReport &report)
{
    // Who looked at who looked is part of the file's history too.
    return m_db.write([&]() -> Status {
        for (const CaseAccess &c : report.cases)
            if (auto logged = recordView(m_db, actor, c.caseId, u"access-log.read"_s); !logged)
                return logged;
        if (!report.networkWide)
            return {};
        return audit(m_db, actor, u"access-log.read"_s, clientSubject(report.client.id),
                     accessBasis(actor, Relation::NonParticipant));
    });
}

QString accessRoleLabel(const QString &roleCode)
{
    // By code, not by enum: a role added to the policy shows by its code until it has words.
    if (roleCode == u"admin"_s)
        return Tr::tr("network administrator");
    if (roleCode == u"network-supervisor"_s)
        return Tr::tr("network supervisor");
    if (roleCode == u"supervisor"_s)
        return Tr::tr("supervisor");
    if (roleCode == u"agent"_s)
        return Tr::tr("agent");
    return roleCode;
}

QString accessWhat(const AccessEntry &entry)
{
    const QString &a = entry.action;
    if (entry.denied()) {
        const QString attempted = entry.details.value(u"attempted"_s).toString();
        if (attempted == u"view-case"_s)
            return Tr::tr("was refused: tried to read the case");
        if (attempted == u"add-to-timeline"_s)
            return Tr::tr("was refused: tried to add to the timeline");
        if (attempted == u"edit-summary"_s)
            return Tr::tr("was refused: tried to change the summary");
        if (attempted == u"request-handoff"_s)
            return Tr::tr("was refused: tried to hand the case to another agency");
        if (attempted == u"act-on-handoff"_s)
            return Tr::tr("was refused: tried to move a handoff");
        if (attempted == u"signal-handoff"_s)
            return Tr::tr("was refused: tried to nudge or escalate a handoff");
        if (attempted == u"record-consent"_s)
            return Tr::tr("was refused: tried to record consent");
        if (attempted == u"read-access-log"_s)
            return Tr::tr("was refused: tried to see who saw the file");
        return Tr::tr("was refused");
    }
    if (a == u"case.view"_s)
        return entry.details.value(u"via"_s).toString() == u"search"_s ? Tr::tr("opened the case from search results")
                                                                        : Tr::tr("opened the case");
    if (a == u"case.timeline"_s)
        return Tr::tr("read the timeline");
    if (a == u"case.documents"_s)
        return Tr::tr("looked at the documents on file");
    if (a == u"case.handoffs"_s)
        return Tr::tr("read the handoffs and the summary they carry");
    if (a == u"case.export"_s)
        return entry.details.value(u"document"_s).toString() == u"letter"_s ? Tr::tr("exported a status letter to PDF")
                                                                             : Tr::tr("exported the timeline to PDF");
    if (a == u"search.case"_s)
        return Tr::tr("found the case in a search");
    if (a == u"search.excerpts"_s)
        return Tr::tr("saw excerpts of the timeline in a search");
    if (a == u"search.customer"_s)
        return Tr::tr("found the customer in a search");
    if (a == u"access-log.read"_s)
        return Tr::tr("looked at who saw the file");
    if (a == u"client.personal-data-export"_s)
        return Tr::tr("exported everything held about the customer");
    return a;
}

QString accessWhy(const AccessEntry &entry)
{
    const QString role = accessRoleLabel(entry.details.value(u"role"_s).toString());
    if (entry.denied())
        return entry.details.value(u"participant"_s).toBool()
                   ? Tr::tr("not allowed in their role (%1)").arg(role)
                   : Tr::tr("their agency takes no part in the case");
    const QString basis = entry.details.value(u"basis"_s).toString();
    if (basis == u"participant"_s)
        return Tr::tr("their agency takes part in the case");
    if (basis == u"network"_s)
        return Tr::tr("%1: sees every case of the network").arg(role);
    if (basis == u"lookup"_s)
        return Tr::tr("anyone at an agency may look customers up");
    if (entry.userId == 0)
        return Tr::tr("owner of the case file");
    return Tr::tr("not recorded (logged before Relais kept the reason)");
}

QString joinedHow(const ParticipantAccess &p)
{
    if (p.lead)
        return Tr::tr("lead agency: it opened the case");
    if (p.handoffNumber > 0)
        return Tr::tr("handoff #%1 from %2, asked by %3").arg(p.handoffNumber).arg(p.handoffFrom, p.handoffRequestedBy);
    return Tr::tr("added to the case");
}

QString accessWho(const AccessEntry &entry)
{
    if (entry.userId == 0)
        return Tr::tr("the case file's owner, at the console");
    return u"%1 (%2)"_s.arg(entry.userName, entry.login);
}

} // namespace Relais::Core
