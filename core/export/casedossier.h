#pragma once

#include "calendar/agencycalendars.h"
#include "domain/types.h"
#include "export/exportoptions.h"
#include "export/identifierscrubber.h"

#include <functional>
#include "stalls/handofftrack.h"

namespace Relais::Core {

class Workspace;

/// One handoff as an export tells it: its status history and its two clocks.
struct HandoffRecord {
    Handoff handoff;
    HandoffTrack track;
    HandoffClocks clocks;       ///< as of the export
    int ackSlaHours = 8;        ///< the receiving agency's promise
    bool acknowledgementLate = false; ///< acknowledged (or still waiting) past the SLA
    bool deliveryLate = false;        ///< delivered, or still open, after its due date
};

/// Whom the customer calls: the case's coordinator, with the agency's details as fallback.
struct ContactPoint {
    QString name;
    QString agencyName;
    QString phone;   ///< E.164 (the person's direct line, else the agency's)
    QString email;
    QString address; ///< the agency's
};

/// Everything an export prints, gathered once under the exporter's rights, filtered and
/// scrubbed as the options ask. Layout code only formats it.
struct CaseDossier {
    Case record;
    Client client;                 ///< identifiers masked or removed as asked
    QList<Consent> consents;
    QList<HandoffRecord> handoffs; ///< in request order
    QList<TimelineEvent> events;   ///< kept by the options, in timeline order, text scrubbed
    int eventsBeforeRange = 0;     ///< left out by the date range
    int eventsAfterRange = 0;
    int clientEfforts = 0;         ///< on the whole case, whatever the range
    QList<Document> documents;     ///< on the case
    ContactPoint coordinator;
    Actor exporter;
    QDateTime generatedAt;         ///< UTC
    QString timeZone;              ///< the exporter's: every time printed is in it
    ExportOptions options;         ///< language resolved
    QByteArray headHash;           ///< hex, of the whole chain at the time of export
    int headSeq = 0;

    [[nodiscard]] bool redacted() const { return options.redact; }
    /// The event with this sequence number among those kept, or nullptr.
    [[nodiscard]] const TimelineEvent *eventBySeq(int seq) const;
};

/// The redaction markers for a document written in `language` ("fr", "ar", "en").
using MarkersFor = std::function<RedactionMarkers(const QString &language)>;

/// Reads the case `reference` as `actor` sees it (refused unless they may view it; each read is
/// in the access log) and prepares it for export. The document's language is settled here (a
/// letter speaks the customer's), and removed identifiers are marked in it.
[[nodiscard]] Result<CaseDossier> gatherDossier(Workspace &ws, const Actor &actor, const QString &reference,
                                                const ExportOptions &options, const MarkersFor &markersFor = {});

/// Builds the handoff records from the case's handoffs and the events that moved them.
[[nodiscard]] QList<HandoffRecord> handoffRecords(const QList<Handoff> &handoffs, const QList<TimelineEvent> &events,
                                                  const AgencyCalendars &calendars, const QDateTime &at);

} // namespace Relais::Core
