#pragma once

#include <QString>

#include <memory>

class QSettings;

namespace Relais::Gui {

/// The desktop's remembered choices, typed, over QSettings. Tests point it at a temporary file.
class UiSettings final
{
public:
    /// Where exports were last saved; the user's documents folder until then.
    [[nodiscard]] static QString exportFolder();
    static void setExportFolder(const QString &folder);

    /// Reads and writes `iniPath` instead of the user's settings (tests); empty restores them.
    static void useFile(const QString &iniPath);

    /// The settings store itself, for the other typed wrappers of ui/models
    /// (ConnectionProfiles); it follows useFile().
    [[nodiscard]] static std::unique_ptr<QSettings> store();
};

} // namespace Relais::Gui
