// client and consent commands: the customer's identity and what they agreed to share.
#include "cli.h"
#include "textview.h"

#include "casefile/json.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Cli {

namespace {

Result<Id> idArgument(const QString &text, const QString &what)
{
    bool ok = false;
    const Id id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return fail(ErrorCode::Invalid, Tr::tr("%1 must be a number, not \"%2\".").arg(what, text));
    return id;
}

int clientAdd(Context &ctx)
{
    auto session = ctx.session(Acting::UserOrConsole);
    if (!session)
        return ctx.failed(session.error());
    const Actor &actor = session->actor;
    Workspace *ws = session->ws;
    const ParsedArgs &a = ctx.args();
    if (!a.has(u"--name"_s) && !a.has(u"--name-ar"_s))
        return ctx.usage(Tr::tr("client add needs --name NAME (or --name-ar NAME)"));
    ClientDraft draft;
    draft.fullName = a.value(u"--name"_s);
    draft.fullNameAr = a.value(u"--name-ar"_s);
    draft.cin = a.value(u"--cin"_s);
    draft.phones = a.all(u"--phone"_s);
    draft.email = a.value(u"--email"_s);
    draft.address = a.value(u"--address"_s);
    draft.preferredLanguage = a.value(u"--language"_s, draft.preferredLanguage);
    draft.preferredChannel = a.value(u"--channel"_s, draft.preferredChannel);
    if (a.has(u"--birth-date"_s)) {
        draft.birthDate = QDate::fromString(a.value(u"--birth-date"_s), Qt::ISODate);
        if (!draft.birthDate.isValid())
            return ctx.failed({ErrorCode::Invalid, Tr::tr("--birth-date must be YYYY-MM-DD, not \"%1\".")
                                                       .arg(a.value(u"--birth-date"_s))});
    }
    auto registration = ws->clients().registerClient(actor, draft, a.flags.contains(u"--force"_s));
    if (!registration)
        return ctx.failed(registration.error());
    TextView view(actor.timeZone);
    const QJsonArray candidates = Json::array(registration->candidates, Json::candidate);
    if (!registration->created) {
        // Nothing was created: the probable existing files are the answer.
        ctx.print(QJsonObject{{u"created"_s, false}, {u"candidates"_s, candidates}}, view.candidates(registration->candidates));
        return Conflict;
    }
    if (registration->forced)
        ctx.warn(Tr::tr("registered despite %n probable duplicate(s); the override is recorded.", nullptr,
                        int(registration->candidates.size())));
    return ctx.print(QJsonObject{{u"created"_s, true}, {u"forced"_s, registration->forced},
                                 {u"client"_s, Json::client(registration->client)}, {u"candidates"_s, candidates}},
                     Tr::tr("Registered.\n") + view.client(registration->client));
}

int clientFind(Context &ctx)
{
    auto session = ctx.session(Acting::UserOrConsole);
    if (!session)
        return ctx.failed(session.error());
    const Actor &actor = session->actor;
    Workspace *ws = session->ws;
    auto found = ws->clients().find(actor, ctx.args().positional.join(u' '));
    if (!found)
        return ctx.failed(found.error());
    TextView view(actor.timeZone);
    QString text;
    for (const Client &c : *found)
        text += view.client(c);
    return ctx.print(Json::array(*found, Json::client), text.isEmpty() ? Tr::tr("No client matches.") : text);
}

int clientShow(Context &ctx)
{
    auto session = ctx.session(Acting::UserOrConsole);
    if (!session)
        return ctx.failed(session.error());
    const Actor &actor = session->actor;
    Workspace *ws = session->ws;
    auto id = idArgument(ctx.positional(0), u"CLIENT_ID"_s);
    if (!id)
        return ctx.failed(id.error());
    auto client = ws->clients().client(actor, *id);
    if (!client)
        return ctx.failed(client.error());
    TextView view(actor.timeZone);
    QString text = view.client(*client, ctx.args().flags.contains(u"--reveal-cin"_s));
    QJsonObject json = Json::client(*client);
    // Consents are shown to the agencies that serve the customer; others see the identity only.
    if (auto consents = ws->clients().consents(actor, *id)) {
        text += u"  %1 %2\n"_s.arg(Tr::tr("Consent").leftJustified(12), view.consentLine(*consents));
        json.insert(u"consents"_s, Json::array(*consents, Json::consent));
    } else if (consents.error().code != ErrorCode::Forbidden) {
        return ctx.failed(consents.error());
    }
    return ctx.print(json, text);
}

int consentGrant(Context &ctx)
{
    auto session = ctx.session(Acting::User);
    if (!session)
        return ctx.failed(session.error());
    const Actor &actor = session->actor;
    Workspace *ws = session->ws;
    auto id = idArgument(ctx.positional(0), u"CLIENT_ID"_s);
    if (!id)
        return ctx.failed(id.error());
    const bool network = ctx.args().flags.contains(u"--network"_s);
    // "--agency A B" and "--agency A --agency B" and "--agency A,B" all name A and B.
    QStringList codes;
    for (const QString &value : ctx.args().all(u"--agency"_s) + ctx.args().positional.mid(1))
        codes += value.split(u',', Qt::SkipEmptyParts);
    if (network == !codes.isEmpty())
        return ctx.usage(Tr::tr("consent grant needs either --agency CODE ... or --network"));
    auto consent = ws->clients().grantConsent(actor, *id, network ? ConsentScope::Network : ConsentScope::Agencies,
                                                 codes, ctx.args().value(u"--note"_s));
    if (!consent)
        return ctx.failed(consent.error());
    return ctx.print(Json::consent(*consent),
                     Tr::tr("Consent %1 recorded: client %2 agrees to share the file with %3.")
                         .arg(consent->id)
                         .arg(*id)
                         .arg(network ? Tr::tr("the whole network") : consent->agencyCodes.join(u", "_s)));
}

int consentRevoke(Context &ctx)
{
    auto session = ctx.session(Acting::User);
    if (!session)
        return ctx.failed(session.error());
    const Actor &actor = session->actor;
    Workspace *ws = session->ws;
    auto id = idArgument(ctx.positional(0), u"CONSENT_ID"_s);
    if (!id)
        return ctx.failed(id.error());
    auto consent = ws->clients().revokeConsent(actor, *id, ctx.args().value(u"--reason"_s));
    if (!consent)
        return ctx.failed(consent.error());
    return ctx.print(Json::consent(*consent), Tr::tr("Consent %1 revoked.").arg(*id));
}

int consentList(Context &ctx)
{
    auto session = ctx.session(Acting::User);
    if (!session)
        return ctx.failed(session.error());
    const Actor &actor = session->actor;
    Workspace *ws = session->ws;
    auto id = idArgument(ctx.positional(0), u"CLIENT_ID"_s);
    if (!id)
        return ctx.failed(id.error());
    auto consents = ws->clients().consents(actor, *id);
    if (!consents)
        return ctx.failed(consents.error());
    TextView view(actor.timeZone);
    QString text;
    for (const Consent &k : *consents)
        text += u"%1  %2  granted %3 by %4%5\n"_s.arg(k.id)
                    .arg(k.scope == ConsentScope::Network ? Tr::tr("whole network") : k.agencyCodes.join(u", "_s),
                         view.dateTime(k.grantedAt), k.recordedBy,
                         k.active() ? QString() : Tr::tr(" — revoked %1 by %2").arg(view.dateTime(k.revokedAt), k.revokedBy));
    return ctx.print(Json::array(*consents, Json::consent), text.isEmpty() ? Tr::tr("No consent recorded.") : text);
}

} // namespace

