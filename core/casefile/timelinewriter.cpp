#include "casefile/timelinewriter.h"

#include "integrity/hashchain.h"
#include "search/search.h"
#include "storage/database.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core {

namespace {

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

Result<TimelineEvent> appendEvent(Database &db, const Actor &actor, Id caseId, const NewEvent &event)
{
    Q_ASSERT(actor.isUser());
    auto head = db.selectOne(u"SELECT reference, head_hash, event_count FROM cases WHERE id = :case"_s,
                             {{u":case"_s, caseId}});
    if (!head)
        return std::unexpected(head.error());
    if (!*head)
        return fail(ErrorCode::NotFound, Tr::tr("There is no such case."));
    const QSqlRecord &caseRow = **head;

    TimelineEvent out;
    out.caseId = caseId;
    out.seq = caseRow.value(u"event_count"_s).toInt() + 1;
    out.kind = event.kind;
    out.recordedAt = db.now();
    out.occurredAt = event.occurredAt.isValid() ? event.occurredAt.toUTC() : out.recordedAt;
    out.authorId = actor.userId;
    out.authorLogin = actor.login;
    out.authorName = actor.displayName;
    out.agencyId = actor.agencyId;
    out.agencyCode = actor.agencyCode;
    out.agencyName = actor.agencyName;
    out.visibility = event.visibility;
    // Valid UTF-16 only: a lone surrogate would be rewritten by the database and the stored
    // text would no longer match its seal.
    out.text = QString::fromUtf8(event.text.toUtf8());
    out.payload = event.payload;
    out.correctsSeq = event.correctsSeq;
    out.prevHash = caseRow.value(u"head_hash"_s).toByteArray();

    const QByteArray payloadJson = compactJson(event.payload);
    SealedEvent sealed{caseRow.value(u"reference"_s).toString(), out.seq, eventKindCode(out.kind),
                       out.occurredAt.toMSecsSinceEpoch(), out.recordedAt.toMSecsSinceEpoch(),
                       actor.login, actor.agencyCode, visibilityCode(out.visibility), out.text,
                       payloadJson, out.correctsSeq};
    out.hash = chainHash(out.prevHash, sealed);

    // The case's head moves first: two sessions appending to one case at once then collide
    // on the case row, which PostgreSQL reports as a serialization failure (retried), rather
    // than on the event's (case, seq) key, which it reports as a duplicate.
    auto moved = db.update(u"UPDATE cases SET head_hash = :hash, event_count = :count, "
                           "last_activity_at = CASE WHEN last_activity_at > :at THEN last_activity_at ELSE :at END "
                           "WHERE id = :case"_s,
                           {{u":hash"_s, QString::fromLatin1(out.hash)},
                            {u":count"_s, out.seq},
                            {u":at"_s, toStored(out.occurredAt)},
                            {u":case"_s, caseId}});
    if (!moved)
        return std::unexpected(moved.error());
    auto id = db.insert(
        u"INSERT INTO events (case_id, seq, kind, occurred_at, recorded_at, author_id, agency_id, "
        "visibility, text, payload, corrects_seq, prev_hash, hash) VALUES (:case, :seq, :kind, "
        ":occurred, :recorded, :author, :agency, :visibility, :text, :payload, :corrects, :prev, :hash)"_s,
        {{u":case"_s, caseId},
         {u":seq"_s, out.seq},
         {u":kind"_s, sealed.kind},
         {u":occurred"_s, sealed.occurredAtMs},
         {u":recorded"_s, sealed.recordedAtMs},
         {u":author"_s, actor.userId},
         {u":agency"_s, actor.agencyId},
         {u":visibility"_s, sealed.visibility},
         {u":text"_s, out.text},
         {u":payload"_s, QString::fromUtf8(payloadJson)},
         {u":corrects"_s, out.correctsSeq ? QVariant(*out.correctsSeq) : QVariant()},
         {u":prev"_s, QString::fromLatin1(out.prevHash)},
         {u":hash"_s, QString::fromLatin1(out.hash)}});
    if (!id)
        return std::unexpected(id.error());
    out.id = *id;

    if (auto indexed = indexEvent(db, out.id, out.text); !indexed)
        return std::unexpected(indexed.error());
    return out;
}

Result<QList<TimelineEvent>> loadEvents(Database &db, Id caseId, const Actor *viewer,
                                        const TimelineQuery &query)
{
    // Internal events are shown only to their own agency.
    QStringList where{u"e.case_id = :case"_s};
    // "No limit" as a number both engines take (SQLite reads -1 so, PostgreSQL refuses it).
    const qint64 limit = query.limit < 0 ? std::numeric_limits<qint64>::max() : query.limit;
    Bindings bindings{{u":case"_s, caseId}, {u":limit"_s, limit}, {u":offset"_s, query.offset}};
    if (viewer) {
        where << u"(e.visibility = 'shared' OR e.agency_id = :viewerAgency)"_s;
        bindings.append({u":viewerAgency"_s, viewer->agencyId});
    }
    if (!query.kinds.isEmpty()) {
        QStringList placeholders;
        for (qsizetype i = 0; i < query.kinds.size(); ++i) {
            placeholders << u":kind%1"_s.arg(i);
            bindings.append({placeholders.constLast(), eventKindCode(query.kinds.at(i))});
        }
        where << u"e.kind IN (%1)"_s.arg(placeholders.join(u", "_s));
    }
    if (!query.agencyCode.isEmpty()) {
        where << u"a.code = :agencyCode"_s;
        bindings.append({u":agencyCode"_s, query.agencyCode});
    }
    if (query.internalOnly)
        where << u"e.visibility = 'internal'"_s;
    const QString sql =
        u"SELECT e.id, e.seq, e.kind, e.occurred_at, e.recorded_at, e.author_id, u.login, "
        "u.display_name, e.agency_id, a.code, a.name, e.visibility, e.text, e.payload, "
        "e.corrects_seq, e.prev_hash, e.hash FROM events e JOIN users u ON u.id = e.author_id "
        "JOIN agencies a ON a.id = e.agency_id WHERE %1 ORDER BY e.seq %2 "
        "LIMIT :limit OFFSET :offset"_s.arg(where.join(u" AND "_s), query.newestFirst ? u"DESC"_s : u"ASC"_s);
    auto rows = db.select(sql, bindings);
    if (!rows)
        return std::unexpected(rows.error());
    QList<TimelineEvent> events;
    events.reserve(rows->size());
    for (const QSqlRecord &row : *rows) {
        TimelineEvent e;
        e.id = row.value(0).toLongLong();
        e.caseId = caseId;
        e.seq = row.value(1).toInt();
        e.kind = eventKindFromCode(row.value(2).toString()).value_or(EventKind::System);
        e.occurredAt = fromStored(row.value(3));
        e.recordedAt = fromStored(row.value(4));
        e.authorId = row.value(5).toLongLong();
        e.authorLogin = row.value(6).toString();
        e.authorName = row.value(7).toString();
        e.agencyId = row.value(8).toLongLong();
        e.agencyCode = row.value(9).toString();
        e.agencyName = row.value(10).toString();
        e.visibility = row.value(11).toString() == u"internal"_s ? Visibility::Internal : Visibility::Shared;
        e.text = row.value(12).toString();
        e.payload = QJsonDocument::fromJson(row.value(13).toString().toUtf8()).object();
        if (!row.isNull(14))
            e.correctsSeq = row.value(14).toInt();
        e.prevHash = row.value(15).toString().toLatin1();
        e.hash = row.value(16).toString().toLatin1();
        events.append(e);
    }
    return events;
}

} // namespace Relais::Core
