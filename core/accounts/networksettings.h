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

    /// Whether the demo builder made this file (its users share the documented demo password,
    /// so the sign-in screen may list them and say it).
    [[nodiscard]] bool isDemoWorld() const;
    /// Marks the file as the demo world (the demo builder, at the console).
    [[nodiscard]] Status markDemoWorld(const Actor &console);

private:
    [[nodiscard]] Result<QString> value(const QString &name) const;
    [[nodiscard]] Status setValue(const Actor &admin, const QString &name, const QString &value);

    Database &m_db;
};

} // namespace Relais::Core