void addClientCommands(QList<Command> &commands)
{
    commands << Command{u"client add"_s,
                        u"--name NAME [--name-ar NAME] [--cin CIN] [--phone P]... [--birth-date YYYY-MM-DD] "
                        "[--email E] [--address A] [--language fr|ar|en] [--channel C] [--force] [--as LOGIN]"_s,
                        Tr::tr("Register a customer; a probable duplicate is shown instead (exit 6) unless --force."),
                        0, 0,
                        {{u"--name"_s, u"--name-ar"_s, u"--cin"_s, u"--phone"_s, u"--birth-date"_s, u"--email"_s,
                          u"--address"_s, u"--language"_s, u"--channel"_s},
                         {u"--force"_s},
                         {u"--phone"_s}},
                        clientAdd}
             << Command{u"client find"_s, u"QUERY [--as LOGIN]"_s, Tr::tr("Find customers by name (either script), CIN or phone."),
                        1, -1, {}, clientFind}
             << Command{u"client show"_s, u"CLIENT_ID [--reveal-cin] [--as LOGIN]"_s, Tr::tr("Show a customer's identity and consent."),
                        1, 1, {{}, {u"--reveal-cin"_s}, {}}, clientShow}
             << Command{u"consent grant"_s, u"CLIENT_ID (--agency CODE ... | --network) [--note TEXT] --as LOGIN"_s,
                        Tr::tr("Record the customer's consent to share the file."), 1, -1,
                        {{u"--agency"_s, u"--note"_s}, {u"--network"_s}, {u"--agency"_s}}, consentGrant}
             << Command{u"consent revoke"_s, u"CONSENT_ID --reason TEXT --as LOGIN"_s,
                        Tr::tr("Record that the customer withdrew a consent."), 1, 1, {{u"--reason"_s}, {}, {}},
                        consentRevoke}
             << Command{u"consent list"_s, u"CLIENT_ID --as LOGIN"_s,
                        Tr::tr("List a customer's consents (agencies serving the customer)."), 1, 1, {}, consentList};
}

} // namespace Relais::Cli
