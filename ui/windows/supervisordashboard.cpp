#include "windows/supervisordashboard.h"

#include "common/csv.h"
#include "widgets/errorlabel.h"
#include "widgets/theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Gui {

namespace {

constexpr qint64 hour = 3600;

/// The aging chart's buckets, in working days of the agency holding the ball.
struct AgeBucket {
    double fromDays;
    double toDays;
    const char *label;
};
constexpr AgeBucket ageBuckets[] = {{0, 1, QT_TRANSLATE_NOOP("Relais::Gui::SupervisorDashboard", "0")},
                                    {1, 3, QT_TRANSLATE_NOOP("Relais::Gui::SupervisorDashboard", "1–2")},
                                    {3, 6, QT_TRANSLATE_NOOP("Relais::Gui::SupervisorDashboard", "3–5")},
                                    {6, 11, QT_TRANSLATE_NOOP("Relais::Gui::SupervisorDashboard", "6–10")},
                                    {11, 1e9, QT_TRANSLATE_NOOP("Relais::Gui::SupervisorDashboard", "11 +")}};

QChartView *makeChartView(const QString &accessibleName)
{
    auto *view = new QChartView;
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 220);
    view->setAccessibleName(accessibleName);
    return view;
}

QChart *freshChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace

SupervisorDashboard::SupervisorDashboard(const Session &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(u"supervisorDashboard"_s);
    if (auto agencies = session.ws->directory().agencies())
        m_agencies = *agencies;

    m_model = new StallModel(this);
    m_filter = new StallFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(Qt::DisplayRole);

    m_table = new QTableView;
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StallModel::LateBy, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Stalled handoffs"));
    connect(m_table, &QTableView::activated, this, &SupervisorDashboard::openCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SupervisorDashboard::updateActions);

    m_title = new QLabel;
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_counts = new QLabel;
    m_counts->setWordWrap(true);
    m_counts->setTextFormat(Qt::RichText);
    m_error = makeErrorLabel();

    m_open = new QPushButton(tr("&Open case"));
    m_nudge = new QPushButton(tr("&Nudge…"));
    m_nudge->setToolTip(tr("A reminder on the case, shown in the receiving agency's inbox until it answers."));
    m_escalate = new QPushButton(tr("&Escalate…"));
    m_escalate->setToolTip(tr("Flags the handoff to the receiving agency's supervisors."));
    m_reassign = new QPushButton(tr("&Reassign…"));
    m_reassign->setToolTip(tr("Cancel this handoff and ask another agency instead; the summary is carried over."));
    auto *exportButton = new QPushButton(tr("E&xport CSV…"));
    auto *refreshButton = new QPushButton(tr("Refresh"));
    connect(m_open, &QPushButton::clicked, this, &SupervisorDashboard::openCurrent);
    connect(m_nudge, &QPushButton::clicked, this, [this] { askNudge(false); });
    connect(m_escalate, &QPushButton::clicked, this, [this] { askNudge(true); });
    connect(m_reassign, &QPushButton::clicked, this, &SupervisorDashboard::askReassign);
    connect(refreshButton, &QPushButton::clicked, this, &SupervisorDashboard::refresh);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export stalled handoffs"),
                                                          u"stalled-handoffs.csv"_s, tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        const QString problem = exportCsv(path);
        showError(m_error, problem);
        if (problem.isEmpty())
            Q_EMIT statusMessage(tr("%1 rows exported to %2.").arg(m_filter->rowCount()).arg(path));
    });
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_open, m_nudge, m_escalate, m_reassign})
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(exportButton);
    actions->addWidget(refreshButton);

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_title);
    topLayout->addWidget(buildFilters());
    topLayout->addWidget(m_counts);
    topLayout->addWidget(m_error);
    topLayout->addWidget(m_table, 1);
    topLayout->addLayout(actions);

    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(u"dashboardSplitter"_s);
    split->addWidget(top);
    split->addWidget(buildCharts());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(split);

    // Refresh when the case file changes, a moment later so a burst of changes costs one load;
    // and every minute, because stalls also appear by the mere passing of time.
    m_refreshDelay = new QTimer(this);
    m_refreshDelay->setSingleShot(true);
    m_refreshDelay->setInterval(400);
    connect(m_refreshDelay, &QTimer::timeout, this, &SupervisorDashboard::refresh);
    ChangeNotifier &notifier = session.ws->notifier();
    connect(&notifier, &ChangeNotifier::calendarsChanged, m_refreshDelay, qOverload<>(&QTimer::start));
    connect(&notifier, &ChangeNotifier::everythingChanged, m_refreshDelay, qOverload<>(&QTimer::start));
    connect(&notifier, &ChangeNotifier::eventAppended, m_refreshDelay, qOverload<>(&QTimer::start));
    connect(&notifier, &ChangeNotifier::handoffChanged, m_refreshDelay, qOverload<>(&QTimer::start));
    auto *clock = new QTimer(this);
    clock->setInterval(60'000);
    // Time alone moves stalls, not what has been recorded: the trend and the effort list wait
    // for a change.
    connect(clock, &QTimer::timeout, this, &SupervisorDashboard::refreshStalls);
    clock->start();

    refresh();
}

