#include "windows/caseview.h"

#include "casefile/ballholder.h"
#include "casefile/tellusonce.h"
#include "domain/cin.h"
#include "domain/phone.h"
#include "widgets/errorlabel.h"
#include "widgets/handoffchain.h"
#include "widgets/theme.h"
#include "widgets/timelinedelegate.h"
#include "export/personaldata.h"
#include "models/uisettings.h"
#include "pdf/personaldatadocuments.h"
#include "windows/accesslogdialog.h"
#include "windows/dialogs.h"
#include "windows/exportdialog.h"
#include "windows/mergedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Gui {

namespace {

// Composer choices: what a person adds, as (event kind, effort kind) pairs.
struct EntryChoice {
    EventKind kind;
    std::optional<EffortKind> effort;
};

const QList<EntryChoice> &entryChoices()
{
    static const QList<EntryChoice> choices{
        {EventKind::Note, std::nullopt},
        {EventKind::Call, std::nullopt},
        {EventKind::Visit, std::nullopt},
        {EventKind::Message, std::nullopt},
        {EventKind::ClientEffort, EffortKind::ChaseCall},
        {EventKind::ClientEffort, EffortKind::Visit},
        {EventKind::ClientEffort, EffortKind::ResubmittedDocument},
        {EventKind::ClientEffort, EffortKind::ReExplained},
        {EventKind::ClientEffort, EffortKind::RelayedInformation},
    };
    return choices;
}

QPlainTextEdit *summaryField(const QString &placeholder)
{
    auto *edit = new QPlainTextEdit;
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 2 + 12);
    return edit;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

CaseView::CaseView(QWidget *parent) : QWidget(parent)
{
    setAcceptDrops(true);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 8, 12, 8);
    buildHeader(outer);

    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(u"caseSplitter"_s);
    split->setChildrenCollapsible(false);
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    buildSummary(topLayout);
    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    buildTimeline(bottomLayout);
    buildComposer(bottomLayout);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(1, 3);
    split->setSizes({230, 600});
    outer->addWidget(split, 1);
    clear();
}

void CaseView::buildHeader(QVBoxLayout *layout)
{
    m_title = new QLabel;
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    auto *identityRow = new QHBoxLayout;
    m_identity = new QLabel;
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_identity->setWordWrap(true);
    m_cinToggle = new QToolButton;
    m_cinToggle->setText(tr("Show CIN"));
    m_cinToggle->setCheckable(true);
    m_cinToggle->setToolTip(tr("The CIN is masked until you ask to see it."));
    connect(m_cinToggle, &QToolButton::toggled, this, [this](bool on) {
        m_revealCin = on;
        m_cinToggle->setText(on ? tr("Hide CIN") : tr("Show CIN"));
        refreshHeader();
    });
    // The customer's right of access: everything held about them, for an administrator to hand over.
    m_personalData = new QToolButton;
    m_personalData->setText(tr("Export personal data…"));
    m_personalData->setToolTip(tr("Everything held about this customer, in a folder for them: identity, consents, "
                                  "every case in full, their documents and who saw their file"));
    connect(m_personalData, &QToolButton::clicked, this, &CaseView::exportPersonalData);
    identityRow->addWidget(m_identity, 1);
    identityRow->addWidget(m_cinToggle, 0, Qt::AlignTop);
    identityRow->addWidget(m_personalData, 0, Qt::AlignTop);
    layout->addLayout(identityRow);
    // One customer, one file: a probable duplicate is offered for merging where it is noticed.
    m_duplicates = makeWarningLabel();
    m_duplicates->setTextFormat(Qt::RichText);
    m_duplicates->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_duplicates, &QLabel::linkActivated, this,
            [this](const QString &link) { mergeDuplicate(link.section(u':', 1).toLongLong()); });
    layout->addWidget(m_duplicates);

    m_people = new QLabel;
    m_people->setWordWrap(true);
    m_people->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_people);

    m_ball = new QLabel;
    m_ball->setWordWrap(true);
    m_ball->setObjectName(u"ballHolder"_s);
    m_ball->setStyleSheet(u"#ballHolder { background: #fff8e1; border: 1px solid #e8c468; border-radius: 6px; padding: 6px 10px; }"_s);
    layout->addWidget(m_ball);

    auto *chainScroll = new QScrollArea;
    chainScroll->setFrameShape(QFrame::NoFrame);
    chainScroll->setWidgetResizable(false);
    chainScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_chain = new HandoffChain;
    chainScroll->setWidget(m_chain);
    chainScroll->setFixedHeight(m_chain->sizeHint().height() + 18);
    layout->addWidget(chainScroll);

    auto *actions = new QHBoxLayout;
    auto *request = new QPushButton(tr("Request handoff…"));
    request->setToolTip(tr("Ask another agency to act on this case (Ctrl+H)"));
    connect(request, &QPushButton::clicked, this, &CaseView::requestHandoff);
    auto *consent = new QPushButton(tr("Record consent…"));
    connect(consent, &QPushButton::clicked, this, &CaseView::recordConsent);
    auto *documents = new QPushButton(tr("Documents on file…"));
    documents->setToolTip(tr("What the customer already provided: never ask for it again"));
    connect(documents, &QPushButton::clicked, this, &CaseView::showDocuments);
    // Not an acting widget: whoever may read the case may export it.
    auto *exportButton = new QPushButton(tr("Export…"));
    exportButton->setToolTip(tr("The case timeline or a status letter for the customer, as PDF (Ctrl+E)"));
    connect(exportButton, &QPushButton::clicked, this, &CaseView::exportPdf);
    // For supervisors and network-wide roles; shown only to them (core checks again).
    m_accessLog = new QPushButton(tr("Who saw this file…"));
    m_accessLog->setToolTip(tr("Every reading of the case and every refused attempt, and who can see it now"));
    connect(m_accessLog, &QPushButton::clicked, this, &CaseView::showAccessLog);
    m_handoffActions = new QWidget;
    auto *handoffLayout = new QHBoxLayout(m_handoffActions);
    handoffLayout->setContentsMargins(0, 0, 0, 0);
    m_readOnly = new QLabel(tr("Read only: your agency does not take part in this case."));
    m_readOnly->setStyleSheet(u"color: #57606a; font-style: italic;"_s);
    m_readOnly->hide();
    actions->addWidget(request);
    actions->addWidget(consent);
    actions->addWidget(documents);
    actions->addWidget(exportButton);
    actions->addWidget(m_accessLog);
    actions->addWidget(m_readOnly);
    m_actingWidgets << request << consent;
    actions->addWidget(m_handoffActions, 1);
    layout->addLayout(actions);
}

