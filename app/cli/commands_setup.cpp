// init, demo, agencies, users, verify, migrate: setting up, checking and moving a case file.
#include "cli.h"
#include "secrets.h"
#include "textview.h"

#include "casefile/json.h"
#include "demo/demoworld.h"
#include "transfer/networkmove.h"

#include <QElapsedTimer>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Cli {

namespace {

int init(Context &ctx)
{
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.failed(ws.error());
    Database &db = (*ws)->database();
    return ctx.print(QJsonObject{{u"database"_s, db.path()}, {u"schemaVersion"_s, db.schemaVersion()}},
                     Tr::tr("Case file ready at %1 (schema %2).").arg(db.path()).arg(db.schemaVersion()));
}

int demo(Context &ctx)
{
    auto seed = numberOption(ctx, u"--seed"_s, 2026, 0, std::numeric_limits<int>::max());
    auto clients = numberOption(ctx, u"--clients"_s, 24, 4, 100000);
    if (!seed)
        return ctx.failed(seed.error());
    if (!clients)
        return ctx.failed(clients.error());
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.failed(ws.error());
    DemoOptions options;
    options.seed = quint32(*seed);
    options.clients = *clients;
    options.now = QDateTime::currentDateTimeUtc();
    auto built = buildDemoWorld(**ws, options);
    if (!built)
        return ctx.failed(built.error());

    QJsonArray users;
    for (const DemoUser &u : built->users)
        users.append(QJsonObject{{u"login"_s, u.login}, {u"name"_s, u.displayName}, {u"agency"_s, u.agencyCode},
                                 {u"role"_s, roleCode(u.role)}});
    QString text = Tr::tr("Demo network built in %1 (seed %2): %3 agencies, %4 clients, %5 cases, %6 handoffs, "
                          "%7 timeline events.\n\n")
                       .arg((*ws)->database().path())
                       .arg(*seed)
                       .arg(built->agencies)
                       .arg(built->clients)
                       .arg(built->cases)
                       .arg(built->handoffs)
                       .arg(built->events);
    text += Tr::tr("Demo users (act as one with --as LOGIN; every one's password is %1):\n").arg(demoPassword());
    for (const DemoUser &u : built->users)
        text += u"  %1 %2 %3 %4\n"_s.arg(u.login.leftJustified(16), roleCode(u.role).leftJustified(11),
                                        u.agencyCode.leftJustified(6), u.displayName);
    text += Tr::tr("\nTry:\n  export RELAIS_PASSWORD=%4\n  relais-cli case show %1 --as %2 --db %3\n"
                   "  relais-cli timeline %1 --as %2 --db %3\n  relais-cli verify --as admin --db %3\n")
                .arg(built->showcaseReference, built->showcaseLogin, (*ws)->database().path(), demoPassword());
    return ctx.print(QJsonObject{{u"database"_s, (*ws)->database().path()}, {u"seed"_s, *seed},
                                 {u"agencies"_s, built->agencies}, {u"clients"_s, built->clients},
                                 {u"cases"_s, built->cases}, {u"handoffs"_s, built->handoffs},
                                 {u"events"_s, built->events}, {u"users"_s, users},
                                 {u"showcase"_s, QJsonObject{{u"case"_s, built->showcaseReference},
                                                             {u"as"_s, built->showcaseLogin}}}},
                     text);
}

int agencyAdd(Context &ctx)
{
    auto session = ctx.session(Acting::UserOrConsole);
    if (!session)
        return ctx.failed(session.error());
    const Actor &actor = session->actor;
    Workspace *ws = session->ws;
    Agency draft;
    draft.code = ctx.positional(0);
    draft.name = ctx.positional(1);
    draft.kind = ctx.args().value(u"--kind"_s, u"other"_s);
    draft.timeZone = ctx.args().value(u"--tz"_s, draft.timeZone);
    auto ack = numberOption(ctx, u"--ack-hours"_s, draft.ackSlaHours, 1, 24 * 30);
    auto silence = numberOption(ctx, u"--silence-days"_s, draft.silenceDays, 1, 365);
    if (!ack)
        return ctx.failed(ack.error());
    if (!silence)
        return ctx.failed(silence.error());
    draft.ackSlaHours = *ack;
    draft.silenceDays = *silence;
    draft.phone = ctx.args().value(u"--phone"_s);
    draft.email = ctx.args().value(u"--email"_s);
    draft.address = ctx.args().value(u"--address"_s);
    auto added = ws->directory().addAgency(actor, draft);
    if (!added)
        return ctx.failed(added.error());
    return ctx.print(Json::agency(*added), Tr::tr("Agency %1 — %2 (%3) added.\n").arg(added->code, added->name, added->kind)
                                               + TextView().agencyLine(*added));
}

// Options not given keep what is on file; an empty one clears it.
int agencyContact(Context &ctx)
{
    if (!ctx.args().has(u"--phone"_s) && !ctx.args().has(u"--email"_s) && !ctx.args().has(u"--address"_s))
        return ctx.usage(Tr::tr("agency contact needs --phone, --email or --address"));
    auto session = ctx.session(Acting::UserOrConsole);
    if (!session)
        return ctx.failed(session.error());
    Directory &directory = session->ws->directory();
    // An unknown code is reported by the change itself, after the actor's rights are checked.
    const Agency current = directory.agencyByCode(ctx.positional(0)).value_or(Agency());
    auto set = directory.setAgencyContact(session->actor, ctx.positional(0),
                                          ctx.args().value(u"--phone"_s, current.phone),
                                          ctx.args().value(u"--email"_s, current.email),
                                          ctx.args().value(u"--address"_s, current.address));
    if (!set)
        return ctx.failed(set.error());
    const QString contact = TextView().contactDetails(set->phone, set->email, set->address);
    return ctx.print(Json::agency(*set), Tr::tr("Contact details of %1 — %2: %3")
                                             .arg(set->code, set->name, contact.isEmpty() ? Tr::tr("none") : contact));
}

int agencyList(Context &ctx)
{
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.failed(ws.error());
    auto agencies = (*ws)->directory().agencies();
    if (!agencies)
        return ctx.failed(agencies.error());
    QString text;
    for (const Agency &a : *agencies)
        text += TextView().agencyLine(a);
    return ctx.print(Json::array(*agencies, Json::agency), text.isEmpty() ? Tr::tr("No agencies yet.") : text);
}

// A new password: RELAIS_NEW_PASSWORD, or typed twice at the terminal.
Result<QString> newPassword(const QString &login)
{
    return readSecret({"RELAIS_NEW_PASSWORD", Tr::tr("New password for %1: ").arg(login), true, ErrorCode::Invalid});
}

int userAdd(Context &ctx)
{
    auto session = ctx.session(Acting::UserOrConsole);
    if (!session)
        return ctx.failed(session.error());
    const Actor &actor = session->actor;
    Workspace *ws = session->ws;
    const auto role = roleFromCode(ctx.args().value(u"--role"_s));
    if (!role)
        return ctx.usage(Tr::tr("user add needs --role agent|supervisor|network-supervisor|admin"));
    if (!ctx.args().has(u"--agency"_s) || !ctx.args().has(u"--name"_s))
        return ctx.usage(Tr::tr("user add needs --agency CODE and --name NAME"));
    // The first password, when one is at hand, checked before anything is written.
    const QString login = ctx.positional(0).trimmed().toLower();
    std::optional<QString> password;
    if (secretAvailable("RELAIS_NEW_PASSWORD")) {
        auto typed = newPassword(login);
        if (!typed)
            return ctx.failed(typed.error());
        if (auto ok = ws->signIn().acceptable(login, *typed); !ok)
            return ctx.failed(ok.error());
        password = *typed;
    }
    auto added = ws->database().write([&]() -> Result<User> {
        auto user = ws->directory().addUser(actor, login, ctx.args().value(u"--agency"_s), *role,
                                            ctx.args().value(u"--name"_s));
        if (!user || !password)
            return user;
        if (auto set = ws->signIn().setPassword(actor, user->login, *password); !set)
            return std::unexpected(set.error());
        return user;
    });
    if (!added)
        return ctx.failed(added.error());
    QString text = Tr::tr("User %1 (%2, %3 at %4) added.")
                       .arg(added->login, added->displayName, roleCode(added->role), added->agencyName);
    if (!password)
        text += u' ' + Tr::tr("No password yet: an admin sets one with relais-cli user password %1.").arg(added->login);
    return ctx.print(Json::user(*added), text);
}

// An admin sets (or resets) someone's password, which also lifts a lock.
int userPassword(Context &ctx)
{
    auto session = ctx.session(Acting::UserOrConsole);
    if (!session)
        return ctx.failed(session.error());
    if (auto allowed = require(session->actor, Relation::None, Action::ManageDirectory); !allowed)
        return ctx.failed(allowed.error());
    auto user = session->ws->directory().userByLogin(ctx.positional(0));
    if (!user)
        return ctx.failed(user.error());
    auto password = newPassword(user->login);
    if (!password)
        return ctx.failed(password.error());
    if (auto set = session->ws->signIn().setPassword(session->actor, user->login, *password); !set)
        return ctx.failed(set.error());
    return ctx.print(QJsonObject{{u"login"_s, user->login}, {u"passwordSet"_s, true}},
                     Tr::tr("New password set for %1; any lock on the account is lifted.").arg(user->login));
}

// Users change their own password, signing in with the current one.
int passwordChange(Context &ctx)
{
    auto session = ctx.session(Acting::User);
    if (!session)
        return ctx.failed(session.error());
    auto password = newPassword(session->actor.login);
    if (!password)
        return ctx.failed(password.error());
    if (auto changed = session->ws->signIn().changeOwnPassword(session->actor, ctx.signInPassword(), *password);
        !changed)
        return ctx.failed(changed.error());
    return ctx.print(QJsonObject{{u"login"_s, session->actor.login}, {u"passwordChanged"_s, true}},
                     Tr::tr("Your password is changed, %1.").arg(session->actor.displayName));
}

int userActive(Context &ctx, bool active)
{
    auto session = ctx.session(Acting::User);
    if (!session)
        return ctx.failed(session.error());
    auto changed = session->ws->directory().setActive(session->actor, ctx.positional(0), active);
    if (!changed)
        return ctx.failed(changed.error());
    return ctx.print(Json::user(*changed),
                     active ? Tr::tr("%1 (%2) can sign in again.").arg(changed->login, changed->displayName)
                            : Tr::tr("%1 (%2) is deactivated: they can no longer sign in; everything they wrote "
                                     "stays on the record under their name.").arg(changed->login, changed->displayName));
}

int userRole(Context &ctx)
{
    const auto role = roleFromCode(ctx.args().value(u"--role"_s));
    if (!role)
        return ctx.usage(Tr::tr("user role needs --role agent|supervisor|network-supervisor|admin"));
    auto session = ctx.session(Acting::User);
    if (!session)
        return ctx.failed(session.error());
    auto changed = session->ws->directory().setRole(session->actor, ctx.positional(0), *role);
    if (!changed)
        return ctx.failed(changed.error());
    return ctx.print(Json::user(*changed), Tr::tr("%1 (%2) is now %3.")
                                               .arg(changed->login, changed->displayName, roleCode(changed->role)));
}

QJsonObject settingsJson(int idleLockMinutes)
{
    return {{u"idleLockMinutes"_s, idleLockMinutes}};
}

int settingsShow(Context &ctx)
{
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.failed(ws.error());
    auto minutes = (*ws)->settings().idleLockMinutes();
    if (!minutes)
        return ctx.failed(minutes.error());
    auto keep = (*ws)->settings().autoBackupKeep();
    if (!keep)
        return ctx.failed(keep.error());
    QJsonObject json = settingsJson(*minutes);
    json.insert(u"autoBackupKeep"_s, *keep);
    return ctx.print(json, Tr::tr("idle-lock-minutes %1  (the desktop app locks after %1 minutes "
                                  "without input)").arg(*minutes)
                               + u'\n'
                               + Tr::tr("auto-backup-keep %1  (the desktop app keeps the last %1 daily backups of a "
                                        "SQLite case file)").arg(*keep));
}

int settingsSet(Context &ctx)
{
    const QString name = ctx.positional(0);
    if (name != u"idle-lock-minutes"_s && name != u"auto-backup-keep"_s)
        return ctx.usage(Tr::tr("settings set knows two settings: idle-lock-minutes, auto-backup-keep"));
    bool number = false;
    const int minutes = ctx.positional(1).toInt(&number);
    if (!number)
        return ctx.failed(Error{ErrorCode::Invalid, Tr::tr("%1 must be a whole number.").arg(name)});
    auto session = ctx.session(Acting::UserOrConsole);
    if (!session)
        return ctx.failed(session.error());
    if (name == u"auto-backup-keep"_s) {
        if (auto set = session->ws->settings().setAutoBackupKeep(session->actor, minutes); !set)
            return ctx.failed(set.error());
        return ctx.print(QJsonObject{{u"autoBackupKeep"_s, minutes}},
                         Tr::tr("Desktops now keep the last %1 daily backups of the case file.").arg(minutes));
    }
    if (auto set = session->ws->settings().setIdleLockMinutes(session->actor, minutes); !set)
        return ctx.failed(set.error());
    return ctx.print(settingsJson(minutes), Tr::tr("Every desk now locks after %1 minutes without input.").arg(minutes));
}

int userList(Context &ctx)
{
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.failed(ws.error());
    auto users = (*ws)->directory().users();
    if (!users)
        return ctx.failed(users.error());
    QString text;
    for (const User &u : *users)
        text += TextView().userLine(u);
    return ctx.print(Json::array(*users, Json::user), text.isEmpty() ? Tr::tr("No users yet.") : text);
}

// Everyone keeps their own direct line up to date; an admin (or the console) anyone's.
int userContact(Context &ctx)
{
    if (!ctx.args().has(u"--phone"_s) && !ctx.args().has(u"--email"_s))
        return ctx.usage(Tr::tr("user contact needs --phone or --email"));
    auto session = ctx.session(Acting::UserOrConsole);
    if (!session)
        return ctx.failed(session.error());
    Directory &directory = session->ws->directory();
    // An unknown login is reported by the change itself, after the actor's rights are checked.
    const User current = directory.userByLogin(ctx.positional(0)).value_or(User());
    auto set = directory.setUserContact(session->actor, ctx.positional(0),
                                        ctx.args().value(u"--phone"_s, current.phone),
                                        ctx.args().value(u"--email"_s, current.email));
    if (!set)
        return ctx.failed(set.error());
    const QString contact = TextView().contactDetails(set->phone, set->email);
    return ctx.print(Json::user(*set), Tr::tr("Contact details of %1 (%2): %3")
                                           .arg(set->login, set->displayName, contact.isEmpty() ? Tr::tr("none") : contact));
}

// A head hash printed on an export, looked up in the case's chain as the file holds it now.
int verifyHash(Context &ctx, const Session &session, const QString &reference)
{
    const QString asked = ctx.args().value(u"--hash"_s);
    auto location = session.ws->verifier().locateHash(reference, asked.toUtf8());
    if (!location)
        return ctx.failed(location.error());
    ctx.print(Json::hashLocation(*location), TextView(session.actor.timeZone).hashLocation(*location, asked));
    // Exit codes as for the whole chain: a broken chain is a conflict with the record, and a hash
    // that is not in it is not found.
    if (!location->found)
        return NotFound;
    return location->chainIntactUpTo ? Ok : Conflict;
}

int verify(Context &ctx)
{
    const QString reference = ctx.positional(0);
    if (ctx.args().has(u"--hash"_s) && reference.isEmpty())
        return ctx.usage(Tr::tr("verify --hash needs the case the export is of: verify REF --hash HEX"));
    auto session = ctx.session(Acting::UserOrConsole);
    if (!session)
        return ctx.failed(session.error());
    const Actor &actor = session->actor;
    Workspace *ws = session->ws;
    const bool verifier = isAllowed(actor, Relation::None, Action::VerifyIntegrity);
    if (ctx.args().has(u"--hash"_s)) {
        // Checking the hash printed on an export is open to anyone who may read the case: the
        // PDF says so, and the answer tells nothing the case itself does not.
        if (!verifier)
            if (auto readable = ws->cases().resolveReference(actor, reference); !readable)
                return ctx.failed(readable.error());
        return verifyHash(ctx, *session, reference);
    }
    if (!verifier)
        return ctx.failed(require(actor, Relation::None, Action::VerifyIntegrity).error());
    auto report = reference.isEmpty() ? ws->verifier().verifyAll() : ws->verifier().verifyCase(reference);
    if (!report)
        return ctx.failed(report.error());
    ctx.print(Json::verification(*report), TextView(actor.timeZone).verification(*report));
    // A broken chain is a finding, not a crash: scripts see it as a conflict with the record.
    return report->intact() ? Ok : Conflict;
}

// The copying and every check are core's (transfer/networkmove); this only names the two
// ends, the acting user, and says what happened.
int migrate(Context &ctx)
{
    if (ctx.args().has(u"--db"_s))
        return ctx.usage(Tr::tr("migrate reads --from FILE and --to URL, not --db"));
    const QString from = ctx.args().value(u"--from"_s);
    const QString to = ctx.args().value(u"--to"_s);
    if (from.isEmpty() || to.isEmpty())
        return ctx.usage(Tr::tr("migrate needs --from FILE.sqlite and --to postgresql://USER@HOST:PORT/DATABASE"));
    if (!Database::isPostgresUrl(to))
        return ctx.failed({ErrorCode::Invalid, Tr::tr("--to must name a PostgreSQL database, "
                                                      "postgresql://USER@HOST:PORT/DATABASE: a network moves from its "
                                                      "SQLite file to a server.")});
    auto opened = NetworkMove::openSource(from);
    if (!opened)
        return ctx.failed(opened.error());
    Workspace source(std::move(*opened));
    // Who moves the network signs in to the file it leaves, which stays as it was.
    auto signedIn = ctx.signInTo(source, false);
    if (!signedIn)
        return ctx.failed(signedIn.error());
    const Actor actor = *signedIn;
    if (auto allowed = NetworkMove::mayMove(actor); !allowed)
        return ctx.failed(allowed.error());
    auto target = Database::openPostgres(to, Database::OpenMode::CreateIfMissing);
    if (!target)
        return ctx.failed(target.error());

    // Quiet for a small network; a big one says how far it has got, about once a second, and
    // names the slow checks that print nothing else.
    QElapsedTimer running;
    QElapsedTimer sinceLastLine;
    running.start();
    sinceLastLine.start();
    const auto progress = [&](const MoveProgress &p) {
        using Stage = MoveProgress::Stage;
        if (p.stage == Stage::CheckingServer && running.elapsed() >= 1000)
            ctx.progress(Tr::tr("counting the rows and recomputing every hash chain on the server"));
        if (p.stage != Stage::Copying || sinceLastLine.elapsed() < 1000)
            return;
        sinceLastLine.restart();
        ctx.progress(Tr::tr("copying %1: %2 of %3 rows (%4% of all)")
                         .arg(p.table)
                         .arg(p.tableRows)
                         .arg(p.tableTotal)
                         .arg(p.rowsTotal > 0 ? p.rowsCopied * 100 / p.rowsTotal : 100));
    };
    auto moved = NetworkMove::copy(actor, source.database(), **target, progress);
    if (!moved)
        return ctx.failed(moved.error());

    const VerificationReport &chains = moved->verification;
    QJsonArray tables;
    QString text = Tr::tr("Moved the network from %1 to %2 in %3 s (schema %4):\n")
                       .arg(moved->source, moved->target, QString::number(double(moved->elapsedMs) / 1000.0, 'f', 1))
                       .arg(moved->schemaVersion);
    for (const TableCopy &table : std::as_const(moved->tables)) {
        tables.append(QJsonObject{{u"table"_s, table.table}, {u"rows"_s, table.rows}});
        text += u"  %1 %2\n"_s.arg(table.table.leftJustified(20)).arg(table.rows, 8);
    }
    text += Tr::tr("%1 tables, %2 rows: the same counts in the file and on the server.\n")
                .arg(moved->tables.size())
                .arg(moved->rows);
    if (chains.intact())
        text += Tr::tr("All %1 case timelines verify on the server, with the same head hashes as in the file.\n")
                    .arg(chains.cases.size());
    else
        text += Tr::tr("The file's timelines already had problems; they were copied as they are, so the server "
                       "shows the same ones (exit 6):\n")
                + TextView(actor.timeZone).verification(chains);
    text += Tr::tr("From now on use --db %1; %2 was left as it was.").arg(moved->target, moved->source);
    ctx.print(QJsonObject{{u"source"_s, moved->source},
                          {u"target"_s, moved->target},
                          {u"schemaVersion"_s, moved->schemaVersion},
                          {u"tables"_s, tables},
                          {u"rows"_s, moved->rows},
                          {u"verification"_s, Json::verification(chains)},
                          {u"elapsedMs"_s, moved->elapsedMs}},
              text);
    // As for verify: a broken chain is a conflict with the record, even when faithfully moved.
    return chains.intact() ? Ok : Conflict;
}

} // namespace

