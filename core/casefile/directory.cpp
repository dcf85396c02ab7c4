#include "casefile/directory.h"

#include "casefile/caseaccess.h"
#include "domain/accesspolicy.h"
#include "domain/email.h"
#include "domain/phone.h"
#include "storage/database.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core {

namespace {

const QString agencyColumns =
    u"id, code, name, kind, time_zone, ack_sla_hours, silence_days, phone, email, address"_s;
const QString userColumns =
    u"u.id, u.login, u.display_name, u.agency_id, a.code, a.name, u.role, u.active, u.phone, u.email, "
    "u.network_wide"_s;

// The table keeps a network supervisor as role 'supervisor' with network_wide set (schema 8).
QString storedRole(Role role)
{
    return role == Role::NetworkSupervisor ? roleCode(Role::Supervisor) : roleCode(role);
}

Agency agencyFrom(const QSqlRecord &row)
{
    Agency agency;
    agency.id = row.value(0).toLongLong();
    agency.code = row.value(1).toString();
    agency.name = row.value(2).toString();
    agency.kind = row.value(3).toString();
    agency.timeZone = row.value(4).toString();
    agency.ackSlaHours = row.value(5).toInt();
    agency.silenceDays = row.value(6).toInt();
    agency.phone = row.value(7).toString();
    agency.email = row.value(8).toString();
    agency.address = row.value(9).toString();
    return agency;
}

User userFrom(const QSqlRecord &row)
{
    User user;
    user.id = row.value(0).toLongLong();
    user.login = row.value(1).toString();
    user.displayName = row.value(2).toString();
    user.agencyId = row.value(3).toLongLong();
    user.agencyCode = row.value(4).toString();
    user.agencyName = row.value(5).toString();
    user.role = roleFromCode(row.value(6).toString()).value_or(Role::Agent);
    if (user.role == Role::Supervisor && row.value(10).toBool())
        user.role = Role::NetworkSupervisor;
    user.active = row.value(7).toBool();
    user.phone = row.value(8).toString();
    user.email = row.value(9).toString();
    return user;
}

struct Contact {
    QString phone;
    QString email;
    QString address;
};

// Kept as client files keep them: phones in E.164, e-mails in lower case. Empty text clears a
// detail, so a number that has changed can be removed without typing a new one.
Result<Contact> cleanedContact(const QString &phone, const QString &email, const QString &address)
{
    Contact out;
    out.address = address.trimmed();
    if (!phone.trimmed().isEmpty()) {
        auto e164 = normalisePhone(phone);
        if (!e164)
            return std::unexpected(e164.error());
        out.phone = *e164;
    }
    if (!email.trimmed().isEmpty()) {
        auto cleanEmail = normaliseEmail(email);
        if (!cleanEmail)
            return std::unexpected(cleanEmail.error());
        out.email = *cleanEmail;
    }
    return out;
}

// Everyone keeps their own direct line up to date; anyone else's is an admin's business.
Status requireSelfOrAdmin(const Actor &actor, const QString &login)
{
    if (actor.isUser() && actor.login == login)
        return {};
    if (!actor.isUser() || isAllowed(actor, Relation::None, Action::ManageDirectory))
        return require(actor, Relation::None, Action::ManageDirectory);
    return fail(ErrorCode::Forbidden, Tr::tr("%1 may change only their own contact details; an admin changes "
                                             "those of other users.").arg(actor.login));
}

// Codes and logins appear in commands and exports: keep them short and typeable.
const QRegularExpression &codePattern()
{
    static const QRegularExpression pattern(u"^[A-Z0-9][A-Z0-9_-]{1,23}$"_s);
    return pattern;
}

const QRegularExpression &loginPattern()
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9._-]{1,39}$"_s);
    return pattern;
}

} // namespace

