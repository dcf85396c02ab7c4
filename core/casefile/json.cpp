#include "casefile/json.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core::Json {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue instantOrNull(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(instant(at)) : QJsonValue(QJsonValue::Null);
}

QJsonObject agencyRef(const AgencyRef &a)
{
    return {{u"code"_s, a.code}, {u"name"_s, a.name}, {u"kind"_s, a.kind}};
}

} // namespace

QString instant(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject agency(const Agency &a)
{
    return {{u"code"_s, a.code}, {u"name"_s, a.name}, {u"kind"_s, a.kind}, {u"timeZone"_s, a.timeZone},
            {u"ackSlaHours"_s, a.ackSlaHours}, {u"silenceDays"_s, a.silenceDays}, {u"phone"_s, orNull(a.phone)},
            {u"email"_s, orNull(a.email)}, {u"address"_s, orNull(a.address)}};
}

QJsonObject user(const User &u)
{
    return {{u"login"_s, u.login}, {u"name"_s, u.displayName}, {u"agency"_s, u.agencyCode},
            {u"agencyName"_s, u.agencyName}, {u"role"_s, roleCode(u.role)}, {u"active"_s, u.active},
            {u"phone"_s, orNull(u.phone)}, {u"email"_s, orNull(u.email)}};
}

QJsonObject client(const Client &c)
{
    return {{u"id"_s, c.id},
            {u"name"_s, orNull(c.fullName)},
            {u"nameAr"_s, orNull(c.fullNameAr)},
            {u"cin"_s, orNull(c.cin)},
            {u"birthDate"_s, c.birthDate.isValid() ? QJsonValue(c.birthDate.toString(Qt::ISODate)) : QJsonValue()},
            {u"phones"_s, QJsonArray::fromStringList(c.phones)},
            {u"email"_s, orNull(c.email)},
            {u"address"_s, orNull(c.address)},
            {u"preferredLanguage"_s, c.preferredLanguage},
            {u"preferredChannel"_s, c.preferredChannel},
            {u"registeredBy"_s, orNull(c.registeredByAgencyCode)},
            {u"createdAt"_s, instantOrNull(c.createdAt)}};
}

QJsonObject candidate(const DuplicateCandidate &d)
{
    return {{u"client"_s, client(d.client)}, {u"reasons"_s, QJsonArray::fromStringList(d.reasons)}};
}

QJsonObject consent(const Consent &k)
{
    return {{u"id"_s, k.id},
            {u"clientId"_s, k.clientId},
            {u"scope"_s, k.scope == ConsentScope::Network ? u"network"_s : u"agencies"_s},
            {u"agencies"_s, QJsonArray::fromStringList(k.agencyCodes)},
            {u"grantedAt"_s, instantOrNull(k.grantedAt)},
            {u"recordedBy"_s, k.recordedBy},
            {u"note"_s, orNull(k.note)},
            {u"active"_s, k.active()},
            {u"revokedAt"_s, instantOrNull(k.revokedAt)},
            {u"revokedBy"_s, orNull(k.revokedBy)}};
}

QJsonObject summary(const Summary &s)
{
    return {{u"situation"_s, s.situation}, {u"needs"_s, s.needs}, {u"doneSoFar"_s, s.doneSoFar},
            {u"nextStep"_s, s.nextStep}, {u"version"_s, s.version}, {u"updatedBy"_s, orNull(s.updatedBy)},
            {u"updatedByAgency"_s, orNull(s.updatedByAgency)}, {u"updatedAt"_s, instantOrNull(s.updatedAt)}};
}

QJsonObject caseRecord(const Case &c)
{
    return {{u"reference"_s, c.reference},
            {u"clientId"_s, c.clientId},
            {u"client"_s, c.clientName},
            {u"title"_s, c.title},
            {u"category"_s, orNull(c.category)},
            {u"status"_s, caseStatusCode(c.status)},
            {u"coordinator"_s, QJsonObject{{u"name"_s, c.coordinatorName}, {u"agency"_s, c.coordinatorAgency}}},
            {u"leadAgency"_s, agencyRef(c.leadAgency)},
            {u"participants"_s, array(c.participants, agencyRef)},
            {u"summary"_s, summary(c.summary)},
            {u"openedAt"_s, instantOrNull(c.openedAt)},
            {u"lastActivityAt"_s, instantOrNull(c.lastActivityAt)},
            {u"eventCount"_s, c.eventCount},
            {u"headHash"_s, QString::fromLatin1(c.headHash)}};
}

QJsonObject event(const TimelineEvent &e)
{
    return {{u"seq"_s, e.seq},
            {u"kind"_s, eventKindCode(e.kind)},
            {u"occurredAt"_s, instantOrNull(e.occurredAt)},
            {u"recordedAt"_s, instantOrNull(e.recordedAt)},
            {u"author"_s, e.authorLogin},
            {u"authorName"_s, e.authorName},
            {u"agency"_s, e.agencyCode},
            {u"agencyName"_s, e.agencyName},
            {u"visibility"_s, visibilityCode(e.visibility)},
            {u"text"_s, e.text},
            {u"payload"_s, e.payload},
            {u"corrects"_s, e.correctsSeq ? QJsonValue(*e.correctsSeq) : QJsonValue()},
            {u"hash"_s, QString::fromLatin1(e.hash)}};
}

QJsonObject document(const Document &d)
{
    return {{u"id"_s, d.id}, {u"kind"_s, d.kind}, {u"fileName"_s, d.fileName}, {u"mimeType"_s, d.mimeType},
            {u"sizeBytes"_s, d.sizeBytes}, {u"sha256"_s, QString::fromLatin1(d.sha256)},
            {u"providedAt"_s, instantOrNull(d.providedAt)}, {u"recordedBy"_s, d.recordedBy},
            {u"agency"_s, d.agencyCode}};
}

QJsonObject handoff(const Handoff &h)
{
    return {{u"id"_s, h.id},
            {u"case"_s, h.caseReference},
            {u"from"_s, agencyRef(h.from)},
            {u"to"_s, agencyRef(h.to)},
            {u"ask"_s, h.ask},
            {u"requestedBy"_s, h.requestedBy},
            {u"status"_s, handoffStatusCode(h.status)},
            {u"requestedAt"_s, instantOrNull(h.requestedAt)},
            {u"statusChangedAt"_s, instantOrNull(h.statusChangedAt)},
            {u"dueAt"_s, instantOrNull(h.dueAt)},
            {u"holdUntil"_s, instantOrNull(h.holdUntil)},
            {u"holdOnCustomer"_s, h.holdOnCustomer},
            {u"reason"_s, orNull(h.lastReason)},
            {u"summaryAtRequest"_s, h.summaryAtRequest},
            {u"headHashAtRequest"_s, QString::fromLatin1(h.headHashAtRequest)},
            {u"documents"_s, array(h.documentIds, [](Id id) { return QJsonValue(id); })},
            {u"unansweredNudgeAt"_s, instantOrNull(h.unansweredNudgeAt)},
            {u"unansweredEscalationAt"_s, instantOrNull(h.unansweredEscalationAt)}};
}

QJsonObject stall(const Stall &s)
{
    return {{u"rule"_s, stallRuleCode(s.rule)},
            {u"case"_s, s.caseReference},
            {u"caseTitle"_s, s.caseTitle},
            {u"clientId"_s, s.clientId},
            {u"client"_s, s.clientName},
            {u"handoffId"_s, s.handoffId ? QJsonValue(*s.handoffId) : QJsonValue()},
            {u"from"_s, s.from.id ? QJsonValue(agencyRef(s.from)) : QJsonValue()},
            {u"to"_s, agencyRef(s.to)},
            {u"ask"_s, orNull(s.ask)},
            {u"status"_s, s.status ? QJsonValue(handoffStatusCode(*s.status)) : QJsonValue()},
            {u"since"_s, instantOrNull(s.since)},
            {u"thresholdAt"_s, instantOrNull(s.thresholdAt)},
            {u"threshold"_s, s.threshold},
            {u"workingHoursPast"_s, std::round(double(s.workingSecondsPast) / 36.0) / 100.0},
            {u"ballHolder"_s, s.ballHolder},
            {u"clientEfforts"_s, s.clientEfforts},
            {u"recentClientEfforts"_s, s.recentClientEfforts}};
}

QJsonObject holiday(const HolidayEntry &h)
{
    return {{u"date"_s, h.date.toString(Qt::ISODate)},
            {u"name"_s, h.name},
            {u"agency"_s, orNull(h.agencyCode)},
            {u"source"_s, h.source}};
}

QJsonObject searchHit(const SearchHit &hit)
{
    static const QString kinds[] = {u"client"_s, u"case"_s, u"event"_s};
    QJsonObject out{{u"kind"_s, kinds[int(hit.kind)]}, {u"clientId"_s, hit.clientId}, {u"title"_s, hit.title},
                    {u"snippet"_s, orNull(hit.snippet)}};
    if (hit.kind != SearchHit::Kind::Client)
        out.insert(u"case"_s, hit.caseReference);
    if (hit.kind == SearchHit::Kind::Event)
        out.insert(u"seq"_s, hit.eventSeq);
    return out;
}

QJsonObject verification(const VerificationReport &report)
{
    static const QString kinds[] = {u"event-altered"_s, u"broken-link"_s, u"missing-events"_s, u"head-mismatch"_s,
                                    u"handoff-mismatch"_s};
    QJsonArray cases;
    for (const auto &c : report.cases)
        cases.append(QJsonObject{{u"reference"_s, c.caseReference}, {u"events"_s, c.eventCount},
                                 {u"headHash"_s, QString::fromLatin1(c.headHash)}, {u"intact"_s, c.intact}});
    QJsonArray problems;
    for (const auto &p : report.problems)
        problems.append(QJsonObject{{u"kind"_s, kinds[int(p.kind)]}, {u"case"_s, p.caseReference},
                                    {u"seq"_s, p.seq}, {u"message"_s, p.message}});
    return {{u"intact"_s, report.intact()}, {u"cases"_s, cases}, {u"problems"_s, problems}};
}

QJsonObject hashLocation(const HashLocation &l)
{
    return {{u"case"_s, l.caseReference},
            {u"found"_s, l.found},
            {u"hash"_s, l.found ? QJsonValue(QString::fromLatin1(l.hash)) : QJsonValue()},
            {u"seq"_s, l.found ? QJsonValue(l.seq) : QJsonValue()},
            {u"recordedAt"_s, instantOrNull(l.recordedAt)},
            {u"eventCount"_s, l.eventCount},
            {u"chainIntactUpTo"_s, l.chainIntactUpTo},
            {u"eventsSince"_s, l.eventsSince}};
}

QJsonObject clientMerge(const ClientMergeRecord &m)
{
    QJsonArray ids;
    for (Id id : m.documentIds)
        ids.append(id);
    QJsonArray consents;
    for (Id id : m.consentIds)
        consents.append(id);
    return {{u"id"_s, m.id},
            {u"kept"_s, QJsonObject{{u"id"_s, m.keptClientId}, {u"name"_s, m.keptClientName}}},
            {u"merged"_s, QJsonObject{{u"id"_s, m.mergedClientId}, {u"name"_s, m.mergedClientName}}},
            {u"mergedAt"_s, instantOrNull(m.mergedAt)},
            {u"mergedBy"_s, m.mergedByLogin},
            {u"mergedByName"_s, m.mergedBy},
            {u"agency"_s, m.agencyCode},
            {u"reason"_s, m.reason},
            {u"moved"_s, QJsonObject{{u"cases"_s, QJsonArray::fromStringList(m.caseReferences)},
                                     {u"documents"_s, ids},
                                     {u"consents"_s, consents},
                                     {u"phones"_s, QJsonArray::fromStringList(m.phones)}}},
            {u"undone"_s, m.undone()},
            {u"undoneAt"_s, instantOrNull(m.undoneAt)},
            {u"undoneBy"_s, orNull(m.undoneBy)},
            {u"undoReason"_s, orNull(m.undoReason)}};
}

namespace {

QString rowStatusCode(ImportRowStatus status)
{
    switch (status) {
    case ImportRowStatus::Ready: return u"ready"_s;
    case ImportRowStatus::Invalid: return u"invalid"_s;
    case ImportRowStatus::Duplicate: return u"duplicate"_s;
    }
    return {};
}

} // namespace

QJsonObject importPreview(const ImportPreview &p)
{
    QJsonArray columns;
    for (const ImportColumn &c : p.columns)
        columns.append(QJsonObject{{u"column"_s, c.index + 1}, {u"header"_s, c.header},
                                   {u"field"_s, c.field ? QJsonValue(importFieldCode(*c.field)) : QJsonValue()}});
    QJsonArray rows;
    for (const ImportRow &r : p.rows) {
        QJsonObject row{{u"row"_s, r.row},
                        {u"status"_s, rowStatusCode(r.status)},
                        {u"name"_s, orNull(personName(r.draft.fullName.simplified(), r.draft.fullNameAr.simplified()))},
                        {u"problems"_s, QJsonArray::fromStringList(r.problems)},
                        {u"existing"_s, array(r.existing, candidate)},
                        {u"sameAsRow"_s, r.sameAsRow > 0 ? QJsonValue(r.sameAsRow) : QJsonValue()},
                        {u"sameAsReasons"_s, QJsonArray::fromStringList(r.sameAsReasons)}};
        rows.append(row);
    }
    return {{u"separator"_s, QString(p.separator)},
            {u"bom"_s, p.hadBom},
            {u"columns"_s, columns},
            {u"rows"_s, rows},
            {u"warnings"_s, QJsonArray::fromStringList(p.warnings)},
            {u"counts"_s, QJsonObject{{u"rows"_s, int(p.rows.size())},
                                      {u"ready"_s, p.count(ImportRowStatus::Ready)},
                                      {u"invalid"_s, p.count(ImportRowStatus::Invalid)},
                                      {u"duplicates"_s, p.count(ImportRowStatus::Duplicate)}}}};
}

QJsonObject importOutcome(const ImportOutcome &o)
{
    return {{u"created"_s, o.created},
            {u"skippedInvalid"_s, o.skippedInvalid},
            {u"skippedDuplicates"_s, o.skippedDuplicates},
            {u"clients"_s, array(o.clients, client)}};
}

namespace {

QJsonObject accessEntry(const AccessEntry &e)
{
    QJsonObject out{{u"at"_s, instant(e.at)},
                    {u"action"_s, e.action},
                    {u"case"_s, orNull(e.caseReference)},
                    {u"login"_s, orNull(e.login)},
                    {u"name"_s, orNull(e.userName)},
                    {u"agency"_s, orNull(e.agencyCode)},
                    {u"agencyName"_s, orNull(e.agencyName)},
                    {u"what"_s, accessWhat(e)},
                    {u"why"_s, accessWhy(e)},
                    {u"details"_s, e.details}};
    return out;
}

QJsonObject accessPerson(const AccessPerson &p)
{
    return {{u"login"_s, p.login}, {u"name"_s, p.name}, {u"role"_s, p.roleCode}, {u"agency"_s, p.agencyCode}};
}

QJsonObject caseAccess(const CaseAccess &c)
{
    QJsonArray participants;
    for (const ParticipantAccess &p : c.participants)
        participants.append(QJsonObject{{u"agency"_s, agencyRef(p.agency)},
                                        {u"since"_s, instantOrNull(p.since)},
                                        {u"lead"_s, p.lead},
                                        {u"handoff"_s, p.handoffNumber > 0 ? QJsonValue(p.handoffNumber) : QJsonValue()},
                                        {u"how"_s, joinedHow(p)},
                                        {u"people"_s, array(p.people, accessPerson)}});
    QJsonArray network;
    for (const NetworkAccess &n : c.networkRoles)
        network.append(QJsonObject{{u"role"_s, n.roleCode},
                                   {u"roleLabel"_s, accessRoleLabel(n.roleCode)},
                                   {u"people"_s, array(n.people, accessPerson)}});
    return {{u"reference"_s, c.reference},
            {u"title"_s, c.title},
            {u"status"_s, caseStatusCode(c.status)},
            {u"couldSee"_s, QJsonObject{{u"participants"_s, participants}, {u"networkRoles"_s, network}}},
            {u"sawIt"_s, array(c.reads, accessEntry)},
            {u"denied"_s, array(c.denied, accessEntry)}};
}

} // namespace

QJsonObject accessReport(const AccessReport &r)
{
    QJsonArray merged;
    for (Id id : r.mergedClientIds)
        merged.append(id);
    return {{u"client"_s, QJsonObject{{u"id"_s, r.client.id}, {u"name"_s, r.client.displayName()}}},
            {u"mergedClients"_s, merged},
            {u"generatedAt"_s, instant(r.generatedAt)},
            {u"readBy"_s, r.reader.login},
            {u"networkWide"_s, r.networkWide},
            {u"cases"_s, array(r.cases, caseAccess)},
            {u"customerReads"_s, r.networkWide ? QJsonValue(array(r.customerReads, accessEntry)) : QJsonValue()}};
}

} // namespace Relais::Core::Json