void addSetupCommands(QList<Command> &commands)
{
    commands << Command{u"init"_s, {}, Tr::tr("Create or upgrade the case file."), 0, 0, {}, init, true}
             << Command{u"demo"_s, u"[--seed N] [--clients N]"_s,
                        Tr::tr("Fill an empty case file with a believable demo network."), 0, 0,
                        {{u"--seed"_s, u"--clients"_s}, {}, {}}, demo, true}
             << Command{u"agency add"_s,
                        u"CODE NAME [--kind K] [--tz ZONE] [--ack-hours N] [--silence-days N] [--phone P] [--email E] "
                        "[--address A] [--as LOGIN]"_s,
                        Tr::tr("Add a partner agency."), 2, 2,
                        {{u"--kind"_s, u"--tz"_s, u"--ack-hours"_s, u"--silence-days"_s, u"--phone"_s, u"--email"_s,
                          u"--address"_s}, {}, {}},
                        agencyAdd}
             << Command{u"agency contact"_s, u"CODE [--phone P] [--email E] [--address A] [--as LOGIN]"_s,
                        Tr::tr("Change how an agency is reached (admins); options left out stay, \"\" clears one."), 1, 1,
                        {{u"--phone"_s, u"--email"_s, u"--address"_s}, {}, {}}, agencyContact}
             << Command{u"agency list"_s, {}, Tr::tr("List the agencies and how to reach them."), 0, 0, {}, agencyList}
             << Command{u"user add"_s,
                        u"LOGIN --agency CODE --role agent|supervisor|network-supervisor|admin --name NAME "
                        "[--as LOGIN]"_s,
                        Tr::tr("Add a user to an agency (admins). The first password comes from RELAIS_NEW_PASSWORD "
                               "or is typed twice at the terminal; without either, the user has none yet."),
                        1, 1, {{u"--agency"_s, u"--role"_s, u"--name"_s}, {}, {}}, userAdd}
             << Command{u"user contact"_s, u"LOGIN [--phone P] [--email E] [--as LOGIN]"_s,
                        Tr::tr("Change a user's direct line and e-mail (the user themself, or an admin); options left "
                               "out stay, \"\" clears one."),
                        1, 1, {{u"--phone"_s, u"--email"_s}, {}, {}}, userContact}
             << Command{u"user list"_s, {}, Tr::tr("List the users and their direct lines."), 0, 0, {}, userList}
             << Command{u"user password"_s, u"LOGIN [--as LOGIN]"_s,
                        Tr::tr("Set or reset a user's password (admins), from RELAIS_NEW_PASSWORD or typed twice; "
                               "this also unlocks the account."),
                        1, 1, {}, userPassword}
             << Command{u"user deactivate"_s, u"LOGIN --as LOGIN"_s,
                        Tr::tr("Stop a user from signing in (admins); their history stays theirs."), 1, 1, {},
                        [](Context &ctx) { return userActive(ctx, false); }}
             << Command{u"user activate"_s, u"LOGIN --as LOGIN"_s, Tr::tr("Let a deactivated user sign in again (admins)."),
                        1, 1, {}, [](Context &ctx) { return userActive(ctx, true); }}
             << Command{u"user role"_s, u"LOGIN --role agent|supervisor|network-supervisor|admin --as LOGIN"_s,
                        Tr::tr("Give a user another role (admins); the network always keeps an active admin."), 1, 1,
                        {{u"--role"_s}, {}, {}}, userRole}
             << Command{u"password"_s, u"--as LOGIN"_s,
                        Tr::tr("Change your own password: the current one as for any command (RELAIS_PASSWORD or "
                               "the prompt), the new one from RELAIS_NEW_PASSWORD or typed twice."),
                        0, 0, {}, passwordChange}
             << Command{u"settings show"_s, {}, Tr::tr("Show the settings every desk follows."), 0, 0, {}, settingsShow}
             << Command{u"settings set"_s, u"idle-lock-minutes|auto-backup-keep N [--as LOGIN]"_s,
                        Tr::tr("Lock every desktop after N minutes without input (admins; 1 to 60, never off), or keep the "
                               "last N daily automatic backups (1 to 90)."), 2, 2,
                        {}, settingsSet}
             << Command{u"verify"_s, u"[REF] [--hash HEX] [--as LOGIN]"_s,
                        Tr::tr("Recompute every case's hash chain; name each edited, removed or reordered event "
                               "(exit 6 when one is found). With --hash, check a head hash printed on an export of "
                               "REF (at least its first 12 characters): the event it names, whether the chain is "
                               "intact up to it (exit 6 if not), how many events came since (exit 3 if not in the "
                               "chain)."),
                        0, 1, {{u"--hash"_s}, {}, {}}, verify}
             << Command{u"migrate"_s, u"--from FILE.sqlite --to postgresql://USER@HOST:PORT/DATABASE [--as LOGIN]"_s,
                        Tr::tr("Move a whole network from its SQLite file to an empty PostgreSQL database (admins): "
                               "every table with its ids, in one transaction; row counts and every hash chain are "
                               "compared before it is committed. The file is left as it was."),
                        0, 0, {{u"--from"_s, u"--to"_s}, {}, {}}, migrate};
}

} // namespace Relais::Cli
