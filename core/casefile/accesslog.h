#pragma once

#include "domain/accesspolicy.h"
#include "domain/types.h"

#include <QJsonObject>

namespace Relais::Core {

class ClientRegistry;
class Database;
class Directory;

/// One entry of the access log about a customer's file: someone was shown it, or refused.
struct AccessEntry {
    Id id = 0;
    QDateTime at;          ///< UTC
    /// What happened, as logged: "case.view", "case.timeline", "case.documents",
    /// "case.handoffs", "case.export", "search.case", "search.excerpts", "search.customer",
    /// "access-log.read", "client.personal-data-export", or "access.denied".
    QString action;
    QString caseReference; ///< empty: a read about the customer rather than one case
    Id userId = 0;         ///< 0: the case file's owner at a console
    QString login;
    QString userName;
    QString agencyCode;    ///< the agency the user worked for at the time
    QString agencyName;
    /// As recorded at the time: `basis` ("participant", "network", "lookup"), `role`, `agency`,
    /// and per action `via` ("search"), `query`, `document`, or for a refusal `attempted`.
    QJsonObject details;

    [[nodiscard]] bool denied() const;
};

/// Someone who may see the case now.
struct AccessPerson {
    QString login;
    QString name;
    QString roleCode;
    QString agencyCode;
    QString agencyName;
};

/// An agency taking part in the case: since when, how it came in, and its people.
struct ParticipantAccess {
    AgencyRef agency;
    QDateTime since;
    bool lead = false;        ///< it opened the case
    int handoffNumber = 0;    ///< else the handoff that brought it in, numbered in the case from 1
    QString handoffFrom;      ///< the agency that asked (name)
    QString handoffRequestedBy;
    QList<AccessPerson> people;
};

/// A role that sees every case of the network (admins; network supervisors), and who holds it.
struct NetworkAccess {
    QString roleCode;
    QList<AccessPerson> people;
};

/// One case of the customer: who may see it now, who saw it, who was refused.
struct CaseAccess {
    Id caseId = 0;
    QString reference;
    QString title;
    CaseStatus status = CaseStatus::Open;
    QDateTime openedAt;
    QList<ParticipantAccess> participants;
    QList<NetworkAccess> networkRoles;
    QList<AccessEntry> reads;  ///< oldest first
    QList<AccessEntry> denied; ///< oldest first
};

/// Who could see, who did see, and why, for every case of one customer.
struct AccessReport {
    Client client;               ///< the file kept when files were merged
    QList<Id> mergedClientIds;   ///< files merged into it: their cases and reads count too
    QList<CaseAccess> cases;
    /// Reads about the customer rather than a case: searches that named them, exports of their
    /// data, earlier reads of this log. Only in a network-wide reader's report.
    QList<AccessEntry> customerReads;
    bool networkWide = false;    ///< the reader sees every case of the network
    Actor reader;
    QDateTime generatedAt;       ///< UTC
};

/// The access log, read for one customer: what an auditor or the customer is shown. Reading it
/// is itself logged (`access-log.read`, on each case reported and on the customer).
class AccessLog final
{
public:
    AccessLog(Database &db, Directory &directory, ClientRegistry &clients)
        : m_db(db), m_directory(directory), m_clients(clients)
    {
    }
    Q_DISABLE_COPY_MOVE(AccessLog)

    /// Every case of the customer (and of files merged into theirs), or only `caseReference`.
    /// For supervisors, the cases their agency takes part in; for network-wide roles (admins),
    /// all of them and the reads about the customer. Agents are refused.
    [[nodiscard]] Result<AccessReport> report(const Actor &actor, Id clientId, const QString &caseReference = {});

    /// The customer's file and every file merged into it (kept first); NotFound when none.
    [[nodiscard]] Result<QList<Id>> clientFamily(Id clientId) const;

private:
    [[nodiscard]] Result<CaseAccess> caseAccess(Id caseId, const QList<User> &users) const;
    [[nodiscard]] Result<QList<AccessEntry>> entriesAbout(const QString &subject) const;
    [[nodiscard]] Status recordRead(const Actor &actor, const AccessReport &report);

    Database &m_db;
    Directory &m_directory;
    ClientRegistry &m_clients;
};

/// What the entry's person did, in words ("opened the case", "found the customer in a search").
[[nodiscard]] QString accessWhat(const AccessEntry &entry);
/// Why they could, as recorded at the time ("their agency takes part in the case"); for a
/// refusal, why not.
[[nodiscard]] QString accessWhy(const AccessEntry &entry);
/// "network administrator", "supervisor"… for a stored role code.
[[nodiscard]] QString accessRoleLabel(const QString &roleCode);
/// "lead agency (opened the case)", "handoff #2 from Atlas Assurances, asked by Salma Idrissi".
[[nodiscard]] QString joinedHow(const ParticipantAccess &participant);
/// "Salma Idrissi (salma.idrissi)", or the console owner when there is no user.
[[nodiscard]] QString accessWho(const AccessEntry &entry);

} // namespace Relais::Core
