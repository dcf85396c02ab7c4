#include "windows/mainwindow.h"

#include "windows/batchexportdialog.h"
#include "windows/casefilecare.h"
#include "windows/caseview.h"
#include "widgets/theme.h"
#include "windows/dialogs.h"
#include "windows/idlelock.h"
#include "windows/importdialog.h"
#include "windows/mergedialog.h"
#include "windows/supervisordashboard.h"

#include "domain/accesspolicy.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Gui {

namespace {
/// The sidebar row of the supervisors' dashboard, beside the CaseScope rows.
constexpr int dashboardRow = -1;
} // namespace

MainWindow::MainWindow(const Session &session, QWidget *parent) : QMainWindow(parent), m_session(session)
{
    setWindowTitle(tr("Relais — %1, %2").arg(session.actor.displayName, session.actor.agencyName));
    if (auto agencies = session.ws->directory().agencies()) {
        QStringList codes;
        for (const Agency &agency : *agencies)
            codes << agency.code;
        Theme::assignAgencyColours(codes);
    }
    setObjectName(u"mainWindow"_s);

    auto *toolbar = addToolBar(tr("Search"));
    toolbar->setObjectName(u"searchToolbar"_s);
    toolbar->setMovable(false);
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Find a customer or a case: name (Latin or Arabic), CIN, phone, reference, note text  (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    toolbar->addWidget(m_search);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(180); // as you type, without a query per keystroke
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::runSearch);

    m_sidebar = new QListWidget;
    m_sidebar->setAccessibleName(tr("Case lists"));
    for (const auto &[scope, label] : {std::pair{CaseScope::Inbox, tr("Inbox")}, std::pair{CaseScope::MyCases, tr("My cases")},
                                       std::pair{CaseScope::MyAgency, tr("My agency's cases")},
                                       std::pair{CaseScope::AllVisible, tr("All I can see")}}) {
        auto *item = new QListWidgetItem(label);
        item->setData(Qt::UserRole, int(scope));
        m_sidebar->addItem(item);
    }
    if (supervises()) {
        auto *item = new QListWidgetItem(tr("Stalled handoffs"));
        item->setData(Qt::UserRole, dashboardRow);
        item->setToolTip(tr("The supervisors' dashboard (Ctrl+Shift+S)"));
        m_sidebar->addItem(item);
    }
    QFont sidebarFont = m_sidebar->font();
    sidebarFont.setPointSizeF(sidebarFont.pointSizeF() * 1.1);
    m_sidebar->setFont(sidebarFont);
    m_sidebar->setSpacing(3);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        if (m_sidebar->item(row)->data(Qt::UserRole).toInt() == dashboardRow) {
            showDashboard();
            return;
        }
        showCasesPage();
        m_search->clear();
        m_scope = CaseScope(m_sidebar->item(row)->data(Qt::UserRole).toInt());
        loadScope();
    });

    m_cases = new CaseListModel(this);
    m_table = new QTableView;
    m_table->setModel(m_cases);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // several cases export at once
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Cases"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current, const QModelIndex &previous) {
                const CaseRow *row = m_cases->rowAt(current.row());
                if (!row || row->record.id == m_caseView->caseId())
                    return;
                if (!m_caseView->confirmLeave()) { // unsaved summary edits: the person chose to stay
                    const QSignalBlocker block(m_table->selectionModel());
                    m_table->selectionModel()->setCurrentIndex(previous, QItemSelectionModel::ClearAndSelect
                                                                             | QItemSelectionModel::Rows);
                    return;
                }
                m_caseView->showCase(row->record.id, m_listIsSearch ? u"search"_s : QString());
            });

    auto *listPane = new QWidget;
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_listTitle = new QLabel;
    QFont titleFont = m_listTitle->font();
    titleFont.setBold(true);
    m_listTitle->setFont(titleFont);
    m_listTitle->setContentsMargins(6, 6, 6, 2);
    listLayout->addWidget(m_listTitle);
    listLayout->addWidget(m_table, 1);

    m_caseView = new CaseView;
    m_caseView->setSession(session);
    connect(m_caseView, &CaseView::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
    });
    connect(m_caseView, &CaseView::caseChanged, this, [this](Id caseId) {
        loadScope();
        updateSidebarCounts();
        const int row = m_cases->rowOfCase(caseId);
        if (row >= 0) {
            const QSignalBlocker block(m_table->selectionModel());
            m_table->selectRow(row);
        }
    });

    m_workSplitter = new QSplitter;
    m_workSplitter->setObjectName(u"workSplitter"_s);
    m_workSplitter->addWidget(listPane);
    m_workSplitter->addWidget(m_caseView);
    m_workSplitter->setStretchFactor(1, 1);
    m_workSplitter->setSizes({680, 920});
    m_pages = new QStackedWidget;
    m_pages->addWidget(m_workSplitter);

    m_splitter = new QSplitter;
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(1, 1);
    m_sidebar->setMinimumWidth(m_sidebar->sizeHintForColumn(0) + 24);
    m_splitter->setSizes({m_sidebar->minimumWidth(), 1600 - m_sidebar->minimumWidth()});
    setCentralWidget(m_splitter);

    m_idleLock = new IdleLock(m_session, this);
    connect(m_idleLock, &IdleLock::signOutRequested, this, &MainWindow::signOutRequested);
    m_care = new CaseFileCare(m_session, this);
    connect(m_care, &CaseFileCare::checked, this, [this](const QString &backupMessage, const QStringList &damage) {
        if (!backupMessage.isEmpty())
            statusBar()->showMessage(backupMessage, 10000);
        if (damage.isEmpty())
            return;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("The case file is damaged"),
                                    tr("The check at start found damage in the case file. Work saved from now on may "
                                       "be lost: restore it from a backup (File › Restore from a backup…) or ask your "
                                       "administrator (relais-cli check says more)."),
                                    QMessageBox::Ok, this);
        box->setDetailedText(damage.join(u'\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    buildMenus();
    statusBar()->addPermanentWidget(new QLabel(tr("Signed in as %1 (%2) · %3")
                                                   .arg(session.actor.displayName, session.actor.agencyCode,
                                                        session.ws->database().path())));
    restoreLayout();
    m_sidebar->setCurrentRow(0);
    updateSidebarCounts();
    followChangesElsewhere();
    m_care->start();
}

void MainWindow::followChangesElsewhere()
{
    ChangeFeed &feed = m_session.ws->changeFeed();
    m_connectionState = new QLabel;
    m_connectionState->setObjectName(u"connectionState"_s);
    m_connectionState->setAccessibleName(tr("Connection to the case file"));
    m_connectionState->hide();
    statusBar()->addPermanentWidget(m_connectionState);
    connect(&feed, &ChangeFeed::changedElsewhere, this, &MainWindow::applyChangesElsewhere);
    connect(&feed, &ChangeFeed::connectionLost, this, [this](const QString &reason) {
        m_connectionState->setText(tr("⚠ Server unreachable — reconnecting…"));
        m_connectionState->setToolTip(reason);
        m_connectionState->show();
    });
    connect(&feed, &ChangeFeed::reconnected, this, [this] {
        m_connectionState->hide();
        statusBar()->showMessage(tr("Reconnected to the server at %1; everything shown was reloaded.")
                                     .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)),
                                 10000);
    });
    if (!feed.isStarted())
        if (auto started = feed.start(); !started)
            statusBar()->showMessage(tr("Changes made elsewhere will show only with Refresh (F5): %1")
                                         .arg(started.error().message));
}

