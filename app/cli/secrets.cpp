#include "secrets.h"

#include "cli.h"

#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Cli {

namespace {

bool onTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

// One line from the terminal with echo off, restored whatever happens.
QString promptWithoutEcho(const QString &prompt)
{
    QTextStream err(stderr);
    err << prompt;
    err.flush();
    termios saved{};
    const bool canHide = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (canHide)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    err << u'\n';
    err.flush();
    return line;
}

} // namespace

bool secretAvailable(const char *variable)
{
    return !qEnvironmentVariableIsEmpty(variable) || onTerminal();
}

Core::Result<QString> readSecret(const SecretSource &source)
{
    if (!qEnvironmentVariableIsEmpty(source.variable))
        return qEnvironmentVariable(source.variable);
    if (!onTerminal())
        return Core::fail(source.whenMissing,
                          Tr::tr("give the password in %1 (there is no terminal to ask for it on)")
                              .arg(QLatin1StringView(source.variable)));
    const QString first = promptWithoutEcho(source.prompt);
    if (source.confirm && promptWithoutEcho(Tr::tr("Again, to be sure: ")) != first)
        return Core::fail(Core::ErrorCode::Invalid, Tr::tr("the two passwords typed differ; nothing was changed"));
    return first;
}

} // namespace Relais::Cli
