// access-log and client export-data: who saw a customer's file, and everything held about them.
#include "cli.h"
#include "textview.h"

#include "casefile/json.h"
#include "export/exportoptions.h"
#include "pdf/accessreport.h"
#include "pdf/pdfexporter.h"
#include "pdf/personaldatadocuments.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Cli {

namespace {

QString personList(const QList<AccessPerson> &people, bool withAgency)
{
    QStringList shown;
    for (const AccessPerson &p : people)
        shown << (withAgency ? u"%1 (%2, %3, %4)"_s.arg(p.name, p.login, accessRoleLabel(p.roleCode), p.agencyCode)
                             : u"%1 (%2, %3)"_s.arg(p.name, p.login, accessRoleLabel(p.roleCode)));
    return shown.isEmpty() ? Tr::tr("nobody there may read it now") : shown.join(u", "_s);
}

void appendEntries(QString &text, const QList<AccessEntry> &entries, const TextView &view)
{
    for (const AccessEntry &e : entries) {
        QString what = accessWhat(e);
        if (const QString query = e.details.value(u"query"_s).toString(); !query.isEmpty())
            what += Tr::tr(" — searched for “%1”").arg(query);
        const QString agency = e.agencyName.isEmpty() ? QString() : u" · "_s + e.agencyName;
        text += u"    %1  %2%3 — %4\n"_s.arg(view.dateTime(e.at), accessWho(e), agency, what);
        text += u"                      %1 %2\n"_s.arg(e.denied() ? Tr::tr("why not:") : Tr::tr("why:"), accessWhy(e));
    }
}

QString reportText(const AccessReport &r, const TextView &view, const QString &timeZone)
{
    QString text = Tr::tr("Who saw the file of %1 (client %2)\n").arg(r.client.displayName()).arg(r.client.id);
    if (!r.mergedClientIds.isEmpty()) {
        QStringList ids;
        for (Id id : r.mergedClientIds)
            ids << QString::number(id);
        text += Tr::tr("Includes the files merged into it: client %1\n").arg(ids.join(u", "_s));
    }
    text += Tr::tr("Read by %1 (%2) on %3 · times in %4\n")
                .arg(r.reader.displayName, r.reader.login, view.dateTime(r.generatedAt), timeZone);
    if (!r.networkWide)
        text += Tr::tr("Only the cases %1 takes part in.\n").arg(r.reader.agencyName);
    for (const CaseAccess &c : r.cases) {
        text += u"\n%1 — %2  [%3]\n"_s.arg(c.reference, c.title, caseStatusCode(c.status));
        text += Tr::tr("  Who can see it now\n");
        for (const ParticipantAccess &p : c.participants) {
            text += u"    %1 (%2) — %3, %4\n"_s.arg(p.agency.name, p.agency.code,
                                                   Tr::tr("since %1").arg(view.dateTime(p.since)), joinedHow(p));
            text += u"      %1\n"_s.arg(personList(p.people, false));
        }
        for (const NetworkAccess &n : c.networkRoles)
            text += Tr::tr("    Every case of the network, as %1: %2\n")
                        .arg(accessRoleLabel(n.roleCode), personList(n.people, true));
        text += Tr::tr("  Who saw it (%1)\n").arg(c.reads.size());
        appendEntries(text, c.reads, view);
        text += Tr::tr("  Refused attempts (%1)\n").arg(c.denied.size());
        appendEntries(text, c.denied, view);
    }
    if (r.cases.isEmpty())
        text += Tr::tr("\nThis customer has no case.\n");
    if (r.networkWide) {
        text += Tr::tr("\nAbout the customer: searches that showed them, exports of their data (%1)\n")
                    .arg(r.customerReads.size());
        appendEntries(text, r.customerReads, view);
    }
    return text;
}

int accessLog(Context &ctx)
{
    auto session = ctx.session(Acting::User);
    if (!session)
        return ctx.failed(session.error());
    const Actor &actor = session->actor;
    auto id = idArgument(ctx.positional(0), u"CLIENT_ID"_s);
    if (!id)
        return ctx.failed(id.error());
    const QString pdf = ctx.args().value(u"--pdf"_s);
    const QString language = ctx.args().value(u"--lang"_s).trimmed().toLower();
    if (!language.isEmpty() && documentLanguageCode(language) != language)
        return ctx.usage(Tr::tr("--lang is fr, ar or en, not \"%1\"").arg(language));
    // Before the log is read: a report that cannot be saved leaves no reading in the log.
    if (ctx.args().has(u"--pdf"_s))
        if (auto writable = Pdf::PdfExporter::checkDestination(pdf); !writable)
            return ctx.failed(writable.error());
    auto report = session->ws->accessLog().report(actor, *id, ctx.args().value(u"--case"_s));
    if (!report)
        return ctx.failed(report.error());
    const TextView view(actor.timeZone);
    QJsonObject json = Json::accessReport(*report);
    QString text = reportText(*report, view, actor.timeZone);
    if (ctx.args().has(u"--pdf"_s)) {
        // The customer's own language unless told otherwise: the report is about them.
        const QString documentLanguage = language.isEmpty() ? customerDocumentLanguage(report->client.preferredLanguage)
                                                            : language;
        auto printed = Pdf::saveAccessReport(*report, documentLanguage, actor.timeZone, pdf);
        if (!printed)
            return ctx.failed(printed.error());
        const QString path = QFileInfo(pdf).absoluteFilePath();
        json.insert(u"pdf"_s, QJsonObject{{u"path"_s, path}, {u"pages"_s, printed->pages},
                                          {u"language"_s, documentLanguage}});
        text = Tr::tr("Who saw the file of %1: %n case(s), written to %2 (%3 page(s), in %4).", nullptr,
                      int(report->cases.size()))
                   .arg(report->client.displayName(), path)
                   .arg(printed->pages)
                   .arg(documentLanguage);
    }
    return ctx.print(json, text);
}

int exportData(Context &ctx)
{
    auto session = ctx.session(Acting::User);
    if (!session)
        return ctx.failed(session.error());
    auto id = idArgument(ctx.positional(0), u"CLIENT_ID"_s);
    if (!id)
        return ctx.failed(id.error());
    const QString folder = ctx.args().value(u"--to"_s);
    if (folder.trimmed().isEmpty())
        return ctx.usage(Tr::tr("Say which folder to write to with --to DIR."));
    Pdf::PdfPersonalDataDocuments documents(*session->ws);
    auto exported = exportPersonalData(*session->ws, session->actor, *id, folder, documents);
    if (!exported)
        return ctx.failed(exported.error());
    const QJsonObject json{{u"client"_s, exported->client.id},
                           {u"folder"_s, exported->folder},
                           {u"files"_s, QJsonArray::fromStringList(exported->files)},
                           {u"cases"_s, QJsonArray::fromStringList(exported->cases)},
                           {u"documents"_s, exported->documents},
                           {u"language"_s, exported->language}};
    const QString text = Tr::tr("Everything held about %1 written to %2: %n case(s), %3 document(s), %4 files; "
                                "README.txt (in %5) says what each is.",
                                nullptr, int(exported->cases.size()))
                             .arg(exported->client.displayName(), exported->folder)
                             .arg(exported->documents)
                             .arg(exported->files.size())
                             .arg(exported->language);
    return ctx.print(json, text);
}

} // namespace

void addPrivacyCommands(QList<Command> &commands)
{
    commands << Command{u"access-log"_s, u"CLIENT_ID [--case REF] [--pdf FILE] [--lang fr|ar|en] --as LOGIN"_s,
                        Tr::tr("Who could see each case of the customer, who saw it, why, and who was refused "
                               "(supervisors: their agency's cases; admins: all). --pdf writes it as a PDF, in the "
                               "customer's language unless --lang. Reading it is logged."),
                        1, 1, {{u"--case"_s, u"--pdf"_s, u"--lang"_s}, {}, {}}, accessLog}
             << Command{u"client export-data"_s, u"CLIENT_ID --to DIR --as LOGIN"_s,
                        Tr::tr("Write everything held about the customer to a new folder (right of access): identity, "
                               "consents, every case in full, the documents they provided, who saw their file, and a "
                               "README.txt in their language. Network administrators only."),
                        1, 1, {{u"--to"_s}, {}, {}}, exportData};
}

} // namespace Relais::Cli
