#pragma once

#include "accounts/passwordhash.h"
#include "domain/types.h"

namespace Relais::Core {

class Database;
class Directory;

/// How wrong passwords are slowed down: after the n-th wrong one in a row the account takes
/// no attempt for 2^(n-1) seconds, and from the fifth on it is locked for 15 minutes.
struct SignInPolicy {
    int failuresBeforeLock = 5;
    int lockMinutes = 15;
    int minimumPasswordLength = 10;
    PasswordCost cost = PasswordCost::standard();
};

/// Who may come in: passwords set by administrators or their owners, checked at sign-in with
/// a throttle on wrong attempts that every desk and process shares (it lives in the database).
class SignIn final
{
public:
    SignIn(Database &db, Directory &directory, SignInPolicy policy = {});

    /// The signed-in user, or Forbidden: a wrong login and a wrong password read the same, so
    /// nobody learns which logins exist. While an account is slowed down or locked, no
    /// password is even checked.
    [[nodiscard]] Result<Actor> signIn(const QString &login, const QString &password);
    /// The local console (Actor::localConsole()) for a command line that names no user: only
    /// while no administrator can sign in, so the file's first owner can set up the network
    /// and, from then on, directory work needs an administrator's password.
    [[nodiscard]] Result<Actor> console();
    /// An administrator sets (or resets) someone's password; their throttle is lifted.
    [[nodiscard]] Status setPassword(const Actor &admin, const QString &login, const QString &password);
    /// A user changes their own, giving the current one first.
    [[nodiscard]] Status changeOwnPassword(const Actor &self, const QString &current, const QString &next);

private:
    [[nodiscard]] Status acceptable(const QString &login, const QString &password) const;
    [[nodiscard]] Status store(Id userId, const QString &password);
    [[nodiscard]] Status recordFailure(Id userId);

    Database &m_db;
    Directory &m_directory;
    SignInPolicy m_policy;
};

} // namespace Relais::Core
