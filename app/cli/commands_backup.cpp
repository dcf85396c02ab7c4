// backup, restore, check: keeping a SQLite case file safe, and saying whether it is intact.
#include "cli.h"
#include "textview.h"

#include "backup/backup.h"
#include "casefile/caseaccess.h"
#include "casefile/json.h"
#include "domain/accesspolicy.h"
#include "integrity/casefilecheck.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Cli {

namespace {

QJsonObject checkJson(const CaseFileCheckReport &report)
{
    return {{u"intact"_s, report.intact()},
            {u"quick"_s, report.quick},
            {u"pagesChecked"_s, report.pagesChecked},
            {u"pageProblems"_s, QJsonArray::fromStringList(report.pageProblems)},
            {u"referenceProblems"_s, QJsonArray::fromStringList(report.referenceProblems)},
            {u"chains"_s, Json::verification(report.chains)}};
}

int backup(Context &ctx)
{
    auto session = ctx.session(Acting::UserOrConsole);
    if (!session)
        return ctx.failed(session.error());
    if (auto allowed = require(session->actor, Relation::None, Action::KeepBackups); !allowed)
        return ctx.failed(allowed.error());
    Database &db = session->ws->database();
    ctx.progress(Tr::tr("Backing up %1…").arg(db.path()));
    auto made = Backups::make(db, ctx.positional(0));
    if (!made)
        return ctx.failed(made.error());
    // A backup nobody ever opened is a hope: it is checked as a restore would check it.
    ctx.progress(Tr::tr("Checking the backup…"));
    auto check = Backups::verify(made->path);
    if (!check)
        return ctx.failed({check.error().code, Tr::tr("The backup was written to %1 but does not pass its check: %2")
                                                   .arg(made->path, check.error().message)});
    if (auto logged = db.write([&] { return audit(db, session->actor, u"casefile.backup"_s,
                                                  QFileInfo(made->path).fileName()); });
        !logged)
        ctx.warn(Tr::tr("The backup is made but could not be recorded in the access log: %1").arg(logged.error().message));
    QJsonObject json{{u"path"_s, made->path}, {u"bytes"_s, made->bytes}, {u"cases"_s, check->chains.cases.size()}};
    return ctx.print(json, Tr::tr("Backed up to %1 (%2). Checked: intact, %n case timeline(s) verify.", nullptr,
                                  int(check->chains.cases.size()))
                               .arg(made->path, QLocale::c().formattedDataSize(made->bytes)));
}

// Who may restore: an admin of the case file as it is, or, when it is missing or will not
// open, an admin of the backup (the only list of admins left).
Result<Actor> restoringActor(Context &ctx, const QString &backupPath, QTemporaryDir &scratch)
{
    if (auto live = ctx.workspace(); live) {
        auto actor = ctx.actorOrConsole();
        if (!actor)
            return actor;
        if (auto allowed = require(*actor, Relation::None, Action::KeepBackups); !allowed)
            return std::unexpected(allowed.error());
        return actor;
    } else {
        ctx.warn(Tr::tr("The case file cannot be opened (%1); signing in to the backup instead.")
                     .arg(live.error().message));
    }
    const QString copy = scratch.filePath(u"sign-in.sqlite"_s);
    if (!QFile::copy(backupPath, copy))
        return fail(ErrorCode::NotFound, Tr::tr("There is no backup file at %1.").arg(backupPath));
    auto backupFile = Workspace::open(copy, Database::OpenMode::MustExist);
    if (!backupFile)
        return fail(backupFile.error().code, backupFile.error().message.replace(copy, backupPath));
    auto actor = ctx.signInTo(**backupFile, false);
    if (!actor)
        return actor;
    if (auto allowed = require(*actor, Relation::None, Action::KeepBackups); !allowed)
        return std::unexpected(allowed.error());
    return actor;
}

int restore(Context &ctx)
{
    const QString backupPath = ctx.positional(0);
    const QString livePath = ctx.args().value(u"--db"_s, Database::defaultPath());
    QTemporaryDir scratch;
    auto actor = restoringActor(ctx, backupPath, scratch);
    if (!actor)
        return ctx.failed(actor.error());
    ctx.progress(Tr::tr("Checking %1 before restoring it…").arg(backupPath));
    auto restored = Backups::restore(livePath, backupPath, *actor);
    if (!restored)
        return ctx.failed(restored.error());
    QJsonObject json{{u"restoredFrom"_s, restored->restoredFrom},
                     {u"previousKeptAt"_s, restored->previousKeptAt},
                     {u"check"_s, checkJson(restored->check)}};
    QString text = Tr::tr("Restored %1 from %2: intact, %n case timeline(s) verify.", nullptr,
                          int(restored->check.chains.cases.size()))
                       .arg(livePath, restored->restoredFrom);
    text += u'\n';
    text += restored->previousKeptAt.isEmpty()
                ? Tr::tr("There was no case file there before.")
                : Tr::tr("The case file as it was is kept at %1.").arg(restored->previousKeptAt);
    return ctx.print(json, text);
}

int check(Context &ctx)
{
    auto session = ctx.session(Acting::UserOrConsole);
    if (!session)
        return ctx.failed(session.error());
    if (auto allowed = require(session->actor, Relation::None, Action::VerifyIntegrity); !allowed)
        return ctx.failed(allowed.error());
    const auto depth = ctx.args().flags.contains(u"--quick"_s) ? CaseFileCheck::Depth::Quick : CaseFileCheck::Depth::Full;
    auto report = CaseFileCheck(session->ws->database()).run(depth);
    if (!report)
        return ctx.failed(report.error());
    ctx.print(checkJson(*report), TextView(session->actor.timeZone).caseFileCheck(*report));
    // As for verify: a damaged file is a conflict with the record, for scripts.
    return report->intact() ? Ok : Conflict;
}

} // namespace

void addBackupCommands(QList<Command> &commands)
{
    commands << Command{u"backup"_s, u"FILE [--as LOGIN]"_s,
                        Tr::tr("Write a consistent copy of the SQLite case file to FILE while others keep working "
                               "(admins), flush it to disk, then check it as a restore would."),
                        1, 1, {}, backup}
             << Command{u"restore"_s, u"FILE [--as LOGIN]"_s,
                        Tr::tr("Put the backup FILE in place of the case file (admins), only after it passes every "
                               "check; the case file as it was is kept beside it as NAME.before-restore-STAMP.sqlite. "
                               "Works when the case file is missing or too damaged to open."),
                        1, 1, {}, restore}
             << Command{u"check"_s, u"[--quick] [--as LOGIN]"_s,
                        Tr::tr("Check the case file's storage (SQLite's integrity check), every reference between "
                               "records and every case's hash chain; say in plain words what is wrong (exit 6). "
                               "--quick checks the storage only, as the app does at start."),
                        0, 0, {{}, {u"--quick"_s}, {}}, check};
}

} // namespace Relais::Cli
