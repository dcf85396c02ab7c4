#include "models/uisettings.h"

#include <QSettings>
#include <QStandardPaths>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Gui {

namespace {

QString &iniFile()
{
    static QString path;
    return path;
}

std::unique_ptr<QSettings> settings()
{
    if (iniFile().isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(iniFile(), QSettings::IniFormat);
}

const QString exportFolderKey = u"export/folder"_s;

} // namespace

QString UiSettings::exportFolder()
{
    return settings()
        ->value(exportFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void UiSettings::setExportFolder(const QString &folder)
{
    settings()->setValue(exportFolderKey, folder);
}

std::unique_ptr<QSettings> UiSettings::store()
{
    return settings();
}

void UiSettings::useFile(const QString &iniPath)
{
    iniFile() = iniPath;
}

} // namespace Relais::Gui
