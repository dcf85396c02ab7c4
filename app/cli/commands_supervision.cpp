// supervision commands: stalled handoffs and what a supervisor does about them.
#include "cli.h"
#include "textview.h"

#include "casefile/json.h"

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Cli {

namespace {

QString workingHours(qint64 seconds)
{
    return Tr::tr("%1 h").arg(QString::number(double(seconds) / 3600.0, 'f', 1));
}

QString stallText(const QList<Stall> &stalls, const TextView &view, const QDateTime &at)
{
    if (stalls.isEmpty())
        return Tr::tr("No stalled handoff as of %1.").arg(view.dateTime(at));
    QString text = Tr::tr("%n stalled as of %1, most late first (working hours past the threshold):\n", nullptr,
                          int(stalls.size()))
                       .arg(view.dateTime(at));
    for (const Stall &s : stalls) {
        const QString handoff = s.handoffId ? u"#%1 %2 → %3"_s.arg(*s.handoffId).arg(s.from.code, s.to.code)
                                            : Tr::tr("with %1").arg(s.to.code);
        text += u"\n%1  %2  %3  %4\n"_s.arg(workingHours(s.workingSecondsPast).rightJustified(8),
                                           stallRuleCode(s.rule).leftJustified(15), s.caseReference, handoff);
        text += u"          %1 — %2\n"_s.arg(s.clientName, s.caseTitle);
        if (!s.ask.isEmpty())
            text += u"          %1\n"_s.arg(Tr::tr("asked: %1").arg(s.ask));
        text += u"          %1\n"_s.arg(Tr::tr("threshold: %1, crossed %2").arg(s.threshold, view.dateTime(s.thresholdAt)));
        text += u"          %1\n"_s.arg(s.ballHolder);
        if (s.clientEfforts > 0)
            text += u"          %1\n"_s.arg(Tr::tr("customer efforts: %1 (%2 in the last %3 days)")
                                                .arg(s.clientEfforts)
                                                .arg(s.recentClientEfforts)
                                                .arg(chasingWindowDays));
    }
    return text;
}

int stalled(Context &ctx)
{
    auto session = ctx.session(Acting::User);
    if (!session)
        return ctx.failed(session.error());
    StallQuery query;
    if (ctx.args().has(u"--at"_s)) {
        auto at = parseInstant(u"--at"_s, ctx.args().value(u"--at"_s), session->actor.timeZone);
        if (!at)
            return ctx.failed(at.error());
        query.at = *at;
    }
    query.agencyCode = ctx.args().value(u"--agency"_s);
    if (ctx.args().has(u"--rule"_s)) {
        query.rule = stallRuleFromCode(ctx.args().value(u"--rule"_s));
        if (!query.rule) {
            QStringList codes;
            for (StallRule rule : allStallRules)
                codes << stallRuleCode(rule);
            return ctx.failed({ErrorCode::Invalid, Tr::tr("There is no stall rule \"%1\"; use one of: %2.")
                                                       .arg(ctx.args().value(u"--rule"_s), codes.join(u", "_s))});
        }
    }
    auto stalls = session->ws->stalls().stalled(session->actor, query);
    if (!stalls)
        return ctx.failed(stalls.error());
    const QDateTime at = query.at.isValid() ? query.at : session->ws->database().now();
    return ctx.print(QJsonObject{{u"at"_s, Json::instant(at)}, {u"stalls"_s, Json::array(*stalls, Json::stall)}},
                     stallText(*stalls, TextView(session->actor.timeZone), at));
}

Result<Id> handoffIdArgument(const Context &ctx)
{
    bool ok = false;
    const Id id = ctx.positional(0).toLongLong(&ok);
    if (!ok)
        return fail(ErrorCode::Invalid, Tr::tr("\"%1\" is not a handoff number (relais-cli stalled shows them).")
                                            .arg(ctx.positional(0)));
    return id;
}

int signalHandoff(Context &ctx, bool escalate)
{
    auto session = ctx.session(Acting::User);
    if (!session)
        return ctx.failed(session.error());
    auto id = handoffIdArgument(ctx);
    if (!id)
        return ctx.failed(id.error());
    StallMonitor &stalls = session->ws->stalls();
    const QString note = ctx.args().value(u"--note"_s);
    auto done = escalate ? stalls.escalate(session->actor, *id, note) : stalls.nudge(session->actor, *id, note);
    if (!done)
        return ctx.failed(done.error());
    return ctx.print(QJsonObject{{u"handoffId"_s, *id}, {u"signal"_s, escalate ? u"escalation"_s : u"nudge"_s}},
                     escalate ? Tr::tr("Handoff %1 escalated to the receiving agency's supervisors.").arg(*id)
                              : Tr::tr("Reminder sent on handoff %1; it shows in the receiving agency's inbox.").arg(*id));
}

int handoffReassign(Context &ctx)
{
    if (!ctx.args().has(u"--to"_s) || !ctx.args().has(u"--reason"_s))
        return ctx.usage(Tr::tr("handoff reassign needs --to CODE and --reason TEXT"));
    auto session = ctx.session(Acting::User);
    if (!session)
        return ctx.failed(session.error());
    auto id = handoffIdArgument(ctx);
    if (!id)
        return ctx.failed(id.error());
    auto handoff = session->ws->stalls().reassign(session->actor, *id, ctx.args().value(u"--to"_s),
                                                  ctx.args().value(u"--reason"_s));
    if (!handoff)
        return ctx.failed(handoff.error());
    return ctx.print(Json::handoff(*handoff), Tr::tr("Handoff %1 cancelled; new handoff %2 asks %3 — %4")
                                                  .arg(*id)
                                                  .arg(handoff->id)
                                                  .arg(handoff->to.name, handoff->ask));
}

} // namespace

void addSupervisionCommands(QList<Command> &commands)
{
    commands << Command{u"stalled"_s, u"[--at ISO-DATETIME] [--agency CODE] [--rule RULE] [--json] --as LOGIN"_s,
                        Tr::tr("Stalled handoffs, most late first (supervisors and admins). Rules: unacknowledged, "
                               "silent, overdue, hold-expired, ping-pong, client-chasing. --at evaluates as of "
                               "that instant."),
                        0, 0, {{u"--at"_s, u"--agency"_s, u"--rule"_s}, {}, {}}, stalled}
             << Command{u"handoff nudge"_s, u"HANDOFF_ID [--note TEXT] --as LOGIN"_s,
                        Tr::tr("Remind the receiving agency: a timeline event, in its inbox until it answers."), 1, 1,
                        {{u"--note"_s}, {}, {}}, [](Context &ctx) { return signalHandoff(ctx, false); }}
             << Command{u"handoff escalate"_s, u"HANDOFF_ID [--note TEXT] --as LOGIN"_s,
                        Tr::tr("Flag the handoff to the receiving agency's supervisors."), 1, 1, {{u"--note"_s}, {}, {}},
                        [](Context &ctx) { return signalHandoff(ctx, true); }}
             << Command{u"handoff reassign"_s, u"HANDOFF_ID --to CODE --reason TEXT --as LOGIN"_s,
                        Tr::tr("Cancel the handoff (requesting agency) and ask another agency instead, summary "
                               "carried over."),
                        1, 1, {{u"--to"_s, u"--reason"_s}, {}, {}}, handoffReassign};
}

} // namespace Relais::Cli