QWidget *SupervisorDashboard::buildFilters()
{
    m_agency = new QComboBox;
    m_agency->setAccessibleName(tr("Agency"));
    m_agency->addItem(tr("All agencies"), QString());
    for (const Agency &a : std::as_const(m_agencies))
        m_agency->addItem(a.name, a.code);
    m_rule = new QComboBox;
    m_rule->setAccessibleName(tr("Rule"));
    m_rule->addItem(tr("All rules"), -1);
    for (StallRule rule : allStallRules)
        m_rule->addItem(stallRuleLabel(rule), int(rule));
    m_age = new QComboBox;
    m_age->setAccessibleName(tr("Late by at least"));
    m_age->addItem(tr("Any lateness"), qint64(0));
    m_age->addItem(tr("1 working hour or more"), hour);
    m_age->addItem(tr("1 working day or more"), 8 * hour);
    m_age->addItem(tr("3 working days or more"), 24 * hour);
    m_age->addItem(tr("1 working week or more"), 40 * hour);
    for (QComboBox *box : {m_agency, m_rule, m_age})
        connect(box, &QComboBox::currentIndexChanged, this, &SupervisorDashboard::applyFilters);

    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto labelled = [&](const QString &text, QComboBox *box) {
        auto *label = new QLabel(text);
        label->setBuddy(box);
        layout->addWidget(label);
        layout->addWidget(box);
    };
    labelled(tr("A&gency:"), m_agency);
    labelled(tr("R&ule:"), m_rule);
    labelled(tr("&Late by:"), m_age);
    layout->addStretch(1);
    return row;
}

QWidget *SupervisorDashboard::buildCharts()
{
    m_aging = makeChartView(tr("Stalled handoffs by days late, per agency"));
    m_trend = makeChartView(tr("Median acknowledgement time per week"));
    m_effortModel = new QStandardItemModel(this);
    auto *efforts = new QTableView;
    efforts->setModel(m_effortModel);
    efforts->verticalHeader()->hide();
    efforts->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_effortTable = efforts;
    efforts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    efforts->setSelectionBehavior(QAbstractItemView::SelectRows);
    efforts->setAccessibleName(tr("Customers with the most efforts"));
    connect(efforts, &QTableView::activated, this, [this](const QModelIndex &index) {
        const Id caseId = m_effortModel->index(index.row(), 0).data(Qt::UserRole).toLongLong();
        if (caseId > 0)
            Q_EMIT openCaseRequested(caseId, std::nullopt);
    });
    auto *effortPane = new QWidget;
    auto *effortLayout = new QVBoxLayout(effortPane);
    effortLayout->setContentsMargins(0, 0, 0, 0);
    auto *effortTitle = new QLabel(tr("<b>Customers who carried the service most</b> (last 30 days)"));
    effortLayout->addWidget(effortTitle);
    effortLayout->addWidget(efforts, 1);

    auto *charts = new QSplitter(Qt::Horizontal);
    charts->setObjectName(u"chartsSplitter"_s);
    charts->addWidget(m_aging);
    charts->addWidget(m_trend);
    charts->addWidget(effortPane);
    return charts;
}

