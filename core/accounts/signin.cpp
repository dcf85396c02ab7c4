#include "accounts/signin.h"

#include "casefile/caseaccess.h"
#include "casefile/directory.h"
#include "domain/accesspolicy.h"
#include "storage/database.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core {

namespace {

std::unexpected<Error> wrongLoginOrPassword()
{
    return fail(ErrorCode::Forbidden, Tr::tr("Wrong login or password."));
}

} // namespace

SignIn::SignIn(Database &db, Directory &directory, SignInPolicy policy)
    : m_db(db), m_directory(directory), m_policy(policy)
{
}

Result<Actor> SignIn::signIn(const QString &login, const QString &password)
{
    const QString name = login.trimmed().toLower();
    auto row = m_db.selectOne(u"SELECT id, password_hash, failed_sign_ins, sign_in_blocked_until FROM users "
                              "WHERE login = :login"_s,
                              {{u":login"_s, name}});
    if (!row)
        return std::unexpected(row.error());
    if (!*row) {
        // As long as a real check, so the answer's timing does not tell either.
        (void)PasswordHash::hash(password.isEmpty() ? u"-"_s : password, m_policy.cost);
        return wrongLoginOrPassword();
    }
    const Id userId = (*row)->value(0).toLongLong();
    const QByteArray stored = (*row)->value(1).toString().toLatin1();
    const int failures = (*row)->value(2).toInt();
    const QDateTime blockedUntil = fromStored((*row)->value(3));
    const QDateTime now = m_db.now();
    if (blockedUntil.isValid() && blockedUntil > now) {
        const qint64 seconds = now.secsTo(blockedUntil) + 1;
        if (failures >= m_policy.failuresBeforeLock)
            return fail(ErrorCode::Forbidden,
                        Tr::tr("Too many wrong passwords: this account is locked until %1 (UTC). An "
                               "administrator can unlock it by setting a new password.")
                            .arg(blockedUntil.toString(u"HH:mm"_s)));
        return fail(ErrorCode::Forbidden, Tr::tr("Wrong password just now: wait %n second(s) before trying again.",
                                                 nullptr, int(seconds)));
    }
    if (stored.isEmpty())
        return fail(ErrorCode::Forbidden,
                    Tr::tr("No password is set for %1 yet: ask an administrator to set one.").arg(name));
    if (!PasswordHash::verify(stored, password)) {
        if (auto recorded = recordFailure(userId); !recorded)
            return std::unexpected(recorded.error());
        return wrongLoginOrPassword();
    }
    auto actor = m_directory.actAs(name); // refuses a deactivated account
    if (!actor)
        return actor;
    auto recorded = m_db.write([&]() -> Status {
        if (failures > 0 || blockedUntil.isValid()) {
            auto reset = m_db.update(u"UPDATE users SET failed_sign_ins = 0, sign_in_blocked_until = NULL "
                                     "WHERE id = :id"_s,
                                     {{u":id"_s, userId}});
            if (!reset)
                return std::unexpected(reset.error());
        }
        // The cost has risen since this hash was made: the password is at hand, make it again.
        if (PasswordHash::needsRehash(stored, m_policy.cost))
            if (auto rehashed = store(userId, password); !rehashed)
                return rehashed;
        return audit(m_db, *actor, u"user.sign-in"_s, name);
    });
    if (!recorded)
        return std::unexpected(recorded.error());
    return actor;
}

Result<Actor> SignIn::console()
{
    auto admins = m_db.scalar(u"SELECT count(*) FROM users WHERE role = 'admin' AND active = 1 "
                              "AND password_hash <> ''"_s);
    if (!admins)
        return std::unexpected(admins.error());
    if (admins->toInt() > 0)
        return fail(ErrorCode::Forbidden,
                    Tr::tr("This case file has administrators now: sign in as one, or as the user who acts "
                           "(relais-cli: --as LOGIN, with the password in RELAIS_PASSWORD or typed at the prompt)."));
    return Actor::localConsole();
}