void CaseView::buildSummary(QVBoxLayout *layout)
{
    // Two by two, two lines each: the summary is read at a glance and leaves the timeline room.
    auto *box = new QGroupBox(tr("Summary — what every agency needs to know"));
    auto *grid = new QGridLayout(box);
    grid->setVerticalSpacing(2);
    m_situation = summaryField(tr("What happened, where the customer stands"));
    m_needs = summaryField(tr("What the customer needs"));
    m_done = summaryField(tr("What has been done so far"));
    m_next = summaryField(tr("The next step, and who takes it"));
    const QList<std::pair<QString, QPlainTextEdit *>> fields{{tr("Situation"), m_situation}, {tr("Needs"), m_needs},
                                                             {tr("Done so far"), m_done}, {tr("Next step"), m_next}};
    for (int i = 0; i < fields.size(); ++i) {
        auto *label = new QLabel(fields[i].first);
        label->setBuddy(fields[i].second);
        fields[i].second->setAccessibleName(fields[i].first);
        grid->addWidget(label, (i / 2) * 2, i % 2);
        grid->addWidget(fields[i].second, (i / 2) * 2 + 1, i % 2);
    }
    auto *row = new QHBoxLayout;
    m_summaryInfo = new QLabel;
    m_summaryInfo->setForegroundRole(QPalette::PlaceholderText);
    m_summaryError = makeErrorLabel();
    m_saveSummary = new QPushButton(tr("Save summary"));
    m_saveSummary->setEnabled(false);
    connect(m_saveSummary, &QPushButton::clicked, this, &CaseView::saveSummary);
    for (QPlainTextEdit *edit : {m_situation, m_needs, m_done, m_next})
        connect(edit, &QPlainTextEdit::textChanged, this, [this] { m_saveSummary->setEnabled(summaryEdited()); });
    row->addWidget(m_summaryInfo, 1);
    row->addWidget(m_saveSummary);
    grid->addLayout(row, 4, 0, 1, 2);
    grid->addWidget(m_summaryError, 5, 0, 1, 2);
    layout->addWidget(box);
}