QList<const Stall *> SupervisorDashboard::shownStalls() const
{
    QList<const Stall *> shown;
    shown.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row)
        shown << m_model->stallAt(m_filter->mapToSource(m_filter->index(row, 0)).row());
    return shown;
}

const Stall *SupervisorDashboard::currentStall() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return nullptr;
    return m_model->stallAt(m_filter->mapToSource(current).row());
}

void SupervisorDashboard::refresh()
{
    refreshStalls();
    updateTrendChart();
    updateEffortLeaders();
}

void SupervisorDashboard::refreshStalls()
{
    Id selectedHandoff = 0;
    int selectedRule = -1;
    if (const Stall *s = currentStall(); s && s->handoffId) {
        selectedHandoff = *s->handoffId;
        selectedRule = int(s->rule);
    }
    const QString problem = m_model->load(m_session);
    showError(m_error, problem);
    // Keep the supervisor's place across refreshes.
    for (int row = 0; selectedHandoff != 0 && row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(StallModel::HandoffIdRole).toLongLong() == selectedHandoff
            && index.data(StallModel::RuleRole).toInt() == selectedRule)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(StallModel::Customer, std::min(m_table->columnWidth(StallModel::Customer), 220));
    m_table->setColumnWidth(StallModel::Ask, std::min(m_table->columnWidth(StallModel::Ask), 260));
    m_table->setColumnWidth(StallModel::Threshold, std::min(m_table->columnWidth(StallModel::Threshold), 260));
    updateCounts();
    updateAgingChart();
    updateActions();
}

void SupervisorDashboard::applyFilters()
{
    m_filter->setAgency(m_agency->currentData().toString());
    const int rule = m_rule->currentData().toInt();
    m_filter->setRule(rule < 0 ? std::nullopt : std::optional(StallRule(rule)));
    m_filter->setMinimumWorkingSeconds(m_age->currentData().toLongLong());
    updateCounts();
    updateAgingChart();
    updateActions();
}

void SupervisorDashboard::updateCounts()
{
    QHash<StallRule, int> byRule;
    QMap<QString, std::pair<QString, int>> byAgency; // code → name, count
    for (const Stall *s : shownStalls()) {
        ++byRule[s->rule];
        byAgency[s->to.code].first = s->to.name;
        ++byAgency[s->to.code].second;
    }
    const QString scope = Core::seesWholeNetwork(m_session.actor) ? tr("the whole network")
                                                              : tr("cases %1 takes part in").arg(m_session.actor.agencyName);
    m_title->setText(tr("Stalled handoffs — %1: %2 shown of %3")
                         .arg(scope)
                         .arg(m_filter->rowCount())
                         .arg(m_model->rowCount()));
    QStringList rules;
    for (StallRule rule : allStallRules)
        if (byRule.value(rule) > 0)
            rules << u"%1 <b>%2</b>"_s.arg(stallRuleLabel(rule).toHtmlEscaped()).arg(byRule.value(rule));
    QStringList agencies;
    for (auto it = byAgency.cbegin(); it != byAgency.cend(); ++it)
        agencies << u"<span style='color:%1'>■</span> %2 <b>%3</b>"_s
                        .arg(Theme::agencyColour(it.key()).name(), it->first.toHtmlEscaped())
                        .arg(it->second);
    m_counts->setText(rules.isEmpty() ? tr("Nothing is stalled with these filters.")
                                      : tr("<b>By rule:</b> %1<br><b>Ball with:</b> %2")
                                            .arg(rules.join(u" · "_s), agencies.join(u" · "_s)));
}

