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

/// The schema history of a case file on `engine`, oldest first. Both engines have the same
/// numbered versions and the same tables, columns, constraints and index names.
[[nodiscard]] QList<Migration> migrationsFor(Database::Engine engine);

/// The statement creating the table that records applied migrations, if it is missing.
[[nodiscard]] QString migrationTableFor(Database::Engine engine);

} // namespace Relais::Core
