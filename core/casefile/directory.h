#pragma once

#include "domain/types.h"

#include <functional>

namespace Relais::Core {

class Database;

/// Agencies and their users: who works where, in which role.
class Directory final
{
public:
    explicit Directory(Database &db) : m_db(db) {}

    /// Adds an agency with its contact details (phone in E.164, e-mail in lower case); admins.
    [[nodiscard]] Result<Agency> addAgency(const Actor &actor, const Agency &agency);
    /// Replaces how an agency is reached; admins only. Empty text clears a detail; a phone or
    /// e-mail that cannot be one is refused (Invalid) and nothing changes.
    [[nodiscard]] Result<Agency> setAgencyContact(const Actor &actor, const QString &code,
                                                  const QString &phone, const QString &email,
                                                  const QString &address);
    [[nodiscard]] Result<QList<Agency>> agencies() const;
    [[nodiscard]] Result<Agency> agencyByCode(const QString &code) const;
    [[nodiscard]] Result<Agency> agency(Id id) const;

    [[nodiscard]] Result<User> addUser(const Actor &actor, const QString &login,
                                       const QString &agencyCode, Role role,
                                       const QString &displayName);
    /// Replaces a user's direct line and e-mail: an admin does it for anyone, a user for
    /// themself. Validated as setAgencyContact() does.
    [[nodiscard]] Result<User> setUserContact(const Actor &actor, const QString &login,
                                              const QString &phone, const QString &email);
    /// Deactivates a user (they can no longer sign in; everything they wrote stays theirs) or
    /// brings them back. Admins only; an admin cannot deactivate themself.
    [[nodiscard]] Result<User> setActive(const Actor &actor, const QString &login, bool active);
    /// Gives a user another role (admins). The network always keeps an active admin.
    [[nodiscard]] Result<User> setRole(const Actor &actor, const QString &login, Role role);
    [[nodiscard]] Result<QList<User>> users() const;
    [[nodiscard]] Result<User> userByLogin(const QString &login) const;
    [[nodiscard]] Result<User> user(Id id) const;

    /// The acting identity of an active user. The single place an Actor is made from a login;
    /// signing in will call it after checking the password.
    [[nodiscard]] Result<Actor> actAs(const QString &login) const;

private:
    /// The admin-only account change `apply` makes to `login`, refused where it would leave
    /// the network without an active admin; logged as `auditAction`.
    [[nodiscard]] Result<User> changeAccount(const Actor &actor, const QString &login, const QString &auditAction,
                                             const std::function<Status(const User &)> &apply);

    Database &m_db;
};

} // namespace Relais::Core