void CaseView::buildTimeline(QVBoxLayout *layout)
{
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("<b>Timeline</b>  show:")));
    for (EventKind kind : {EventKind::Note, EventKind::Call, EventKind::Visit, EventKind::Message,
                           EventKind::Document, EventKind::Handoff, EventKind::ClientEffort, EventKind::SummaryUpdate}) {
        // Compact chips: the symbol the timeline's badges use, the name in tooltip and for readers.
        auto *chip = new QToolButton;
        chip->setText(Theme::kindSymbol(kind));
        chip->setCheckable(true);
        chip->setProperty("kind", int(kind));
        chip->setAccessibleName(Theme::kindLabel(kind));
        chip->setToolTip(tr("%1 — show only the checked kinds (none checked: everything)").arg(Theme::kindLabel(kind)));
        chip->setMinimumWidth(30);
        connect(chip, &QToolButton::toggled, this, &CaseView::applyFilters);
        filters->addWidget(chip);
        m_kindChips << chip;
    }
    m_agencyFilter = new QComboBox;
    m_agencyFilter->setAccessibleName(tr("Agency filter"));
    connect(m_agencyFilter, &QComboBox::currentIndexChanged, this, &CaseView::applyFilters);
    m_internalOnly = new QToolButton;
    m_internalOnly->setText(tr("Internal only"));
    m_internalOnly->setCheckable(true);
    connect(m_internalOnly, &QToolButton::toggled, this, &CaseView::applyFilters);
    m_newestFirst = new QToolButton;
    m_newestFirst->setText(tr("Newest first"));
    m_newestFirst->setCheckable(true);
    m_newestFirst->setChecked(true);
    connect(m_newestFirst, &QToolButton::toggled, this, &CaseView::applyFilters);
    filters->addWidget(m_agencyFilter);
    filters->addWidget(m_internalOnly);
    filters->addStretch(1);
    filters->addWidget(m_newestFirst);
    layout->addLayout(filters);

    m_timeline = new TimelineModel(this);
    m_delegate = new TimelineDelegate(this);
    m_timelineView = new QListView;
    m_timelineView->setModel(m_timeline);
    m_timelineView->setItemDelegate(m_delegate);
    m_timelineView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_timelineView->setResizeMode(QListView::Adjust);
    m_timelineView->setWordWrap(true);
    m_timelineView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timelineView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_timelineView->setAccessibleName(tr("Timeline"));
    connect(m_timelineView, &QListView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_timelineView->indexAt(pos);
        if (!index.isValid())
            return;
        QMenu menu;
        menu.addAction(tr("Correct this entry…"), this, [this, index] { correctEvent(index); });
        menu.exec(m_timelineView->viewport()->mapToGlobal(pos));
    });
    connect(m_timeline, &TimelineModel::loadFailed, this, [this](const QString &message) {
        Q_EMIT statusMessage(message);
    });
    layout->addWidget(m_timelineView, 1);
}

void CaseView::buildComposer(QVBoxLayout *layout)
{
    auto *box = new QGroupBox(tr("Add to the case"));
    m_actingWidgets << box;
    auto *grid = new QVBoxLayout(box);
    auto *row = new QHBoxLayout;
    m_entryKind = new QComboBox;
    m_entryKind->setAccessibleName(tr("Kind of entry"));
    for (const EntryChoice &choice : entryChoices())
        m_entryKind->addItem(choice.effort ? tr("Customer effort: %1").arg(effortKindLabel(*choice.effort))
                                           : Theme::kindLabel(choice.kind));
    m_entryInternal = new QCheckBox(tr("Internal to my agency"));
    auto *attach = new QPushButton(tr("Attach document…"));
    attach->setToolTip(tr("Or drop a file on the case"));
    connect(attach, &QPushButton::clicked, this, &CaseView::attachDocument);
    auto *add = new QPushButton(tr("Add entry"));
    add->setDefault(true);
    add->setToolTip(tr("Ctrl+Enter"));
    connect(add, &QPushButton::clicked, this, &CaseView::addEntry);
    row->addWidget(m_entryKind);
    row->addWidget(m_entryInternal);
    row->addStretch(1);
    row->addWidget(attach);
    row->addWidget(add);
    m_entryText = new QPlainTextEdit;
    m_entryText->setPlaceholderText(tr("What happened? Write it once: every agency on the case reads it."));
    m_entryText->setFixedHeight(m_entryText->fontMetrics().lineSpacing() * 3 + 14);
    m_entryText->setAccessibleName(tr("Entry text"));
    m_composerError = makeErrorLabel();
    m_askedAgain = makeWarningLabel();
    m_askedAgain->setObjectName(u"askedAgainWarning"_s);
    connect(m_entryText, &QPlainTextEdit::textChanged, this, [this] {
        const QList<Document> asked = documentsAskedAgain(m_entryText->toPlainText(), m_documentsOnFile);
        showError(m_askedAgain, asked.isEmpty() ? QString()
                                                : tr("Already on file: %1 — no need to ask the customer again "
                                                     "(Documents on file… to open it).")
                                                      .arg(documentsOnFileSentence(asked, m_session.actor.timeZone)));
    });
    grid->addWidget(m_entryText);
    grid->addWidget(m_askedAgain);
    grid->addLayout(row);
    grid->addWidget(m_composerError);
    for (const auto &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, m_entryText);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &CaseView::addEntry);
    }
    layout->addWidget(box);
}

void CaseView::setSession(const Session &session)
{
    m_session = session;
    m_delegate->setTimeZone(session.actor.timeZone);
    clear();
}

