#pragma once

#include "integrity/chainverifier.h"

#include <QStringList>

namespace Relais::Core {

class Database;

/// What a check of the whole case file found, each finding in plain words.
struct CaseFileCheckReport {
    bool quick = false;            ///< pages only (the app's check at start), no references or chains
    bool pagesChecked = false;     ///< false on PostgreSQL, which checks its own pages
    QStringList pageProblems;      ///< damaged pages, indexes or records (SQLite's integrity_check)
    QStringList referenceProblems; ///< rows that refer to rows that are gone (foreign_key_check)
    VerificationReport chains;     ///< every case's hash chain (full check only)
    [[nodiscard]] bool intact() const
    {
        return pageProblems.isEmpty() && referenceProblems.isEmpty() && chains.intact();
    }
};

/// Checks a case file the way a careful administrator would: the engine's own structure check,
/// every reference between rows, and every case's hash chain.
class CaseFileCheck final
{
public:
    enum class Depth {
        Quick, ///< SQLite's quick_check: what the app runs at start, seconds on a large file
        Full,  ///< integrity_check, foreign_key_check and every hash chain
    };

    explicit CaseFileCheck(Database &db) : m_db(db) {}

    /// A damaged file gives a report with its problems, not an error; an error means the check
    /// itself could not run (the file vanished, the disk failed).
    [[nodiscard]] Result<CaseFileCheckReport> run(Depth depth) const;

private:
    [[nodiscard]] Status checkPages(Depth depth, CaseFileCheckReport &report) const;
    [[nodiscard]] Status checkReferences(CaseFileCheckReport &report) const;

    Database &m_db;
};

} // namespace Relais::Core