void SupervisorDashboard::updateAgingChart()
{
    // One stacked bar per age bucket, one colour per agency holding the ball.
    QMap<QString, QList<qreal>> counts; // agency code → count per bucket
    QHash<QString, QString> names;
    for (const Stall *s : shownStalls()) {
        const qint64 day = std::max<qint64>(1, m_session.ws->calendars().current().calendar(s->to.id).typicalDaySeconds());
        const double days = double(s->workingSecondsPast) / double(day);
        QList<qreal> &perBucket = counts[s->to.code];
        perBucket.resize(std::size(ageBuckets));
        names.insert(s->to.code, s->to.name);
        for (qsizetype b = 0; b < qsizetype(std::size(ageBuckets)); ++b)
            if (days >= ageBuckets[b].fromDays && days < ageBuckets[b].toDays)
                perBucket[b] += 1;
    }
    auto *series = new QStackedBarSeries;
    int highest = 0;
    QList<int> totals(std::size(ageBuckets));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        auto *set = new QBarSet(it.key());
        set->setLabel(names.value(it.key()));
        set->append(it.value());
        set->setColor(Theme::agencyColour(it.key()));
        series->append(set);
        for (qsizetype b = 0; b < it.value().size(); ++b)
            totals[b] += int(it.value()[b]);
    }
    for (int t : totals)
        highest = std::max(highest, t);
    QChart *chart = freshChart(tr("Stalled handoffs by working days late"));
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    for (const AgeBucket &bucket : ageBuckets)
        x->append(tr(bucket.label));
    x->setTitleText(tr("working days late"));
    auto *y = new QValueAxis;
    y->setRange(0, std::max(1, highest));
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickInterval(std::max(1, (highest + 4) / 5));
    y->setLabelFormat(u"%d"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(!counts.isEmpty());
    QChart *old = m_aging->chart();
    m_aging->setChart(chart);
    delete old;
}

void SupervisorDashboard::updateTrendChart()
{
    constexpr int weeks = 8;
    auto trend = m_session.ws->stalls().acknowledgementTrend(m_session.actor, m_session.ws->database().now(), weeks);
    QChart *chart = freshChart(tr("Median time to acknowledge (working hours)"));
    if (trend) {
        auto *series = new QLineSeries;
        series->setName(tr("median, by week requested"));
        series->setPointsVisible(true);
        auto *x = new QBarCategoryAxis;
        double highest = 1;
        for (int w = 0; w < trend->size(); ++w) {
            const WeeklyAcknowledgement &week = trend->at(w);
            x->append(QLocale().toString(week.weekStart, u"d MMM"_s));
            if (week.acknowledged > 0)
                series->append(w, week.medianHours);
            highest = std::max(highest, week.medianHours);
        }
        chart->addSeries(series);
        auto *y = new QValueAxis;
        y->setRange(0, std::ceil(highest * 1.15));
        y->setLabelFormat(highest < 10 ? u"%.1f h"_s : u"%.0f h"_s);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
    } else {
        chart->setTitle(trend.error().message);
    }
    QChart *old = m_trend->chart();
    m_trend->setChart(chart);
    delete old;
}

void SupervisorDashboard::updateEffortLeaders()
{
    m_effortModel->clear();
    m_effortModel->setHorizontalHeaderLabels({tr("Customer"), tr("Efforts"), tr("Last"), tr("Cases")});
    m_effortTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto leaders = m_session.ws->stalls().customersWithMostEffort(m_session.actor, m_session.ws->database().now(), 30, 10);
    if (!leaders)
        return;
    const QTimeZone zone(m_session.actor.timeZone.toUtf8());
    for (const EffortLeader &leader : *leaders) {
        auto *name = new QStandardItem(leader.clientName);
        // Activating the row opens the customer's case (the first when they have several).
        if (auto record = m_session.ws->cases().resolveReference(m_session.actor, leader.caseReferences.value(0)))
            name->setData(record->id, Qt::UserRole);
        auto *count = new QStandardItem(QString::number(leader.efforts));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_effortModel->appendRow({name, count,
                                  new QStandardItem(leader.lastEffort.toTimeZone(zone).toString(u"yyyy-MM-dd"_s)),
                                  new QStandardItem(leader.caseReferences.join(u", "_s))});
    }
}

void SupervisorDashboard::updateActions()
{
    const Stall *s = currentStall();
    m_open->setEnabled(s != nullptr);
    const bool onHandoff = s && s->handoffId;
    m_nudge->setEnabled(onHandoff);
    m_escalate->setEnabled(onHandoff);
    // Only the requesting agency may cancel; admins elsewhere are told why if they try.
    m_reassign->setEnabled(onHandoff && (s->from.id == m_session.actor.agencyId || Core::seesWholeNetwork(m_session.actor)));
}

