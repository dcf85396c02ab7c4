// "Who saw this file": the access log of one customer, for an auditor or the customer.
#include "pdf/accessreport.h"

#include "pdf/pdfexporter.h"
#include "pdf/textflow.h"

#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Pdf {

namespace {

const QString separator = u"  ·  "_s;

QString roleName(const QString &code, const Wording &w)
{
    if (code == u"admin"_s)
        return w.tr("network administrator");
    if (code == u"network-supervisor"_s)
        return w.tr("network supervisor");
    if (code == u"supervisor"_s)
        return w.tr("supervisor");
    if (code == u"agent"_s)
        return w.tr("agent");
    return code;
}

QString refusedWhat(const QString &attempted, const Wording &w)
{
    if (attempted == u"view-case"_s)
        return w.tr("tried to read the case");
    if (attempted == u"add-to-timeline"_s)
        return w.tr("tried to add to the timeline");
    if (attempted == u"edit-summary"_s)
        return w.tr("tried to change the summary");
    if (attempted == u"request-handoff"_s)
        return w.tr("tried to hand the case to another agency");
    if (attempted == u"act-on-handoff"_s)
        return w.tr("tried to move a handoff");
    if (attempted == u"signal-handoff"_s)
        return w.tr("tried to nudge or escalate a handoff");
    if (attempted == u"record-consent"_s)
        return w.tr("tried to record consent");
    if (attempted == u"read-access-log"_s)
        return w.tr("tried to see who saw the file");
    return w.tr("tried something not allowed");
}

QString readWhat(const AccessEntry &e, const Wording &w)
{
    const QString &a = e.action;
    if (a == u"case.view"_s)
        return e.details.value(u"via"_s).toString() == u"search"_s ? w.tr("opened the case from search results")
                                                                    : w.tr("opened the case");
    if (a == u"case.timeline"_s)
        return w.tr("read the timeline");
    if (a == u"case.documents"_s)
        return w.tr("looked at the documents on file");
    if (a == u"case.handoffs"_s)
        return w.tr("read the handoffs and the summary they carry");
    if (a == u"case.export"_s)
        return e.details.value(u"document"_s).toString() == u"letter"_s ? w.tr("exported a status letter to PDF")
                                                                         : w.tr("exported the timeline to PDF");
    if (a == u"search.case"_s)
        return w.tr("found the case in a search");
    if (a == u"search.excerpts"_s)
        return w.tr("saw excerpts of the timeline in a search");
    if (a == u"search.customer"_s)
        return w.tr("found the customer in a search");
    if (a == u"access-log.read"_s)
        return w.tr("looked at who saw the file");
    if (a == u"client.personal-data-export"_s)
        return w.tr("exported everything held about the customer");
    return a;
}

QString why(const AccessEntry &e, const Wording &w)
{
    const QString role = roleName(e.details.value(u"role"_s).toString(), w);
    if (e.denied())
        return e.details.value(u"participant"_s).toBool() ? w.tr("not allowed in their role (%1)").arg(role)
                                                           : w.tr("their agency takes no part in the case");
    const QString basis = e.details.value(u"basis"_s).toString();
    if (basis == u"participant"_s)
        return w.tr("their agency takes part in the case");
    if (basis == u"network"_s)
        return w.tr("%1: sees every case of the network").arg(role);
    if (basis == u"lookup"_s)
        return w.tr("anyone at an agency may look customers up");
    if (e.userId == 0)
        return w.tr("owner of the case file");
    return w.tr("not recorded (logged before Relais kept the reason)");
}

QString who(const AccessEntry &e, const Wording &w)
{
    if (e.userId == 0)
        return w.tr("the case file's owner, at the console");
    QString text = TextFlow::isolated(u"%1 (%2)"_s.arg(e.userName, e.login));
    if (!e.agencyName.isEmpty())
        text += separator + TextFlow::isolated(e.agencyName);
    return text;
}

QString person(const AccessPerson &p, const Wording &w)
{
    return TextFlow::isolated(u"%1 (%2)"_s.arg(p.name, p.login)) + u", "_s + roleName(p.roleCode, w);
}

void writeEntry(TextFlow &flow, const AccessEntry &e, const QString &timeZone, const Wording &w)
{
    flow.beginLine(0, 3);
    flow.keepWithNext();
    flow.append(w.dateTime(e.at, timeZone), Ink::Strong, 8.5);
    flow.append(separator + who(e, w), Ink::Body, 8.5);
    if (e.denied()) {
        flow.line(w.tr("Refused: %1").arg(refusedWhat(e.details.value(u"attempted"_s).toString(), w)), Ink::Late, 8.5, 1);
        flow.line(w.tr("Why not: %1").arg(why(e, w)), Ink::Muted, 8, 1);
        return;
    }
    QString what = readWhat(e, w);
    const QString query = e.details.value(u"query"_s).toString();
    if (!query.isEmpty())
        what += u" — "_s + w.tr("searched for “%1”").arg(TextFlow::isolated(query));
    flow.line(what, Ink::Body, 8.5, 1);
    flow.line(w.tr("Why they could: %1").arg(why(e, w)), Ink::Muted, 8, 1);
}

void writeEntries(TextFlow &flow, const QList<AccessEntry> &entries, const QString &timeZone, const Wording &w,
                  const QString &none)
{
    if (entries.isEmpty()) {
        flow.line(none, Ink::Muted, 8.5);
        return;
    }
    for (const AccessEntry &e : entries)
        writeEntry(flow, e, timeZone, w);
}

QString joined(const ParticipantAccess &p, const Wording &w)
{
    if (p.lead)
        return w.tr("lead agency: it opened the case");
    if (p.handoffNumber > 0)
        return w.tr("handoff #%1 from %2, asked by %3")
            .arg(p.handoffNumber)
            .arg(TextFlow::isolated(p.handoffFrom), TextFlow::isolated(p.handoffRequestedBy));
    return w.tr("added to the case");
}

void writeCouldSee(TextFlow &flow, const CaseAccess &c, const QString &timeZone, const Wording &w)
{
    flow.subheading(w.tr("Who can see it now"));
    for (const ParticipantAccess &p : c.participants) {
        flow.beginLine(0, 3);
        flow.keepWithNext();
        flow.append(TextFlow::isolated(p.agency.name), Ink::Strong, 8.5);
        flow.append(separator + w.tr("since %1").arg(w.dateTime(p.since, timeZone)) + separator + joined(p, w),
                    Ink::Muted, 8.5);
        QStringList people;
        for (const AccessPerson &someone : p.people)
            people << person(someone, w);
        flow.line(people.isEmpty() ? w.tr("nobody there may read it now") : people.join(u"; "_s), Ink::Body, 8, 1);
    }
    for (const NetworkAccess &n : c.networkRoles) {
        flow.beginLine(0, 3);
        flow.keepWithNext();
        flow.append(w.tr("Every case of the network: %1").arg(roleName(n.roleCode, w)), Ink::Strong, 8.5);
        QStringList people;
        for (const AccessPerson &someone : n.people)
            people << person(someone, w) + separator + TextFlow::isolated(someone.agencyName);
        flow.line(people.join(u"; "_s), Ink::Body, 8, 1);
    }
}

QString zoneLine(const AccessReport &r, const QString &timeZone, const Wording &w)
{
    const int offset = QTimeZone(timeZone.toUtf8()).offsetFromUtc(r.generatedAt) / 60;
    const QString utc = u"UTC%1%2:%3"_s.arg(offset < 0 ? u"-"_s : u"+"_s)
                            .arg(std::abs(offset) / 60, 2, 10, QChar(u'0'))
                            .arg(std::abs(offset) % 60, 2, 10, QChar(u'0'));
    return w.tr("All times are in %1 (%2 when this document was generated).").arg(timeZone, utc);
}

} // namespace

