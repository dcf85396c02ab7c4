#pragma once

#include "casefile/accesslog.h"
#include "casefile/clientimport.h"
#include "casefile/clientmerge.h"
#include "domain/types.h"
#include "integrity/chainverifier.h"
#include "search/search.h"
#include "stalls/stallmonitor.h"
#include "calendar/calendarstore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Relais::Core::Json {

/// Machine-readable forms of the domain, as `relais-cli --json` prints them.
/// Instants are ISO 8601 UTC with milliseconds; codes are the stored ones.
[[nodiscard]] QString instant(const QDateTime &utc);
[[nodiscard]] QJsonObject agency(const Agency &agency);
[[nodiscard]] QJsonObject user(const User &user);
[[nodiscard]] QJsonObject client(const Client &client);
[[nodiscard]] QJsonObject candidate(const DuplicateCandidate &candidate);
[[nodiscard]] QJsonObject consent(const Consent &consent);
[[nodiscard]] QJsonObject summary(const Summary &summary);
[[nodiscard]] QJsonObject caseRecord(const Case &record);
[[nodiscard]] QJsonObject event(const TimelineEvent &event);
[[nodiscard]] QJsonObject document(const Document &document);
[[nodiscard]] QJsonObject handoff(const Handoff &handoff);
[[nodiscard]] QJsonObject searchHit(const SearchHit &hit);
[[nodiscard]] QJsonObject verification(const VerificationReport &report);
/// Where an export's hash sits in its case's chain; seq, hash and recordedAt are null when not found.
[[nodiscard]] QJsonObject hashLocation(const HashLocation &location);
[[nodiscard]] QJsonObject clientMerge(const ClientMergeRecord &merge);
/// The preview of an import: columns, each row with its status, problems and duplicates, counts.
[[nodiscard]] QJsonObject importPreview(const ImportPreview &preview);
[[nodiscard]] QJsonObject importOutcome(const ImportOutcome &outcome);
/// A stalled handoff: rule, case, agencies, threshold and how far past it (working hours).
[[nodiscard]] QJsonObject stall(const Stall &stall);
[[nodiscard]] QJsonObject holiday(const HolidayEntry &holiday);
/// Who could see, who saw and who was refused, per case of one customer; each entry with its
/// stored codes and the same in words (`what`, `why`).
[[nodiscard]] QJsonObject accessReport(const AccessReport &report);

template <typename T, typename F>
[[nodiscard]] QJsonArray array(const QList<T> &items, F toJson)
{
    QJsonArray out;
    for (const auto &item : items)
        out.append(toJson(item));
    return out;
}

} // namespace Relais::Core::Json
