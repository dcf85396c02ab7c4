#include "casefile/casestore.h"

#include "casefile/caseaccess.h"
#include "casefile/changenotifier.h"
#include "casefile/timelinewriter.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core {

namespace {

const QString caseColumns =
    u"c.id, c.reference, c.client_id, k.full_name, k.full_name_ar, c.title, c.category, c.status, "
    "c.coordinator_id, cu.display_name, ca.code, c.lead_agency_id, la.code, la.name, la.kind, "
    "c.opened_at, c.last_activity_at, c.summary_situation, c.summary_needs, c.summary_done, "
    "c.summary_next_step, c.summary_version, su.display_name, sa.code, c.summary_updated_at, "
    "c.head_hash, c.event_count "
    "FROM cases c JOIN clients k ON k.id = c.client_id "
    "JOIN users cu ON cu.id = c.coordinator_id JOIN agencies ca ON ca.id = cu.agency_id "
    "JOIN agencies la ON la.id = c.lead_agency_id "
    "LEFT JOIN users su ON su.id = c.summary_updated_by LEFT JOIN agencies sa ON sa.id = su.agency_id"_s;

Case caseFrom(const QSqlRecord &r)
{
    Case c;
    c.id = r.value(0).toLongLong();
    c.reference = r.value(1).toString();
    c.clientId = r.value(2).toLongLong();
    c.clientName = personName(r.value(3).toString(), r.value(4).toString());
    c.title = r.value(5).toString();
    c.category = r.value(6).toString();
    c.status = caseStatusFromCode(r.value(7).toString()).value_or(CaseStatus::Open);
    c.coordinatorId = r.value(8).toLongLong();
    c.coordinatorName = r.value(9).toString();
    c.coordinatorAgency = r.value(10).toString();
    c.leadAgency = {r.value(11).toLongLong(), r.value(12).toString(), r.value(13).toString(), r.value(14).toString()};
    c.openedAt = fromStored(r.value(15));
    c.lastActivityAt = fromStored(r.value(16));
    c.summary.situation = r.value(17).toString();
    c.summary.needs = r.value(18).toString();
    c.summary.doneSoFar = r.value(19).toString();
    c.summary.nextStep = r.value(20).toString();
    c.summary.version = r.value(21).toInt();
    c.summary.updatedBy = r.value(22).toString();
    c.summary.updatedByAgency = r.value(23).toString();
    c.summary.updatedAt = fromStored(r.value(24));
    c.headHash = r.value(25).toString().toLatin1();
    c.eventCount = r.value(26).toInt();
    return c;
}

QString summaryText(const Summary &s)
{
    QStringList parts;
    auto add = [&](const QString &label, const QString &text) {
        if (!text.isEmpty())
            parts << label + u": "_s + text;
    };
    add(Tr::tr("Situation"), s.situation);
    add(Tr::tr("Needs"), s.needs);
    add(Tr::tr("Done so far"), s.doneSoFar);
    add(Tr::tr("Next step"), s.nextStep);
    return parts.join(u'\n');
}

QString humanSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

Status requireText(const QString &text, const QString &what)
{
    if (text.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, Tr::tr("%1 cannot be empty.").arg(what));
    return {};
}

} // namespace

Result<TimelineEvent> CaseStore::append(const Actor &actor, Id caseId, const NewEvent &event)
{
    auto appended = m_db.write([&] { return appendEvent(m_db, actor, caseId, event); });
    if (appended)
        Q_EMIT m_notifier.eventAppended(caseId, appended->seq);
    return appended;
}

Result<Case> CaseStore::loadCase(Id caseId) const
{
    auto row = m_db.selectOne(u"SELECT %1 WHERE c.id = :id"_s.arg(caseColumns), {{u":id"_s, caseId}});
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, Tr::tr("There is no such case."));
    Case c = caseFrom(**row);
    auto participants = m_db.select(u"SELECT a.id, a.code, a.name, a.kind FROM case_participants p "
                                    "JOIN agencies a ON a.id = p.agency_id WHERE p.case_id = :case "
                                    "ORDER BY p.joined_at, a.code"_s,
                                    {{u":case"_s, caseId}});
    if (!participants)
        return std::unexpected(participants.error());
    for (const auto &p : *participants)
        c.participants.append({p.value(0).toLongLong(), p.value(1).toString(), p.value(2).toString(),
                               p.value(3).toString()});
    return c;
}

