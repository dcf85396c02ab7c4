#include "integrity/chainverifier.h"

#include "common/logging.h"
#include "integrity/hashchain.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core {

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

        auto events = m_db.select(u"SELECT e.id, e.seq, e.kind, e.occurred_at, e.recorded_at, u.login, a.code, "
                                  "e.visibility, e.text, e.payload, e.corrects_seq, e.prev_hash, e.hash "
                                  "FROM events e LEFT JOIN users u ON u.id = e.author_id "
                                  "LEFT JOIN agencies a ON a.id = e.agency_id "
                                  "WHERE e.case_id = :case ORDER BY e.seq"_s,
                                  {{u":case"_s, caseRow.value(0)}});
        if (!events)
            return std::unexpected(events.error());

        QByteArray previous;
        int expectedSeq = 1;
        QHash<Id, QString> handoffStatusOnTimeline; // handoff id → last status its events record
        for (const QSqlRecord &e : *events) {
            const Id id = e.value(0).toLongLong();
            const int seq = e.value(1).toInt();
            if (seq != expectedSeq) {
                problem(ChainProblem::Kind::MissingEvents, seq, id,
                        seq > expectedSeq
                            ? Tr::tr("Events #%1 to #%2 are missing: removed from the file.").arg(expectedSeq).arg(seq - 1)
                            : Tr::tr("Event #%1 appears twice or out of order.").arg(seq));
            }
            const QByteArray storedPrevious = e.value(11).toString().toLatin1();
            if (storedPrevious != previous) {
                problem(ChainProblem::Kind::BrokenLink, seq, id,
                        Tr::tr("Event #%1 does not follow the event before it: an event was removed, "
                               "inserted or moved here.").arg(seq));
            }
            SealedEvent sealed{ref,
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
                problem(ChainProblem::Kind::EventAltered, seq, id,
                        Tr::tr("Event #%1 (%2) was altered or moved after it was recorded.")
                            .arg(seq).arg(sealed.kind));
            }
            if (sealed.kind == u"handoff"_s) {
                const QJsonObject payload = QJsonDocument::fromJson(sealed.payloadJson).object();
                handoffStatusOnTimeline.insert(payload.value(u"handoffId"_s).toInteger(),
                                               payload.value(u"status"_s).toString());
            }
            previous = stored;
            expectedSeq = seq + 1;
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

} // namespace Relais::Core
