#include "export/casedossier.h"

#include "casefile/workspace.h"
#include "export/identifierscrubber.h"

#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core {

namespace {

IdentifierScrubber::Mode scrubbingFor(const ExportOptions &options)
{
    if (options.redact)
        return IdentifierScrubber::Mode::Redact;
    return options.showFullCin ? IdentifierScrubber::Mode::KeepAll : IdentifierScrubber::Mode::MaskCin;
}

/// The first instant of `day` in the exporter's zone; invalid for an invalid day.
QDateTime startOfDay(const QDate &day, const QString &timeZone)
{
    if (!day.isValid())
        return {};
    return day.startOfDay(QTimeZone(timeZone.toUtf8())).toUTC();
}

Status checkRange(const ExportOptions &options)
{
    if (options.from.isValid() && options.to.isValid() && options.from > options.to)
        return fail(ErrorCode::Invalid, Tr::tr("The date range ends (%1) before it starts (%2).")
                                            .arg(options.to.toString(Qt::ISODate), options.from.toString(Qt::ISODate)));
    return {};
}

Result<ContactPoint> coordinatorContact(Workspace &ws, const Case &record)
{
    auto coordinator = ws.directory().user(record.coordinatorId);
    if (!coordinator)
        return std::unexpected(coordinator.error());
    auto agency = ws.directory().agency(coordinator->agencyId);
    if (!agency)
        return std::unexpected(agency.error());
    // A coordinator without a direct line is reached through their agency.
    ContactPoint contact;
    contact.name = record.coordinatorName;
    contact.agencyName = coordinator->agencyName;
    contact.phone = coordinator->phone.isEmpty() ? agency->phone : coordinator->phone;
    contact.email = coordinator->email.isEmpty() ? agency->email : coordinator->email;
    contact.address = agency->address;
    return contact;
}

/// Keeps the events the options ask for, counting those the date range leaves out.
void keepEvents(CaseDossier &dossier, const QList<TimelineEvent> &visible, const IdentifierScrubber &scrubber)
{
    const QDateTime from = startOfDay(dossier.options.from, dossier.timeZone);
    const QDateTime until = startOfDay(dossier.options.to.isValid() ? dossier.options.to.addDays(1) : QDate(),
                                       dossier.timeZone);
    for (const TimelineEvent &e : visible) {
        if (e.kind == EventKind::ClientEffort)
            ++dossier.clientEfforts;
        if (e.visibility == Visibility::Internal && !dossier.options.includeInternal)
            continue;
        if (from.isValid() && e.occurredAt < from) {
            ++dossier.eventsBeforeRange;
            continue;
        }
        if (until.isValid() && e.occurredAt >= until) {
            ++dossier.eventsAfterRange;
            continue;
        }
        TimelineEvent kept = e;
        kept.text = scrubber.apply(e.text);
        // Every text in the payload, not only those printed today: a layout change must not
        // start leaking what the options removed.
        for (auto it = kept.payload.begin(); it != kept.payload.end(); ++it)
            if (it->isString())
                *it = scrubber.apply(it->toString());
        dossier.events.append(kept);
    }
}

Summary scrubbedSummary(const Summary &summary, const IdentifierScrubber &scrubber)
{
    Summary out = summary;
    out.situation = scrubber.apply(summary.situation);
    out.needs = scrubber.apply(summary.needs);
    out.doneSoFar = scrubber.apply(summary.doneSoFar);
    out.nextStep = scrubber.apply(summary.nextStep);
    return out;
}

} // namespace

const TimelineEvent *CaseDossier::eventBySeq(int seq) const
{
    for (const TimelineEvent &e : events)
        if (e.seq == seq)
            return &e;
    return nullptr;
}