Result<Case> CaseStore::openCase(const Actor &actor, Id clientId, const QString &title, const QString &category)
{
    if (auto allowed = require(actor, Relation::None, Action::OpenCase); !allowed)
        return std::unexpected(allowed.error());
    if (auto ok = requireText(title, Tr::tr("The case title")); !ok)
        return std::unexpected(ok.error());
    auto client = m_db.selectOne(u"SELECT full_name, full_name_ar, merged_into FROM clients WHERE id = :id"_s,
                                 {{u":id"_s, clientId}});
    if (!client)
        return std::unexpected(client.error());
    if (!*client)
        return fail(ErrorCode::NotFound, Tr::tr("There is no client %1.").arg(clientId));
    // One person, one file: a merged-away record takes no new case.
    if (!(*client)->isNull(2))
        return fail(ErrorCode::Invalid, Tr::tr("Client %1 was merged into client %2: open the case on client %2.")
                                            .arg(clientId).arg((*client)->value(2).toLongLong()));

    auto opened = m_db.write([&]() -> Result<Id> {
        const QDateTime at = m_db.now();
        const int year = at.date().year();
        auto counted = m_db.update(u"INSERT INTO reference_counters (year, last_number) VALUES (:year, 1) "
                                   "ON CONFLICT (year) DO UPDATE SET last_number = reference_counters.last_number + 1"_s,
                                   {{u":year"_s, year}});
        if (!counted)
            return std::unexpected(counted.error());
        auto number = m_db.scalar(u"SELECT last_number FROM reference_counters WHERE year = :year"_s,
                                  {{u":year"_s, year}});
        if (!number)
            return std::unexpected(number.error());
        const QString reference = u"REL-%1-%2"_s.arg(year).arg(number->toInt(), 6, 10, QLatin1Char('0'));
        auto id = m_db.insert(u"INSERT INTO cases (reference, client_id, title, category, status, "
                              "coordinator_id, lead_agency_id, opened_at, last_activity_at) VALUES "
                              "(:ref, :client, :title, :category, 'open', :coordinator, :agency, :at, :at)"_s,
                              {{u":ref"_s, reference}, {u":client"_s, clientId},
                               {u":title"_s, title.simplified()}, {u":category"_s, category.trimmed()},
                               {u":coordinator"_s, actor.userId}, {u":agency"_s, actor.agencyId},
                               {u":at"_s, toStored(at)}});
        if (!id)
            return std::unexpected(id.error());
        auto joined = m_db.insert(u"INSERT INTO case_participants (case_id, agency_id, joined_at) "
                                  "VALUES (:case, :agency, :at)"_s,
                                  {{u":case"_s, *id}, {u":agency"_s, actor.agencyId}, {u":at"_s, toStored(at)}});
        if (!joined)
            return std::unexpected(joined.error());
        NewEvent event{EventKind::System,
                       Tr::tr("Case opened by %1 (%2), who coordinates it.").arg(actor.displayName, actor.agencyName),
                       Visibility::Shared, at, {{u"action"_s, u"opened"_s}, {u"title"_s, title.simplified()}},
                       std::nullopt};
        if (auto appended = appendEvent(m_db, actor, *id, event); !appended)
            return std::unexpected(appended.error());
        return *id;
    });
    if (!opened)
        return std::unexpected(opened.error());
    Q_EMIT m_notifier.caseChanged(*opened);
    return loadCase(*opened);
}

Result<Id> CaseStore::idOfReference(const QString &reference) const
{
    auto id = m_db.scalar(u"SELECT id FROM cases WHERE reference = :ref"_s,
                          {{u":ref"_s, reference.trimmed().toUpper()}});
    if (!id)
        return std::unexpected(id.error());
    if (!id->isValid())
        return fail(ErrorCode::NotFound, Tr::tr("There is no case %1.").arg(reference.trimmed()));
    return id->toLongLong();
}

