#include "integrity/chainverifier.h"

#include "common/logging.h"
#include "integrity/hashchain.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core {

namespace {

// Shortest prefix accepted: 48 bits, so two events of one case sharing it is out of reach.
constexpr int minimumHashPrefix = 12;

Result<QList<QSqlRecord>> caseEvents(Database &db, const QVariant &caseId)
{
    return db.select(u"SELECT e.id, e.seq, e.kind, e.occurred_at, e.recorded_at, u.login, a.code, "
                     "e.visibility, e.text, e.payload, e.corrects_seq, e.prev_hash, e.hash "
                     "FROM events e LEFT JOIN users u ON u.id = e.author_id "
                     "LEFT JOIN agencies a ON a.id = e.agency_id "
                     "WHERE e.case_id = :case ORDER BY e.seq"_s,
                     {{u":case"_s, caseId}});
}

// Walks one case's events in sequence order, recomputing every hash from the stored fields.
class ChainWalk
{
public:
    explicit ChainWalk(QString reference) : m_reference(std::move(reference)) {}

    // Checks the next event (a row of caseEvents()) against those before it; what no longer
    // holds is added to `problems`.
    SealedEvent check(const QSqlRecord &e, QList<ChainProblem> &problems);
    [[nodiscard]] QByteArray head() const { return m_previous; }

private:
    QString m_reference;
    QByteArray m_previous;
    int m_expectedSeq = 1;
};

SealedEvent ChainWalk::check(const QSqlRecord &e, QList<ChainProblem> &problems)
{
    const Id id = e.value(0).toLongLong();
    const int seq = e.value(1).toInt();
    auto problem = [&](ChainProblem::Kind kind, const QString &message) {
        problems.append({kind, m_reference, seq, id, message});
    };
    if (seq != m_expectedSeq) {
        problem(ChainProblem::Kind::MissingEvents,
                seq > m_expectedSeq
                    ? Tr::tr("Events #%1 to #%2 are missing: removed from the file.").arg(m_expectedSeq).arg(seq - 1)
                    : Tr::tr("Event #%1 appears twice or out of order.").arg(seq));
    }
    const QByteArray storedPrevious = e.value(11).toString().toLatin1();
    if (storedPrevious != m_previous) {
        problem(ChainProblem::Kind::BrokenLink,
                Tr::tr("Event #%1 does not follow the event before it: an event was removed, "
                       "inserted or moved here.").arg(seq));
    }
    SealedEvent sealed{m_reference,
                       seq,
                       e.value(2).toString(),
                       e.value(3).toLongLong(),
                       e.value(4).toLongLong(),
                       e.value(5).toString(),
                       e.value(6).toString(),
                       e.value(7).toString(),
                       e.value(8).toString(),
                       e.value(9).toString().toUtf8(),
                       e.isNull(10) ? std::nullopt : std::optional<int>(e.value(10).toInt())};
    const QByteArray stored = e.value(12).toString().toLatin1();
    if (chainHash(storedPrevious, sealed) != stored) {
        problem(ChainProblem::Kind::EventAltered,
                Tr::tr("Event #%1 (%2) was altered or moved after it was recorded.").arg(seq).arg(sealed.kind));
    }
    m_previous = stored;
    m_expectedSeq = seq + 1;
    return sealed;
}

// A hash as copied from an export: spaces (a wrapped line) are dropped, letters folded.
Result<QByteArray> hashPrefix(const QByteArray &typed)
{
    QByteArray hex = typed.simplified().toLower();
    hex.replace(' ', QByteArray());
    static const QRegularExpression pattern(u"^[0-9a-f]{%1,64}$"_s.arg(minimumHashPrefix));
    if (!pattern.match(QString::fromLatin1(hex)).hasMatch())
        return fail(ErrorCode::Invalid,
                    Tr::tr("\"%1\" is not a hash from an export: give the 64 hexadecimal characters (0-9, a-f) "
                           "printed as the head hash, or at least the first %2.")
                        .arg(QString::fromUtf8(typed.trimmed()))
                        .arg(minimumHashPrefix));
    return hex;
}

// The position of the one event whose stored hash starts with `prefix`, -1 when none does.
// Stored hashes, because those are what exports print; whether the events up to it still
// recompute to them is the caller's check.
Result<qsizetype> indexOfHash(const QList<QSqlRecord> &events, const QByteArray &prefix, const QString &reference)
{
    QList<qsizetype> matches;
    for (qsizetype i = 0; i < events.size(); ++i)
        if (events.at(i).value(12).toString().toLatin1().toLower().startsWith(prefix))
            matches.append(i);
    if (matches.size() > 1)
        return fail(ErrorCode::Invalid, Tr::tr("%1… matches %2 events of %3: give more of the hash's characters.")
                                            .arg(QString::fromLatin1(prefix))
                                            .arg(matches.size())
                                            .arg(reference));
    return matches.isEmpty() ? -1 : matches.constFirst();
}

} // namespace

Result<VerificationReport> ChainVerifier::verifyAll() const
{
    return verify({});
}

Result<VerificationReport> ChainVerifier::verifyCase(const QString &reference) const
{
    return verify(reference.trimmed().toUpper());
}

