#include "cli.h"

#include "secrets.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Cli {

Core::Result<int> numberOption(const Context &ctx, const QString &option, int fallback, int min, int max)
{
    if (!ctx.args().has(option))
        return fallback;
    bool ok = false;
    const int value = ctx.args().value(option).toInt(&ok);
    if (!ok || value < min || value > max)
        return Core::fail(Core::ErrorCode::Invalid, Tr::tr("%1 must be a whole number from %2 to %3.").arg(option).arg(min).arg(max));
    return value;
}

Core::Result<Core::Id> idArgument(const QString &text, const QString &what)
{
    bool ok = false;
    const Id id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return fail(ErrorCode::Invalid, Tr::tr("%1 must be a number, not \"%2\".").arg(what, text));
    return id;
}

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Invalid:
        return Invalid;
    case ErrorCode::NotFound:
        return NotFound;
    case ErrorCode::Forbidden:
        return NotAllowed;
    case ErrorCode::Conflict:
        return Conflict;
    case ErrorCode::Storage:
        return Other;
    }
    return Other;
}

Result<Workspace *> Context::workspace()
{
    if (!m_workspace) {
        const QString path = m_args.value(u"--db"_s, Database::defaultPath());
        // Only init and demo make a new case file: a typo in --db must not leave an empty one behind.
        auto opened = Workspace::open(path, m_createsDatabase ? Database::OpenMode::CreateIfMissing
                                                                    : Database::OpenMode::MustExist);
        // A server's own message already says what to do, without the URL's password.
        if (!opened && opened.error().code == ErrorCode::NotFound && !Database::isPostgresUrl(path))
            return fail(ErrorCode::NotFound,
                        Tr::tr("there is no case file at %1 (relais-cli init creates one)").arg(path));
        if (!opened)
            return std::unexpected(opened.error());
        m_workspace = std::move(*opened);
    }
    return m_workspace.get();
}

Result<Actor> Context::actor()
{
    if (m_actor)
        return *m_actor;
    if (m_args.value(u"--as"_s).isEmpty())
        return fail(ErrorCode::Invalid, Tr::tr("name the acting user with --as LOGIN"));
    auto ws = workspace();
    if (!ws)
        return std::unexpected(ws.error());
    auto actor = signInTo(**ws);
    if (actor)
        m_actor = *actor;
    return actor;
}

Result<Actor> Context::signInTo(Workspace &ws, bool record)
{
    const QString login = m_args.value(u"--as"_s);
    if (!m_args.has(u"--as"_s))
        return ws.signIn().console();
    auto password = readSecret({"RELAIS_PASSWORD", Tr::tr("Password for %1: ").arg(login)});
    if (!password)
        return fail(password.error().code, Tr::tr("%1 signs in with a password: %2").arg(login, password.error().message));
    auto actor = record ? ws.signIn().signIn(login, *password) : ws.signIn().checkWithoutRecording(login, *password);
    if (actor)
        m_signInPassword = *password;
    return actor;
}

Result<Actor> Context::actorOrConsole()
{
    if (m_args.has(u"--as"_s))
        return actor();
    auto ws = workspace();
    if (!ws)
        return std::unexpected(ws.error());
    return (*ws)->signIn().console();
}

Result<Session> Context::session(Acting acting)
{
    // Anyone without --as reads as nobody: the reads it allows check no one.
    auto actor = acting == Acting::User                             ? this->actor()
                 : acting == Acting::Anyone && !m_args.has(u"--as"_s) ? Result<Actor>(Actor{})
                                                                      : actorOrConsole();
    if (!actor)
        return std::unexpected(actor.error());
    auto ws = workspace();
    if (!ws)
        return std::unexpected(ws.error());
    return Session{*ws, *actor};
}

Result<CaseSession> Context::caseSession()
{
    auto current = session(Acting::User);
    if (!current)
        return std::unexpected(current.error());
    auto record = current->ws->cases().resolveReference(current->actor, positional(0));
    if (!record)
        return std::unexpected(record.error());
    return CaseSession{current->ws, current->actor, *record};
}

int Context::print(const QJsonValue &json, const QString &text)
{
    if (this->json()) {
        const QJsonDocument doc = json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
        m_out << doc.toJson(QJsonDocument::Indented);
    } else {
        m_out << text;
        if (!text.endsWith(u'\n'))
            m_out << u'\n';
    }
    m_out.flush();
    return Ok;
}

int Context::failed(const Error &error)
{
    // One line on stderr: scripts read the exit code, people read the reason.
    QString reason = error.message;
    reason.replace(u'\n', u" | "_s);
    m_err << u"relais-cli: "_s << reason << u'\n';
    m_err.flush();
    return exitCodeFor(error.code);
}

int Context::usage(const QString &message)
{
    m_err << u"relais-cli: "_s << message << Tr::tr(" (see relais-cli --help)") << u'\n';
    m_err.flush();
    return Usage;
}

void Context::progress(const QString &message)
{
    m_err << u"relais-cli: "_s << message << u'\n';
    m_err.flush();
}

void Context::warn(const QString &message)
{
    m_err << u"relais-cli: warning: "_s << message << u'\n';
    m_err.flush();
}

