// case, note, effort, summary, document, timeline, correct, search: working a case file.
#include "cli.h"
#include "textview.h"

#include "casefile/ballholder.h"
#include "casefile/json.h"
#include "domain/cin.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Cli {

namespace {


int caseOpen(Context &ctx)
{
    auto session = ctx.session(Acting::User);
    if (!session)
        return ctx.failed(session.error());
    const Actor &actor = session->actor;
    Workspace *ws = session->ws;
    bool ok = false;
    const Id clientId = ctx.args().value(u"--client"_s).toLongLong(&ok);
    if (!ok)
        return ctx.usage(Tr::tr("case open needs --client ID (a number; relais-cli client find shows it)"));
    if (!ctx.args().has(u"--title"_s))
        return ctx.usage(Tr::tr("case open needs --title TEXT"));
    auto opened = ws->cases().openCase(actor, clientId, ctx.args().value(u"--title"_s),
                                          ctx.args().value(u"--category"_s));
    if (!opened)
        return ctx.failed(opened.error());
    return ctx.print(Json::caseRecord(*opened),
                     Tr::tr("Case %1 opened for %2; %3 coordinates it.")
                         .arg(opened->reference, opened->clientName, opened->coordinatorName));
}

int caseShow(Context &ctx)
{
    auto access = ctx.caseSession();
    if (!access)
        return ctx.failed(access.error());
    auto &[ws, actor, found] = *access;
    auto record = ws->cases().caseById(actor, found.id); // showing the card is a view: logged
    if (!record)
        return ctx.failed(record.error());
    auto client = ws->clients().client(actor, record->clientId);
    auto consents = ws->clients().consents(actor, record->clientId);
    auto handoffs = ws->handoffs().handoffsOfCase(actor, record->id);
    TimelineQuery latest;
    latest.newestFirst = true;
    latest.limit = 8;
    auto recent = ws->cases().timeline(actor, record->id, latest);
    auto documents = ws->cases().documents(actor, record->id);
    for (const Error *error : {client ? nullptr : &client.error(), consents ? nullptr : &consents.error(),
                               handoffs ? nullptr : &handoffs.error(), recent ? nullptr : &recent.error(),
                               documents ? nullptr : &documents.error()})
        if (error)
            return ctx.failed(*error);
    QList<TimelineEvent> chronological(recent->crbegin(), recent->crend());
    const QDateTime now = ws->database().now();
    auto calendars = ws->calendars().load();
    if (!calendars)
        return ctx.failed(calendars.error());
    const BallHolder ball = whoHoldsTheBall(*record, *handoffs, now, *calendars);

    QJsonObject json = Json::caseRecord(*record);
    QJsonObject customer = Json::client(*client);
    customer.remove(u"cin"_s);
    customer.insert(u"cinMasked"_s, client->cin.isEmpty() ? QJsonValue() : QJsonValue(maskCin(client->cin)));
    json.insert(u"customer"_s, customer);
    json.insert(u"consents"_s, Json::array(*consents, Json::consent));
    json.insert(u"handoffs"_s, Json::array(*handoffs, Json::handoff));
    json.insert(u"documents"_s, Json::array(*documents, Json::document));
    json.insert(u"ballHolder"_s, QJsonObject{{u"agency"_s, ball.agency.code}, {u"since"_s, Json::instant(ball.since)},
                                             {u"text"_s, ball.sentence}});
    json.insert(u"recentEvents"_s, Json::array(chronological, Json::event));
    QString text = TextView(actor.timeZone).caseCard(*record, *client, *consents, *handoffs, ball, chronological, now);
    if (!documents->isEmpty()) {
        text += u'\n' + Tr::tr("Documents on file (%1)\n").arg(documents->size());
        for (const Document &d : *documents)
            text += u"  %1 — %2 (%3 bytes), sha256 %4…\n"_s.arg(d.kind, d.fileName).arg(d.sizeBytes)
                        .arg(QString::fromLatin1(d.sha256.left(16)));
    }
    return ctx.print(json, text);
}

int caseList(Context &ctx)
{
    auto session = ctx.session(Acting::User);
    if (!session)
        return ctx.failed(session.error());
    const Actor &actor = session->actor;
    Workspace *ws = session->ws;
    CaseFilter filter;
    filter.agencyCode = ctx.args().value(u"--agency"_s);
    if (ctx.args().has(u"--status"_s)) {
        filter.status = caseStatusFromCode(ctx.args().value(u"--status"_s));
        if (!filter.status)
            return ctx.failed({ErrorCode::Invalid, Tr::tr("--status must be open, resolved or closed.")});
    }
    auto cases = ws->cases().cases(actor, filter);
    if (!cases)
        return ctx.failed(cases.error());
    TextView view(actor.timeZone);
    QString text;
    for (const Case &c : *cases)
        text += view.caseLine(c);
    return ctx.print(Json::array(*cases, Json::caseRecord), text.isEmpty() ? Tr::tr("No cases.") : text);
}

int caseStatus(Context &ctx)
{
    auto access = ctx.caseSession();
    if (!access)
        return ctx.failed(access.error());
    const auto status = caseStatusFromCode(ctx.positional(1));
    if (!status)
        return ctx.failed({ErrorCode::Invalid, Tr::tr("The status must be open, resolved or closed.")});
    auto changed = access->ws->cases().setStatus(access->actor, access->record.id, *status, ctx.args().value(u"--reason"_s));
    if (!changed)
        return ctx.failed(changed.error());
    return ctx.print(Json::caseRecord(*changed), Tr::tr("Case %1 is %2.").arg(changed->reference, caseStatusCode(changed->status)));
}

int printEvent(Context &ctx, const Actor &actor, const TimelineEvent &event, const QString &headline)
{
    return ctx.print(Json::event(event), headline + u'\n' + TextView(actor.timeZone).event(event));
}

int noteAdd(Context &ctx)
{
    auto access = ctx.caseSession();
    if (!access)
        return ctx.failed(access.error());
    const QString kindCode = ctx.args().value(u"--kind"_s, u"note"_s);
    const auto kind = eventKindFromCode(kindCode);
    if (!kind || !QList<EventKind>{EventKind::Note, EventKind::Call, EventKind::Visit, EventKind::Message}.contains(*kind))
        return ctx.failed({ErrorCode::Invalid, Tr::tr("--kind must be note, call, visit or message.")});
    auto at = ctx.args().has(u"--at"_s) ? parseInstant(u"--at"_s, ctx.args().value(u"--at"_s), access->actor.timeZone) : QDateTime();
    if (!at)
        return ctx.failed(at.error());
    NewEvent event;
    event.kind = *kind;
    event.text = ctx.args().value(u"--text"_s);
    event.visibility = ctx.args().flags.contains(u"--internal"_s) ? Visibility::Internal : Visibility::Shared;
    event.occurredAt = *at;
    auto added = access->ws->cases().addEvent(access->actor, access->record.id, event);
    if (!added)
        return ctx.failed(added.error());
    return printEvent(ctx, access->actor, *added, Tr::tr("Added to %1:").arg(access->record.reference));
}

int effortAdd(Context &ctx)
{
    auto access = ctx.caseSession();
    if (!access)
        return ctx.failed(access.error());
    const auto kind = effortKindFromCode(ctx.args().value(u"--kind"_s));
    if (!kind)
        return ctx.failed({ErrorCode::Invalid, Tr::tr("--kind must be chase-call, visit, resubmitted-document, "
                                                      "re-explained or relayed-information.")});
    auto added = access->ws->cases().recordEffort(access->actor, access->record.id, *kind, ctx.args().value(u"--text"_s));
    if (!added)
        return ctx.failed(added.error());
    return printEvent(ctx, access->actor, *added, Tr::tr("Customer effort recorded on %1:").arg(access->record.reference));
}

int summarySet(Context &ctx)
{
    auto access = ctx.caseSession();
    if (!access)
        return ctx.failed(access.error());
    const ParsedArgs &a = ctx.args();
    if (!a.has(u"--text"_s) && !a.has(u"--situation"_s) && !a.has(u"--needs"_s) && !a.has(u"--done"_s)
        && !a.has(u"--next-step"_s))
        return ctx.usage(Tr::tr("summary set needs --text (the situation) or --situation/--needs/--done/--next-step"));
    if (a.has(u"--text"_s) && a.has(u"--situation"_s))
        return ctx.usage(Tr::tr("--text and --situation are the same part of the summary; give one"));
    // Parts not given keep their current text: one agency updates what it knows.
    Summary summary = access->record.summary;
    summary.situation = a.value(u"--situation"_s, a.value(u"--text"_s, summary.situation));
    summary.needs = a.value(u"--needs"_s, summary.needs);
    summary.doneSoFar = a.value(u"--done"_s, summary.doneSoFar);
    summary.nextStep = a.value(u"--next-step"_s, summary.nextStep);
    // The parts not given were read above: if someone saves meanwhile, refuse rather than
    // write their old text back over theirs.
    std::optional<int> expected = access->record.summary.version;
    if (a.has(u"--expect-version"_s)) {
        bool ok = false;
        expected = a.value(u"--expect-version"_s).toInt(&ok);
        if (!ok)
            return ctx.failed({ErrorCode::Invalid, Tr::tr("--expect-version must be a number.")});
    }
    if (summary.isEmpty())
        return ctx.failed({ErrorCode::Invalid, Tr::tr("The summary cannot be empty.")});
    auto saved = access->ws->cases().setSummary(access->actor, access->record.id, summary, expected);
    if (!saved)
        return ctx.failed(saved.error());
    return ctx.print(Json::summary(*saved), Tr::tr("Summary of %1 is now version %2:\n").arg(access->record.reference).arg(saved->version)
                                                + TextView(access->actor.timeZone).summary(*saved));
}

int documentAdd(Context &ctx)
{
    auto access = ctx.caseSession();
    if (!access)
        return ctx.failed(access.error());
    const QString path = ctx.args().value(u"--file"_s);
    if (path.isEmpty() || !ctx.args().has(u"--kind"_s))
        return ctx.usage(Tr::tr("document add needs --kind KIND and --file PATH"));
    QFile file(path);
    if (!file.exists())
        return ctx.failed({ErrorCode::NotFound, Tr::tr("There is no file %1.").arg(path)});
    if (!QFileInfo(path).isFile())
        return ctx.failed({ErrorCode::Invalid, Tr::tr("%1 is not a regular file; nothing was added.").arg(path)});
    if (file.size() > maxDocumentBytes)
        return ctx.failed({ErrorCode::Invalid, Tr::tr("%1 is larger than the %2 MB a document may be; nothing was added.")
                                                   .arg(path).arg(maxDocumentBytes / 1'000'000)});
    if (!file.open(QIODevice::ReadOnly))
        return ctx.failed({ErrorCode::Invalid, Tr::tr("Cannot read %1: %2").arg(path, file.errorString())});
    auto added = access->ws->cases().addDocument(access->actor, access->record.id, ctx.args().value(u"--kind"_s),
                                                 QFileInfo(path).fileName(), file.read(maxDocumentBytes + 1));
    if (!added)
        return ctx.failed(added.error());
    const Document &d = added->document;
    QJsonObject json = Json::document(d);
    json.insert(u"alreadyOnFile"_s, added->alreadyOnFile);
    if (added->alreadyOnFile) {
        ctx.warn(Tr::tr("the customer already provided this document (%1, %2, by %3); it was not stored again — "
                        "no need to ask them for it.").arg(d.fileName, TextView(access->actor.timeZone).dateTime(d.providedAt), d.agencyCode));
        return ctx.print(json, Tr::tr("Already on file: %1 — %2, sha256 %3").arg(d.kind, d.fileName, QString::fromLatin1(d.sha256)));
    }
    return ctx.print(json, Tr::tr("Document on file for %1: %2 — %3 (%4 bytes)\nsha256 %5")
                               .arg(access->record.reference, d.kind, d.fileName)
                               .arg(d.sizeBytes)
                               .arg(QString::fromLatin1(d.sha256)));
}

int documentList(Context &ctx)
{
    auto access = ctx.caseSession();
    if (!access)
        return ctx.failed(access.error());
    auto documents = access->ws->cases().documents(access->actor, access->record.id);
    if (!documents)
        return ctx.failed(documents.error());
    TextView view(access->actor.timeZone);
    QString text;
    for (const Document &d : *documents)
        text += u"#%1  %2  %3  %4 bytes  %5 by %6 (%7)\n    sha256 %8\n"_s.arg(d.id).arg(d.kind.leftJustified(18), d.fileName)
                    .arg(d.sizeBytes)
                    .arg(view.dateTime(d.providedAt), d.recordedBy, d.agencyCode, QString::fromLatin1(d.sha256));
    return ctx.print(Json::array(*documents, Json::document), text.isEmpty() ? Tr::tr("No documents on file.") : text);
}

int timeline(Context &ctx)
{
    auto access = ctx.caseSession();
    if (!access)
        return ctx.failed(access.error());
    TimelineQuery query;
    query.newestFirst = ctx.args().flags.contains(u"--newest-first"_s);
    if (ctx.args().has(u"--limit"_s)) {
        bool ok = false;
        query.limit = ctx.args().value(u"--limit"_s).toInt(&ok);
        if (!ok || query.limit < 1)
            return ctx.failed({ErrorCode::Invalid, Tr::tr("--limit must be a positive whole number.")});
    }
    auto events = access->ws->cases().timeline(access->actor, access->record.id, query);
    if (!events)
        return ctx.failed(events.error());
    const QString header = u"%1 — %2 (%3)\n"_s.arg(access->record.reference, access->record.title, access->record.clientName);
    return ctx.print(QJsonObject{{u"case"_s, access->record.reference}, {u"headHash"_s, QString::fromLatin1(access->record.headHash)},
                                 {u"events"_s, Json::array(*events, Json::event)}},
                     header + TextView(access->actor.timeZone).timeline(*events));
}

int correct(Context &ctx)
{
    auto access = ctx.caseSession();
    if (!access)
        return ctx.failed(access.error());
    bool ok = false;
    const int seq = ctx.args().value(u"--event"_s).remove(u'#').toInt(&ok);
    if (!ok)
        return ctx.usage(Tr::tr("correct needs --event N (the # of the event in the timeline)"));
    auto added = access->ws->cases().correct(access->actor, access->record.id, seq, ctx.args().value(u"--text"_s));
    if (!added)
        return ctx.failed(added.error());
    return printEvent(ctx, access->actor, *added, Tr::tr("Correction recorded on %1:").arg(access->record.reference));
}

int search(Context &ctx)
{
    auto session = ctx.session(Acting::User);
    if (!session)
        return ctx.failed(session.error());
    const Actor &actor = session->actor;
    Workspace *ws = session->ws;
    auto hits = ws->search().search(actor, ctx.args().positional.join(u' '));
    if (!hits)
        return ctx.failed(hits.error());
    return ctx.print(Json::array(*hits, Json::searchHit), TextView(actor.timeZone).searchHits(*hits));
}

} // namespace

