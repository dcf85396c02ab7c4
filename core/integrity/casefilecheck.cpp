#include "integrity/casefilecheck.h"

#include "storage/database.h"

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core {

namespace {

// SQLite reports at most this many page problems; past it, the file needs a backup anyway.
constexpr int maxPageProblems = 100;

} // namespace

Result<CaseFileCheckReport> CaseFileCheck::run(Depth depth) const
{
    CaseFileCheckReport report;
    report.quick = depth == Depth::Quick;
    if (m_db.engine() == Database::Engine::Sqlite) {
        report.pagesChecked = true;
        if (auto ok = checkPages(depth, report); !ok)
            return std::unexpected(ok.error());
    }
    if (depth == Depth::Quick)
        return report;
    // PostgreSQL enforces every foreign key itself; SQLite only while foreign_keys is on, so a
    // file edited by another program may hold broken references.
    if (m_db.engine() == Database::Engine::Sqlite) {
        if (auto ok = checkReferences(report); !ok) {
            // Damaged pages stop the walk through the references; the damage is the finding.
            if (report.pageProblems.isEmpty())
                return std::unexpected(ok.error());
            report.referenceProblems.append(Tr::tr("References could not be checked: %1").arg(ok.error().message));
        }
    }
    // The chains are read through the same tables: on a file whose pages are damaged the
    // verifier may fail, and the page problems already say what is wrong.
    auto chains = ChainVerifier(m_db).verifyAll();
    if (chains)
        report.chains = *chains;
    else if (report.pageProblems.isEmpty())
        return std::unexpected(chains.error());
    else
        report.chains.problems.append({ChainProblem::Kind::EventAltered, {}, 0, 0,
                                       Tr::tr("The timelines could not be verified: %1").arg(chains.error().message)});
    return report;
}

Status CaseFileCheck::checkPages(Depth depth, CaseFileCheckReport &report) const
{
    const QString pragma = depth == Depth::Quick ? u"PRAGMA quick_check(%1)"_s : u"PRAGMA integrity_check(%1)"_s;
    auto rows = m_db.select(pragma.arg(maxPageProblems));
    if (!rows) {
        // SQLite refuses to even walk a file whose header or schema is damaged.
        report.pageProblems.append(Tr::tr("The file's structure cannot be read: %1").arg(rows.error().message));
        return {};
    }
    for (const QSqlRecord &row : *rows) {
        const QString line = row.value(0).toString();
        if (line != u"ok"_s)
            report.pageProblems.append(Tr::tr("Damaged storage: %1").arg(line));
    }
    return {};
}

Status CaseFileCheck::checkReferences(CaseFileCheckReport &report) const
{
    auto rows = m_db.select(u"PRAGMA foreign_key_check"_s);
    if (!rows)
        return std::unexpected(rows.error());
    for (const QSqlRecord &row : *rows)
        report.referenceProblems.append(Tr::tr("Row %1 of %2 refers to a row of %3 that does not exist.")
                                            .arg(row.value(1).toString(), row.value(0).toString(),
                                                 row.value(2).toString()));
    return {};
}

} // namespace Relais::Core
