#include "backup/autobackup.h"

#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core {

namespace {

const QString stampFormat = u"yyyyMMdd-HHmmss"_s;
const QString prefix = u"relais-backup-"_s;

} // namespace

AutoBackups::AutoBackups(QString caseFilePath) : m_caseFilePath(std::move(caseFilePath)) {}

QString AutoBackups::folder() const
{
    const QFileInfo info(m_caseFilePath);
    return info.absoluteDir().filePath(info.completeBaseName() + u"-backups"_s);
}

QList<BackupFile> AutoBackups::list() const
{
    QList<BackupFile> backups;
    const QDir dir(folder());
    // The time is the name's (UTC), not the file's: a copied folder keeps its meaning.
    for (const QFileInfo &file : dir.entryInfoList({prefix + u"*.sqlite"_s}, QDir::Files, QDir::Name | QDir::Reversed)) {
        QDateTime madeAt = QDateTime::fromString(file.completeBaseName().mid(prefix.size()), stampFormat);
        if (!madeAt.isValid())
            continue;
        madeAt.setTimeZone(QTimeZone::utc());
        backups.append({file.absoluteFilePath(), file.size(), madeAt});
    }
    return backups;
}

bool AutoBackups::isDue(const QDateTime &now) const
{
    const QList<BackupFile> backups = list();
    return backups.isEmpty() || backups.constFirst().madeAt.secsTo(now) >= hoursBetween * 3600
           || backups.constFirst().madeAt > now; // a clock set back: do not wait for it to catch up
}

Result<std::optional<BackupFile>> AutoBackups::runIfDue(const QDateTime &now, int keep) const
{
    if (!isDue(now))
        return std::nullopt;
    if (!QDir().mkpath(folder()))
        return fail(ErrorCode::Storage, Tr::tr("The backup folder %1 cannot be created.").arg(folder()));
    auto db = Database::openSqlite(m_caseFilePath, Database::OpenMode::MustExist);
    if (!db)
        return std::unexpected(db.error());
    const QString target = QDir(folder()).filePath(prefix + now.toUTC().toString(stampFormat) + u".sqlite"_s);
    auto made = Backups::make(**db, target);
    if (!made)
        return std::unexpected(made.error());
    made->madeAt = now.toUTC();
    // Only once the new one is safely there do the oldest go.
    const QList<BackupFile> backups = list();
    for (qsizetype i = std::max(1, keep); i < backups.size(); ++i)
        QFile::remove(backups.at(i).path);
    return std::optional<BackupFile>(*made);
}

} // namespace Relais::Core
