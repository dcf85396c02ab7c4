// client and consent commands: the customer's identity and what they agreed to share.
#include "cli.h"
#include "textview.h"

#include "casefile/json.h"

#include "domain/cin.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Cli {

namespace {

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
    auto mergedInto = ws->merges().mergedInto(*id);
    if (!mergedInto)
        return ctx.failed(mergedInto.error());
    json.insert(u"mergedInto"_s, *mergedInto ? QJsonValue(**mergedInto) : QJsonValue());
    if (*mergedInto)
        text += u"  %1 %2\n"_s.arg(Tr::tr("Merged into").leftJustified(12),
                                   Tr::tr("client %1, which holds this customer's cases").arg(**mergedInto));
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

QString movedSummary(const ClientMergeRecord &m)
{
    QStringList parts;
    parts << Tr::tr("%n case(s)", nullptr, int(m.caseIds.size()))
                 + (m.caseReferences.isEmpty() ? QString() : u" (%1)"_s.arg(m.caseReferences.join(u", "_s)));
    parts << Tr::tr("%n document(s)", nullptr, int(m.documentIds.size()));
    parts << Tr::tr("%n consent(s)", nullptr, int(m.consentIds.size()));
    parts << Tr::tr("%n phone(s)", nullptr, int(m.phones.size()));
    return parts.join(u", "_s);
}

int clientMerge(Context &ctx)
{
    auto session = ctx.session(Acting::User);
    if (!session)
        return ctx.failed(session.error());
    auto keep = idArgument(ctx.positional(0), u"KEEP_ID"_s);
    if (!keep)
        return ctx.failed(keep.error());
    auto other = idArgument(ctx.positional(1), u"OTHER_ID"_s);
    if (!other)
        return ctx.failed(other.error());
    auto merged = session->ws->merges().merge(session->actor, *keep, *other, ctx.args().value(u"--reason"_s));
    if (!merged)
        return ctx.failed(merged.error());
    return ctx.print(Json::clientMerge(*merged),
                     Tr::tr("Merge %1: client %2 (%3) is merged into client %4 (%5).\n"
                            "Moved to client %4: %6.\n"
                            "Every case of the customer records the merge. Undo with: relais-cli client unmerge %1 --as LOGIN")
                         .arg(merged->id)
                         .arg(merged->mergedClientId)
                         .arg(merged->mergedClientName)
                         .arg(merged->keptClientId)
                         .arg(merged->keptClientName, movedSummary(*merged)));
}

int clientUnmerge(Context &ctx)
{
    auto session = ctx.session(Acting::User);
    if (!session)
        return ctx.failed(session.error());
    auto id = idArgument(ctx.positional(0), u"MERGE_ID"_s);
    if (!id)
        return ctx.failed(id.error());
    auto undone = session->ws->merges().unmerge(session->actor, *id, ctx.args().value(u"--reason"_s));
    if (!undone)
        return ctx.failed(undone.error());
    return ctx.print(Json::clientMerge(*undone),
                     Tr::tr("Merge %1 undone: client %2 (%3) is a file of its own again.\n"
                            "Moved back from client %4: %5.")
                         .arg(undone->id)
                         .arg(undone->mergedClientId)
                         .arg(undone->mergedClientName)
                         .arg(undone->keptClientId)
                         .arg(movedSummary(*undone)));
}

QString rowName(const ImportRow &row)
{
    const QString name = personName(row.draft.fullName.simplified(), row.draft.fullNameAr.simplified());
    return name.isEmpty() ? Tr::tr("(no name)") : name;
}

QString previewText(const QString &path, const ImportPreview &p)
{
    QString text = Tr::tr("Preview of %1: %n row(s), separator \"%2\", UTF-8%3\n", nullptr, int(p.rows.size()))
                       .arg(QFileInfo(path).fileName(), QString(p.separator),
                            p.hadBom ? Tr::tr(" with byte-order mark") : QString());
    QStringList columns;
    for (const ImportColumn &c : p.columns)
        columns << u"%1 → %2"_s.arg(c.header.isEmpty() ? Tr::tr("column %1").arg(c.index + 1) : c.header,
                                    c.field ? importFieldCode(*c.field) : Tr::tr("not imported"));
    text += Tr::tr("Columns: %1\n").arg(columns.join(u" · "_s));
    auto section = [&](ImportRowStatus status, const QString &title, const std::function<QString(const ImportRow &)> &detail) {
        const int count = p.count(status);
        if (count == 0)
            return;
        text += title.arg(count) + u'\n';
        for (const ImportRow &row : p.rows)
            if (row.status == status)
                text += u"  %1  %2%3\n"_s.arg(Tr::tr("row %1").arg(row.row).leftJustified(8), rowName(row), detail(row));
    };
    section(ImportRowStatus::Ready, Tr::tr("Ready to import (%1):"), [](const ImportRow &row) {
        QStringList facts;
        if (!row.draft.cin.isEmpty())
            facts << Tr::tr("CIN %1").arg(maskCin(row.draft.cin));
        facts += row.draft.phones;
        return facts.isEmpty() ? QString() : u" · "_s + facts.join(u" · "_s);
    });
    section(ImportRowStatus::Invalid, Tr::tr("Invalid, not imported (%1):"), [](const ImportRow &row) {
        return u": "_s + row.problems.join(u"; "_s);
    });
    section(ImportRowStatus::Duplicate, Tr::tr("Probable duplicates, not imported (%1):"), [](const ImportRow &row) {
        QStringList why;
        for (const DuplicateCandidate &c : row.existing)
            why << Tr::tr("probably client %1 (%2): %3").arg(c.client.id).arg(c.client.displayName(), c.reasons.join(u", "_s));
        if (row.sameAsRow > 0)
            why << Tr::tr("same person as row %1 of the file (%2)").arg(row.sameAsRow).arg(row.sameAsReasons.join(u", "_s));
        return u": "_s + why.join(u"; "_s);
    });
    for (const QString &warning : p.warnings)
        text += Tr::tr("Note: %1\n").arg(warning);
    text += Tr::tr("Nothing was written. Run again with --commit to register the %n ready row(s).", nullptr,
                   p.count(ImportRowStatus::Ready));
    return text;
}

int clientImport(Context &ctx)
{
    const ParsedArgs &a = ctx.args();
    ImportOptions options;
    if (a.has(u"--separator"_s)) {
        const QString separator = a.value(u"--separator"_s);
        if (separator != u","_s && separator != u";"_s)
            return ctx.usage(Tr::tr("--separator must be \",\" or \";\", not \"%1\"").arg(separator));
        options.separator = separator.at(0);
    }
    for (const QString &choice : a.all(u"--map"_s)) {
        const qsizetype eq = choice.indexOf(u'=');
        if (eq <= 0 || eq == choice.size() - 1)
            return ctx.usage(Tr::tr("--map takes COLUMN=FIELD (for example \"Nom complet=name\"), not \"%1\"").arg(choice));
        options.mapping.append({choice.left(eq).trimmed(), choice.mid(eq + 1).trimmed()});
    }
    auto session = ctx.session(Acting::User);
    if (!session)
        return ctx.failed(session.error());
    const QString path = ctx.positional(0);
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return ctx.failed({ErrorCode::NotFound, Tr::tr("there is no file %1").arg(path)});
    // A customer list is small; a huge file is not one.
    constexpr qint64 maxImportBytes = 50'000'000;
    if (file.size() > maxImportBytes)
        return ctx.failed({ErrorCode::Invalid, Tr::tr("%1 is too large for a customer list (%2 bytes; at most %3). "
                                                      "Nothing was imported.").arg(path).arg(file.size()).arg(maxImportBytes)});
    if (!file.open(QIODevice::ReadOnly))
        return ctx.failed({ErrorCode::Storage, Tr::tr("cannot read %1: %2").arg(path, file.errorString())});
    const QByteArray bytes = file.readAll();

    auto preview = session->ws->imports().preview(session->actor, bytes, options);
    if (!preview)
        return ctx.failed(preview.error());
    if (a.flags.contains(u"--commit"_s)) {
        auto outcome = session->ws->imports().commit(session->actor, *preview);
        if (!outcome)
            return ctx.failed(outcome.error());
        if (outcome->skippedInvalid > 0)
            ctx.warn(Tr::tr("%n invalid row(s) skipped (relais-cli client import without --commit lists them).", nullptr,
                            outcome->skippedInvalid));
        QString text = Tr::tr("Imported %n customer(s) from %1", nullptr, outcome->created).arg(QFileInfo(path).fileName());
        text += Tr::tr(" (%1 invalid and %2 probable duplicate rows skipped).\n")
                    .arg(outcome->skippedInvalid)
                    .arg(outcome->skippedDuplicates);
        for (const Client &c : outcome->clients)
            text += u"  client %1  %2\n"_s.arg(c.id).arg(c.displayName());
        QJsonObject json = Json::importOutcome(*outcome);
        json.insert(u"committed"_s, true);
        return ctx.print(json, text);
    }
    QJsonObject json = Json::importPreview(*preview);
    json.insert(u"committed"_s, false);
    ctx.print(json, previewText(path, *preview));
    const int invalid = preview->count(ImportRowStatus::Invalid);
    if (invalid == 0)
        return Ok;
    return ctx.failed({ErrorCode::Invalid, Tr::tr("%n row(s) of %1 are invalid; fix them, or import the valid rows "
                                                  "with --commit.", nullptr, invalid).arg(QFileInfo(path).fileName())});
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
                        Tr::tr("List a customer's consents (agencies serving the customer)."), 1, 1, {}, consentList}
             << Command{u"client merge"_s, u"KEEP_ID OTHER_ID --reason TEXT --as LOGIN"_s,
                        Tr::tr("Merge a second file of the same person into the kept one (cases, documents, consents "
                               "and phones move; undo with client unmerge)."),
                        2, 2, {{u"--reason"_s}, {}, {}}, clientMerge}
             << Command{u"client unmerge"_s, u"MERGE_ID [--reason TEXT] --as LOGIN"_s,
                        Tr::tr("Undo a merge: exactly what moved goes back to the merged file."), 1, 1,
                        {{u"--reason"_s}, {}, {}}, clientUnmerge}
             << Command{u"client import"_s, u"FILE [--separator ,|;] [--map COLUMN=FIELD]... [--commit] --as LOGIN"_s,
                        Tr::tr("Preview registering customers from a CSV file (exit 4 when rows are invalid); "
                               "--commit registers the valid, non-duplicate rows in one go."),
                        1, 1, {{u"--separator"_s, u"--map"_s}, {u"--commit"_s}, {u"--map"_s}}, clientImport};
}

} // namespace Relais::Cli