Result<Case> CaseStore::caseByReference(const Actor &actor, const QString &reference) const
{
    auto id = idOfReference(reference);
    if (!id)
        return std::unexpected(id.error());
    return caseById(actor, *id);
}

Result<Case> CaseStore::resolveReference(const Actor &actor, const QString &reference) const
{
    auto id = idOfReference(reference);
    if (!id)
        return std::unexpected(id.error());
    if (auto allowed = requireOnCase(m_db, actor, *id, Action::ViewCase); !allowed)
        return std::unexpected(allowed.error());
    return loadCase(*id);
}

Result<Case> CaseStore::caseById(const Actor &actor, Id caseId, const QString &via) const
{
    if (auto allowed = requireOnCase(m_db, actor, caseId, Action::ViewCase); !allowed)
        return std::unexpected(allowed.error());
    auto record = loadCase(caseId);
    if (!record)
        return record;
    // Who opened the file is kept, so the customer can be told who saw it.
    const QJsonObject details = via.isEmpty() ? QJsonObject() : QJsonObject{{u"via"_s, via}};
    if (auto logged = recordView(m_db, actor, caseId, u"case.view"_s, details); !logged)
        return std::unexpected(logged.error());
    return record;
}

Result<QList<Case>> CaseStore::cases(const Actor &actor, const CaseFilter &filter) const
{
    if (auto person = requireUser(actor); !person)
        return std::unexpected(person.error());
    const bool network = isAllowed(actor, Relation::NonParticipant, Action::ViewCase);
    QStringList where;
    Bindings bindings{{u":limit"_s, filter.limit}};
    if (!network) {
        where << u"EXISTS (SELECT 1 FROM case_participants p WHERE p.case_id = c.id AND p.agency_id = :mine)"_s;
        bindings.append({u":mine"_s, actor.agencyId});
    }
    if (!filter.agencyCode.isEmpty()) {
        where << u"EXISTS (SELECT 1 FROM case_participants p JOIN agencies a ON a.id = p.agency_id "
                 "WHERE p.case_id = c.id AND a.code = :code)"_s;
        bindings.append({u":code"_s, filter.agencyCode.trimmed().toUpper()});
    }
    if (filter.coordinatorId) {
        where << u"c.coordinator_id = :coordinator"_s;
        bindings.append({u":coordinator"_s, *filter.coordinatorId});
    }
    if (filter.status) {
        where << u"c.status = :status"_s;
        bindings.append({u":status"_s, caseStatusCode(*filter.status)});
    }
    auto ids = m_db.select(u"SELECT c.id FROM cases c %1 ORDER BY c.last_activity_at DESC, c.id DESC LIMIT :limit"_s
                               .arg(where.isEmpty() ? QString() : u"WHERE "_s + where.join(u" AND "_s)),
                           bindings);
    if (!ids)
        return std::unexpected(ids.error());
    QList<Case> out;
    for (const auto &row : *ids) {
        auto c = loadCase(row.value(0).toLongLong());
        if (!c)
            return std::unexpected(c.error());
        out.append(*c);
    }
    return out;
}

Result<QList<Case>> CaseStore::casesOfClient(const Actor &actor, Id clientId) const
{
    CaseFilter everything;
    everything.limit = 100000;
    auto all = cases(actor, everything);
    if (!all)
        return all;
    QList<Case> mine;
    for (const Case &c : *all)
        if (c.clientId == clientId)
            mine.append(c);
    return mine;
}

Result<QList<TimelineEvent>> CaseStore::timeline(const Actor &actor, Id caseId, const TimelineQuery &query) const
{
    if (auto allowed = requireOnCase(m_db, actor, caseId, Action::ViewCase); !allowed)
        return std::unexpected(allowed.error());
    auto events = loadEvents(m_db, caseId, &actor, query);
    if (!events)
        return events;
    if (auto logged = recordView(m_db, actor, caseId, u"case.timeline"_s); !logged)
        return std::unexpected(logged.error());
    return events;
}