void CaseView::clear()
{
    m_caseId = 0;
    m_timeline->setCase(m_session, 0); // no stale entries of a case that can no longer be read
    m_title->setText(tr("No case open"));
    m_identity->setText(tr("Choose a case in the list, or search for a customer (Ctrl+F)."));
    m_people->clear();
    m_ball->hide();
    m_chain->setChain({}, {}, {}, {});
    m_chain->parentWidget()->parentWidget()->hide();
    m_accessLog->hide();
    m_personalData->hide();
    setEnabled(false);
    m_title->setEnabled(true);
    Q_EMIT shownCaseChanged(0);
}

void CaseView::showCase(Id caseId, const QString &via)
{
    if (caseId != m_caseId)
        m_focusedHandoff.reset();
    m_caseId = caseId;
    m_via = via;
    m_documentsOnFile = m_session.ws->cases().documents(m_session.actor, caseId).value_or(QList<Document>{});
    m_revealCin = false;
    m_cinToggle->setChecked(false);
    m_summaryError->hide();
    m_composerError->hide();
    reload(); // a different case: reload() fills the editors
    m_timeline->setCase(m_session, caseId, currentQuery()); // the filters shown are the filters applied
    Q_EMIT shownCaseChanged(m_caseId);
}

void CaseView::focusHandoff(Id handoffId)
{
    m_focusedHandoff = handoffId;
    m_chain->setFocusedHandoff(handoffId);
    if (const QRect card = m_chain->cardRect(handoffId); !card.isEmpty())
        if (auto *scroll = qobject_cast<QScrollArea *>(m_chain->parentWidget()->parentWidget()))
            scroll->ensureVisible(card.center().x(), card.center().y(), card.width() / 2 + 8, 0);
    for (QToolButton *button : m_handoffActions->findChildren<QToolButton *>())
        if (button->property("handoffId").toLongLong() == handoffId)
            button->setFocus(Qt::OtherFocusReason);
}

void CaseView::mergeDuplicate(Id otherClientId)
{
    MergeDialog dialog(m_session, this);
    dialog.preselect(m_client.id, otherClientId);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Q_EMIT statusMessage(dialog.resultMessage());
    reload();
    Q_EMIT caseChanged(m_caseId);
}

void CaseView::reloadChangedElsewhere()
{
    if (m_caseId == 0)
        return;
    QScrollBar *scroll = m_timelineView->verticalScrollBar();
    const int place = scroll->value();
    reload();
    m_timeline->reload();
    scroll->setValue(place);
}

