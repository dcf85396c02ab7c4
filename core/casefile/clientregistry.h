#pragma once

#include "domain/accesspolicy.h"
#include "domain/types.h"

namespace Relais::Core {

class Database;

/// One record per real person: registration with duplicate detection, look-up, consent.
class ClientRegistry final
{
public:
    explicit ClientRegistry(Database &db) : m_db(db) {}

    /// Normalises and validates the draft (CIN, phones), then looks for probable duplicates:
    /// same CIN, a phone in common, or a similar name with the same birth date. With
    /// candidates and no `force`, nothing is created and the candidates come back; with
    /// `force`, the client is created and the override is recorded in the audit log.
    [[nodiscard]] Result<Registration> registerClient(const Actor &actor, const ClientDraft &draft,
                                                      bool force = false);
    /// The probable duplicates of a draft, without creating anything. Files merged into
    /// another are not offered: the file they were merged into is.
    [[nodiscard]] Result<QList<DuplicateCandidate>> probableDuplicates(const ClientDraft &draft) const;
    /// The draft normalised (names, CIN, phones, e-mail) and validated as registration does it;
    /// the first problem found is reported (Invalid).
    [[nodiscard]] static Result<ClientDraft> validated(const ClientDraft &draft);

    [[nodiscard]] Result<Client> client(const Actor &actor, Id clientId) const;
    /// Clients by name (either script, accent-insensitive), CIN or phone.
    [[nodiscard]] Result<QList<Client>> find(const Actor &actor, const QString &query,
                                             int limit = 50) const;

    [[nodiscard]] Result<Consent> grantConsent(const Actor &actor, Id clientId, ConsentScope scope,
                                               const QStringList &agencyCodes,
                                               const QString &note = {});
    [[nodiscard]] Result<Consent> revokeConsent(const Actor &actor, Id consentId,
                                                const QString &reason);
    [[nodiscard]] Result<QList<Consent>> consents(const Actor &actor, Id clientId) const;
    /// Whether an active consent of the client covers sharing with the agency.
    [[nodiscard]] Result<bool> consentCovers(Id clientId, Id agencyId) const;

    /// Participant when the actor's agency serves the customer: it registered them or takes
    /// part in one of their cases.
    [[nodiscard]] Result<Relation> relationToClient(const Actor &actor, Id clientId) const;

private:
    [[nodiscard]] Result<Client> loadClient(Id clientId) const;

    Database &m_db;
};

} // namespace Relais::Core
