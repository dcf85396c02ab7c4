#include "cli.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

/// Laying out a PDF needs fonts, hence a GUI application — on the offscreen platform, so
/// exports work on a server with no display. Every other command stays a console program.
bool needsFonts(int argc, char *argv[])
{
    const auto is = [&](int i, const char *word) { return i < argc && std::strcmp(argv[i], word) == 0; };
    if (is(1, "export") && is(2, "pdf"))
        return true;
    if (is(1, "client") && is(2, "export-data")) // its folder holds PDFs
        return true;
    if (is(1, "access-log"))
        for (int i = 2; i < argc; ++i)
            if (std::strncmp(argv[i], "--pdf", 5) == 0)
                return true;
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // Errors reach the user as one clear line; the storage details behind them are for
    // debugging (QT_LOGGING_RULES="relais.*=true" shows them).
    QString quietRules = QStringLiteral("relais.*=false");
    std::unique_ptr<QCoreApplication> app;
    if (needsFonts(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // The offscreen platform asks for a runtime directory it never uses; without one Qt
        // warns on stderr, where a script expects nothing but errors.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
            quietRules += QStringLiteral("\ndefault.warning=false");
        QLoggingCategory::setFilterRules(quietRules);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The per-user case file lives in AppDataLocation, shared with the desktop app.
    QCoreApplication::setApplicationName(QStringLiteral("Relais"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELAIS_VERSION));
    QLoggingCategory::setFilterRules(quietRules);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Relais::Cli::runCli(QCoreApplication::arguments().mid(1), out, err);
}
