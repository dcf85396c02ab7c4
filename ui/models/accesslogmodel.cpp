#include "models/accesslogmodel.h"

#include "widgets/theme.h"

#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Gui {

AccessLogModel::AccessLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void AccessLogModel::setReport(const AccessReport &report, const QString &reference, const QString &timeZone)
{
    beginResetModel();
    m_timeZone = timeZone;
    m_entries.clear();
    for (const CaseAccess &c : report.cases)
        if (reference.isEmpty() || c.reference == reference)
            m_entries += c.reads + c.denied;
    if (reference.isEmpty())
        m_entries += report.customerReads;
    // Newest first, as a log is read on screen (the PDF tells it in order).
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const AccessEntry &a, const AccessEntry &b) { return a.at > b.at || (a.at == b.at && a.id > b.id); });
    endResetModel();
}

const AccessEntry *AccessLogModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int AccessLogModel::deniedCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const AccessEntry &e) { return e.denied(); }));
}

int AccessLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AccessLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessLogModel::data(const QModelIndex &index, int role) const
{
    const AccessEntry *e = entryAt(index.row());
    if (!e || !index.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case When:
            return e->at.toTimeZone(QTimeZone(m_timeZone.toUtf8())).toString(u"yyyy-MM-dd HH:mm"_s);
        case Person:
            return e->userId == 0 ? accessWho(*e) : u"%1 (%2)"_s.arg(e->userName, e->login);
        case Agency:
            return e->agencyName;
        case Case:
            return e->caseReference.isEmpty() ? tr("the customer") : e->caseReference;
        case What: {
            const QString query = e->details.value(u"query"_s).toString();
            return query.isEmpty() ? accessWhat(*e) : tr("%1 — searched for “%2”").arg(accessWhat(*e), query);
        }
        case Why:
            return accessWhy(*e);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == Why || index.column() == What ? data(index, Qt::DisplayRole) : QVariant();
    case Qt::ForegroundRole:
        return e->denied() ? QVariant(Theme::lateRed) : QVariant();
    case Qt::BackgroundRole:
        return e->denied() ? QVariant(Theme::deniedTint) : QVariant();
    case DeniedRole:
        return e->denied();
    case InstantRole:
        return e->at;
    default:
        return {};
    }
}

QVariant AccessLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case When:
        return tr("When");
    case Person:
        return tr("Who");
    case Agency:
        return tr("Agency");
    case Case:
        return tr("Case");
    case What:
        return tr("What");
    case Why:
        return tr("Why");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Relais::Gui