Result<Agency> Directory::addAgency(const Actor &actor, const Agency &draft)
{
    if (auto allowed = require(actor, Relation::None, Action::ManageDirectory); !allowed)
        return std::unexpected(allowed.error());
    Agency agency = draft;
    agency.code = draft.code.trimmed().toUpper();
    agency.name = draft.name.trimmed();
    if (!codePattern().match(agency.code).hasMatch())
        return fail(ErrorCode::Invalid,
                    Tr::tr("\"%1\" is not a usable agency code: use 2 to 24 letters, digits, - or _.")
                        .arg(draft.code));
    if (agency.name.isEmpty())
        return fail(ErrorCode::Invalid, Tr::tr("An agency needs a name."));
    if (agency.kind.trimmed().isEmpty())
        agency.kind = u"other"_s;
    if (!QTimeZone(agency.timeZone.toUtf8()).isValid())
        return fail(ErrorCode::Invalid, Tr::tr("\"%1\" is not a known time zone.").arg(agency.timeZone));
    if (agency.ackSlaHours <= 0 || agency.silenceDays <= 0)
        return fail(ErrorCode::Invalid, Tr::tr("Service levels must be positive."));
    auto contact = cleanedContact(draft.phone, draft.email, draft.address);
    if (!contact)
        return std::unexpected(contact.error());
    agency.phone = contact->phone;
    agency.email = contact->email;
    agency.address = contact->address;

    return m_db.write([&]() -> Result<Agency> {
        auto existing = m_db.scalar(u"SELECT count(*) FROM agencies WHERE code = :code"_s,
                                    {{u":code"_s, agency.code}});
        if (!existing)
            return std::unexpected(existing.error());
        if (existing->toInt() > 0)
            return fail(ErrorCode::Conflict, Tr::tr("An agency with code %1 already exists.").arg(agency.code));
        auto id = m_db.insert(u"INSERT INTO agencies (code, name, kind, time_zone, ack_sla_hours, "
                              "silence_days, phone, email, address, created_at) VALUES (:code, :name, "
                              ":kind, :tz, :ack, :silence, :phone, :email, :address, :at)"_s,
                              {{u":code"_s, agency.code}, {u":name"_s, agency.name},
                               {u":kind"_s, agency.kind}, {u":tz"_s, agency.timeZone},
                               {u":ack"_s, agency.ackSlaHours}, {u":silence"_s, agency.silenceDays},
                               {u":phone"_s, agency.phone}, {u":email"_s, agency.email},
                               {u":address"_s, agency.address}, {u":at"_s, toStored(m_db.now())}});
        if (!id)
            return std::unexpected(id.error());
        agency.id = *id;
        if (auto logged = audit(m_db, actor, u"agency.add"_s, agency.code); !logged)
            return std::unexpected(logged.error());
        return agency;
    });
}

Result<Agency> Directory::setAgencyContact(const Actor &actor, const QString &code, const QString &phone,
                                           const QString &email, const QString &address)
{
    if (auto allowed = require(actor, Relation::None, Action::ManageDirectory); !allowed)
        return std::unexpected(allowed.error());
    auto contact = cleanedContact(phone, email, address);
    if (!contact)
        return std::unexpected(contact.error());

    return m_db.write([&]() -> Result<Agency> {
        auto agency = agencyByCode(code);
        if (!agency)
            return std::unexpected(agency.error());
        auto updated = m_db.update(u"UPDATE agencies SET phone = :phone, email = :email, address = :address "
                                   "WHERE id = :id"_s,
                                   {{u":phone"_s, contact->phone}, {u":email"_s, contact->email},
                                    {u":address"_s, contact->address}, {u":id"_s, agency->id}});
        if (!updated)
            return std::unexpected(updated.error());
        if (auto logged = audit(m_db, actor, u"agency.contact"_s, agency->code); !logged)
            return std::unexpected(logged.error());
        agency->phone = contact->phone;
        agency->email = contact->email;
        agency->address = contact->address;
        return *agency;
    });
}

Result<QList<Agency>> Directory::agencies() const
{
    auto rows = m_db.select(u"SELECT %1 FROM agencies ORDER BY name"_s.arg(agencyColumns));
    if (!rows)
        return std::unexpected(rows.error());
    QList<Agency> out;
    for (const auto &row : *rows)
        out.append(agencyFrom(row));
    return out;
}