Result<QDateTime> parseInstant(const QString &option, const QString &text, const QString &zone)
{
    // Read by hand, not by QDateTime::fromString: that would first place the time in this
    // machine's zone, refusing or shifting times that are valid where the agency is.
    static const QRegularExpression pattern(
        uR"(^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?))?(Z|[+-]\d{2}:?\d{2})?$)"_s);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    const QDate date = match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
    // A bare date means the end of that day.
    const QTime time = !match.hasMatch() ? QTime()
                       : match.captured(2).isEmpty() ? QTime(23, 59)
                       : QTime::fromString(match.captured(2), match.captured(2).size() == 5 ? u"HH:mm"_s : u"HH:mm:ss"_s);
    if (!date.isValid() || !time.isValid() || date.year() < 1900)
        return fail(ErrorCode::Invalid, Tr::tr("%1 must be an ISO date-time like 2026-03-10T17:00 (optionally with "
                                               "an offset like +01:00) or a date like 2026-03-10, not \"%2\".")
                                            .arg(option, text));
    const QString offset = match.captured(3);
    QTimeZone timeZone(zone.toUtf8());
    if (offset == u"Z"_s) {
        timeZone = QTimeZone::utc();
    } else if (!offset.isEmpty()) {
        const QString digits = QString(offset).remove(u':');
        const int seconds = (digits.mid(1, 2).toInt() * 3600 + digits.mid(3, 2).toInt() * 60)
                          * (digits.startsWith(u'-') ? -1 : 1);
        timeZone = QTimeZone(seconds);
    }
    if (!timeZone.isValid())
        timeZone = QTimeZone("Africa/Casablanca");
    return QDateTime(date, time, timeZone).toUTC();
}

QList<Command> allCommands()
{
    QList<Command> commands;
    addSetupCommands(commands);
    addClientCommands(commands);
    addCaseCommands(commands);
    addHandoffCommands(commands);
    addSupervisionCommands(commands);
    addCalendarCommands(commands);
    addExportCommands(commands);
    addPrivacyCommands(commands);
    addBackupCommands(commands);
    return commands;
}

namespace {

QString helpText(const QList<Command> &commands)
{
    QString text = Tr::tr("relais-cli — the shared case file from the command line\n\n"
                          "Usage: relais-cli COMMAND [ARGS] [--db PATH|URL] [--json] [--as LOGIN]\n\n"
                          "Commands:\n");
    for (const Command &c : commands)
        text += u"  %1 %2\n      %3\n"_s.arg(c.words, c.synopsis, c.help);
    text += Tr::tr("\nEvery command accepts --db PATH (default: %1) and --json. On a shared server:\n"
                   "--db postgresql://USER@HOST:PORT/DATABASE[?sslmode=verify-full&...], password from\n"
                   "PGPASSWORD or ~/.pgpass.\n"
                   "--as LOGIN signs in: the password comes from RELAIS_PASSWORD or is asked for at the\n"
                   "terminal. Without --as, directory commands act as the file's owner only until an\n"
                   "administrator has a password.\n"
                   "Exit codes: 0 ok, 2 usage, 3 not found, 4 invalid input or transition, 5 not allowed,\n"
                   "6 conflict, 1 anything else. A refused command changes nothing.\n")
                .arg(Database::defaultPath());
    return text;
}

} // namespace

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QList<Command> commands = allCommands();
    if (arguments.isEmpty() || arguments.constFirst() == u"--help"_s || arguments.constFirst() == u"-h"_s
        || arguments.constFirst() == u"help"_s) {
        out << helpText(commands);
        out.flush();
        return arguments.isEmpty() ? Usage : Ok;
    }
    if (arguments.constFirst() == u"--version"_s) {
        out << u"relais-cli "_s << QCoreApplication::applicationVersion() << u'\n';
        return Ok;
    }

    // The longest command whose words start the line: "case show" before "case".
    const Command *command = nullptr;
    qsizetype used = 0;
    for (const Command &candidate : commands) {
        const QStringList words = candidate.words.split(u' ');
        if (words.size() > arguments.size() || words.size() <= used)
            continue;
        if (arguments.mid(0, words.size()) == words) {
            command = &candidate;
            used = words.size();
        }
    }
    Context usageContext({}, out, err);
    if (!command) {
        QStringList known;
        for (const Command &c : commands)
            if (c.words.startsWith(arguments.constFirst() + u' '))
                known << c.words;
        return usageContext.usage(known.isEmpty()
                                      ? Tr::tr("unknown command \"%1\"").arg(arguments.constFirst())
                                      : Tr::tr("\"%1\" needs a sub-command: %2")
                                            .arg(arguments.constFirst(), known.join(u", "_s)));
    }

    OptionSpec spec = command->options;
    spec.values << u"--db"_s << u"--as"_s;
    spec.flags << u"--json"_s << u"--help"_s;
    auto parsed = parseArgs(arguments.mid(used), spec);
    if (!parsed)
        return usageContext.usage(u"%1: %2"_s.arg(command->words, parsed.error()));
    if (parsed->flags.contains(u"--help"_s)) {
        out << u"relais-cli %1 %2\n  %3\n"_s.arg(command->words, command->synopsis, command->help);
        return Ok;
    }
    const qsizetype count = parsed->positional.size();
    if (count < command->positional || (command->maxPositional >= 0 && count > command->maxPositional))
        return usageContext.usage(Tr::tr("usage: relais-cli %1 %2").arg(command->words, command->synopsis));

    // The synopsis says which commands need an acting user; a missing --as is a usage error.
    const bool needsActor = command->synopsis.contains(u"--as LOGIN"_s) && !command->synopsis.contains(u"[--as LOGIN]"_s);
    if (needsActor && parsed->value(u"--as"_s).trimmed().isEmpty())
        return usageContext.usage(Tr::tr("%1 needs the acting user: --as LOGIN").arg(command->words));
    Context context(std::move(*parsed), out, err);
    context.setCreatesDatabase(command->createsDatabase);
    return command->run(context);
}

} // namespace Relais::Cli
