#pragma once

#include "domain/types.h"

namespace Relais::Core {

class Database;
class ChangeNotifier;

/// Which cases a list shows.
struct CaseFilter {
    QString agencyCode;      ///< only cases this agency takes part in; empty: all the actor may see
    std::optional<CaseStatus> status;
    std::optional<Id> coordinatorId; ///< only cases this user coordinates
    int limit = 200;
};

/// Cases and their timelines: opening, reading, the summary, notes, efforts, documents.
class CaseStore final
{
public:
    CaseStore(Database &db, ChangeNotifier &notifier) : m_db(db), m_notifier(notifier) {}

    /// Opens a case for a client; the actor's agency leads it and the actor coordinates it.
    [[nodiscard]] Result<Case> openCase(const Actor &actor, Id clientId, const QString &title,
                                        const QString &category = {});
    /// Opens a case for reading: checked, and recorded in the access log as a view.
    [[nodiscard]] Result<Case> caseByReference(const Actor &actor, const QString &reference) const;
    /// `via` says how the person reached the case ("search": opened from search results), kept
    /// with the view in the access log; empty when it was opened directly.
    [[nodiscard]] Result<Case> caseById(const Actor &actor, Id caseId, const QString &via = {}) const;
    /// Finds a case to act on (add a note, move a handoff…): checked like a view but not logged
    /// as one, since what the actor then does is itself recorded on the timeline — and a
    /// refused action must leave no trace.
    [[nodiscard]] Result<Case> resolveReference(const Actor &actor, const QString &reference) const;
    [[nodiscard]] Result<QList<Case>> cases(const Actor &actor, const CaseFilter &filter = {}) const;
    [[nodiscard]] Result<QList<Case>> casesOfClient(const Actor &actor, Id clientId) const;

    /// The timeline as the actor may see it: shared events and their own agency's internal ones.
    [[nodiscard]] Result<QList<TimelineEvent>> timeline(const Actor &actor, Id caseId,
                                                        const TimelineQuery &query = {}) const;

    /// Appends a note, call, visit or message.
    [[nodiscard]] Result<TimelineEvent> addEvent(const Actor &actor, Id caseId, const NewEvent &event);
    /// Records that the customer had to carry the service.
    [[nodiscard]] Result<TimelineEvent> recordEffort(const Actor &actor, Id caseId, EffortKind kind,
                                                     const QString &text);
    /// Fixes a mistake: a new event pointing at the event with sequence number `seq`.
    [[nodiscard]] Result<TimelineEvent> correct(const Actor &actor, Id caseId, int seq,
                                                const QString &text);

    /// Replaces the summary. With `expectedVersion`, refuses (Conflict) when someone saved a
    /// newer version meanwhile, so no edit is silently lost.
    [[nodiscard]] Result<Summary> setSummary(const Actor &actor, Id caseId, const Summary &summary,
                                             std::optional<int> expectedVersion = std::nullopt);

    /// Keeps a document the customer provided, on the client's file and this case's timeline.
    [[nodiscard]] Result<DocumentAdded> addDocument(const Actor &actor, Id caseId, const QString &kind,
                                                    const QString &fileName, const QByteArray &bytes);
    [[nodiscard]] Result<QList<Document>> documents(const Actor &actor, Id caseId) const;

    /// Records on the timeline that the actor exported the case (a PDF, a letter): who, when,
    /// which head hash it carries and the file's own hash. Anyone who may read the case may
    /// export it. Runs inside the caller's transaction when there is one, so the record and
    /// the file stand or fall together.
    [[nodiscard]] Result<TimelineEvent> recordExport(const Actor &actor, Id caseId, const QString &text,
                                                     const QJsonObject &details);

    [[nodiscard]] Result<Case> setStatus(const Actor &actor, Id caseId, CaseStatus status,
                                         const QString &reason);

private:
    [[nodiscard]] Result<Case> loadCase(Id caseId) const;
    /// Appends one event in its own transaction and announces it.
    [[nodiscard]] Result<TimelineEvent> append(const Actor &actor, Id caseId, const NewEvent &event);
    [[nodiscard]] Result<Id> idOfReference(const QString &reference) const;

    Database &m_db;
    ChangeNotifier &m_notifier;
};

} // namespace Relais::Core
