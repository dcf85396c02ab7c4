// The evidence-grade case timeline.
#include "pdf/casedocuments.h"
#include "pdf/documentframe.h"
#include "pdf/textflow.h"
#include "pdf/wording.h"

#include "domain/phone.h"

#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Pdf {

namespace {

const QString separator = u"  ·  "_s;

QString phones(const QStringList &numbers)
{
    QStringList shown;
    for (const QString &n : numbers)
        shown << formatPhoneForDisplay(n);
    return shown.join(u", "_s);
}

QString zoneStatement(const CaseDossier &d, const Wording &w)
{
    const QTimeZone zone(d.timeZone.toUtf8());
    const int offset = zone.offsetFromUtc(d.generatedAt) / 60;
    const QString utc = u"UTC%1%2:%3"_s.arg(offset < 0 ? u"-"_s : u"+"_s)
                            .arg(std::abs(offset) / 60, 2, 10, QChar(u'0'))
                            .arg(std::abs(offset) % 60, 2, 10, QChar(u'0'));
    return w.tr("All times are in %1 (%2 when this document was generated).").arg(d.timeZone, utc);
}

QString consentSentence(const Consent &c, const CaseDossier &d, const Wording &w)
{
    const QString scope = c.scope == ConsentScope::Network
                              ? w.tr("the whole partner network")
                              : c.agencyCodes.join(u", "_s);
    QString text = w.tr("Sharing with %1, agreed on %2 (recorded by %3)")
                       .arg(scope, w.date(c.grantedAt, d.timeZone), c.recordedBy);
    if (!c.active())
        text += u" — "_s + w.tr("withdrawn on %1 by %2").arg(w.date(c.revokedAt, d.timeZone), c.revokedBy);
    return text;
}

QStringList participantNames(const Case &record)
{
    QStringList names;
    for (const AgencyRef &a : record.participants)
        names << a.name;
    return names;
}

void factRow(TextFlow &flow, QTextTable *table, int row, const QString &label, const QString &value,
             Ink ink = Ink::Body)
{
    flow.cellText(table, row, 0, label, Ink::Muted);
    flow.cellText(table, row, 1, value.isEmpty() ? u"—"_s : value, ink, 0, true);
}

void writeCaseFacts(TextFlow &flow, const CaseDossier &d, const Wording &w)
{
    const Case &c = d.record;
    const Client &k = d.client;
    const ContactPoint &coordinator = d.coordinator;
    QStringList contact;
    if (!coordinator.phone.isEmpty())
        contact << formatPhoneForDisplay(coordinator.phone);
    if (!coordinator.email.isEmpty())
        contact << coordinator.email;
    QStringList consents;
    for (const Consent &consent : d.consents)
        consents << consentSentence(consent, d, w);
    const QString removed = w.tr("removed from this copy");

    QList<std::pair<QString, QString>> rows{
        {w.tr("Reference"), c.reference},
        {w.tr("Status"), w.caseStatus(c.status)},
        {w.tr("Category"), w.category(c.category)},
        {w.tr("Opened"), w.dateTime(c.openedAt, d.timeZone)},
        {w.tr("Lead agency"), c.leadAgency.name},
        {w.tr("Coordinator"), coordinator.agencyName.isEmpty() ? coordinator.name
                                                               : u"%1 (%2)"_s.arg(coordinator.name, coordinator.agencyName)},
        {w.tr("How to reach them"), contact.join(separator)},
        {w.tr("Agencies involved"), participantNames(c).join(u", "_s)},
        {w.tr("Consent to share"), consents.isEmpty() ? w.tr("none recorded") : consents.join(u"\n"_s)},
        {w.tr("Customer"), k.displayName()},
        {w.tr("National ID (CIN)"), d.redacted() ? removed : k.cin},
        {w.tr("Born"), d.redacted() ? removed : w.date(k.birthDate)},
        {w.tr("Phone"), d.redacted() ? removed : phones(k.phones)},
        {w.tr("E-mail"), d.redacted() ? removed : k.email},
        {w.tr("Address"), d.redacted() ? removed : k.address},
        {w.tr("Preferred language"), w.languageName(k.preferredLanguage)},
        {w.tr("Preferred channel"), w.channelName(k.preferredChannel)},
    };
    QTextTable *table = flow.table(int(rows.size()), {26, 74}, false, false);
    for (int i = 0; i < rows.size(); ++i)
        factRow(flow, table, i, rows[i].first, rows[i].second);
    flow.afterTable();
}

/// The name of a participating agency known by its code (the code if it left the case).
QString agencyName(const Case &record, const QString &code)
{
    for (const AgencyRef &a : record.participants)
        if (a.code == code)
            return a.name;
    return code;
}

void writeSummary(TextFlow &flow, const CaseDossier &d, const Wording &w)
{
    const Summary &s = d.record.summary;
    flow.heading(w.tr("Summary"));
    if (s.isEmpty()) {
        flow.line(w.tr("No summary has been written yet."), Ink::Muted);
        return;
    }
    const std::pair<QString, QString> parts[] = {{w.tr("Situation"), s.situation},
                                                 {w.tr("Needs"), s.needs},
                                                 {w.tr("Done so far"), s.doneSoFar},
                                                 {w.tr("Next step"), s.nextStep}};
    for (const auto &[label, text] : parts) {
        if (text.isEmpty())
            continue;
        flow.beginLine(0, 4);
        flow.append(label, Ink::Strong);
        flow.prose(text, 1);
    }
    if (s.updatedAt.isValid())
        flow.line(w.tr("Version %1, written by %2 (%3) on %4")
                      .arg(s.version)
                      .arg(s.updatedBy, agencyName(d.record, s.updatedByAgency), w.dateTime(s.updatedAt, d.timeZone)),
                  Ink::Muted, 8);
}

void writeAboutThisDocument(TextFlow &flow, const CaseDossier &d, const Wording &w)
{
    flow.heading(w.tr("About this document"));
    flow.line(zoneStatement(d, w), Ink::Body, 8.5);
    const ExportOptions &o = d.options;
    if (o.from.isValid() || o.to.isValid()) {
        const QString from = o.from.isValid() ? w.date(o.from) : w.tr("opening of the case");
        const QString to = o.to.isValid() ? w.date(o.to) : w.tr("date of this document");
        flow.line(w.tr("Period chosen: %1 – %2.").arg(from, to), Ink::Body, 8.5);
        flow.line(w.tr("%n event(s) shown.", nullptr, int(d.events.size())), Ink::Body, 8.5);
        if (d.eventsBeforeRange > 0)
            flow.line(w.tr("%n earlier event(s) left out.", nullptr, d.eventsBeforeRange), Ink::Body, 8.5);
        if (d.eventsAfterRange > 0)
            flow.line(w.tr("%n later event(s) left out.", nullptr, d.eventsAfterRange), Ink::Body, 8.5);
    } else {
        flow.line(w.tr("%n event(s) shown, from the opening of the case.", nullptr, int(d.events.size())),
                  Ink::Body, 8.5);
    }
    flow.line(w.tr("Events are numbered through the whole case file; a number missing here is an internal note "
                   "or an event outside the chosen dates."),
              Ink::Body, 8.5);
    flow.line(o.includeInternal
                  ? w.tr("Internal notes of %1 are included and marked; other agencies' internal notes never leave them.")
                        .arg(d.exporter.agencyName)
                  : w.tr("Internal notes are not included: only what every agency on the case shares."),
              Ink::Body, 8.5);
    if (d.redacted())
        flow.line(w.tr("Copy for readers outside the network: national ID numbers, phone numbers, e-mail addresses "
                       "and the customer's address are replaced by [… removed]."),
                  Ink::Late, 8.5);
    else if (!o.showFullCin)
        flow.line(w.tr("The customer's national ID is masked."), Ink::Body, 8.5);
    flow.line(w.tr("The customer had to chase or repeat themselves %n time(s) on this case.", nullptr, d.clientEfforts),
              d.clientEfforts > 0 ? Ink::Effort : Ink::Body, 8.5);
    flow.beginLine(0, 6);
    flow.append(w.tr("The case file is a hash chain: each event is sealed with the hash of the one before it. When "
                     "this document was generated, the last event was #%1 and the chain's head hash was:")
                    .arg(d.headSeq),
                Ink::Body, 8.5);
    flow.beginLine(1);
    flow.appendMonospace(QString::fromLatin1(d.headHash), 8);
    flow.line(w.tr("Anyone with access to Relais can check it: relais-cli verify %1 --hash %2")
                  .arg(d.record.reference, QString::fromLatin1(d.headHash.left(16))),
              Ink::Muted, 8);
    flow.line(w.tr("Each event's heading ends with the first characters of its own hash."), Ink::Muted, 8);
    if (d.redacted())
        flow.line(w.tr("Event hashes refer to the full record, before identifiers were removed."), Ink::Muted, 8);
}

QString clockText(const HandoffRecord &r, const Wording &w, bool delivery)
{
    const HandoffClocks &k = r.clocks;
    if (delivery) {
        if (!k.deliveryStarted)
            return u"—"_s;
        return k.delivered ? w.workingHours(k.deliverySeconds)
                           : w.tr("%1 so far").arg(w.workingHours(k.deliverySeconds));
    }
    return k.acknowledged ? w.workingHours(k.acknowledgementSeconds)
                          : w.tr("waiting: %1").arg(w.workingHours(k.acknowledgementSeconds));
}

void writeHandoffChain(TextFlow &flow, const CaseDossier &d, const Wording &w)
{
    flow.heading(w.tr("Handoff chain"));
    if (d.handoffs.isEmpty()) {
        flow.line(w.tr("No agency has handed this case to another."), Ink::Muted);
        return;
    }
    flow.line(w.tr("Acknowledgement and delivery are counted in the receiving agency's working hours; delivery "
                   "pauses while the work waits on the customer."),
              Ink::Muted, 8);
    QTextTable *table = flow.table(int(d.handoffs.size()) + 1, {4, 18, 26, 24, 14, 14}, true, true);
    const QString headers[] = {u"#"_s, w.tr("From → to"), w.tr("Asked", "table column: what was asked"), w.tr("Status history"),
                               w.tr("Acknowledged in"), w.tr("Delivered in")};
    for (int col = 0; col < 6; ++col)
        flow.cellText(table, 0, col, headers[col], Ink::Strong, 8);
    for (int i = 0; i < d.handoffs.size(); ++i) {
        const HandoffRecord &r = d.handoffs[i];
        const int row = i + 1;
        flow.cellText(table, row, 0, QString::number(i + 1), Ink::Muted, 8);
        // The arrow points the way the document reads.
        const QString arrow = w.direction() == Qt::RightToLeft ? u"← "_s : u"→ "_s;
        flow.cellText(table, row, 1, r.handoff.from.name + u"\n"_s + arrow + r.handoff.to.name, Ink::Body, 8);
        flow.cellText(table, row, 2, r.handoff.ask, Ink::Body, 8, true);
        if (r.handoff.dueAt.isValid())
            flow.cellLine(table, row, 2, w.tr("due %1").arg(w.dateTime(r.handoff.dueAt, d.timeZone)), Ink::Muted, 7.5);
        for (const StatusChange &change : r.track.changes)
            flow.cellLine(table, row, 3, u"%1 — %2"_s.arg(w.status(change.status), w.dateTime(change.at, d.timeZone)),
                          Ink::Body, 7.5);
        if (!r.handoff.lastReason.isEmpty())
            flow.cellLine(table, row, 3, w.tr("reason: %1").arg(r.handoff.lastReason), Ink::Muted, 7.5);
        flow.cellText(table, row, 4, clockText(r, w, false), Ink::Body, 8);
        if (r.acknowledgementLate)
            flow.cellLine(table, row, 4, w.tr("LATE (promised within %1)").arg(w.workingHours(qint64(r.ackSlaHours) * 3600)),
                          Ink::Late, 7.5);
        flow.cellText(table, row, 5, clockText(r, w, true), Ink::Body, 8);
        if (r.deliveryLate)
            flow.cellLine(table, row, 5, w.tr("LATE (due %1)").arg(w.date(r.handoff.dueAt, d.timeZone)), Ink::Late, 7.5);
    }
    flow.afterTable();
}

/// Which later events correct each event, for "corrected by #n" marks.
QHash<int, QList<int>> correctionsBySeq(const QList<TimelineEvent> &events)
{
    QHash<int, QList<int>> out;
    for (const TimelineEvent &e : events)
        if (e.correctsSeq)
            out[*e.correctsSeq].append(e.seq);
    return out;
}

void writeEvent(TextFlow &flow, const TimelineEvent &e, const CaseDossier &d, const Wording &w,
                const QList<int> &correctedBy)
{
    flow.beginLine(0, 7);
    flow.keepWithNext();
    flow.append(u"#%1"_s.arg(e.seq), Ink::Strong, 8.5);
    flow.append(separator + w.dateTime(e.occurredAt, d.timeZone), Ink::Strong, 8.5);
    if (e.kind == EventKind::ClientEffort) {
        const auto effort = effortKindFromCode(e.payload.value(u"effort"_s).toString());
        flow.append(separator + (effort ? w.tr("CUSTOMER EFFORT: %1").arg(w.effort(*effort)) : w.tr("CUSTOMER EFFORT")),
                    Ink::Effort, 8.5);
    } else {
        flow.append(separator + w.eventKind(e.kind), Ink::Strong, 8.5);
    }
    flow.append(separator + TextFlow::isolated(u"%1 (%2)"_s.arg(e.authorName, e.agencyName)), Ink::Muted, 8.5);
    if (e.visibility == Visibility::Internal)
        flow.append(separator + w.tr("INTERNAL — %1 only").arg(e.agencyName), Ink::Internal, 8);
    // The event's own seal, so a reader can point at one event of the chain.
    flow.append(separator, Ink::Muted, 8.5);
    flow.appendMonospace(QString::fromLatin1(e.hash.left(12)), 6.5);
    if (e.correctsSeq) {
        const TimelineEvent *original = d.eventBySeq(*e.correctsSeq);
        flow.line(original ? w.tr("Corrects #%1 of %2").arg(*e.correctsSeq).arg(w.dateTime(original->occurredAt, d.timeZone))
                           : w.tr("Corrects #%1 (not in this copy)").arg(*e.correctsSeq),
                  Ink::Late, 8, 1);
    }
    if (!correctedBy.isEmpty()) {
        QStringList refs;
        for (const int seq : correctedBy)
            refs << u"#%1"_s.arg(seq);
        flow.line(w.tr("Corrected later by %1").arg(refs.join(u", "_s)), Ink::Late, 8, 1);
    }
    flow.prose(e.text, 1);
    if (e.kind == EventKind::Document && e.payload.contains(u"sha256"_s)) {
        flow.beginLine(1);
        flow.append(w.tr("Attachment: %1 — %2 — SHA-256 ")
                        .arg(e.payload.value(u"fileName"_s).toString(), w.size(e.payload.value(u"sizeBytes"_s).toInteger())),
                    Ink::Muted, 8);
        flow.appendMonospace(e.payload.value(u"sha256"_s).toString(), 7);
    }
}

void writeTimeline(TextFlow &flow, const CaseDossier &d, const Wording &w)
{
    flow.heading(w.tr("Timeline"));
    if (d.events.isEmpty()) {
        flow.line(w.tr("No event in the chosen dates."), Ink::Muted);
        return;
    }
    const auto corrections = correctionsBySeq(d.events);
    for (const TimelineEvent &e : d.events)
        writeEvent(flow, e, d, w, corrections.value(e.seq));
}

void writeDocumentsOnFile(TextFlow &flow, const CaseDossier &d, const Wording &w)
{
    if (d.documents.isEmpty())
        return;
    flow.heading(w.tr("Documents on file"));
    for (const Document &doc : d.documents) {
        flow.beginLine(0, 3);
        flow.append(u"%1 — %2"_s.arg(doc.kind, doc.fileName), Ink::Strong, 8.5);
        flow.append(separator + w.tr("%1, given to %2 on %3").arg(w.size(doc.sizeBytes), doc.agencyCode,
                                                                  w.date(doc.providedAt, d.timeZone)),
                    Ink::Muted, 8.5);
        flow.beginLine(1);
        flow.appendMonospace(u"SHA-256 "_s + QString::fromLatin1(doc.sha256), 7);
    }
}

} // namespace