void MainWindow::applyChangesElsewhere(const QSet<Id> &caseIds, bool everything)
{
    const Id open = m_caseView->caseId();
    loadScope();
    updateSidebarCounts();
    if (const int row = m_cases->rowOfCase(open); open != 0 && row >= 0) {
        const QSignalBlocker block(m_table->selectionModel());
        m_table->selectRow(row);
    }
    // A client's or a calendar's change names no case (0) and may still show in the header.
    if (open != 0 && (everything || caseIds.contains(open) || caseIds.contains(0))) {
        m_caseView->reloadChangedElsewhere();
        if (caseIds.contains(open))
            statusBar()->showMessage(tr("This case was just updated from elsewhere."), 5000);
    }
}

MainWindow::~MainWindow()
{
    saveLayout();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_caseView->confirmLeave()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

bool MainWindow::hasSavedLayout()
{
    return QSettings().contains(u"mainWindow/geometry"_s);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Import customers…"), this, [this] {
        ImportDialog dialog(m_session, this);
        if (dialog.exec() == QDialog::Accepted)
            statusBar()->showMessage(tr("%1 customer(s) registered.").arg(dialog.created()), 8000);
    });
    file->addSeparator();
    m_exportCase = file->addAction(tr("&Export case to PDF…"), QKeySequence(Qt::CTRL | Qt::Key_E), m_caseView,
                                   &CaseView::exportPdf);
    m_exportCase->setEnabled(m_caseView->caseId() != 0);
    connect(m_caseView, &CaseView::shownCaseChanged, m_exportCase, [this](Id caseId) {
        m_exportCase->setEnabled(caseId != 0);
    });
    m_exportSelected = file->addAction(tr("Export &selected cases to PDF…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                                       this, &MainWindow::exportSelected);
    m_exportSelected->setEnabled(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, m_exportSelected, [this] {
        m_exportSelected->setEnabled(m_table->selectionModel()->hasSelection());
    });
    connect(m_cases, &QAbstractItemModel::modelReset, m_exportSelected, [this] {
        m_exportSelected->setEnabled(m_table->selectionModel()->hasSelection());
    });
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_exportSelected);
    file->addSeparator();
    if (m_care->mayRestore()) {
        file->addAction(tr("&Restore from a backup…"), this, [this] {
            if (m_care->restoreFromBackup(this))
                refresh();
        });
        file->addSeparator();
    }
    file->addAction(tr("&Lock now"), QKeySequence(Qt::CTRL | Qt::Key_L), m_idleLock, &IdleLock::lock);
    file->addAction(tr("Sign &out"), this, [this] {
        if (m_caseView->confirmLeave())
            Q_EMIT signOutRequested();
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu *caseMenu = menuBar()->addMenu(tr("&Case"));
    caseMenu->addAction(tr("&New case…"), QKeySequence(Qt::CTRL | Qt::Key_N), this, &MainWindow::newCase);
    caseMenu->addAction(tr("Request &handoff…"), QKeySequence(Qt::CTRL | Qt::Key_H), m_caseView, &CaseView::requestHandoff);
    caseMenu->addAction(tr("Attach &document…"), m_caseView, &CaseView::attachDocument);
    caseMenu->addAction(tr("Record &consent…"), m_caseView, &CaseView::recordConsent);
    QAction *accessLog = caseMenu->addAction(tr("&Who saw this file…"), m_caseView, &CaseView::showAccessLog);
    QAction *personalData = caseMenu->addAction(tr("Export customer's &personal data…"), m_caseView,
                                                &CaseView::exportPersonalData);
    const auto allowCustomerActions = [this, accessLog, personalData] {
        accessLog->setEnabled(m_caseView->canReadAccessLog());
        personalData->setEnabled(m_caseView->canExportPersonalData());
    };
    allowCustomerActions();
    connect(m_caseView, &CaseView::shownCaseChanged, this, allowCustomerActions);
    caseMenu->addAction(tr("&Merge customer files…"), this, [this] {
        MergeDialog dialog(m_session, this);
        if (dialog.exec() == QDialog::Accepted) {
            statusBar()->showMessage(dialog.resultMessage(), 10000);
            refresh();
        }
    });
    caseMenu->addSeparator();
    caseMenu->addAction(tr("&Find…"), QKeySequence::Find, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    caseMenu->addAction(tr("&Refresh"), QKeySequence::Refresh, this, &MainWindow::refresh);

    if (supervises()) {
        QMenu *supervision = menuBar()->addMenu(tr("&Supervision"));
        supervision->addAction(tr("&Stalled handoffs"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this,
                               [this] { m_sidebar->setCurrentItem(dashboardItem()); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Relais"), this, [this] {
        QMessageBox::about(this, tr("About Relais"),
                           tr("<h3>Relais %1</h3><p>One shared case file per customer, across every agency that "
                              "serves them.</p>").arg(QCoreApplication::applicationVersion()));
    });
}

QListWidgetItem *MainWindow::dashboardItem() const
{
    for (int i = 0; i < m_sidebar->count(); ++i)
        if (m_sidebar->item(i)->data(Qt::UserRole).toInt() == dashboardRow)
            return m_sidebar->item(i);
    return nullptr;
}

bool MainWindow::supervises() const
{
    return isAllowed(m_session.actor, Relation::None, Action::WatchStalls);
}

bool MainWindow::showDashboard()
{
    if (!supervises())
        return false;
    if (!m_dashboard) {
        m_dashboard = new SupervisorDashboard(m_session);
        connect(m_dashboard, &SupervisorDashboard::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 10000); });
        // Drill-down: the case opens in the cases page, on the late handoff.
        connect(m_dashboard, &SupervisorDashboard::openCaseRequested, this,
                [this](Id caseId, std::optional<Id> handoffId) {
                    showScope(CaseScope::AllVisible);
                    openCase(caseId);
                    if (handoffId)
                        m_caseView->focusHandoff(*handoffId);
                });
        connect(m_dashboard->stallModel(), &QAbstractItemModel::modelReset, this, &MainWindow::updateSidebarCounts);
        m_pages->addWidget(m_dashboard);
    }
    m_pages->setCurrentWidget(m_dashboard);
    m_dashboard->table()->setFocus();
    return true;
}

void MainWindow::showCasesPage()
{
    m_pages->setCurrentWidget(m_workSplitter);
}

void MainWindow::showScope(CaseScope scope)
{
    for (int i = 0; i < m_sidebar->count(); ++i)
        if (m_sidebar->item(i)->data(Qt::UserRole).toInt() == int(scope))
            m_sidebar->setCurrentRow(i);
}

void MainWindow::loadScope()
{
    static const QHash<CaseScope, QString> titles{
        {CaseScope::Inbox, tr("Handoffs waiting for %1 — most urgent first")},
        {CaseScope::MyCases, tr("Cases I coordinate")},
        {CaseScope::MyAgency, tr("Cases %1 takes part in")},
        {CaseScope::AllVisible, tr("Every case I can see")}};
    if (!m_search->text().trimmed().isEmpty()) {
        runSearch();
        return;
    }
    m_listIsSearch = false;
    const QString error = m_cases->load(m_session, m_scope);
    QString title = titles.value(m_scope);
    if (title.contains(u"%1"_s))
        title = title.arg(m_session.actor.agencyName);
    m_listTitle->setText(error.isEmpty() ? tr("%1 (%2)").arg(title).arg(m_cases->rowCount()) : error);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(CaseListModel::Title, std::min(m_table->columnWidth(CaseListModel::Title), 220));
    m_table->setColumnWidth(CaseListModel::Customer, std::min(m_table->columnWidth(CaseListModel::Customer), 200));
    m_table->setColumnWidth(CaseListModel::BallHolder, std::min(m_table->columnWidth(CaseListModel::BallHolder), 170));
    if (m_caseView->caseId() == 0 && m_cases->rowCount() > 0)
        m_table->selectRow(0);
}

void MainWindow::runSearch()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        loadScope();
        return;
    }
    showCasesPage();
    m_listIsSearch = true;
    auto hits = m_session.ws->search().search(m_session.actor, text);
    if (!hits) {
        m_listTitle->setText(hits.error().message);
        return;
    }
    QList<Case> cases;
    QList<Id> seen;
    int customersWithoutCase = 0;
    QList<Id> clientsWithCase;
    for (const SearchHit &hit : *hits) {
        if (hit.kind == SearchHit::Kind::Client)
            continue;
        if (seen.contains(hit.caseId))
            continue;
        seen << hit.caseId;
        clientsWithCase << hit.clientId;
        if (auto record = m_session.ws->cases().resolveReference(m_session.actor, hit.caseReference))
            cases << *record;
    }
    for (const SearchHit &hit : *hits)
        if (hit.kind == SearchHit::Kind::Client && !clientsWithCase.contains(hit.clientId))
            ++customersWithoutCase;
    auto handoffs = m_session.ws->handoffs().handoffsForList(m_session.actor, seen);
    m_cases->setRows(CaseListModel::rowsFor(cases, handoffs ? *handoffs : QHash<Id, QList<Handoff>>{},
                                            m_session.ws->database().now(), m_session.ws->calendars().current()));
    QString title = tr("Search “%1”: %2 case(s)").arg(text).arg(cases.size());
    if (customersWithoutCase > 0)
        title += tr(", and %1 customer(s) with no case you can see — Ctrl+N opens one").arg(customersWithoutCase);
    m_listTitle->setText(title);
}

void MainWindow::updateSidebarCounts()
{
    auto inbox = m_session.ws->handoffs().inbox(m_session.actor);
    if (inbox && m_sidebar->count() > 0)
        m_sidebar->item(0)->setText(inbox->isEmpty() ? tr("Inbox") : tr("Inbox (%1)").arg(inbox->size()));
    if (!supervises())
        return;
    const qsizetype stalled = m_dashboard ? m_dashboard->stallModel()->rowCount()
                                          : m_session.ws->stalls().stalled(m_session.actor, {}).value_or(QList<Stall>{}).size();
    if (QListWidgetItem *item = dashboardItem())
        item->setText(stalled == 0 ? tr("Stalled handoffs") : tr("Stalled handoffs (%1)").arg(stalled));
}

void MainWindow::openCase(Id caseId)
{
    // A case outside the current list: show a list that has it, so list and case agree.
    if (m_cases->rowOfCase(caseId) < 0 && m_search->text().isEmpty())
        for (CaseScope scope : {CaseScope::MyCases, CaseScope::MyAgency, CaseScope::AllVisible}) {
            showScope(scope);
            if (m_cases->rowOfCase(caseId) >= 0)
                break;
        }
    const int row = m_cases->rowOfCase(caseId);
    if (row >= 0)
        m_table->selectRow(row);
    else
        m_caseView->showCase(caseId);
}

bool MainWindow::openReference(const QString &reference)
{
    auto record = m_session.ws->cases().resolveReference(m_session.actor, reference);
    if (!record) {
        statusBar()->showMessage(record.error().message, 8000);
        return false;
    }
    openCase(record->id);
    return true;
}

void MainWindow::refresh()
{
    if (m_dashboard)
        m_dashboard->refresh();
    loadScope();
    updateSidebarCounts();
    m_caseView->reload();
    if (m_caseView->caseId() != 0)
        m_caseView->timelineModel()->reload();
    statusBar()->showMessage(tr("Refreshed."), 3000);
}

void MainWindow::newCase()
{
    NewCaseDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showScope(CaseScope::MyCases);
    loadScope();
    openCase(dialog.caseId());
}

QStringList MainWindow::selectedReferences() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows(CaseListModel::Reference);
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList references;
    for (const QModelIndex &index : std::as_const(rows))
        references << index.data(CaseListModel::ReferenceRole).toString();
    return references;
}

void MainWindow::exportSelected()
{
    const QStringList references = selectedReferences();
    if (references.isEmpty())
        return;
    auto *dialog = new BatchExportDialog(m_session, references, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Each export is an event on its case. The list is left as it is, so the selection survives
    // for another run (F5 shows the new last activity); the open case shows its record now.
    connect(dialog, &BatchExportDialog::finished, this, [this] {
        if (m_caseView->caseId() != 0)
            m_caseView->timelineModel()->reload();
    });
    dialog->open();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray());
    restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"mainWindow/sidebarSplitter"_s).toByteArray());
    m_workSplitter->restoreState(settings.value(u"mainWindow/workSplitter"_s).toByteArray());
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
    settings.setValue(u"mainWindow/sidebarSplitter"_s, m_splitter->saveState());
    settings.setValue(u"mainWindow/workSplitter"_s, m_workSplitter->saveState());
}

} // namespace Relais::Gui
