#pragma once

#include "casefile/ballholder.h"
#include "domain/types.h"
#include "integrity/casefilecheck.h"
#include "integrity/chainverifier.h"
#include "search/search.h"

#include <QTimeZone>

namespace Relais::Cli {

/// Readable text forms of the case file for a terminal, times in the viewer's time zone.
class TextView
{
public:
    explicit TextView(const QString &timeZone = QStringLiteral("Africa/Casablanca"));

    [[nodiscard]] QString dateTime(const QDateTime &utc) const;
    /// The details given, joined: "+212 5 22 20 30 40 · contact@atlas.ma · 12 bd …"; empty if none.
    [[nodiscard]] QString contactDetails(const QString &phone, const QString &email,
                                         const QString &address = {}) const;
    [[nodiscard]] QString agencyLine(const Core::Agency &agency) const;
    [[nodiscard]] QString userLine(const Core::User &user) const;
    [[nodiscard]] QString client(const Core::Client &client, bool revealCin = false) const;
    [[nodiscard]] QString candidates(const QList<Core::DuplicateCandidate> &candidates) const;
    [[nodiscard]] QString consentLine(const QList<Core::Consent> &consents) const;
    [[nodiscard]] QString caseCard(const Core::Case &record, const Core::Client &client,
                                   const QList<Core::Consent> &consents, const QList<Core::Handoff> &handoffs,
                                   const Core::BallHolder &ball, const QList<Core::TimelineEvent> &recent,
                                   const QDateTime &now) const;
    [[nodiscard]] QString caseLine(const Core::Case &record) const;
    [[nodiscard]] QString summary(const Core::Summary &summary) const;
    [[nodiscard]] QString handoffLine(const Core::Handoff &handoff, const QDateTime &now) const;
    [[nodiscard]] QString timeline(const QList<Core::TimelineEvent> &events) const;
    [[nodiscard]] QString event(const Core::TimelineEvent &event) const;
    [[nodiscard]] QString searchHits(const QList<Core::SearchHit> &hits) const;
    [[nodiscard]] QString verification(const Core::VerificationReport &report) const;
    /// One sentence on an export's hash: which event, whether the chain holds up to it, what came
    /// since. `asked` is the hash as given (named when it is not found).
    /// relais-cli check: each part of the check, then what is wrong in plain words.
    [[nodiscard]] QString caseFileCheck(const Core::CaseFileCheckReport &report) const;
    [[nodiscard]] QString hashLocation(const Core::HashLocation &location, const QString &asked) const;

private:
    [[nodiscard]] QDateTime local(const QDateTime &utc) const;

    QTimeZone m_zone;
};

} // namespace Relais::Cli
