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

/// Recomputes every case's hash chain and names every case and event that no longer matches.
class ChainVerifier final
{
public:
    explicit ChainVerifier(Database &db) : m_db(db) {}

    [[nodiscard]] Result<VerificationReport> verifyAll() const;
    [[nodiscard]] Result<VerificationReport> verifyCase(const QString &reference) const;

private:
    [[nodiscard]] Result<VerificationReport> verify(const QString &referenceOrEmpty) const;

    Database &m_db;
};

} // namespace Relais::Core
