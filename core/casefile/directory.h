#pragma once

#include "domain/types.h"

namespace Relais::Core {

class Database;

/// Agencies and their users: who works where, in which role.
class Directory final
{
public:
    explicit Directory(Database &db) : m_db(db) {}

    [[nodiscard]] Result<Agency> addAgency(const Actor &actor, const Agency &agency);
    [[nodiscard]] Result<QList<Agency>> agencies() const;
    [[nodiscard]] Result<Agency> agencyByCode(const QString &code) const;
    [[nodiscard]] Result<Agency> agency(Id id) const;

    [[nodiscard]] Result<User> addUser(const Actor &actor, const QString &login,
                                       const QString &agencyCode, Role role,
                                       const QString &displayName);
    [[nodiscard]] Result<QList<User>> users() const;
    [[nodiscard]] Result<User> userByLogin(const QString &login) const;

    /// The acting identity of an active user. The single place an Actor is made from a login;
    /// signing in will call it after checking the password.
    [[nodiscard]] Result<Actor> actAs(const QString &login) const;

private:
    Database &m_db;
};

} // namespace Relais::Core
