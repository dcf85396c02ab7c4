#pragma once

#include "models/session.h"
#include "models/timelinemodel.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace Relais::Gui {

class AccessLogDialog;
class ExportDialog;
class HandoffChain;
class TimelineDelegate;

/// One case at a glance and at work: header, summary, handoff chain, timeline and composer.
class CaseView final : public QWidget
{
    Q_OBJECT
public:
    explicit CaseView(QWidget *parent = nullptr);

    /// Asks which folder to put a personal-data export in (tests replace the folder dialog).
    using FolderChooser = std::function<QString()>;

    void setSession(const Session &session);
    /// `via` is how the person reached it ("search": from search results), kept in the access log.
    void showCase(Core::Id caseId, const QString &via = {});
    /// Brings one handoff of the shown case forward: its chain card outlined and scrolled into
    /// view, its action button focused (a supervisor's drill-down from the dashboard).
    void focusHandoff(Core::Id handoffId);
    /// Opens the merge dialog on this customer's file and a probable duplicate of it.
    void mergeDuplicate(Core::Id otherClientId);
    [[nodiscard]] QLabel *duplicatesNotice() const { return m_duplicates; }
    [[nodiscard]] std::optional<Core::Id> focusedHandoff() const { return m_focusedHandoff; }
    /// Before another case replaces this one: offers to save unsaved summary edits.
    /// False when the person chose to stay.
    [[nodiscard]] bool confirmLeave();
    void clear();
    [[nodiscard]] Core::Id caseId() const { return m_caseId; }
    /// Whether the signed-in user may see who saw the shown case / export the customer's data.
    [[nodiscard]] bool canReadAccessLog() const;
    [[nodiscard]] bool canExportPersonalData() const;
    void setFolderChooser(FolderChooser chooser) { m_chooseFolder = std::move(chooser); }
    [[nodiscard]] TimelineModel *timelineModel() const { return m_timeline; }

public Q_SLOTS:
    void reload();
    /// Someone elsewhere changed this case: reload header, summary and timeline, keeping the
    /// reader's place in the timeline and any unsaved text.
    void reloadChangedElsewhere();
    void requestHandoff();
    void addEntry();
    void attachDocument();
    void recordConsent();
    void showDocuments();
    /// Opens the export dialog on the shown case, window-modal but without a nested event loop;
    /// nullptr when no case is shown.
    ExportDialog *exportPdf();
    /// Opens "Who saw this file" on the shown case (window-modal, no nested event loop);
    /// nullptr when no case is shown or the user may not see it.
    AccessLogDialog *showAccessLog();
    /// Asks for a folder, then writes everything held about the case's customer into a new
    /// folder there (network administrators).
    void exportPersonalData();

Q_SIGNALS:
    /// The case changed here (an entry, a handoff move): lists may need a refresh.
    void caseChanged(Relais::Core::Id caseId);
    void statusMessage(const QString &message);
    /// Another case is shown, or none (0).
    void shownCaseChanged(Relais::Core::Id caseId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildHeader(QVBoxLayout *layout);
    void buildSummary(QVBoxLayout *layout);
    void buildTimeline(QVBoxLayout *layout);
    void buildComposer(QVBoxLayout *layout);
    void refreshHeader();
    void refreshHandoffActions();
    void refreshFilters();
    void applyFilters();
    void saveSummary();
    void moveHandoff(const Core::Handoff &handoff, Core::HandoffStatus target);
    void correctEvent(const QModelIndex &index);
    void addDocumentFile(const QString &path);
    [[nodiscard]] bool summaryEdited() const;
    [[nodiscard]] Core::TimelineQuery currentQuery() const;
    void loadSummaryEditors();
    void setCanAct(bool canAct);

    Session m_session;
    Core::Id m_caseId = 0;
    QString m_via; ///< how the case about to load was reached, for its first view only
    FolderChooser m_chooseFolder;
    Core::Case m_case;
    Core::Client m_client;
    QList<Core::Handoff> m_handoffs;
    QList<Core::Consent> m_consents;
    bool m_revealCin = false;
    Core::Summary m_loadedSummary; ///< what the editors were filled with
    int m_summaryBaseVersion = 0; ///< the version the person's edits start from
    QList<QWidget *> m_actingWidgets; ///< disabled for viewers who may only read the case
    QLabel *m_readOnly = nullptr;

    QLabel *m_title = nullptr;
    QLabel *m_identity = nullptr;
    QToolButton *m_cinToggle = nullptr;
    QToolButton *m_personalData = nullptr;
    QPushButton *m_accessLog = nullptr;
    QLabel *m_ball = nullptr;
    QLabel *m_people = nullptr;
    QWidget *m_handoffActions = nullptr;
    HandoffChain *m_chain = nullptr;
    std::optional<Core::Id> m_focusedHandoff;
    QPlainTextEdit *m_situation = nullptr;
    QPlainTextEdit *m_needs = nullptr;
    QPlainTextEdit *m_done = nullptr;
    QPlainTextEdit *m_next = nullptr;
    QLabel *m_summaryInfo = nullptr;
    QLabel *m_summaryError = nullptr;
    QPushButton *m_saveSummary = nullptr;
    QList<QToolButton *> m_kindChips;
    QComboBox *m_agencyFilter = nullptr;
    QToolButton *m_internalOnly = nullptr;
    QToolButton *m_newestFirst = nullptr;
    QListView *m_timelineView = nullptr;
    TimelineModel *m_timeline = nullptr;
    TimelineDelegate *m_delegate = nullptr;
    QComboBox *m_entryKind = nullptr;
    QPlainTextEdit *m_entryText = nullptr;
    QCheckBox *m_entryInternal = nullptr;
    QLabel *m_composerError = nullptr;
    QLabel *m_askedAgain = nullptr;             ///< "already on file" caution under the composer
    QLabel *m_duplicates = nullptr;             ///< "another file looks like the same person — merge…"
    QList<Core::DuplicateCandidate> m_duplicateFiles;
    QList<Core::Document> m_documentsOnFile;    ///< loaded when the case opens
};

} // namespace Relais::Gui
