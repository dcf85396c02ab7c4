#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <cstdlib>

namespace Relais::Fuzz {

namespace {

void quietHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // A qFatal is Qt saying it cannot go on: that is a finding, with its reason.
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

} // namespace

void startQt(int *argc, char ***argv)
{
    qputenv("LC_ALL", "C.UTF-8");
    // Never destroyed: at exit, Qt's own globals may already be gone when a static would run
    // ~QCoreApplication, which then crashes.
    static QCoreApplication *app = new QCoreApplication(*argc, *argv);
    Q_UNUSED(app);
    if (qEnvironmentVariable("RELAIS_FUZZ_VERBOSE") != QLatin1String("1"))
        qInstallMessageHandler(quietHandler);
}

void propertyFailed(const char *file, int line, const char *condition, const QString &detail)
{
    std::fprintf(stderr, "\n%s:%d: property broken: %s\n  %s\n", file, line, condition, qPrintable(detail));
    std::fflush(stderr);
    std::abort();
}

} // namespace Relais::Fuzz