Result<Agency> Directory::agencyByCode(const QString &code) const
{
    auto row = m_db.selectOne(u"SELECT %1 FROM agencies WHERE code = :code"_s.arg(agencyColumns),
                              {{u":code"_s, code.trimmed().toUpper()}});
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, Tr::tr("There is no agency with code %1.").arg(code));
    return agencyFrom(**row);
}

Result<Agency> Directory::agency(Id id) const
{
    auto row = m_db.selectOne(u"SELECT %1 FROM agencies WHERE id = :id"_s.arg(agencyColumns),
                              {{u":id"_s, id}});
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, Tr::tr("There is no such agency."));
    return agencyFrom(**row);
}

Result<User> Directory::addUser(const Actor &actor, const QString &login, const QString &agencyCode,
                                Role role, const QString &displayName)
{
    if (auto allowed = require(actor, Relation::None, Action::ManageDirectory); !allowed)
        return std::unexpected(allowed.error());
    const QString cleanLogin = login.trimmed().toLower();
    if (!loginPattern().match(cleanLogin).hasMatch())
        return fail(ErrorCode::Invalid,
                    Tr::tr("\"%1\" is not a usable login: use 2 to 40 lower-case letters, digits, "
                           "dots, - or _.").arg(login));
    if (displayName.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, Tr::tr("A user needs a name."));
    auto agency = agencyByCode(agencyCode);
    if (!agency)
        return std::unexpected(agency.error());

    return m_db.write([&]() -> Result<User> {
        auto existing = m_db.scalar(u"SELECT count(*) FROM users WHERE login = :login"_s,
                                    {{u":login"_s, cleanLogin}});
        if (!existing)
            return std::unexpected(existing.error());
        if (existing->toInt() > 0)
            return fail(ErrorCode::Conflict, Tr::tr("The login %1 is already taken.").arg(cleanLogin));
        auto id = m_db.insert(u"INSERT INTO users (login, display_name, agency_id, role, network_wide, active, "
                              "created_at) VALUES (:login, :name, :agency, :role, :network, 1, :at)"_s,
                              {{u":login"_s, cleanLogin}, {u":name"_s, displayName.trimmed()},
                               {u":agency"_s, agency->id}, {u":role"_s, storedRole(role)},
                               {u":network"_s, role == Role::NetworkSupervisor ? 1 : 0},
                               {u":at"_s, toStored(m_db.now())}});
        if (!id)
            return std::unexpected(id.error());
        if (auto logged = audit(m_db, actor, u"user.add"_s, cleanLogin); !logged)
            return std::unexpected(logged.error());
        return userByLogin(cleanLogin);
    });
}

Result<User> Directory::setUserContact(const Actor &actor, const QString &login, const QString &phone,
                                       const QString &email)
{
    if (auto allowed = requireSelfOrAdmin(actor, login.trimmed().toLower()); !allowed)
        return std::unexpected(allowed.error());
    auto contact = cleanedContact(phone, email, {});
    if (!contact)
        return std::unexpected(contact.error());

    return m_db.write([&]() -> Result<User> {
        auto user = userByLogin(login);
        if (!user)
            return std::unexpected(user.error());
        auto updated = m_db.update(u"UPDATE users SET phone = :phone, email = :email WHERE id = :id"_s,
                                   {{u":phone"_s, contact->phone}, {u":email"_s, contact->email},
                                    {u":id"_s, user->id}});
        if (!updated)
            return std::unexpected(updated.error());
        if (auto logged = audit(m_db, actor, u"user.contact"_s, user->login); !logged)
            return std::unexpected(logged.error());
        user->phone = contact->phone;
        user->email = contact->email;
        return *user;
    });
}