PrintedPdf printAccessReport(const AccessReport &r, const QString &language, const QString &timeZone)
{
    const Wording w(language);
    PdfCanvas canvas(PaperSize::A4, w.direction());
    TextFlow flow(canvas, w.direction());
    const QString name = w.tr("Who saw this file");
    const QString customer = r.client.displayName();
    flow.title(name);
    flow.line(TextFlow::isolated(customer), Ink::Strong, 12.5);
    flow.space(4);
    flow.line(w.tr("For every case of this customer: who can see it now and why, every time someone read it or was "
                   "refused, and the reason they could, as it stood at that moment."),
              Ink::Body, 8.5);
    if (!r.mergedClientIds.isEmpty()) {
        QStringList ids;
        for (Id id : r.mergedClientIds)
            ids << QString::number(id);
        flow.line(w.tr("Files merged into this one (customer numbers %1) are included.").arg(ids.join(u", "_s)),
                  Ink::Body, 8.5);
    }
    if (!r.networkWide)
        flow.line(w.tr("Only the cases %1 takes part in are included.").arg(TextFlow::isolated(r.reader.agencyName)),
                  Ink::Body, 8.5);
    flow.line(zoneLine(r, timeZone, w), Ink::Muted, 8);

    for (const CaseAccess &c : r.cases) {
        // One unit, read left to right in either document direction: the reference, then the title.
        flow.heading(TextFlow::isolated(u"%1 — %2"_s.arg(c.reference, c.title)));
        writeCouldSee(flow, c, timeZone, w);
        flow.subheading(w.tr("Who saw it (%1)").arg(c.reads.size()));
        writeEntries(flow, c.reads, timeZone, w, w.tr("Nobody has read this case yet."));
        flow.subheading(w.tr("Refused attempts (%1)").arg(c.denied.size()));
        writeEntries(flow, c.denied, timeZone, w, w.tr("Nobody was refused."));
    }
    if (r.cases.isEmpty())
        flow.line(w.tr("This customer has no case."), Ink::Muted);
    if (r.networkWide) {
        flow.heading(w.tr("About the customer"));
        flow.line(w.tr("Searches that showed the customer's name, exports of their data and earlier readings of this "
                       "report."),
                  Ink::Muted, 8);
        writeEntries(flow, r.customerReads, timeZone, w, w.tr("Nothing recorded."));
    }

    PageFrame frame;
    frame.headerStart = TextFlow::isolated(customer);
    frame.headerEnd = name;
    frame.footerStart = w.tr("Generated %1 by %2 (%3)")
                            .arg(w.dateTime(r.generatedAt, timeZone), TextFlow::isolated(r.reader.displayName),
                                 r.reader.agencyCode);
    frame.footerHashLabel = w.tr("Reading this report was itself recorded in the access log.");
    frame.pageLabel = [&w](int page, int pages) { return w.tr("Page %1 of %2").arg(page).arg(pages); };
    PdfMetadata metadata;
    metadata.title = u"%1 — %2"_s.arg(name, customer);
    metadata.author = u"%1 (%2)"_s.arg(r.reader.displayName, r.reader.agencyName);
    metadata.subject = name;
    metadata.keywords = u"Relais, access log"_s;
    PrintedPdf out;
    out.bytes = canvas.print(frame, metadata);
    out.pages = canvas.pageCount();
    return out;
}

Result<PrintedPdf> saveAccessReport(const AccessReport &report, const QString &language, const QString &timeZone,
                                    const QString &path)
{
    if (auto ok = PdfExporter::checkDestination(path); !ok)
        return std::unexpected(ok.error());
    PrintedPdf printed = printAccessReport(report, language, timeZone);
    if (auto ok = PdfExporter::writeAtomically(path, printed.bytes); !ok)
        return std::unexpected(ok.error());
    return printed;
}

} // namespace Relais::Pdf
