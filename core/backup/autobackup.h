#pragma once

#include "backup/backup.h"

#include <optional>

namespace Relais::Core {

/// The desktop app's automatic backups of a SQLite case file: one a day at most, in a folder
/// beside the file ("NAME-backups/"), the newest `keep` kept (NetworkSettings::autoBackupKeep).
/// Each run opens a connection of its own, so it can run in a thread of its own while the
/// person works.
class AutoBackups final
{
public:
    explicit AutoBackups(QString caseFilePath);

    static constexpr int hoursBetween = 24;

    [[nodiscard]] QString folder() const;
    /// The automatic backups there, newest first.
    [[nodiscard]] QList<BackupFile> list() const;
    /// Whether the newest is older than hoursBetween at `now` (or there is none).
    [[nodiscard]] bool isDue(const QDateTime &now) const;
    /// Makes one if due (nullopt when not), then removes all but the newest `keep`.
    [[nodiscard]] Result<std::optional<BackupFile>> runIfDue(const QDateTime &now, int keep) const;

private:
    QString m_caseFilePath;
};

} // namespace Relais::Core