void CaseView::reload()
{
    if (!m_session.isValid() || m_caseId == 0)
        return;
    auto record = m_session.ws->cases().caseById(m_session.actor, m_caseId, std::exchange(m_via, QString()));
    if (!record) {
        clear();
        m_identity->setText(record.error().message);
        return;
    }
    const bool pendingEdits = m_case.id == m_caseId && summaryEdited();
    const Summary editedFrom = m_case.summary;
    m_case = *record;
    if (pendingEdits)
        m_case.summary.version = editedFrom.version; // keep comparing with what was edited
    auto client = m_session.ws->clients().client(m_session.actor, m_case.clientId);
    m_client = client ? *client : Client{};
    m_duplicateFiles.clear();
    if (client) {
        ClientDraft draft;
        draft.fullName = m_client.fullName;
        draft.fullNameAr = m_client.fullNameAr;
        draft.cin = m_client.cin;
        draft.birthDate = m_client.birthDate;
        draft.phones = m_client.phones;
        for (const DuplicateCandidate &d : m_session.ws->clients().probableDuplicates(draft).value_or(QList<DuplicateCandidate>{}))
            if (d.client.id != m_client.id)
                m_duplicateFiles.append(d);
    }
    auto consents = m_session.ws->clients().consents(m_session.actor, m_case.clientId);
    m_consents = consents ? *consents : QList<Consent>{};
    auto handoffs = m_session.ws->handoffs().handoffsOfCase(m_session.actor, m_caseId);
    m_handoffs = handoffs ? *handoffs : QList<Handoff>{};
    setEnabled(true);
    setCanAct(std::any_of(m_case.participants.cbegin(), m_case.participants.cend(),
                          [this](const AgencyRef &a) { return a.id == m_session.actor.agencyId; }));
    m_accessLog->setVisible(canReadAccessLog());
    m_personalData->setVisible(canExportPersonalData());
    refreshHeader();
    refreshHandoffActions();
    refreshFilters();
    // Unsaved edits survive a reload (an entry added, F5, a handoff move); they are saved
    // against the version they started from, so someone else's save is still caught.
    if (!pendingEdits)
        loadSummaryEditors();
    m_saveSummary->setEnabled(summaryEdited());
    const Summary &s = m_case.summary;
    const QTimeZone zone(m_session.actor.timeZone.toUtf8());
    m_summaryInfo->setText(s.version > 0 ? tr("Version %1 — last changed by %2 (%3), %4")
                                               .arg(s.version)
                                               .arg(s.updatedBy, s.updatedByAgency,
                                                    s.updatedAt.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm"_s))
                                         : tr("No summary yet: write it once, every agency reads it."));
}

void CaseView::refreshHeader()
{
    const QDateTime now = m_session.ws->database().now();
    const QTimeZone zone(m_session.actor.timeZone.toUtf8());
    m_title->setText(u"%1 — %2  <span style='color:#57606a;font-weight:normal'>[%3]</span>"_s
                         .arg(m_case.reference, escaped(m_case.title), caseStatusCode(m_case.status)));
    QStringList identity{u"<b>%1</b>"_s.arg(escaped(m_client.displayName()))};
    if (!m_client.cin.isEmpty())
        identity << tr("CIN %1").arg(m_revealCin ? m_client.cin : maskCin(m_client.cin));
    for (const QString &phone : std::as_const(m_client.phones))
        identity << formatPhoneForDisplay(phone);
    if (m_client.birthDate.isValid())
        identity << tr("born %1").arg(m_client.birthDate.toString(Qt::ISODate));
    identity << tr("prefers %1 by %2").arg(m_client.preferredLanguage, m_client.preferredChannel);
    m_identity->setText(identity.join(u" · "_s));
    m_cinToggle->setVisible(!m_client.cin.isEmpty());
    QStringList duplicates;
    for (const DuplicateCandidate &d : std::as_const(m_duplicateFiles))
        duplicates << tr("<a href='merge:%1'>%2</a> (%3)")
                          .arg(d.client.id)
                          .arg(escaped(d.client.displayName()), escaped(d.reasons.join(u", "_s)));
    showError(m_duplicates, duplicates.isEmpty()
                                ? QString()
                                : tr("Another customer file looks like the same person: %1 — click to merge the two files.")
                                      .arg(duplicates.join(u"; "_s)));

    // Withdrawn consents stay in sight: they explain why a handoff to an agency is now refused.
    QStringList consent;
    QStringList withdrawn;
    for (const Consent &k : std::as_const(m_consents)) {
        const QString scope = k.scope == ConsentScope::Network ? tr("whole network") : k.agencyCodes.join(u", "_s);
        if (k.active())
            consent << scope;
        else
            withdrawn << tr("%1 withdrawn on %2").arg(scope, k.revokedAt.toTimeZone(zone).toString(u"yyyy-MM-dd"_s));
    }
    if (consent.isEmpty())
        consent << u"<span style='color:#b3261e'>%1</span>"_s.arg(
            withdrawn.isEmpty() ? tr("none recorded — handoffs to other agencies are refused")
                                : tr("none in force — handoffs to other agencies are refused"));
    if (!withdrawn.isEmpty())
        consent << u"<span style='color:#b3261e'>%1</span>"_s.arg(escaped(withdrawn.join(u"; "_s)));
    QStringList participants;
    for (const AgencyRef &a : std::as_const(m_case.participants))
        participants << u"<span style='color:%1'>■</span> %2"_s.arg(Theme::agencyColour(a.code).name(), escaped(a.name));
    m_people->setText(tr("<b>Coordinator</b> %1 (%2) — the customer's single contact<br><b>Participants</b> %3<br>"
                         "<b>Consent</b> %4")
                          .arg(escaped(m_case.coordinatorName), m_case.coordinatorAgency, participants.join(u" &nbsp; "_s),
                               consent.join(u"; "_s)));
    const AgencyCalendars &calendars = m_session.ws->calendars().current();
    const BallHolder ball = whoHoldsTheBall(m_case, m_handoffs, now, calendars);
    m_ball->setText(tr("<b>Ball is with:</b> %1").arg(escaped(ball.sentence)));
    m_ball->show();
    m_chain->setChain(m_case.leadAgency, m_handoffs, now, calendars);
    m_chain->setFocusedHandoff(m_focusedHandoff);
    m_chain->parentWidget()->parentWidget()->show();
}

// Offers, for each open handoff, only the moves this user's agency may make.
void CaseView::refreshHandoffActions()
{
    auto *layout = static_cast<QHBoxLayout *>(m_handoffActions->layout());
    // deleteLater: this may run from one of these buttons' own menu actions.
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->setParent(nullptr); // out of the view now, freed once its menu has returned
            widget->deleteLater();
        }
        delete item;
    }
    for (const Handoff &h : std::as_const(m_handoffs)) {
        if (isTerminal(h.status))
            continue;
        const HandoffSide side = h.to.id == m_session.actor.agencyId     ? HandoffSide::Receiver
                               : h.from.id == m_session.actor.agencyId ? HandoffSide::Requester
                                                                        : HandoffSide::Neither;
        QList<HandoffStatus> moves;
        for (HandoffStatus next : nextStatuses(h.status))
            if (sideMaySet(side, next) && next != HandoffStatus::EnteredInError)
                moves << next;
        if (moves.isEmpty())
            continue;
        auto *button = new QToolButton;
        button->setText(tr("%1 → %2: %3").arg(h.from.code, h.to.code, Theme::statusLabel(h.status)));
        button->setPopupMode(QToolButton::InstantPopup);
        button->setToolTip(h.ask);
        button->setProperty("handoffId", h.id);
        auto *menu = new QMenu(button);
        for (HandoffStatus next : moves) {
            static const QHash<HandoffStatus, QString> verbs{
                {HandoffStatus::Received, tr("Acknowledge receipt")}, {HandoffStatus::Accepted, tr("Accept")},
                {HandoffStatus::Rejected, tr("Decline…")},           {HandoffStatus::InProgress, tr("Start work")},
                {HandoffStatus::OnHold, tr("Put on hold…")},         {HandoffStatus::Completed, tr("Complete")},
                {HandoffStatus::Failed, tr("Mark as failed…")},      {HandoffStatus::Cancelled, tr("Cancel…")}};
            menu->addAction(verbs.value(next, Theme::statusLabel(next)), this, [this, h, next] { moveHandoff(h, next); });
        }
        button->setMenu(menu);
        layout->addWidget(button);
    }
    layout->addStretch(1);
}