void addCaseCommands(QList<Command> &commands)
{
    const OptionSpec none;
    commands << Command{u"case open"_s, u"--client ID --title TEXT [--category C] --as LOGIN"_s,
                        Tr::tr("Open a case for a customer; your agency leads it and you coordinate it."), 0, 0,
                        {{u"--client"_s, u"--title"_s, u"--category"_s}, {}, {}}, caseOpen}
             << Command{u"case show"_s, u"REF --as LOGIN"_s,
                        Tr::tr("The case at a glance: customer, consent, who holds the ball, summary, handoffs."), 1, 1,
                        none, caseShow}
             << Command{u"case list"_s, u"[--agency CODE] [--status S] --as LOGIN"_s,
                        Tr::tr("The cases you may see, latest activity first."), 0, 0,
                        {{u"--agency"_s, u"--status"_s}, {}, {}}, caseList}
             << Command{u"case status"_s, u"REF open|resolved|closed --reason TEXT --as LOGIN"_s,
                        Tr::tr("Resolve, close or reopen a case (lead agency)."), 2, 2, {{u"--reason"_s}, {}, {}},
                        caseStatus}
             << Command{u"note add"_s, u"REF --text TEXT [--kind note|call|visit|message] [--at ISO] [--internal] --as LOGIN"_s,
                        Tr::tr("Add a note, call, visit or message to the timeline."), 1, 1,
                        {{u"--text"_s, u"--kind"_s, u"--at"_s}, {u"--internal"_s}, {}}, noteAdd}
             << Command{u"effort add"_s,
                        u"REF --kind chase-call|visit|resubmitted-document|re-explained|relayed-information --text TEXT --as LOGIN"_s,
                        Tr::tr("Record that the customer had to carry the service."), 1, 1,
                        {{u"--kind"_s, u"--text"_s}, {}, {}}, effortAdd}
             << Command{u"summary set"_s,
                        u"REF --text TEXT [--needs T] [--done T] [--next-step T] [--expect-version N] --as LOGIN"_s,
                        Tr::tr("Update the case summary (--text is the situation); with --expect-version, refuse "
                               "if someone saved meanwhile (exit 6)."),
                        1, 1,
                        {{u"--text"_s, u"--situation"_s, u"--needs"_s, u"--done"_s, u"--next-step"_s, u"--expect-version"_s}, {}, {}},
                        summarySet}
             << Command{u"document add"_s, u"REF --kind KIND --file PATH --as LOGIN"_s,
                        Tr::tr("Keep a document the customer provided (max 25 MB); the same file is never asked twice."),
                        1, 1, {{u"--kind"_s, u"--file"_s}, {}, {}}, documentAdd}
             << Command{u"document list"_s, u"REF --as LOGIN"_s, Tr::tr("Documents on file for a case."), 1, 1, none,
                        documentList}
             << Command{u"timeline"_s, u"REF [--newest-first] [--limit N] --as LOGIN"_s,
                        Tr::tr("The case's timeline, grouped by day."), 1, 1,
                        {{u"--limit"_s}, {u"--newest-first"_s}, {}}, timeline}
             << Command{u"correct"_s, u"REF --event N --text TEXT --as LOGIN"_s,
                        Tr::tr("Correct a timeline event (the original stays, the correction points at it)."), 1, 1,
                        {{u"--event"_s, u"--text"_s}, {}, {}}, correct}
             << Command{u"search"_s, u"QUERY --as LOGIN"_s,
                        Tr::tr("Find customers and cases: name (either script), CIN, phone, reference, note text."), 1,
                        -1, none, search};
}

} // namespace Relais::Cli
