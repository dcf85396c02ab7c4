#pragma once

#include "stalls/stallrules.h"

namespace Relais::Core {

class Database;
class ChangeNotifier;
class CalendarStore;
class HandoffWorkflow;

struct StallQuery {
    QDateTime at;                   ///< evaluate as of this instant; invalid: now
    QString agencyCode;             ///< only stalls where this agency asked or must act; empty: all
    std::optional<StallRule> rule;  ///< only this rule
};

/// Median acknowledgement time of the handoffs requested in one week.
struct WeeklyAcknowledgement {
    QDate weekStart;            ///< Monday
    int requested = 0;
    int acknowledged = 0;
    double medianHours = 0;     ///< working hours of the receiving agency; 0 when none acknowledged
};

/// A customer who had to carry the service, and how often.
struct EffortLeader {
    Id clientId = 0;
    QString clientName;
    int efforts = 0;
    QDateTime lastEffort;
    QStringList caseReferences;
};

/// The supervisors' view over the case file: which handoffs stall, the figures around them,
/// and the actions a supervisor takes (nudge, escalate, reassign). Supervisors see the cases
/// their agency takes part in; admins see the whole network.
class StallMonitor final
{
public:
    StallMonitor(Database &db, ChangeNotifier &notifier, CalendarStore &calendars, HandoffWorkflow &handoffs)
        : m_db(db), m_notifier(notifier), m_calendars(calendars), m_handoffs(handoffs) {}

    /// Stalled handoffs as of `query.at`, most late first.
    [[nodiscard]] Result<QList<Stall>> stalled(const Actor &actor, const StallQuery &query) const;

    /// One entry per week, oldest first, for the `weeks` weeks up to the one holding `at`.
    [[nodiscard]] Result<QList<WeeklyAcknowledgement>> acknowledgementTrend(const Actor &actor, const QDateTime &at,
                                                                            int weeks) const;
    /// Customers with the most client-effort events in the `days` days up to `at`, most first.
    [[nodiscard]] Result<QList<EffortLeader>> customersWithMostEffort(const Actor &actor, const QDateTime &at,
                                                                      int days, int limit) const;

    /// A reminder on the case's timeline, shown in the receiving agency's inbox until it answers.
    [[nodiscard]] Status nudge(const Actor &actor, Id handoffId, const QString &note);
    /// Flags the handoff to the receiving agency's supervisors (their inbox) until it answers.
    [[nodiscard]] Status escalate(const Actor &actor, Id handoffId, const QString &note);
    /// Cancels the handoff with `reason` and asks `toAgencyCode` instead, in one transaction:
    /// same ask, same due date if still ahead, the current summary carried over.
    [[nodiscard]] Result<Handoff> reassign(const Actor &actor, Id handoffId, const QString &toAgencyCode,
                                           const QString &reason);

private:
    [[nodiscard]] Result<QList<Id>> candidateCases(const Actor &actor, const QDateTime &at) const;
    [[nodiscard]] Result<QList<CaseFacts>> loadFacts(const QList<Id> &caseIds, const QDateTime &at) const;
    [[nodiscard]] QString scopeCondition(const Actor &actor, const QString &caseColumn) const;
    [[nodiscard]] Status signal(const Actor &actor, Id handoffId, const QString &kind, const QString &note);

    Database &m_db;
    ChangeNotifier &m_notifier;
    CalendarStore &m_calendars;
    HandoffWorkflow &m_handoffs;
};

} // namespace Relais::Core