Result<TimelineEvent> CaseStore::addEvent(const Actor &actor, Id caseId, const NewEvent &event)
{
    if (auto allowed = requireOnCase(m_db, actor, caseId, Action::AddToTimeline); !allowed)
        return std::unexpected(allowed.error());
    static const QList<EventKind> personKinds{EventKind::Note, EventKind::Call, EventKind::Visit,
                                              EventKind::Message};
    if (!personKinds.contains(event.kind))
        return fail(ErrorCode::Invalid, Tr::tr("Only notes, calls, visits and messages are added this way."));
    if (auto ok = requireText(event.text, Tr::tr("The text")); !ok)
        return std::unexpected(ok.error());
    if (event.occurredAt.isValid() && event.occurredAt > m_db.now().addSecs(5 * 60))
        return fail(ErrorCode::Invalid, Tr::tr("An event cannot have happened in the future."));
    return append(actor, caseId, event);
}

Result<TimelineEvent> CaseStore::recordExport(const Actor &actor, Id caseId, const QString &text,
                                              const QJsonObject &details)
{
    if (auto allowed = requireOnCase(m_db, actor, caseId, Action::ViewCase); !allowed)
        return std::unexpected(allowed.error());
    QJsonObject payload = details;
    payload.insert(u"action"_s, u"export"_s);
    const QJsonObject what{{u"document"_s, details.value(u"document"_s)}};
    if (auto logged = recordView(m_db, actor, caseId, u"case.export"_s, what); !logged)
        return std::unexpected(logged.error());
    return append(actor, caseId, NewEvent{EventKind::System, text, Visibility::Shared, {}, payload, std::nullopt});
}

Result<TimelineEvent> CaseStore::recordEffort(const Actor &actor, Id caseId, EffortKind kind, const QString &text)
{
    if (auto allowed = requireOnCase(m_db, actor, caseId, Action::AddToTimeline); !allowed)
        return std::unexpected(allowed.error());
    if (auto ok = requireText(text, Tr::tr("What the customer had to do")); !ok)
        return std::unexpected(ok.error());
    NewEvent event{EventKind::ClientEffort, text.trimmed(), Visibility::Shared, {},
                   {{u"effort"_s, effortKindCode(kind)}}, std::nullopt};
    return append(actor, caseId, event);
}

Result<TimelineEvent> CaseStore::correct(const Actor &actor, Id caseId, int seq, const QString &text)
{
    if (auto allowed = requireOnCase(m_db, actor, caseId, Action::AddToTimeline); !allowed)
        return std::unexpected(allowed.error());
    if (auto ok = requireText(text, Tr::tr("The correction")); !ok)
        return std::unexpected(ok.error());
    auto original = m_db.selectOne(u"SELECT visibility, agency_id FROM events WHERE case_id = :case AND seq = :seq"_s,
                                   {{u":case"_s, caseId}, {u":seq"_s, seq}});
    if (!original)
        return std::unexpected(original.error());
    const bool hidden = *original && (*original)->value(0).toString() == u"internal"_s
        && (*original)->value(1).toLongLong() != actor.agencyId;
    if (!*original || hidden)
        return fail(ErrorCode::NotFound, Tr::tr("This case has no event #%1.").arg(seq));
    // A correction of an internal note stays internal to the same agency.
    const Visibility visibility = (*original)->value(0).toString() == u"internal"_s ? Visibility::Internal
                                                                                   : Visibility::Shared;
    NewEvent event{EventKind::Correction, text.trimmed(), visibility, {}, {{u"corrects"_s, seq}}, seq};
    return append(actor, caseId, event);
}

