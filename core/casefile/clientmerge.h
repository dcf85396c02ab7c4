#pragma once

#include "domain/types.h"

namespace Relais::Core {

class ChangeNotifier;
class ClientRegistry;
class Database;

/// One merge of two customer files found to be the same person, as recorded: who, when, why,
/// and exactly what moved from the merged file to the kept one.
struct ClientMergeRecord {
    Id id = 0;
    Id keptClientId = 0;
    QString keptClientName;
    Id mergedClientId = 0;
    QString mergedClientName;
    QDateTime mergedAt;
    QString mergedBy;       ///< display name
    QString mergedByLogin;
    QString agencyCode;     ///< the merging user's agency
    QString reason;
    QList<Id> caseIds;      ///< cases moved to the kept file
    QStringList caseReferences;
    QList<Id> documentIds;  ///< documents moved to the kept file
    QList<Id> consentIds;   ///< consents moved to the kept file
    QStringList phones;     ///< E.164 numbers moved to the kept file (numbers both had stay put)
    QDateTime undoneAt;     ///< invalid while the merge stands
    QString undoneBy;
    QString undoReason;

    [[nodiscard]] bool undone() const { return undoneAt.isValid(); }
};

/// Merges two customer files that turn out to be one person, and undoes such a merge.
///
/// Nothing is deleted: the merged file stays with a reference to the kept one and is hidden
/// from look-up, search and duplicate detection; its cases, documents, consents and phones
/// move to the kept file. Every case concerned gets a system event saying so (the timeline is
/// append-only), and the move list is recorded so that unmerge() puts exactly those things back.
class ClientMerge final
{
public:
    ClientMerge(Database &db, ClientRegistry &clients, ChangeNotifier &notifier)
        : m_db(db), m_clients(clients), m_notifier(notifier)
    {
    }
    Q_DISABLE_COPY_MOVE(ClientMerge)

    /// Merges `otherId` into `keepId`. Allowed to an agency serving both customers (it
    /// registered them or takes part in one of their cases) and to network administrators;
    /// a reason is required. Merging a file into itself, or a file already merged (either
    /// side), is refused (Invalid).
    [[nodiscard]] Result<ClientMergeRecord> merge(const Actor &actor, Id keepId, Id otherId,
                                                  const QString &reason);

    /// Undoes a merge: what moved goes back, the merged file is visible again, and every case
    /// concerned records it. A merge already undone is refused (Conflict), as is one whose kept
    /// file was itself merged since (undo that merge first).
    [[nodiscard]] Result<ClientMergeRecord> unmerge(const Actor &actor, Id mergeId,
                                                    const QString &reason = {});

    /// A merge as recorded; readable by those who may merge or undo it.
    [[nodiscard]] Result<ClientMergeRecord> mergeRecord(const Actor &actor, Id mergeId) const;

    /// The file a client was merged into, or std::nullopt while the client stands on its own.
    [[nodiscard]] Result<std::optional<Id>> mergedInto(Id clientId) const;

    /// The merges that concern a client (kept or merged), oldest first.
    [[nodiscard]] Result<QList<ClientMergeRecord>> mergesOf(const Actor &actor, Id clientId) const;

private:
    [[nodiscard]] Result<ClientMergeRecord> loadMerge(Id mergeId) const;
    /// The acting user serves the customer, or is a network administrator. `extraCases` also
    /// count as the customer's (the cases a merge moved away from them).
    [[nodiscard]] Status requireServes(const Actor &actor, Id clientId, const QList<Id> &extraCases = {}) const;
    [[nodiscard]] Status appendToCases(const Actor &actor, const QList<Id> &caseIds, const QString &text,
                                       const QJsonObject &payload, QList<std::pair<Id, int>> &appended);

    Database &m_db;
    ClientRegistry &m_clients;
    ChangeNotifier &m_notifier;
};

} // namespace Relais::Core
