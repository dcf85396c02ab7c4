#pragma once

#include "models/session.h"
#include "stalls/stallrules.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace Relais::Gui {

/// The stalled handoffs of the supervisors' dashboard, one row per (handoff, rule).
class StallModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LateBy, Rule, Reference, Customer, Agencies, Ask, Threshold, Efforts, ColumnCount };
    enum Role {
        CaseIdRole = Qt::UserRole + 1,
        HandoffIdRole,
        RuleRole,          ///< StallRule as int
        ToAgencyRole,      ///< code of the agency holding the ball
        FromAgencyRole,    ///< code of the requesting agency, empty for client chasing without handoff
        WorkingSecondsRole ///< how late, for sorting and filtering
    };

    explicit StallModel(QObject *parent = nullptr);

    /// Loads the stalls as of now for the session's supervisor. Returns a message when it failed.
    [[nodiscard]] QString load(const Session &session);
    void setStalls(QList<Core::Stall> stalls, const Core::AgencyCalendars &calendars);
    [[nodiscard]] const Core::Stall *stallAt(int row) const;
    [[nodiscard]] const QList<Core::Stall> &stalls() const { return m_stalls; }
    /// "3 working days", "5 working hours" on the holder's calendar.
    [[nodiscard]] QString lateness(const Core::Stall &stall) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Core::Stall> m_stalls;
    Core::AgencyCalendars m_calendars;
};

/// Filters the dashboard's table by agency (asked or holding the ball), rule and minimum lateness,
/// and sorts "late by" on working time rather than on its words.
class StallFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setAgency(const QString &code);
    void setRule(std::optional<Core::StallRule> rule);
    /// Only stalls at least this many working seconds past their threshold.
    void setMinimumWorkingSeconds(qint64 seconds);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_agency;
    std::optional<Core::StallRule> m_rule;
    qint64 m_minimumSeconds = 0;
};

} // namespace Relais::Gui