void CaseView::refreshFilters()
{
    const QSignalBlocker block(m_agencyFilter);
    const QString current = m_agencyFilter->currentData().toString();
    m_agencyFilter->clear();
    m_agencyFilter->addItem(tr("All agencies"), QString());
    for (const AgencyRef &a : std::as_const(m_case.participants))
        m_agencyFilter->addItem(a.name, a.code);
    m_agencyFilter->setCurrentIndex(std::max(0, m_agencyFilter->findData(current)));
}

void CaseView::applyFilters()
{
    m_timeline->setQuery(currentQuery());
}

TimelineQuery CaseView::currentQuery() const
{
    TimelineQuery query;
    for (QToolButton *chip : std::as_const(m_kindChips))
        if (chip->isChecked())
            query.kinds << EventKind(chip->property("kind").toInt());
    query.agencyCode = m_agencyFilter->currentData().toString();
    query.internalOnly = m_internalOnly->isChecked();
    query.newestFirst = m_newestFirst->isChecked();
    return query;
}

bool CaseView::summaryEdited() const
{
    const Summary &s = m_loadedSummary;
    return m_situation->toPlainText() != s.situation || m_needs->toPlainText() != s.needs
        || m_done->toPlainText() != s.doneSoFar || m_next->toPlainText() != s.nextStep;
}

void CaseView::loadSummaryEditors()
{
    m_loadedSummary = m_case.summary;
    m_summaryBaseVersion = m_case.summary.version;
    const Summary &s = m_case.summary;
    for (auto [edit, text] : {std::pair{m_situation, s.situation}, std::pair{m_needs, s.needs},
                              std::pair{m_done, s.doneSoFar}, std::pair{m_next, s.nextStep}}) {
        const QSignalBlocker block(edit);
        edit->setPlainText(text);
    }
}

void CaseView::setCanAct(bool canAct)
{
    for (QWidget *widget : std::as_const(m_actingWidgets))
        widget->setEnabled(canAct);
    for (QPlainTextEdit *edit : {m_situation, m_needs, m_done, m_next})
        edit->setReadOnly(!canAct);
    m_handoffActions->setVisible(canAct);
    m_readOnly->setVisible(!canAct);
}

bool CaseView::confirmLeave()
{
    if (m_caseId == 0 || !summaryEdited())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved summary"),
                                              tr("You changed the summary of %1 without saving. Save it now?")
                                                  .arg(m_case.reference),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        saveSummary();
        return !m_summaryError->isVisible(); // a refused save keeps the person here
    }
    loadSummaryEditors();
    return true;
}

void CaseView::saveSummary()
{
    Summary summary;
    summary.situation = m_situation->toPlainText();
    summary.needs = m_needs->toPlainText();
    summary.doneSoFar = m_done->toPlainText();
    summary.nextStep = m_next->toPlainText();
    auto saved = m_session.ws->cases().setSummary(m_session.actor, m_caseId, summary, m_summaryBaseVersion);
    if (!saved) {
        // A conflict keeps the person's text in the editors and shows the other version to merge.
        showError(m_summaryError, saved.error().code == ErrorCode::Conflict
                                      ? tr("Not saved: %1\nYour text is still here; merge it and save again.")
                                            .arg(saved.error().message)
                                      : saved.error().message);
        if (saved.error().code == ErrorCode::Conflict) {
            // The person has now seen the other version: the next save builds on it.
            auto fresh = m_session.ws->cases().resolveReference(m_session.actor, m_case.reference);
            if (fresh)
                m_summaryBaseVersion = fresh->summary.version;
        }
        return;
    }
    showError(m_summaryError, {});
    Q_EMIT statusMessage(tr("Summary saved (version %1).").arg(saved->version));
    m_case.summary = *saved;
    loadSummaryEditors();
    reload();
    m_timeline->reload();
    Q_EMIT caseChanged(m_caseId);
}