QList<HandoffRecord> handoffRecords(const QList<Handoff> &handoffs, const QList<TimelineEvent> &events,
                                    const AgencyCalendars &calendars, const QDateTime &at)
{
    QList<HandoffRecord> out;
    QHash<Id, qsizetype> index;
    for (const Handoff &h : handoffs) {
        HandoffRecord r;
        r.handoff = h;
        r.track.id = h.id;
        r.track.from = h.from;
        r.track.to = h.to;
        r.track.ask = h.ask;
        r.track.requestedAt = h.requestedAt;
        r.track.dueAt = h.dueAt;
        index.insert(h.id, out.size());
        out.append(r);
    }
    for (const TimelineEvent &e : events) {
        if (e.kind != EventKind::Handoff)
            continue;
        if (const auto change = statusChangeOf(e.payload, e.occurredAt))
            if (auto it = index.constFind(change->first); it != index.cend())
                out[*it].track.changes.append(change->second);
    }
    for (HandoffRecord &r : out) {
        std::stable_sort(r.track.changes.begin(), r.track.changes.end(),
                         [](const StatusChange &a, const StatusChange &b) { return a.at < b.at; });
        r.clocks = clocksOf(r.track, calendars.calendar(r.handoff.to.id), at);
        r.ackSlaHours = calendars.levels(r.handoff.to.id).ackHours;
        r.acknowledgementLate = r.clocks.acknowledgementSeconds > qint64(r.ackSlaHours) * 3600;
        if (r.handoff.dueAt.isValid()) {
            const QDateTime finished = isTerminal(r.handoff.status) ? r.handoff.statusChangedAt : at;
            r.deliveryLate = finished > r.handoff.dueAt && r.handoff.status != HandoffStatus::Cancelled &&
                             r.handoff.status != HandoffStatus::EnteredInError &&
                             r.handoff.status != HandoffStatus::Rejected;
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const HandoffRecord &a, const HandoffRecord &b) {
        return a.handoff.requestedAt < b.handoff.requestedAt;
    });
    return out;
}

Result<CaseDossier> gatherDossier(Workspace &ws, const Actor &actor, const QString &reference,
                                  const ExportOptions &options, const MarkersFor &markersFor)
{
    if (auto ok = checkRange(options); !ok)
        return std::unexpected(ok.error());
    auto record = ws.cases().caseByReference(actor, reference);
    if (!record)
        return std::unexpected(record.error());
    auto client = ws.clients().client(actor, record->clientId);
    if (!client)
        return std::unexpected(client.error());
    auto consents = ws.clients().consents(actor, record->clientId);
    if (!consents)
        return std::unexpected(consents.error());
    auto events = ws.cases().timeline(actor, record->id);
    if (!events)
        return std::unexpected(events.error());
    auto handoffs = ws.handoffs().handoffsOfCase(actor, record->id);
    if (!handoffs)
        return std::unexpected(handoffs.error());
    auto documents = ws.cases().documents(actor, record->id);
    if (!documents)
        return std::unexpected(documents.error());
    auto calendars = ws.calendars().load();
    if (!calendars)
        return std::unexpected(calendars.error());
    auto coordinator = coordinatorContact(ws, *record);
    if (!coordinator)
        return std::unexpected(coordinator.error());

    CaseDossier dossier;
    dossier.options = options;
    if (dossier.options.language.isEmpty() && options.document == ExportDocument::StatusLetter)
        dossier.options.language = documentLanguageCode(client->preferredLanguage);
    dossier.exporter = actor;
    dossier.timeZone = actor.timeZone;
    dossier.generatedAt = ws.database().now().toUTC();
    dossier.headHash = record->headHash;
    dossier.headSeq = record->eventCount;
    dossier.coordinator = *coordinator;
    dossier.consents = *consents;

    const IdentifierScrubber scrubber(*client, scrubbingFor(options),
                                      markersFor ? markersFor(dossier.options.language) : RedactionMarkers{});
    dossier.record = *record;
    dossier.record.summary = scrubbedSummary(record->summary, scrubber);
    dossier.record.title = scrubber.apply(record->title);
    dossier.client = scrubber.scrubbed(*client);
    keepEvents(dossier, *events, scrubber);
    dossier.handoffs = handoffRecords(*handoffs, *events, *calendars, dossier.generatedAt);
    for (HandoffRecord &r : dossier.handoffs) {
        r.handoff.ask = scrubber.apply(r.handoff.ask);
        r.handoff.lastReason = scrubber.apply(r.handoff.lastReason);
    }
    for (Document d : *documents) {
        d.fileName = scrubber.apply(d.fileName);
        dossier.documents.append(d);
    }
    return dossier;
}

QString documentLanguageCode(const QString &nameOrCode)
{
    const QString code = nameOrCode.left(2).toLower();
    if (code == u"fr"_s || code == u"ar"_s || code == u"en"_s)
        return code;
    return {};
}

QString customerDocumentLanguage(const QString &preferredLanguage)
{
    const QString code = documentLanguageCode(preferredLanguage);
    return code.isEmpty() ? u"fr"_s : code;
}

} // namespace Relais::Core
