#pragma once

#include "models/caselistmodel.h"
#include "models/session.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace Relais::Gui {

class CaseFileCare;

class CaseView;
class IdleLock;
class SupervisorDashboard;

/// The agent's window: sidebar (inbox and case lists), search, case list and the open case.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] CaseView *caseView() const { return m_caseView; }
    /// Locks every window after the network's idle time; File › Lock now does it at once.
    [[nodiscard]] IdleLock *idleLock() const { return m_idleLock; }
    [[nodiscard]] CaseListModel *caseList() const { return m_cases; }
    [[nodiscard]] QTableView *caseTable() const { return m_table; }
    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    /// Shows the list of `scope` (as the sidebar does).
    void showScope(CaseScope scope);
    /// Shows the supervisors' dashboard (supervisors and admins); false for agents.
    bool showDashboard();
    /// The dashboard once shown, else nullptr.
    [[nodiscard]] SupervisorDashboard *dashboard() const { return m_dashboard; }
    /// Opens a case in the case view and selects it in the list when it is there.
    void openCase(Core::Id caseId);
    /// openCase() by reference; false when the user may not see it.
    bool openReference(const QString &reference);
    /// The references of the cases selected in the list, in list order.
    [[nodiscard]] QStringList selectedReferences() const;
    [[nodiscard]] QAction *exportCaseAction() const { return m_exportCase; }
    [[nodiscard]] QAction *exportSelectedAction() const { return m_exportSelected; }

    /// Whether a window size was saved by an earlier session (then it is restored, not imposed).
    [[nodiscard]] static bool hasSavedLayout();

public Q_SLOTS:
    void refresh();
    void newCase();
    /// Asks for a folder and options, then exports every selected case to PDF.
    void exportSelected();

Q_SIGNALS:
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    /// Follows changes other sessions make (Core::ChangeFeed): lists, counts and the open case
    /// refresh by themselves; the status bar says when the server is away and back.
    void followChangesElsewhere();
    void applyChangesElsewhere(const QSet<Core::Id> &caseIds, bool everything);
    void runSearch();
    void loadScope();
    void updateSidebarCounts();
    void restoreLayout();
    void showCasesPage();
    [[nodiscard]] bool supervises() const;
    /// The sidebar's "Stalled handoffs" row; nullptr for agents.
    [[nodiscard]] QListWidgetItem *dashboardItem() const;
    void saveLayout();

    Session m_session;
    QLabel *m_connectionState = nullptr;
    CaseScope m_scope = CaseScope::Inbox;
    QListWidget *m_sidebar = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTableView *m_table = nullptr;
    CaseListModel *m_cases = nullptr;
    CaseView *m_caseView = nullptr;
    QSplitter *m_splitter = nullptr;     ///< sidebar | pages
    QSplitter *m_workSplitter = nullptr; ///< case list | case view
    QStackedWidget *m_pages = nullptr;   ///< the cases page, or the dashboard
    SupervisorDashboard *m_dashboard = nullptr;
    QLabel *m_listTitle = nullptr;
    bool m_listIsSearch = false; ///< the list shows search results: a case opened from it was found by search
    QAction *m_exportCase = nullptr;
    QAction *m_exportSelected = nullptr;
    IdleLock *m_idleLock = nullptr;
    CaseFileCare *m_care = nullptr;
};

} // namespace Relais::Gui