Result<Summary> CaseStore::setSummary(const Actor &actor, Id caseId, const Summary &summary,
                                      std::optional<int> expectedVersion)
{
    if (auto allowed = requireOnCase(m_db, actor, caseId, Action::EditSummary); !allowed)
        return std::unexpected(allowed.error());
    Summary clean = summary;
    clean.situation = summary.situation.trimmed();
    clean.needs = summary.needs.trimmed();
    clean.doneSoFar = summary.doneSoFar.trimmed();
    clean.nextStep = summary.nextStep.trimmed();

    auto saved = m_db.write([&]() -> Result<std::pair<Summary, int>> {
        auto current = loadCase(caseId);
        if (!current)
            return std::unexpected(current.error());
        if (expectedVersion && *expectedVersion != current->summary.version)
            return fail(ErrorCode::Conflict,
                        Tr::tr("%1 (%2) changed the summary meanwhile. Their version:\n%3")
                            .arg(current->summary.updatedBy, current->summary.updatedByAgency,
                                 summaryText(current->summary)));
        if (current->summary.sameText(clean))
            return std::pair{current->summary, 0};
        const int version = current->summary.version + 1;
        const QDateTime at = m_db.now();
        auto changed = m_db.update(u"UPDATE cases SET summary_situation = :situation, summary_needs = :needs, "
                                   "summary_done = :done, summary_next_step = :next, summary_version = :version, "
                                   "summary_updated_by = :user, summary_updated_at = :at WHERE id = :case"_s,
                                   {{u":situation"_s, clean.situation}, {u":needs"_s, clean.needs},
                                    {u":done"_s, clean.doneSoFar}, {u":next"_s, clean.nextStep},
                                    {u":version"_s, version}, {u":user"_s, actor.userId},
                                    {u":at"_s, toStored(at)}, {u":case"_s, caseId}});
        if (!changed)
            return std::unexpected(changed.error());
        NewEvent event{EventKind::SummaryUpdate, summaryText(clean), Visibility::Shared, at,
                       {{u"situation"_s, clean.situation}, {u"needs"_s, clean.needs},
                        {u"doneSoFar"_s, clean.doneSoFar}, {u"nextStep"_s, clean.nextStep},
                        {u"version"_s, version}},
                       std::nullopt};
        auto appended = appendEvent(m_db, actor, caseId, event);
        if (!appended)
            return std::unexpected(appended.error());
        clean.version = version;
        clean.updatedBy = actor.displayName;
        clean.updatedByAgency = actor.agencyCode;
        clean.updatedAt = at;
        return std::pair{clean, appended->seq};
    });
    if (!saved)
        return std::unexpected(saved.error());
    if (saved->second > 0)
        Q_EMIT m_notifier.eventAppended(caseId, saved->second);
    return saved->first;
}

namespace {

const QString documentColumns =
    u"d.id, d.client_id, d.case_id, d.kind, d.file_name, d.mime_type, d.size_bytes, d.sha256, d.provided_at, "
    "u.display_name, a.code, d.expires_on FROM documents d JOIN users u ON u.id = d.recorded_by "
    "JOIN agencies a ON a.id = d.agency_id"_s;

Document documentFrom(const QSqlRecord &r)
{
    return {r.value(0).toLongLong(), r.value(1).toLongLong(),
            r.isNull(2) ? std::nullopt : std::optional<Id>(r.value(2).toLongLong()), r.value(3).toString(),
            r.value(4).toString(), r.value(5).toString(), r.value(6).toLongLong(), r.value(7).toString().toLatin1(),
            fromStored(r.value(8)), r.value(9).toString(), r.value(10).toString(),
            QDate::fromString(r.value(11).toString(), Qt::ISODate)};
}

Status linkDocument(Database &db, Id caseId, Id documentId, const QDateTime &at)
{
    auto linked = db.update(u"INSERT INTO case_documents (case_id, document_id, linked_at) VALUES (:case, :doc, :at) "
                            "ON CONFLICT DO NOTHING"_s,
                            {{u":case"_s, caseId}, {u":doc"_s, documentId}, {u":at"_s, toStored(at)}});
    if (!linked)
        return std::unexpected(linked.error());
    return {};
}

// The size of a refused file and the limit must not read the same: show bytes when they would.
QString sizeAgainstLimit(qint64 bytes)
{
    if (humanSize(bytes) != humanSize(maxDocumentBytes))
        return Tr::tr("%1; the case file keeps documents up to %2").arg(humanSize(bytes), humanSize(maxDocumentBytes));
    return Tr::tr("%1 bytes; the case file keeps documents up to %2 bytes").arg(bytes).arg(maxDocumentBytes);
}

} // namespace

