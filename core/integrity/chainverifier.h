#pragma once

#include "common/error.h"
#include "domain/types.h"

namespace Relais::Core {

class Database;

/// One thing the verifier found wrong.
struct ChainProblem {
    enum class Kind {
        EventAltered,  ///< the event's content or position no longer matches its hash
        BrokenLink,    ///< an event does not follow the one before it (removed or reordered)
        MissingEvents, ///< sequence numbers are missing
        HeadMismatch,  ///< the case's recorded head or count does not match its last event
        HandoffMismatch, ///< a handoff's status is not the one its timeline events record
    };
    Kind kind = Kind::EventAltered;
    QString caseReference;
    int seq = 0;      ///< the event concerned, 0 for the whole case
    Id eventId = 0;
    QString message;  ///< in plain words
};

struct CaseChainStatus {
    QString caseReference;
    int eventCount = 0;
    QByteArray headHash;
    bool intact = true;
};

struct VerificationReport {
    QList<CaseChainStatus> cases;
    QList<ChainProblem> problems;
    [[nodiscard]] bool intact() const { return problems.isEmpty(); }
};

/// Where a hash printed on an export sits in its case's timeline as the file holds it now.
struct HashLocation {
    QString caseReference;
    bool found = false;      ///< an event of the case has this hash
    QByteArray hash;         ///< the event's whole hash (what was asked may be a prefix)
    int seq = 0;             ///< that event
    QDateTime recordedAt;
    int eventCount = 0;      ///< events in the case now
    bool chainIntactUpTo = false; ///< every event up to it still recomputes to its hash and links
    int eventsSince = 0;     ///< events recorded after it (after the export)
};

/// Recomputes every case's hash chain and names every case and event that no longer matches.
class ChainVerifier final
{
public:
    explicit ChainVerifier(Database &db) : m_db(db) {}

    [[nodiscard]] Result<VerificationReport> verifyAll() const;
    [[nodiscard]] Result<VerificationReport> verifyCase(const QString &reference) const;

    /// Finds the event of case `reference` whose hash is `hexHash` — an export's head hash, the
    /// whole 64 characters or a prefix of at least 12, in either case — and checks the chain up
    /// to it, so an export stays checkable after more events are added. A hash that is not in
    /// the chain gives found = false; a malformed or ambiguous one is Invalid, an unknown case
    /// NotFound.
    [[nodiscard]] Result<HashLocation> locateHash(const QString &reference, const QByteArray &hexHash) const;

private:
    [[nodiscard]] Result<VerificationReport> verify(const QString &referenceOrEmpty) const;

    Database &m_db;
};

} // namespace Relais::Core
