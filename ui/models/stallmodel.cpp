#include "models/stallmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Gui {

StallModel::StallModel(QObject *parent) : QAbstractTableModel(parent) {}

QString StallModel::load(const Session &session)
{
    if (!session.isValid())
        return tr("Sign in to see stalled handoffs.");
    auto stalls = session.ws->stalls().stalled(session.actor, {});
    if (!stalls) {
        setStalls({}, {});
        return stalls.error().message;
    }
    setStalls(*stalls, session.ws->calendars().current());
    return {};
}

void StallModel::setStalls(QList<Stall> stalls, const AgencyCalendars &calendars)
{
    beginResetModel();
    m_stalls = std::move(stalls);
    m_calendars = calendars;
    endResetModel();
}

const Stall *StallModel::stallAt(int row) const
{
    return row >= 0 && row < m_stalls.size() ? &m_stalls[row] : nullptr;
}

QString StallModel::lateness(const Stall &stall) const
{
    const WorkingCalendar &calendar = m_calendars.calendar(stall.to.id);
    if (stall.workingSecondsPast < 60)
        return tr("just now"); // crossed after closing time: no working minute has passed yet
    return workingTimeInWords(stall.workingSecondsPast, calendar);
}

int StallModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stalls.size());
}

int StallModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StallModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Stall &s = m_stalls.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LateBy:
            return lateness(s);
        case Rule:
            return stallRuleLabel(s.rule);
        case Reference:
            return s.caseReference;
        case Customer:
            return s.clientName;
        case Agencies:
            return s.from.name.isEmpty() ? s.to.name : tr("%1 → %2").arg(s.from.code, s.to.name);
        case Ask:
            return s.ask.isEmpty() ? s.caseTitle : s.ask;
        case Threshold:
            return s.threshold;
        case Efforts:
            return s.clientEfforts == 0 ? QString() : QString::number(s.clientEfforts);
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1\n%2 — %3\nThreshold: %4\nCustomer efforts: %5 (%6 in the last %7 days)")
            .arg(s.ballHolder, s.caseReference, s.caseTitle, s.threshold)
            .arg(s.clientEfforts)
            .arg(s.recentClientEfforts)
            .arg(chasingWindowDays);
    case Qt::ForegroundRole:
        if (index.column() == Efforts && s.recentClientEfforts >= chasingEfforts)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        return {};
    case Qt::FontRole:
        if (index.column() == LateBy) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Efforts || index.column() == LateBy)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case CaseIdRole:
        return s.caseId;
    case HandoffIdRole:
        return s.handoffId ? QVariant(*s.handoffId) : QVariant();
    case RuleRole:
        return int(s.rule);
    case ToAgencyRole:
        return s.to.code;
    case FromAgencyRole:
        return s.from.code;
    case WorkingSecondsRole:
        return s.workingSecondsPast;
    }
    return {};
}

QVariant StallModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LateBy:
        return tr("Late by");
    case Rule:
        return tr("Rule");
    case Reference:
        return tr("Case");
    case Customer:
        return tr("Customer");
    case Agencies:
        return tr("From → ball with");
    case Ask:
        return tr("What was asked");
    case Threshold:
        return tr("Threshold");
    case Efforts:
        return tr("Customer efforts");
    }
    return {};
}

void StallFilterModel::setAgency(const QString &code)
{
    m_agency = code;
    invalidateFilter();
}

void StallFilterModel::setRule(std::optional<StallRule> rule)
{
    m_rule = rule;
    invalidateFilter();
}

void StallFilterModel::setMinimumWorkingSeconds(qint64 seconds)
{
    m_minimumSeconds = seconds;
    invalidateFilter();
}

bool StallFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_rule && index.data(StallModel::RuleRole).toInt() != int(*m_rule))
        return false;
    if (!m_agency.isEmpty() && index.data(StallModel::ToAgencyRole).toString() != m_agency
        && index.data(StallModel::FromAgencyRole).toString() != m_agency)
        return false;
    return index.data(StallModel::WorkingSecondsRole).toLongLong() >= m_minimumSeconds;
}

bool StallFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == StallModel::LateBy || left.column() == StallModel::Efforts) {
        const int role = left.column() == StallModel::LateBy ? int(StallModel::WorkingSecondsRole) : int(Qt::DisplayRole);
        return left.data(role).toLongLong() < right.data(role).toLongLong();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Relais::Gui
