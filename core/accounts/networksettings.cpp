#include "accounts/networksettings.h"

#include "casefile/caseaccess.h"
#include "domain/accesspolicy.h"
#include "storage/database.h"

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core {

namespace {

const QString idleLockName = u"idle-lock-minutes"_s;
const QString demoWorldName = u"demo-world"_s;
const QString autoBackupKeepName = u"auto-backup-keep"_s;

} // namespace

Result<int> NetworkSettings::number(const QString &name, int fallback, int min, int max) const
{
    auto stored = value(name);
    if (!stored)
        return std::unexpected(stored.error());
    bool ok = false;
    const int number = stored->toInt(&ok);
    // A value edited by hand out of range still works: the idle lock never off, backups kept.
    if (!ok)
        return fallback;
    return std::clamp(number, min, max);
}

Result<int> NetworkSettings::idleLockMinutes() const
{
    return number(idleLockName, defaultIdleLockMinutes, minIdleLockMinutes, maxIdleLockMinutes);
}

Result<int> NetworkSettings::autoBackupKeep() const
{
    return number(autoBackupKeepName, defaultAutoBackupKeep, minAutoBackupKeep, maxAutoBackupKeep);
}

Status NetworkSettings::setAutoBackupKeep(const Actor &admin, int count)
{
    if (auto allowed = require(admin, Relation::None, Action::ManageDirectory); !allowed)
        return allowed;
    if (count < minAutoBackupKeep || count > maxAutoBackupKeep)
        return fail(ErrorCode::Invalid, Tr::tr("Keep %1 to %2 automatic backups; they cannot be turned off.")
                                            .arg(minAutoBackupKeep).arg(maxAutoBackupKeep));
    return setValue(admin, autoBackupKeepName, QString::number(count));
}

Status NetworkSettings::setIdleLockMinutes(const Actor &admin, int minutes)
{
    if (auto allowed = require(admin, Relation::None, Action::ManageDirectory); !allowed)
        return allowed;
    if (minutes < minIdleLockMinutes || minutes > maxIdleLockMinutes)
        return fail(ErrorCode::Invalid, Tr::tr("The idle lock must come after %1 to %2 minutes; it cannot be "
                                               "turned off.").arg(minIdleLockMinutes).arg(maxIdleLockMinutes));
    return setValue(admin, idleLockName, QString::number(minutes));
}

bool NetworkSettings::isDemoWorld() const
{
    return value(demoWorldName).value_or(QString()) == u"1"_s;
}

Status NetworkSettings::markDemoWorld(const Actor &console)
{
    if (auto allowed = require(console, Relation::None, Action::ManageDirectory); !allowed)
        return allowed;
    return setValue(console, demoWorldName, u"1"_s);
}

Result<QString> NetworkSettings::value(const QString &name) const
{
    auto row = m_db.scalar(u"SELECT value FROM network_settings WHERE name = :name"_s, {{u":name"_s, name}});
    if (!row)
        return std::unexpected(row.error());
    return row->isValid() ? row->toString() : QString();
}

Status NetworkSettings::setValue(const Actor &admin, const QString &name, const QString &value)
{
    return m_db.write([&]() -> Status {
        auto stored = m_db.update(u"INSERT INTO network_settings (name, value, changed_at, changed_by) "
                                  "VALUES (:name, :value, :at, :user) ON CONFLICT (name) DO UPDATE SET "
                                  "value = excluded.value, changed_at = excluded.changed_at, "
                                  "changed_by = excluded.changed_by"_s,
                                  {{u":name"_s, name}, {u":value"_s, value}, {u":at"_s, toStored(m_db.now())},
                                   {u":user"_s, admin.isUser() ? QVariant(admin.userId) : QVariant()}});
        if (!stored)
            return std::unexpected(stored.error());
        return audit(m_db, admin, u"settings.set"_s, name, {{u"value"_s, value}});
    });
}

} // namespace Relais::Core
