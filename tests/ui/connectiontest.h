#pragma once

// Shared by the connection suites: settings in a temporary place, never the user's own.

#include "models/uisettings.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

namespace Relais::Test {

/// Points the desktop's settings (and XDG_CONFIG_HOME, for anything reading QSettings
/// directly) at a temporary directory for as long as it lives.
class TemporarySettings final
{
public:
    TemporarySettings()
    {
        m_oldConfig = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", m_dir.path().toLocal8Bit());
        Gui::UiSettings::useFile(iniPath());
    }
    ~TemporarySettings()
    {
        Gui::UiSettings::useFile({});
        if (m_oldConfig.isNull())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", m_oldConfig);
    }
    TemporarySettings(const TemporarySettings &) = delete;
    TemporarySettings &operator=(const TemporarySettings &) = delete;

    [[nodiscard]] bool isValid() const { return m_dir.isValid(); }
    [[nodiscard]] QString iniPath() const { return m_dir.filePath(QStringLiteral("relais-ui.ini")); }
    [[nodiscard]] QString directory() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QByteArray m_oldConfig;
};

} // namespace Relais::Test
