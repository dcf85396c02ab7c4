#pragma once

#include "models/session.h"
#include "models/stallmodel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTimer;

class QChartView;

namespace Relais::Gui {

/// The supervisors' view: every stalled handoff they may see, most late first, with counts,
/// an aging chart, the acknowledgement trend and the customers who carry the service most —
/// and the actions a supervisor takes (open, nudge, escalate, reassign, export).
class SupervisorDashboard final : public QWidget
{
    Q_OBJECT
public:
    explicit SupervisorDashboard(const Session &session, QWidget *parent = nullptr);

    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] StallModel *stallModel() const { return m_model; }
    [[nodiscard]] StallFilterModel *filterModel() const { return m_filter; }
    [[nodiscard]] QComboBox *agencyFilter() const { return m_agency; }
    [[nodiscard]] QComboBox *ruleFilter() const { return m_rule; }
    [[nodiscard]] QComboBox *ageFilter() const { return m_age; }
    [[nodiscard]] QLabel *errorLabel() const { return m_error; }
    [[nodiscard]] QStandardItemModel *effortModel() const { return m_effortModel; }
    /// The stalls as the table shows them: filtered and sorted.
    [[nodiscard]] QList<const Core::Stall *> shownStalls() const;
    /// The stall on the current row of the table, if any.
    [[nodiscard]] const Core::Stall *currentStall() const;

    /// Writes the table as filtered and sorted to `path` (UTF-8 CSV); a message when it failed.
    [[nodiscard]] QString exportCsv(const QString &path) const;

public Q_SLOTS:
    void refresh();
    void openCurrent();
    /// With an empty `note` from tests; the buttons ask the supervisor for one.
    void nudgeCurrent(const QString &note);
    void escalateCurrent(const QString &note);
    void reassignCurrent(const QString &agencyCode, const QString &reason);

Q_SIGNALS:
    void openCaseRequested(Core::Id caseId, std::optional<Core::Id> handoffId);
    void statusMessage(const QString &message);

private:
    /// Re-evaluates the stalls as of now (table, counts, aging chart), keeping the selection.
    void refreshStalls();
    QWidget *buildFilters();
    QWidget *buildCharts();
    void applyFilters();
    void updateCounts();
    void updateAgingChart();
    void updateTrendChart();
    void updateEffortLeaders();
    void updateActions();
    void askNudge(bool escalate);
    void askReassign();
    void report(const Core::Status &done, const QString &success);

    Session m_session;
    StallModel *m_model = nullptr;
    StallFilterModel *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_agency = nullptr;
    QComboBox *m_rule = nullptr;
    QComboBox *m_age = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_nudge = nullptr;
    QPushButton *m_escalate = nullptr;
    QPushButton *m_reassign = nullptr;
    QChartView *m_aging = nullptr;
    QChartView *m_trend = nullptr;
    QStandardItemModel *m_effortModel = nullptr;
    QTableView *m_effortTable = nullptr;
    QTimer *m_refreshDelay = nullptr;
    QList<Core::Agency> m_agencies;
};

} // namespace Relais::Gui
