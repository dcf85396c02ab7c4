#pragma once

// What the torture workers (tortureworker.cpp) said they did, kept across their lives, and the
// check of a case file against it: every acknowledged operation is there exactly once, every
// refused one left no trace, one cut off by a crash is there whole or not at all — and stays so.

#include "storage/database.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace Relais::Test {

class Ledger
{
public:
    /// Reads one worker's output. Lines after the last complete one (cut by a kill) are ignored.
    void read(const QByteArray &output);
    /// Problems found in `db`, in words; empty when the file holds exactly what was promised.
    [[nodiscard]] QStringList check(Core::Database &db);
    /// Lines that say a refusal, for tests that allow none of a kind.
    [[nodiscard]] const QStringList &refusals() const { return m_refusalLines; }

    int acknowledged = 0;    ///< operations the core said were saved
    int cutOffSaved = 0;     ///< begun, not acknowledged, found saved after the crash
    int cutOffAbsent = 0;    ///< begun, not acknowledged, found absent after the crash

private:
    QHash<QString, QString> m_saved;      // token → kind: must be there exactly once
    QHash<QString, QString> m_absent;     // token → kind: must never appear
    QHash<QString, QString> m_unsettled;  // begun, fate unknown until the next check
    QSet<QString> m_received;             // handoffs (by ask) acknowledged as received
    QSet<QString> m_begun;
    QStringList m_refusalLines;
};

} // namespace Relais::Test