void SupervisorDashboard::openCurrent()
{
    if (const Stall *s = currentStall())
        Q_EMIT openCaseRequested(s->caseId, s->handoffId);
}

void SupervisorDashboard::report(const Status &done, const QString &success)
{
    showError(m_error, done ? QString() : done.error().message);
    if (done) {
        Q_EMIT statusMessage(success);
        refresh();
    }
}

void SupervisorDashboard::nudgeCurrent(const QString &note)
{
    const Stall *s = currentStall();
    if (!s || !s->handoffId)
        return;
    const QString to = s->to.name;
    report(m_session.ws->stalls().nudge(m_session.actor, *s->handoffId, note),
           tr("%1 reminded; the reminder waits in their inbox until they answer.").arg(to));
}

void SupervisorDashboard::escalateCurrent(const QString &note)
{
    const Stall *s = currentStall();
    if (!s || !s->handoffId)
        return;
    const QString to = s->to.name;
    report(m_session.ws->stalls().escalate(m_session.actor, *s->handoffId, note),
           tr("Escalated to the supervisors of %1.").arg(to));
}

void SupervisorDashboard::reassignCurrent(const QString &agencyCode, const QString &reason)
{
    const Stall *s = currentStall();
    if (!s || !s->handoffId)
        return;
    auto moved = m_session.ws->stalls().reassign(m_session.actor, *s->handoffId, agencyCode, reason);
    report(moved ? Status() : Status(std::unexpected(moved.error())),
           moved ? tr("Handoff reassigned to %1.").arg(moved->to.name) : QString());
}

void SupervisorDashboard::askNudge(bool escalate)
{
    const Stall *s = currentStall();
    if (!s || !s->handoffId)
        return;
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        this, escalate ? tr("Escalate") : tr("Nudge"),
        escalate ? tr("Escalate to the supervisors of %1. Add a note (optional):").arg(s->to.name)
                 : tr("Remind %1 about: %2\nAdd a note (optional):").arg(s->to.name, s->ask),
        QString(), &ok);
    if (!ok)
        return;
    escalate ? escalateCurrent(note) : nudgeCurrent(note);
}

void SupervisorDashboard::askReassign()
{
    const Stall *s = currentStall();
    if (!s || !s->handoffId)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Reassign handoff"));
    auto *agency = new QComboBox;
    for (const Agency &a : std::as_const(m_agencies))
        if (a.id != s->to.id && a.id != s->from.id)
            agency->addItem(a.name, a.code);
    auto *reason = new QPlainTextEdit;
    reason->setPlaceholderText(tr("Why another agency takes it over (shown on the timeline)"));
    reason->setTabChangesFocus(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Reassign"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("Cancel “%1” with %2 and ask another agency; the summary travels with it.")
                                .arg(s->ask, s->to.name)));
    form->addRow(tr("&New agency:"), agency);
    form->addRow(tr("&Reason:"), reason);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        reassignCurrent(agency->currentData().toString(), reason->toPlainText());
}

QString SupervisorDashboard::exportCsv(const QString &path) const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < m_filter->columnCount(); ++c)
        header << m_filter->headerData(c, Qt::Horizontal).toString();
    header << tr("Working hours late") << tr("Ball holder");
    lines << csvLine(header);
    const QList<const Stall *> shown = shownStalls();
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        QStringList fields;
        for (int c = 0; c < m_filter->columnCount(); ++c)
            fields << m_filter->index(row, c).data().toString();
        const Stall *s = shown.at(row);
        fields << QString::number(double(s->workingSecondsPast) / 3600.0, 'f', 1) << s->ballHolder;
        lines << csvLine(fields);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    // A byte-order mark so spreadsheet programs read Arabic and accents as UTF-8.
    file.write("\xEF\xBB\xBF");
    file.write(lines.join(u"\r\n"_s).toUtf8() + "\r\n");
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace Relais::Gui