Result<User> Directory::changeAccount(const Actor &actor, const QString &login, const QString &auditAction,
                                      const std::function<Status(const User &)> &apply)
{
    if (auto allowed = require(actor, Relation::None, Action::ManageDirectory); !allowed)
        return std::unexpected(allowed.error());
    return m_db.write([&]() -> Result<User> {
        auto user = userByLogin(login);
        if (!user)
            return std::unexpected(user.error());
        if (auto applied = apply(*user); !applied)
            return std::unexpected(applied.error());
        auto admins = m_db.scalar(u"SELECT count(*) FROM users WHERE role = 'admin' AND active = 1"_s);
        if (!admins)
            return std::unexpected(admins.error());
        if (admins->toInt() == 0)
            return fail(ErrorCode::Conflict, Tr::tr("%1 is the last active admin: make someone else an admin "
                                                    "first, or nobody could manage the network.").arg(user->login));
        if (auto logged = audit(m_db, actor, auditAction, user->login); !logged)
            return std::unexpected(logged.error());
        return userByLogin(user->login);
    });
}

Result<User> Directory::setActive(const Actor &actor, const QString &login, bool active)
{
    if (!active && actor.isUser() && actor.login == login.trimmed().toLower())
        return fail(ErrorCode::Invalid, Tr::tr("You cannot deactivate your own account: ask another admin."));
    return changeAccount(actor, login, active ? u"user.activate"_s : u"user.deactivate"_s,
                         [&](const User &user) -> Status {
                             auto changed = m_db.update(u"UPDATE users SET active = :active WHERE id = :id"_s,
                                                        {{u":active"_s, active ? 1 : 0}, {u":id"_s, user.id}});
                             if (!changed)
                                 return std::unexpected(changed.error());
                             return {};
                         });
}

Result<User> Directory::setRole(const Actor &actor, const QString &login, Role role)
{
    return changeAccount(actor, login, u"user.role"_s, [&](const User &user) -> Status {
        auto changed = m_db.update(u"UPDATE users SET role = :role, network_wide = :network WHERE id = :id"_s,
                                   {{u":role"_s, storedRole(role)},
                                    {u":network"_s, role == Role::NetworkSupervisor ? 1 : 0},
                                    {u":id"_s, user.id}});
        if (!changed)
            return std::unexpected(changed.error());
        return {};
    });
}

Result<QList<User>> Directory::users() const
{
    auto rows = m_db.select(u"SELECT %1 FROM users u JOIN agencies a ON a.id = u.agency_id "
                            "ORDER BY a.name, u.role DESC, u.display_name"_s.arg(userColumns));
    if (!rows)
        return std::unexpected(rows.error());
    QList<User> out;
    for (const auto &row : *rows)
        out.append(userFrom(row));
    return out;
}

Result<User> Directory::userByLogin(const QString &login) const
{
    auto row = m_db.selectOne(u"SELECT %1 FROM users u JOIN agencies a ON a.id = u.agency_id "
                              "WHERE u.login = :login"_s.arg(userColumns),
                              {{u":login"_s, login.trimmed().toLower()}});
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, Tr::tr("There is no user %1.").arg(login));
    return userFrom(**row);
}

Result<User> Directory::user(Id id) const
{
    auto row = m_db.selectOne(u"SELECT %1 FROM users u JOIN agencies a ON a.id = u.agency_id "
                              "WHERE u.id = :id"_s.arg(userColumns),
                              {{u":id"_s, id}});
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, Tr::tr("There is no such user."));
    return userFrom(**row);
}

Result<Actor> Directory::actAs(const QString &login) const
{
    auto user = userByLogin(login);
    if (!user)
        return std::unexpected(user.error());
    if (!user->active)
        return fail(ErrorCode::Forbidden, Tr::tr("The account %1 is deactivated.").arg(user->login));
    auto agency = this->agency(user->agencyId);
    if (!agency)
        return std::unexpected(agency.error());
    Actor actor;
    actor.userId = user->id;
    actor.login = user->login;
    actor.displayName = user->displayName;
    actor.agencyId = user->agencyId;
    actor.agencyCode = user->agencyCode;
    actor.agencyName = user->agencyName;
    actor.timeZone = agency->timeZone;
    actor.role = user->role;
    return actor;
}

} // namespace Relais::Core