PageFrame pageFrameFor(const CaseDossier &d, const Wording &w, const QString &documentName)
{
    PageFrame frame;
    frame.headerStart = u"%1%2%3"_s.arg(d.record.reference, separator, d.client.displayName());
    frame.headerEnd = documentName;
    // The agency by its short code: the footer has one line, and the first page names it in full.
    frame.footerStart = w.tr("Generated %1 by %2 (%3)")
                            .arg(w.dateTime(d.generatedAt, d.timeZone), TextFlow::isolated(d.exporter.displayName),
                                 d.exporter.agencyCode);
    frame.footerHashLabel = w.tr("Head hash (event #%1):").arg(d.headSeq);
    frame.footerHash = QString::fromLatin1(d.headHash);
    frame.pageLabel = [&w](int page, int pages) { return w.tr("Page %1 of %2").arg(page).arg(pages); };
    return frame;
}

PdfMetadata metadataFor(const CaseDossier &d, const Wording &w, const QString &documentName)
{
    PdfMetadata m;
    m.title = u"%1 — %2"_s.arg(documentName, d.record.reference);
    m.author = u"%1 (%2)"_s.arg(d.exporter.displayName, d.exporter.agencyName);
    m.subject = w.tr("%1: %2, for %3").arg(d.record.reference, d.record.title, d.client.displayName());
    m.keywords = u"Relais, %1, %2"_s.arg(d.record.reference, QString::fromLatin1(d.headHash));
    return m;
}

PrintedPdf printTimeline(const CaseDossier &d)
{
    const Wording w(d.options.language);
    PdfCanvas canvas(d.options.paper, w.direction());
    TextFlow flow(canvas, w.direction());
    const QString name = w.tr("Case timeline");
    flow.title(name);
    flow.line(TextFlow::isolated(d.record.title), Ink::Strong, 12.5);
    flow.space(4);
    writeCaseFacts(flow, d, w);
    writeSummary(flow, d, w);
    writeAboutThisDocument(flow, d, w);
    writeHandoffChain(flow, d, w);
    writeTimeline(flow, d, w);
    writeDocumentsOnFile(flow, d, w);
    PrintedPdf out;
    out.bytes = canvas.print(pageFrameFor(d, w, name), metadataFor(d, w, name));
    out.pages = canvas.pageCount();
    return out;
}

} // namespace Relais::Pdf