void CaseView::addEntry()
{
    if (m_caseId == 0)
        return;
    const EntryChoice choice = entryChoices().value(m_entryKind->currentIndex());
    const QString text = m_entryText->toPlainText();
    Result<TimelineEvent> added;
    if (choice.effort) {
        added = m_session.ws->cases().recordEffort(m_session.actor, m_caseId, *choice.effort, text);
    } else {
        NewEvent event;
        event.kind = choice.kind;
        event.text = text;
        event.visibility = m_entryInternal->isChecked() ? Visibility::Internal : Visibility::Shared;
        added = m_session.ws->cases().addEvent(m_session.actor, m_caseId, event);
    }
    if (!added) {
        showError(m_composerError, added.error().message); // the text stays in the composer
        return;
    }
    showError(m_composerError, {});
    m_entryText->clear();
    m_entryInternal->setChecked(false);
    Q_EMIT statusMessage(tr("Added #%1 to %2.").arg(added->seq).arg(m_case.reference));
    reload();
    m_timeline->reload();
    Q_EMIT caseChanged(m_caseId);
}

void CaseView::requestHandoff()
{
    if (m_caseId == 0)
        return;
    if (summaryEdited() && !confirmLeave())
        return; // the dialog starts from the saved summary
    HandoffRequestDialog dialog(m_session, m_case, this);
    const bool requested = dialog.exec() == QDialog::Accepted;
    // Even when cancelled after a refusal, the dialog may have saved the summary: no edits are
    // pending here (confirmLeave above), so reload() refills the editors from the file.
    reload();
    if (!requested) {
        m_timeline->reload();
        return;
    }
    Q_EMIT statusMessage(dialog.resultMessage());
    m_timeline->reload();
    Q_EMIT caseChanged(m_caseId);
}

void CaseView::moveHandoff(const Handoff &handoff, HandoffStatus target)
{
    TransitionDetails details;
    if (reasonRequired(target)) {
        bool ok = false;
        details.reason = QInputDialog::getMultiLineText(this, tr("Reason"),
                                                        tr("Why is the handoff to %1 %2?")
                                                            .arg(handoff.to.name, Theme::statusLabel(target)),
                                                        {}, &ok);
        if (!ok)
            return;
        if (target == HandoffStatus::OnHold)
            details.holdOnCustomer = QMessageBox::question(this, tr("On hold"), tr("Is the hold waiting on the customer?"))
                == QMessageBox::Yes;
    }
    auto moved = m_session.ws->handoffs().transition(m_session.actor, handoff.id, target, details);
    if (!moved) {
        QMessageBox::warning(this, tr("Handoff not changed"), moved.error().message);
        return;
    }
    Q_EMIT statusMessage(tr("Handoff to %1 is now %2.").arg(moved->to.name, Theme::statusLabel(moved->status)));
    reload();
    m_timeline->reload();
    Q_EMIT caseChanged(m_caseId);
}

void CaseView::correctEvent(const QModelIndex &index)
{
    const TimelineEvent *event = m_timeline->eventAt(index.row());
    if (!event)
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Correct entry #%1").arg(event->seq),
        tr("The original stays on the timeline; the correction points at it.\nOriginal: %1").arg(event->text), {}, &ok);
    if (!ok)
        return;
    auto corrected = m_session.ws->cases().correct(m_session.actor, m_caseId, event->seq, text);
    if (!corrected) {
        QMessageBox::warning(this, tr("Not corrected"), corrected.error().message);
        return;
    }
    m_timeline->reload();
    Q_EMIT caseChanged(m_caseId);
}

void CaseView::attachDocument()
{
    if (m_caseId == 0)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach a document the customer provided"));
    if (!path.isEmpty())
        addDocumentFile(path);
}

void CaseView::addDocumentFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        showError(m_composerError, tr("%1 is not a file.").arg(path));
        return;
    }
    if (info.size() > maxDocumentBytes) {
        showError(m_composerError, tr("%1 is larger than the %2 MB a document may be.").arg(info.fileName()).arg(maxDocumentBytes / 1'000'000));
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(m_composerError, tr("Cannot read %1: %2").arg(info.fileName(), file.errorString()));
        return;
    }
    bool ok = false;
    const QString kind = QInputDialog::getItem(this, tr("Document kind"), tr("What is %1?").arg(info.fileName()),
                                               {tr("CIN copy"), tr("vehicle registration"), tr("accident report"),
                                                tr("medical certificate"), tr("invoice"), tr("photo"), tr("other")},
                                               0, true, &ok);
    if (!ok)
        return;
    auto added = m_session.ws->cases().addDocument(m_session.actor, m_caseId, kind, info.fileName(),
                                                   file.read(maxDocumentBytes + 1));
    if (!added) {
        showError(m_composerError, added.error().message);
        return;
    }
    showError(m_composerError, {});
    if (added->alreadyOnFile)
        QMessageBox::information(this, tr("Already on file"),
                                 tr("The customer already provided this document (%1, given to %2). It was not "
                                    "stored twice — no need to ask them for it again.")
                                     .arg(added->document.fileName, added->document.agencyCode));
    else
        m_documentsOnFile.append(added->document);
    m_timeline->reload();
    Q_EMIT caseChanged(m_caseId);
}

