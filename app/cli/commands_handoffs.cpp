// handoff commands: asking another agency, and every step of its answer.
#include "cli.h"
#include "textview.h"

#include "casefile/json.h"
#include "casefile/tellusonce.h"

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Cli {

namespace {


int handoffRequest(Context &ctx)
{
    if (!ctx.args().has(u"--to"_s) || !ctx.args().has(u"--reason"_s))
        return ctx.usage(Tr::tr("handoff request needs --to CODE and --reason TEXT (what is asked)"));
    auto session = ctx.caseSession();
    if (!session)
        return ctx.failed(session.error());
    const Actor &actor = session->actor;
    Workspace *ws = session->ws;
    const Case &record = session->record;
    QDateTime due;
    if (ctx.args().has(u"--due"_s)) {
        auto parsed = parseInstant(u"--due"_s, ctx.args().value(u"--due"_s), actor.timeZone);
        if (!parsed)
            return ctx.failed(parsed.error());
        due = *parsed;
    }
    QList<Id> documents;
    for (const QString &value : ctx.args().all(u"--document"_s)) {
        bool ok = false;
        documents << value.toLongLong(&ok);
        if (!ok)
            return ctx.failed({ErrorCode::Invalid, Tr::tr("--document takes a document number (relais-cli document list "
                                                          "shows them), not \"%1\".").arg(value)});
    }
    auto handoff = ws->handoffs().request(actor, record.id, ctx.args().value(u"--to"_s),
                                             ctx.args().value(u"--reason"_s), due, documents);
    if (!handoff)
        return ctx.failed(handoff.error());
    // Tell us once: asked for a paper already on file? The receiving agency should get it from
    // the file, not from the customer. (Checked after success: a refused command reads nothing.)
    if (auto onFile = ws->cases().documents(actor, record.id)) {
        QList<Document> asked = documentsAskedAgain(handoff->ask, *onFile);
        asked.removeIf([&](const Document &d) { return documents.contains(d.id); });
        if (!asked.isEmpty())
            ctx.warn(Tr::tr("the request asks for %1, already on file — next time send it with --document ID; the "
                            "receiving agency can read it in the case file, the customer need not bring it again")
                         .arg(documentsOnFileSentence(asked, actor.timeZone)));
    }
    return ctx.print(Json::handoff(*handoff),
                     Tr::tr("Handoff %1: %2 asks %3 — %4\nThe summary and head hash %5… travel with it.")
                         .arg(handoff->id)
                         .arg(handoff->from.name, handoff->to.name, handoff->ask,
                              QString::fromLatin1(handoff->headHashAtRequest.left(16))));
}

int handoffSet(Context &ctx)
{
    auto session = ctx.session(Acting::User);
    if (!session)
        return ctx.failed(session.error());
    const Actor &actor = session->actor;
    Workspace *ws = session->ws;
    bool ok = false;
    const Id id = ctx.positional(0).toLongLong(&ok);
    if (!ok)
        return ctx.failed({ErrorCode::Invalid, Tr::tr("HANDOFF_ID must be a number, not \"%1\".").arg(ctx.positional(0))});
    const auto status = handoffStatusFromCode(ctx.positional(1));
    if (!status) {
        QStringList codes;
        for (HandoffStatus s : allHandoffStatuses())
            codes << handoffStatusCode(s);
        return ctx.failed({ErrorCode::Invalid, Tr::tr("\"%1\" is not a handoff status; use one of %2.")
                                                   .arg(ctx.positional(1), codes.join(u", "_s))});
    }
    TransitionDetails details;
    details.reason = ctx.args().value(u"--reason"_s);
    details.holdOnCustomer = ctx.args().flags.contains(u"--waiting-on-customer"_s);
    if (ctx.args().has(u"--until"_s)) {
        auto until = parseInstant(u"--until"_s, ctx.args().value(u"--until"_s), actor.timeZone);
        if (!until)
            return ctx.failed(until.error());
        details.holdUntil = *until;
    }
    if ((details.holdOnCustomer || details.holdUntil.isValid()) && *status != HandoffStatus::OnHold)
        return ctx.usage(Tr::tr("--until and --waiting-on-customer go with on-hold only"));
    auto moved = ws->handoffs().transition(actor, id, *status, details);
    if (!moved)
        return ctx.failed(moved.error());
    return ctx.print(Json::handoff(*moved), Tr::tr("Handoff %1 (%2 → %3) is now %4.")
                                                .arg(moved->id)
                                                .arg(moved->from.code, moved->to.code, handoffStatusCode(moved->status)));
}

int handoffList(Context &ctx)
{
    auto session = ctx.caseSession();
    if (!session)
        return ctx.failed(session.error());
    const Actor &actor = session->actor;
    Workspace *ws = session->ws;
    const Case &record = session->record;
    auto handoffs = ws->handoffs().handoffsOfCase(actor, record.id);
    if (!handoffs)
        return ctx.failed(handoffs.error());
    TextView view(actor.timeZone);
    QString text;
    for (const Handoff &h : *handoffs)
        text += view.handoffLine(h, ws->database().now());
    return ctx.print(Json::array(*handoffs, Json::handoff), text.isEmpty() ? Tr::tr("No handoffs.") : text);
}

int handoffInbox(Context &ctx)
{
    auto session = ctx.session(Acting::User);
    if (!session)
        return ctx.failed(session.error());
    const Actor &actor = session->actor;
    Workspace *ws = session->ws;
    auto handoffs = ws->handoffs().inbox(actor);
    if (!handoffs)
        return ctx.failed(handoffs.error());
    TextView view(actor.timeZone);
    QString text;
    for (const Handoff &h : *handoffs)
        text += h.caseReference + u'\n' + view.handoffLine(h, ws->database().now());
    return ctx.print(Json::array(*handoffs, Json::handoff),
                     text.isEmpty() ? Tr::tr("Nothing waiting for %1.").arg(actor.agencyName) : text);
}

} // namespace

void addHandoffCommands(QList<Command> &commands)
{
    commands << Command{u"handoff request"_s,
                        u"REF --to CODE --reason TEXT [--due ISO-DATETIME] [--document ID]... --as LOGIN"_s,
                        Tr::tr("Ask another agency to act on the case, with documents on file if needed; needs the "
                               "customer's consent for that agency."),
                        1, 1, {{u"--to"_s, u"--reason"_s, u"--due"_s, u"--document"_s}, {}, {u"--document"_s}},
                        handoffRequest}
             << Command{u"handoff set"_s,
                        u"HANDOFF_ID STATUS [--reason TEXT] [--until ISO] [--waiting-on-customer] --as LOGIN"_s,
                        Tr::tr("Move a handoff: received, accepted, rejected, in-progress, on-hold, completed, failed "
                               "(receiver); cancelled (requester); entered-in-error (either)."),
                        2, 2, {{u"--reason"_s, u"--until"_s}, {u"--waiting-on-customer"_s}, {}}, handoffSet}
             << Command{u"handoff list"_s, u"REF --as LOGIN"_s, Tr::tr("The handoffs of a case."), 1, 1, {}, handoffList}
             << Command{u"handoff inbox"_s, u"--as LOGIN"_s, Tr::tr("Handoffs waiting for your agency to accept or decline."), 0, 0, {},
                        handoffInbox};
}

} // namespace Relais::Cli
