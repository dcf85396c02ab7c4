#pragma once

#include "casefile/ballholder.h"
#include "models/session.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace Relais::Gui {

/// Which cases the sidebar asks for.
enum class CaseScope { Inbox, MyCases, MyAgency, AllVisible };

/// One row of the case list: the case, who holds the ball, and whether something is late.
struct CaseRow {
    Core::Case record;
    Core::BallHolder ball;
    QString handoffStatus; ///< the most telling open handoff's status, or empty
    bool late = false;
    QDateTime mostUrgent;  ///< for sorting the inbox: the oldest waiting handoff
    QString signal;        ///< "reminded" or "escalated" when a supervisor asked and nobody answered
};

/// The case list of the main window.
class CaseListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Reference, Customer, BallHolder, HandoffStatus, Title, LastActivity, ColumnCount };
    enum Role { CaseIdRole = Qt::UserRole + 1, LateRole, ReferenceRole };

    explicit CaseListModel(QObject *parent = nullptr);

    /// Loads the cases of `scope` for the session's user. Returns a message when it failed.
    [[nodiscard]] QString load(const Session &session, CaseScope scope);
    void setRows(QList<CaseRow> rows);
    [[nodiscard]] const CaseRow *rowAt(int row) const;
    [[nodiscard]] int rowOfCase(Core::Id caseId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Builds rows from cases and their handoffs, as of `now` (pure: testable without a database).
    /// With `waitingFor`, urgency and lateness count only the handoffs addressed to that agency
    /// (an inbox ranks what waits for *this* agency, not for others).
    [[nodiscard]] static QList<CaseRow> rowsFor(const QList<Core::Case> &cases,
                                                const QHash<Core::Id, QList<Core::Handoff>> &handoffs,
                                                const QDateTime &now, const Core::AgencyCalendars &calendars,
                                                std::optional<Core::Id> waitingFor = std::nullopt);

private:
    QList<CaseRow> m_rows;
    QTimeZone m_zone{"Africa/Casablanca"};
};

} // namespace Relais::Gui
