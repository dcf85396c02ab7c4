#pragma once

#include "storage/database.h"

#include <QStringList>

namespace Relais::Core {

/// One numbered schema step, applied in its own transaction.
struct Migration {
    int version = 0;
    QString description;
    QStringList statements;
};

/// The schema history of a SQLite case file, oldest first.
[[nodiscard]] QList<Migration> migrationsFor(Database::Engine engine);

} // namespace Relais::Core
