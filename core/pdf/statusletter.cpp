// The one-page status letter for the customer, in their language.
#include "pdf/casedocuments.h"
#include "pdf/documentframe.h"
#include "pdf/textflow.h"

#include "domain/phone.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Pdf {

namespace {

bool isOpen(const HandoffRecord &r)
{
    return !isTerminal(r.handoff.status);
}

/// "Garage Al Amal: repair the car — in hand since 3 March. Expected by 12 March." One whole
/// sentence per state, so each language orders and punctuates it its own way; what agents
/// typed is isolated so its direction cannot disturb the sentence around it.
QString workLine(const HandoffRecord &r, const CaseDossier &d, const Wording &w)
{
    // A letter names the work; it does not reproduce long instructions between agencies.
    QString ask = r.handoff.ask.simplified();
    while (ask.endsWith(u'.'))
        ask.chop(1);
    if (ask.size() > 140)
        ask = ask.left(139) + u"…"_s;
    const QString agency = TextFlow::isolated(r.handoff.to.name);
    const QString work = TextFlow::isolated(ask);
    const QString since = w.date(r.handoff.statusChangedAt, d.timeZone);
    QString line;
    switch (r.handoff.status) {
    case HandoffStatus::Requested:
    case HandoffStatus::Received:
        line = w.tr("%1: %2 — asked on %3, waiting for their confirmation.")
                   .arg(agency, work, w.date(r.handoff.requestedAt, d.timeZone));
        break;
    case HandoffStatus::OnHold:
        line = r.handoff.holdOnCustomer ? w.tr("%1: %2 — paused: waiting for something from you.").arg(agency, work)
                                        : w.tr("%1: %2 — paused since %3.").arg(agency, work, since);
        break;
    case HandoffStatus::Completed:
        line = w.tr("%1: %2 — done on %3.").arg(agency, work, since);
        break;
    default:
        line = w.tr("%1: %2 — in hand since %3.").arg(agency, work, since);
        break;
    }
    if (isOpen(r) && r.handoff.dueAt.isValid())
        line += u' ' + w.tr("Expected by %1.").arg(w.date(r.handoff.dueAt, d.timeZone));
    return line;
}

/// The customer's name in the script of the letter, else the one on file.
QString nameInLanguage(const Client &client, const QString &language)
{
    const QString preferred = language == u"ar"_s ? client.fullNameAr : client.fullName;
    return preferred.isEmpty() ? client.displayName() : preferred;
}

QString statusSentence(const CaseDossier &d, const Wording &w)
{
    switch (d.record.status) {
    case CaseStatus::Open:
        return w.tr("Your file is open and being handled.");
    case CaseStatus::Resolved:
        return w.tr("Your file is resolved. Tell us if anything is still missing.");
    case CaseStatus::Closed:
        return w.tr("Your file is closed.");
    }
    return {};
}

QString shortened(const QString &text, qsizetype limit)
{
    const QString simple = text.simplified();
    if (simple.size() <= limit)
        return text;
    const qsizetype cut = simple.lastIndexOf(u' ', limit - 1);
    return simple.left(cut > limit / 2 ? cut : limit - 1) + u" …"_s;
}

/// Lists at most `limit` lines, then "and N more".
void listLines(TextFlow &flow, const QStringList &lines, int limit, const Wording &w)
{
    for (int i = 0; i < lines.size() && i < limit; ++i)
        flow.bullet(lines[i]);
    if (lines.size() > limit)
        flow.bullet(w.tr("and %n more", nullptr, int(lines.size() - limit)));
}

void writeLetterhead(TextFlow &flow, const CaseDossier &d, const Wording &w)
{
    const ContactPoint &c = d.coordinator;
    flow.title(c.agencyName.isEmpty() ? d.record.leadAgency.name : c.agencyName, 14);
    if (!c.address.isEmpty())
        flow.line(TextFlow::isolated(c.address), Ink::Muted, 8.5);
    flow.line(w.date(d.generatedAt, d.timeZone), Ink::Muted, 8.5);
    flow.space(10);
    flow.beginLine();
    flow.append(w.tr("Your file %1").arg(d.record.reference), Ink::Strong, 11);
    flow.line(TextFlow::isolated(d.record.title), Ink::Body, 10.5);
}

void writeBody(TextFlow &flow, const CaseDossier &d, const Wording &w, int listLimit)
{
    flow.space(8);
    flow.line(w.tr("Dear %1,").arg(TextFlow::isolated(nameInLanguage(d.client, w.language()))), Ink::Body, 10.5);
    flow.space(4);
    flow.line(statusSentence(d, w), Ink::Body, 10.5);

    QStringList now, done;
    for (const HandoffRecord &r : d.handoffs) {
        if (isOpen(r))
            now << workLine(r, d, w);
        else if (r.handoff.status == HandoffStatus::Completed)
            done << workLine(r, d, w);
    }
    flow.subheading(w.tr("What is being done now"));
    if (now.isEmpty())
        flow.bullet(d.record.status == CaseStatus::Open
                        ? w.tr("%1 is handling your file directly.").arg(d.coordinator.agencyName)
                        : w.tr("Nothing more is needed from any agency."));
    listLines(flow, now, listLimit, w);
    if (!done.isEmpty()) {
        flow.subheading(w.tr("Already done"));
        listLines(flow, done, listLimit, w);
    }
    if (!d.record.summary.nextStep.isEmpty()) {
        flow.subheading(w.tr("Next step"));
        // A letter gives the gist: a next step longer than a short paragraph is cut.
        flow.prose(shortened(d.record.summary.nextStep, listLimit > 2 ? 600 : 240), 1);
    }
    if (!d.documents.isEmpty()) {
        QStringList kinds;
        for (const Document &doc : d.documents)
            if (!kinds.contains(doc.kind))
                kinds << doc.kind;
        flow.subheading(w.tr("Documents we already have"));
        const qsizetype shown = listLimit > 2 ? 12 : 4;
        QString list = kinds.mid(0, shown).join(u", "_s);
        if (kinds.size() > shown)
            list += u", "_s + w.tr("and %n more", nullptr, int(kinds.size() - shown));
        flow.line(w.tr("You will not be asked for these again: %1.").arg(list), Ink::Body, 9.5, 1);
    }
}

void writeContact(TextFlow &flow, const CaseDossier &d, const Wording &w)
{
    const ContactPoint &c = d.coordinator;
    flow.subheading(w.tr("Your one contact"));
    flow.line(TextFlow::isolated(c.agencyName.isEmpty() ? c.name : u"%1 — %2"_s.arg(c.name, c.agencyName)), Ink::Strong,
              10.5, 1);
    if (!c.phone.isEmpty())
        flow.line(w.tr("Phone: %1").arg(TextFlow::isolated(formatPhoneForDisplay(c.phone))), Ink::Body, 10, 1);
    if (!c.email.isEmpty())
        flow.line(w.tr("E-mail: %1").arg(TextFlow::isolated(c.email)), Ink::Body, 10, 1);
    flow.space(4);
    flow.line(w.tr("%1 keeps every agency on your file informed. You do not need to call the other agencies or "
                   "explain your situation again.")
                  .arg(TextFlow::isolated(c.name)),
              Ink::Body, 9.5);
    flow.space(10);
    flow.line(w.tr("Kind regards,"), Ink::Body, 10);
    flow.line(c.name, Ink::Strong, 10);
}

/// The letter laid out with at most `listLimit` lines per list, not yet printed.
std::unique_ptr<PdfCanvas> layOut(const CaseDossier &d, const Wording &w, int listLimit)
{
    auto canvas = std::make_unique<PdfCanvas>(d.options.paper, w.direction());
    TextFlow flow(*canvas, w.direction());
    writeLetterhead(flow, d, w);
    writeBody(flow, d, w, listLimit);
    writeContact(flow, d, w);
    return canvas;
}

} // namespace

PrintedPdf printStatusLetter(const CaseDossier &dossier)
{
    // One page, always: a busy case shows fewer lines per list, each with "and N more".
    const Wording w(dossier.options.language);
    std::unique_ptr<PdfCanvas> canvas;
    for (const int limit : {6, 4, 2, 1}) {
        canvas = layOut(dossier, w, limit);
        if (canvas->document().pageCount() <= 1)
            break;
    }
    const QString name = w.tr("Status of your file");
    PrintedPdf out;
    out.bytes = canvas->print(pageFrameFor(dossier, w, name), metadataFor(dossier, w, name));
    out.pages = canvas->pageCount();
    return out;
}

} // namespace Relais::Pdf
