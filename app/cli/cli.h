#pragma once

#include "cliargs.h"

#include "casefile/workspace.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace Relais::Cli {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Relais::Cli)
};

/// Exit codes scripts rely on (README: relais-cli).
enum ExitCode : int {
    Ok = 0, Other = 1, Usage = 2, NotFound = 3, Invalid = 4, NotAllowed = 5, Conflict = 6,
};

[[nodiscard]] int exitCodeFor(Core::ErrorCode code);

/// An instant typed on the command line (ISO date-time, or a date meaning 23:59 that day), in
/// the time zone `zone` (the acting user's agency) unless it carries an offset; in UTC.
[[nodiscard]] Core::Result<QDateTime> parseInstant(const QString &option, const QString &text, const QString &zone);

/// A record number given as an argument (CLIENT_ID, MERGE_ID…): a positive whole number.
[[nodiscard]] Core::Result<Core::Id> idArgument(const QString &text, const QString &what);

class Context;

/// The whole-number value of `option`, checked to lie in [min, max]; `fallback` when absent.
[[nodiscard]] Core::Result<int> numberOption(const Context &ctx, const QString &option, int fallback, int min, int max);

/// The open case file and who acts on it.
struct Session {
    Core::Workspace *ws = nullptr;
    Core::Actor actor;
};

/// A session on the case named by the command's first argument, already checked.
struct CaseSession {
    Core::Workspace *ws = nullptr;
    Core::Actor actor;
    Core::Case record;
};

/// Who a command needs to act.
enum class Acting {
    User,          ///< --as LOGIN is required
    UserOrConsole, ///< --as when given, else the local console (directory and register commands)
    Anyone,        ///< --as when given, else nobody (reads of what is not personal: calendars)
};

/// What a running command has at hand: its arguments, the open case file, the output.
class Context
{
public:
    Context(ParsedArgs args, QTextStream &out, QTextStream &err) : m_args(std::move(args)), m_out(out), m_err(err) {}

    [[nodiscard]] const ParsedArgs &args() const { return m_args; }
    [[nodiscard]] QString positional(int index) const { return m_args.positional.value(index); }
    [[nodiscard]] bool json() const { return m_args.flags.contains(QStringLiteral("--json")); }
    [[nodiscard]] QTextStream &out() { return m_out; }

    /// Opens the case file named by --db (or the per-user default).
    [[nodiscard]] Core::Result<Core::Workspace *> workspace();
    /// The acting user of --as, signed in with the password from RELAIS_PASSWORD or the
    /// terminal; a usage error without --as.
    [[nodiscard]] Core::Result<Core::Actor> actor();
    /// Signs the --as user in to `ws` (another case file than --db's: migrate's source), or
    /// gives the console while no administrator can sign in there. `record`: count the attempt
    /// and log the sign-in (false only for a file the command promises to leave untouched).
    [[nodiscard]] Core::Result<Core::Actor> signInTo(Core::Workspace &ws, bool record = true);
    /// The password actor() signed in with (to change it: relais-cli password).
    [[nodiscard]] const QString &signInPassword() const { return m_signInPassword; }
    /// The acting user of --as when given, else the local console, which may act only until
    /// an administrator can sign in (SignIn::console()).
    [[nodiscard]] Core::Result<Core::Actor> actorOrConsole();

    /// The case file and the acting user, in one step.
    [[nodiscard]] Core::Result<Session> session(Acting acting = Acting::User);

    /// session() and the case whose reference is the first positional argument.
    [[nodiscard]] Core::Result<CaseSession> caseSession();

    /// Prints the JSON form with --json, else the text form. Returns Ok.
    int print(const QJsonValue &json, const QString &text);
    /// Reports a failure on stderr in one line and gives its exit code.
    int failed(const Core::Error &error);
    int usage(const QString &message);
    void setCreatesDatabase(bool creates) { m_createsDatabase = creates; }
    /// A warning on stderr that does not change the outcome.
    void warn(const QString &message);
    /// How a long command is getting on, on stderr so stdout stays the result.
    void progress(const QString &message);

private:
    ParsedArgs m_args;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Core::Workspace> m_workspace;
    std::optional<Core::Actor> m_actor;
    QString m_signInPassword;
    bool m_createsDatabase = false;
};

using Handler = std::function<int(Context &)>;

struct Command {
    QString words;     ///< "case show"
    QString synopsis;  ///< "REF --as LOGIN"
    QString help;
    int positional = 0; ///< required positional arguments
    int maxPositional = 0; ///< -1: any number
    OptionSpec options;
    Handler run;
    bool createsDatabase = false; ///< only init and demo may create a missing case file
};

/// Every command of relais-cli, in the order `relais-cli --help` lists them.
[[nodiscard]] QList<Command> allCommands();

/// Parses and runs one command line; returns the exit code.
[[nodiscard]] int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

// Command groups, one file each.
void addSetupCommands(QList<Command> &commands);
void addClientCommands(QList<Command> &commands);
void addCaseCommands(QList<Command> &commands);
void addHandoffCommands(QList<Command> &commands);
void addSupervisionCommands(QList<Command> &commands);
void addCalendarCommands(QList<Command> &commands);
void addExportCommands(QList<Command> &commands);
void addPrivacyCommands(QList<Command> &commands);
void addBackupCommands(QList<Command> &commands);

} // namespace Relais::Cli
