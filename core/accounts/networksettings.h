#pragma once

#include "domain/types.h"

namespace Relais::Core {

class Database;

/// Settings an administrator sets once for every desk of the network, kept in the case file
/// so that no desk can choose its own (a user cannot turn the idle lock off).
class NetworkSettings final
{
public:
    explicit NetworkSettings(Database &db) : m_db(db) {}

    /// The desktop app locks after this many minutes without input. 5 until an admin says.
    static constexpr int defaultIdleLockMinutes = 5;
    static constexpr int minIdleLockMinutes = 1;
    static constexpr int maxIdleLockMinutes = 60;

    [[nodiscard]] Result<int> idleLockMinutes() const;
    /// Admins only; refused outside [minIdleLockMinutes, maxIdleLockMinutes].
    [[nodiscard]] Status setIdleLockMinutes(const Actor &admin, int minutes);

    /// How many daily automatic backups the desktop app keeps beside a SQLite case file. 7 until
    /// an admin says; never none (AutoBackups).
    static constexpr int defaultAutoBackupKeep = 7;
    static constexpr int minAutoBackupKeep = 1;
    static constexpr int maxAutoBackupKeep = 90;
    [[nodiscard]] Result<int> autoBackupKeep() const;
    /// Admins only; refused outside [minAutoBackupKeep, maxAutoBackupKeep].
    [[nodiscard]] Status setAutoBackupKeep(const Actor &admin, int count);

    /// Whether the demo builder made this file (its users share the documented demo password,
    /// so the sign-in screen may list them and say it).
    [[nodiscard]] bool isDemoWorld() const;
    /// Marks the file as the demo world (the demo builder, at the console).
    [[nodiscard]] Status markDemoWorld(const Actor &console);

private:
    [[nodiscard]] Result<QString> value(const QString &name) const;
    [[nodiscard]] Result<int> number(const QString &name, int fallback, int min, int max) const;
    [[nodiscard]] Status setValue(const Actor &admin, const QString &name, const QString &value);

    Database &m_db;
};

} // namespace Relais::Core