Result<DocumentAdded> CaseStore::addDocument(const Actor &actor, Id caseId, const QString &kind,
                                             const QString &fileName, const QByteArray &bytes)
{
    if (auto allowed = requireOnCase(m_db, actor, caseId, Action::AddToTimeline); !allowed)
        return std::unexpected(allowed.error());
    if (auto ok = requireText(kind, Tr::tr("The document kind")); !ok)
        return std::unexpected(ok.error());
    if (bytes.isEmpty())
        return fail(ErrorCode::Invalid, Tr::tr("%1 is empty; nothing was added.").arg(fileName));
    if (bytes.size() > maxDocumentBytes)
        return fail(ErrorCode::Invalid, Tr::tr("%1 is %2. Nothing was added.").arg(fileName, sizeAgainstLimit(bytes.size())));
    const QString name = QFileInfo(fileName).fileName();
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(name, bytes).name();

    auto added = m_db.write([&]() -> Result<std::pair<DocumentAdded, int>> {
        const QDateTime at = m_db.now();
        auto clientId = m_db.scalar(u"SELECT client_id FROM cases WHERE id = :case"_s, {{u":case"_s, caseId}});
        if (!clientId)
            return std::unexpected(clientId.error());
        // "Tell us once": bytes the customer already gave are linked to this case, never kept twice.
        auto existing = m_db.selectOne(u"SELECT %1 WHERE d.client_id = :client AND d.sha256 = :sha"_s.arg(documentColumns),
                                       {{u":client"_s, *clientId}, {u":sha"_s, sha256}});
        if (!existing)
            return std::unexpected(existing.error());
        if (*existing) {
            const Document doc = documentFrom(**existing);
            auto alreadyHere = m_db.scalar(u"SELECT count(*) FROM case_documents WHERE case_id = :case AND document_id = :doc"_s,
                                           {{u":case"_s, caseId}, {u":doc"_s, doc.id}});
            if (!alreadyHere)
                return std::unexpected(alreadyHere.error());
            if (alreadyHere->toInt() > 0)
                return std::pair{DocumentAdded{doc, true}, 0};
            if (auto ok = linkDocument(m_db, caseId, doc.id, at); !ok)
                return std::unexpected(ok.error());
            NewEvent event{EventKind::Document,
                           Tr::tr("Document already on file, linked to this case: %1 — %2 (given to %3 on %4). "
                                  "The customer was not asked for it again.")
                               .arg(doc.kind, doc.fileName, doc.agencyCode, doc.providedAt.date().toString(Qt::ISODate)),
                           Visibility::Shared, at,
                           {{u"documentId"_s, doc.id}, {u"kind"_s, doc.kind}, {u"fileName"_s, doc.fileName},
                            {u"sizeBytes"_s, doc.sizeBytes}, {u"sha256"_s, QString::fromLatin1(doc.sha256)},
                            {u"alreadyOnFile"_s, true}},
                           std::nullopt};
            auto appended = appendEvent(m_db, actor, caseId, event);
            if (!appended)
                return std::unexpected(appended.error());
            return std::pair{DocumentAdded{doc, true}, appended->seq};
        }
        auto id = m_db.insert(u"INSERT INTO documents (client_id, case_id, kind, file_name, mime_type, size_bytes, "
                              "sha256, content, provided_at, recorded_by, agency_id) VALUES (:client, :case, "
                              ":kind, :name, :mime, :size, :sha, :content, :at, :user, :agency)"_s,
                              {{u":client"_s, *clientId}, {u":case"_s, caseId}, {u":kind"_s, kind.trimmed()},
                               {u":name"_s, name}, {u":mime"_s, mime}, {u":size"_s, qint64(bytes.size())},
                               {u":sha"_s, sha256}, {u":content"_s, bytes}, {u":at"_s, toStored(at)},
                               {u":user"_s, actor.userId}, {u":agency"_s, actor.agencyId}});
        if (!id)
            return std::unexpected(id.error());
        if (auto ok = linkDocument(m_db, caseId, *id, at); !ok)
            return std::unexpected(ok.error());
        NewEvent event{EventKind::Document,
                       Tr::tr("Document on file: %1 — %2 (%3)").arg(kind.trimmed(), name, humanSize(bytes.size())),
                       Visibility::Shared, at,
                       {{u"documentId"_s, *id}, {u"kind"_s, kind.trimmed()}, {u"fileName"_s, name},
                        {u"sizeBytes"_s, qint64(bytes.size())}, {u"sha256"_s, sha256}},
                       std::nullopt};
        auto appended = appendEvent(m_db, actor, caseId, event);
        if (!appended)
            return std::unexpected(appended.error());
        Document doc{*id, clientId->toLongLong(), caseId, kind.trimmed(), name, mime, qint64(bytes.size()),
                     sha256.toLatin1(), at, actor.displayName, actor.agencyCode, {}};
        return std::pair{DocumentAdded{doc, false}, appended->seq};
    });
    if (!added)
        return std::unexpected(added.error());
    if (added->second > 0)
        Q_EMIT m_notifier.eventAppended(caseId, added->second);
    return added->first;
}

