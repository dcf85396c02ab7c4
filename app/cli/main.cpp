#include "cli.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The per-user case file lives in AppDataLocation, shared with the desktop app.
    QCoreApplication::setApplicationName(QStringLiteral("Relais"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELAIS_VERSION));
    // Errors reach the user as one clear line; the storage details behind them are for
    // debugging (QT_LOGGING_RULES="relais.*=true" shows them).
    QLoggingCategory::setFilterRules(QStringLiteral("relais.*=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Relais::Cli::runCli(QCoreApplication::arguments().mid(1), out, err);
}