Status SignIn::recordFailure(Id userId)
{
    // Counted in one transaction, so wrong guesses from several desks at once all count.
    return m_db.write([&]() -> Status {
        auto counted = m_db.update(u"UPDATE users SET failed_sign_ins = failed_sign_ins + 1 WHERE id = :id"_s,
                                   {{u":id"_s, userId}});
        if (!counted)
            return std::unexpected(counted.error());
        auto failures = m_db.scalar(u"SELECT failed_sign_ins FROM users WHERE id = :id"_s, {{u":id"_s, userId}});
        if (!failures)
            return std::unexpected(failures.error());
        const int count = failures->toInt();
        const QDateTime now = m_db.now();
        const QDateTime until = count >= m_policy.failuresBeforeLock
                                    ? now.addSecs(qint64(m_policy.lockMinutes) * 60)
                                    : now.addSecs(qint64(1) << std::clamp(count - 1, 0, 30));
        auto blocked = m_db.update(u"UPDATE users SET sign_in_blocked_until = :until WHERE id = :id"_s,
                                   {{u":until"_s, toStored(until)}, {u":id"_s, userId}});
        if (!blocked)
            return std::unexpected(blocked.error());
        auto login = m_db.scalar(u"SELECT login FROM users WHERE id = :id"_s, {{u":id"_s, userId}});
        if (!login)
            return std::unexpected(login.error());
        return audit(m_db, Actor{}, u"user.sign-in-failed"_s, login->toString(), {{u"inARow"_s, count}});
    });
}

Status SignIn::acceptable(const QString &login, const QString &password) const
{
    if (password.size() < m_policy.minimumPasswordLength)
        return fail(ErrorCode::Invalid, Tr::tr("A password needs at least %1 characters.").arg(m_policy.minimumPasswordLength));
    if (password.compare(login, Qt::CaseInsensitive) == 0)
        return fail(ErrorCode::Invalid, Tr::tr("A password cannot be the login."));
    return {};
}

Status SignIn::store(Id userId, const QString &password)
{
    auto hashed = PasswordHash::hash(password, m_policy.cost);
    if (!hashed)
        return std::unexpected(hashed.error());
    auto stored = m_db.update(u"UPDATE users SET password_hash = :hash, password_changed_at = :at, "
                              "failed_sign_ins = 0, sign_in_blocked_until = NULL WHERE id = :id"_s,
                              {{u":hash"_s, QString::fromLatin1(*hashed)}, {u":at"_s, toStored(m_db.now())},
                               {u":id"_s, userId}});
    if (!stored)
        return std::unexpected(stored.error());
    if (*stored == 0)
        return fail(ErrorCode::NotFound, Tr::tr("There is no such user."));
    return {};
}

Status SignIn::setPassword(const Actor &admin, const QString &login, const QString &password)
{
    if (auto allowed = require(admin, Relation::None, Action::ManageDirectory); !allowed)
        return allowed;
    auto user = m_directory.userByLogin(login.trimmed().toLower());
    if (!user)
        return std::unexpected(user.error());
    if (auto ok = acceptable(user->login, password); !ok)
        return ok;
    return m_db.write([&]() -> Status {
        if (auto stored = store(user->id, password); !stored)
            return stored;
        return audit(m_db, admin, u"user.password-set"_s, user->login);
    });
}

Status SignIn::changeOwnPassword(const Actor &self, const QString &current, const QString &next)
{
    auto row = m_db.scalar(u"SELECT password_hash FROM users WHERE id = :id"_s, {{u":id"_s, self.userId}});
    if (!row)
        return std::unexpected(row.error());
    if (!row->isValid() || !PasswordHash::verify(row->toString().toLatin1(), current)) {
        // A guess like any other: an unattended desk must not become a way to try passwords.
        if (auto recorded = recordFailure(self.userId); !recorded)
            return recorded;
        return fail(ErrorCode::Forbidden, Tr::tr("The current password is not right; nothing was changed."));
    }
    if (auto ok = acceptable(self.login, next); !ok)
        return ok;
    return m_db.write([&]() -> Status {
        if (auto stored = store(self.userId, next); !stored)
            return stored;
        return audit(m_db, self, u"user.password-changed"_s, self.login);
    });
}

} // namespace Relais::Core