// Walks each case's events in sequence order, recomputing every hash from the stored fields.
Result<VerificationReport> ChainVerifier::verify(const QString &reference) const
{
    auto cases = m_db.select(u"SELECT id, reference, head_hash, event_count FROM cases "
                             "WHERE :ref = '' OR reference = :ref ORDER BY reference"_s,
                             {{u":ref"_s, reference}});
    if (!cases)
        return std::unexpected(cases.error());
    if (!reference.isEmpty() && cases->isEmpty())
        return fail(ErrorCode::NotFound, Tr::tr("There is no case %1.").arg(reference));

    VerificationReport report;
    for (const QSqlRecord &caseRow : *cases) {
        const QString ref = caseRow.value(1).toString();
        const QByteArray recordedHead = caseRow.value(2).toString().toLatin1();
        const int recordedCount = caseRow.value(3).toInt();
        const qsizetype problemsBefore = report.problems.size();
        auto problem = [&](ChainProblem::Kind kind, int seq, Id eventId, const QString &message) {
            report.problems.append({kind, ref, seq, eventId, message});
        };

        auto events = caseEvents(m_db, caseRow.value(0));
        if (!events)
            return std::unexpected(events.error());

        ChainWalk walk(ref);
        QHash<Id, QString> handoffStatusOnTimeline; // handoff id → last status its events record
        for (const QSqlRecord &e : *events) {
            const SealedEvent sealed = walk.check(e, report.problems);
            if (sealed.kind == u"handoff"_s) {
                const QJsonObject payload = QJsonDocument::fromJson(sealed.payloadJson).object();
                handoffStatusOnTimeline.insert(payload.value(u"handoffId"_s).toInteger(),
                                               payload.value(u"status"_s).toString());
            }
        }
        // The handoffs table is working state; the timeline is the record. They must agree.
        auto handoffs = m_db.select(u"SELECT id, status FROM handoffs WHERE case_id = :case ORDER BY id"_s,
                                    {{u":case"_s, caseRow.value(0)}});
        if (!handoffs)
            return std::unexpected(handoffs.error());
        for (const QSqlRecord &h : *handoffs) {
            const Id id = h.value(0).toLongLong();
            const QString status = h.value(1).toString();
            if (!handoffStatusOnTimeline.contains(id))
                problem(ChainProblem::Kind::HandoffMismatch, 0, 0,
                        Tr::tr("Handoff %1 (%2) has no event on the timeline: its events were removed.")
                            .arg(id).arg(status));
            else if (handoffStatusOnTimeline.value(id) != status)
                problem(ChainProblem::Kind::HandoffMismatch, 0, 0,
                        Tr::tr("Handoff %1 is %2, but its timeline records %3.")
                            .arg(id).arg(status, handoffStatusOnTimeline.value(id)));
        }
        const int actualCount = int(events->size());
        const QByteArray previous = walk.head();
        if (previous != recordedHead || actualCount != recordedCount) {
            problem(ChainProblem::Kind::HeadMismatch, 0, 0,
                    Tr::tr("The case records %1 events ending in %2…, but the file holds %3 events ending "
                           "in %4…: events were removed or added behind Relais's back.")
                        .arg(recordedCount)
                        .arg(QString::fromLatin1(recordedHead.left(12)))
                        .arg(actualCount)
                        .arg(QString::fromLatin1(previous.left(12))));
        }
        const bool intact = report.problems.size() == problemsBefore;
        if (!intact)
            qCWarning(lcIntegrity) << "hash chain of" << ref << "does not verify";
        report.cases.append({ref, actualCount, recordedHead, intact});
    }
    return report;
}

Result<HashLocation> ChainVerifier::locateHash(const QString &reference, const QByteArray &hexHash) const
{
    auto wanted = hashPrefix(hexHash);
    if (!wanted)
        return std::unexpected(wanted.error());
    const QString ref = reference.trimmed().toUpper();
    auto caseRow = m_db.selectOne(u"SELECT id FROM cases WHERE reference = :ref"_s, {{u":ref"_s, ref}});
    if (!caseRow)
        return std::unexpected(caseRow.error());
    if (!*caseRow)
        return fail(ErrorCode::NotFound, Tr::tr("There is no case %1.").arg(ref));
    auto events = caseEvents(m_db, (*caseRow)->value(0));
    if (!events)
        return std::unexpected(events.error());

    auto index = indexOfHash(*events, *wanted, ref);
    if (!index)
        return std::unexpected(index.error());

    HashLocation location;
    location.caseReference = ref;
    location.eventCount = int(events->size());
    if (*index < 0)
        return location;
    ChainWalk walk(ref);
    QList<ChainProblem> problems;
    for (qsizetype i = 0; i <= *index; ++i)
        walk.check(events->at(i), problems);
    const QSqlRecord &event = events->at(*index);
    location.found = true;
    location.hash = event.value(12).toString().toLatin1();
    location.seq = event.value(1).toInt();
    location.recordedAt = fromStored(event.value(4));
    location.chainIntactUpTo = problems.isEmpty();
    location.eventsSince = int(events->size() - *index - 1);
    if (!location.chainIntactUpTo)
        qCWarning(lcIntegrity) << "hash chain of" << ref << "does not verify up to event" << location.seq;
    return location;
}

} // namespace Relais::Core