Result<QList<Document>> CaseStore::documents(const Actor &actor, Id caseId) const
{
    if (auto allowed = requireOnCase(m_db, actor, caseId, Action::ViewCase); !allowed)
        return std::unexpected(allowed.error());
    auto rows = m_db.select(u"SELECT %1 JOIN case_documents cd ON cd.document_id = d.id WHERE cd.case_id = :case "
                            "ORDER BY d.provided_at, d.id"_s.arg(documentColumns),
                            {{u":case"_s, caseId}});
    if (!rows)
        return std::unexpected(rows.error());
    QList<Document> out;
    for (const auto &r : *rows)
        out.append(documentFrom(r));
    if (auto logged = recordView(m_db, actor, caseId, u"case.documents"_s); !logged)
        return std::unexpected(logged.error());
    return out;
}

Result<Case> CaseStore::setStatus(const Actor &actor, Id caseId, CaseStatus status, const QString &reason)
{
    if (auto allowed = requireOnCase(m_db, actor, caseId, Action::AddToTimeline); !allowed)
        return std::unexpected(allowed.error());
    // The current status is read under the write lock, so two agents closing at once record
    // one change, not two from the same "before".
    auto changed = m_db.write([&]() -> Result<int> {
        auto current = loadCase(caseId);
        if (!current)
            return std::unexpected(current.error());
        if (current->leadAgency.id != actor.agencyId)
            return fail(ErrorCode::Forbidden, Tr::tr("Only the lead agency (%1) changes the case status.")
                                                  .arg(current->leadAgency.name));
        if (current->status == status)
            return 0;
        if (auto ok = requireText(reason, Tr::tr("The reason")); !ok)
            return std::unexpected(ok.error());
        auto updated = m_db.update(u"UPDATE cases SET status = :status WHERE id = :case"_s,
                                   {{u":status"_s, caseStatusCode(status)}, {u":case"_s, caseId}});
        if (!updated)
            return std::unexpected(updated.error());
        NewEvent event{EventKind::System,
                       Tr::tr("Case marked %1: %2").arg(caseStatusCode(status), reason.trimmed()),
                       Visibility::Shared, {},
                       {{u"action"_s, u"status"_s}, {u"from"_s, caseStatusCode(current->status)},
                        {u"to"_s, caseStatusCode(status)}},
                       std::nullopt};
        auto appended = appendEvent(m_db, actor, caseId, event);
        if (!appended)
            return std::unexpected(appended.error());
        return appended->seq;
    });
    if (!changed)
        return std::unexpected(changed.error());
    if (*changed > 0) {
        Q_EMIT m_notifier.eventAppended(caseId, *changed);
        Q_EMIT m_notifier.caseChanged(caseId);
    }
    return loadCase(caseId);
}

} // namespace Relais::Core