void CaseView::showDocuments()
{
    if (m_caseId == 0)
        return;
    auto documents = m_session.ws->cases().documents(m_session.actor, m_caseId);
    if (!documents) {
        QMessageBox::warning(this, tr("Documents on file"), documents.error().message);
        return;
    }
    const QTimeZone zone(m_session.actor.timeZone.toUtf8());
    QStringList lines;
    for (const Document &d : *documents)
        lines << tr("<b>%1</b> — %2 (%3 bytes)<br>provided to %4 by %5, %6%7<br><small>sha256 %8</small>")
                     .arg(d.kind.toHtmlEscaped(), d.fileName.toHtmlEscaped())
                     .arg(d.sizeBytes)
                     .arg(d.agencyCode, d.recordedBy.toHtmlEscaped(), d.providedAt.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm"_s),
                          d.expiresOn.isValid() ? tr(", expires %1").arg(d.expiresOn.toString(Qt::ISODate)) : QString(),
                          QString::fromLatin1(d.sha256));
    QMessageBox box(QMessageBox::Information, tr("Documents on file — %1").arg(m_case.reference),
                    lines.isEmpty() ? tr("The customer has not provided any document on this case yet.")
                                    : lines.join(u"<br><br>"_s),
                    QMessageBox::Close, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

ExportDialog *CaseView::exportPdf()
{
    if (m_caseId == 0)
        return nullptr;
    auto *dialog = new ExportDialog(m_session, m_case.reference, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Id caseId = m_caseId;
    connect(dialog, &ExportDialog::saved, this, [this, caseId](const QString &path) {
        Q_EMIT statusMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
        if (caseId == m_caseId) // the export is on the timeline now
            m_timeline->reload();
        Q_EMIT caseChanged(caseId);
    });
    dialog->open();
    return dialog;
}

bool CaseView::canReadAccessLog() const
{
    if (m_caseId == 0 || !m_session.isValid())
        return false;
    const bool participant = std::any_of(m_case.participants.cbegin(), m_case.participants.cend(),
                                         [this](const AgencyRef &a) { return a.id == m_session.actor.agencyId; });
    return isAllowed(m_session.actor, participant ? Relation::Participant : Relation::NonParticipant,
                     Action::ReadAccessLog);
}

bool CaseView::canExportPersonalData() const
{
    return m_caseId != 0 && m_session.isValid() && isAllowed(m_session.actor, Relation::None, Action::ExportPersonalData);
}

AccessLogDialog *CaseView::showAccessLog()
{
    if (!canReadAccessLog())
        return nullptr;
    auto *dialog = new AccessLogDialog(m_session, m_case.clientId, m_case.reference, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

void CaseView::exportPersonalData()
{
    if (!canExportPersonalData())
        return;
    const QString where = m_chooseFolder ? m_chooseFolder()
                                         : QFileDialog::getExistingDirectory(this, tr("Where to put the customer's data"),
                                                                             UiSettings::exportFolder());
    if (where.isEmpty())
        return; // the person cancelled
    // A new folder, named for people: whose data, as of when.
    QString name = tr("%1 — personal data %2")
                       .arg(m_client.displayName(), m_session.ws->database().now().toString(u"yyyy-MM-dd HH.mm"_s));
    name.replace(u'/', u'-');
    Pdf::PdfPersonalDataDocuments documents(*m_session.ws);
    auto exported = Core::exportPersonalData(*m_session.ws, m_session.actor, m_client.id, QDir(where).filePath(name),
                                             documents);
    if (!exported) {
        QMessageBox::warning(this, tr("Export personal data"), exported.error().message);
        return;
    }
    UiSettings::setExportFolder(where);
    Q_EMIT statusMessage(tr("Everything held about %1 is in %2 — README.txt says what each file is.")
                             .arg(m_client.displayName(), QDir::toNativeSeparators(exported->folder)));
    m_timeline->reload(); // each timeline's export is on it now
    Q_EMIT caseChanged(m_caseId);
}

void CaseView::recordConsent()
{
    if (m_caseId == 0)
        return;
    ConsentDialog dialog(m_session, m_case.clientId, this);
    if (dialog.exec() == QDialog::Accepted) {
        Q_EMIT statusMessage(dialog.resultMessage());
        reload();
        m_timeline->reload();
    }
}

void CaseView::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_caseId != 0 && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void CaseView::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            addDocumentFile(url.toLocalFile());
    event->acceptProposedAction();
}

} // namespace Relais::Gui
