#include "models/caselistmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Gui {

CaseListModel::CaseListModel(QObject *parent) : QAbstractTableModel(parent) {}

QList<CaseRow> CaseListModel::rowsFor(const QList<Case> &cases, const QHash<Id, QList<Handoff>> &handoffs,
                                     const QDateTime &now, const AgencyCalendars &calendars,
                                     std::optional<Id> waitingFor)
{
    QList<CaseRow> rows;
    rows.reserve(cases.size());
    for (const Case &c : cases) {
        CaseRow row;
        row.record = c;
        const QList<Handoff> list = handoffs.value(c.id);
        row.ball = whoHoldsTheBall(c, list, now, calendars);
        for (const Handoff &h : list) {
            if (waitingFor && h.to.id != *waitingFor)
                continue;
            row.late = row.late || isHandoffLate(h, now, calendars);
            if (h.unansweredEscalationAt.isValid())
                row.signal = tr("escalated");
            else if (h.unansweredNudgeAt.isValid() && row.signal.isEmpty())
                row.signal = tr("reminded");
            if (!isTerminal(h.status)) {
                if (!row.mostUrgent.isValid() || h.statusChangedAt < row.mostUrgent)
                    row.mostUrgent = h.statusChangedAt;
            }
        }
        if (row.ball.handoffId) {
            for (const Handoff &h : list)
                if (h.id == *row.ball.handoffId)
                    row.handoffStatus = handoffStatusCode(h.status);
        }
        rows.append(row);
    }
    return rows;
}

QString CaseListModel::load(const Session &session, CaseScope scope)
{
    if (!session.isValid())
        return tr("Sign in to see cases.");
    m_zone = QTimeZone(session.actor.timeZone.toUtf8());
    CaseFilter filter;
    filter.limit = 500;
    QList<Case> cases;
    if (scope == CaseScope::Inbox) {
        auto inbox = session.ws->handoffs().inbox(session.actor);
        if (!inbox)
            return inbox.error().message;
        QList<Id> seen;
        for (const Handoff &h : *inbox) {
            if (seen.contains(h.caseId))
                continue;
            seen << h.caseId;
            auto record = session.ws->cases().resolveReference(session.actor, h.caseReference);
            if (!record)
                return record.error().message;
            cases << *record;
        }
    } else {
        if (scope == CaseScope::MyCases)
            filter.coordinatorId = session.actor.userId;
        if (scope == CaseScope::MyAgency)
            filter.agencyCode = session.actor.agencyCode;
        auto found = session.ws->cases().cases(session.actor, filter);
        if (!found)
            return found.error().message;
        cases = *found;
    }
    QList<Id> ids;
    for (const Case &c : std::as_const(cases))
        ids << c.id;
    auto handoffs = session.ws->handoffs().handoffsForList(session.actor, ids);
    if (!handoffs)
        return handoffs.error().message;
    QList<CaseRow> rows = rowsFor(cases, *handoffs, session.ws->database().now(), session.ws->calendars().current(),
                                  scope == CaseScope::Inbox ? std::optional<Id>(session.actor.agencyId) : std::nullopt);
    if (scope == CaseScope::Inbox) {
        // Most urgent first: late ones, then the longest waiting.
        std::stable_sort(rows.begin(), rows.end(), [](const CaseRow &a, const CaseRow &b) {
            if (a.signal.isEmpty() != b.signal.isEmpty())
                return !a.signal.isEmpty(); // a supervisor asked: first
            if (a.late != b.late)
                return a.late;
            return a.mostUrgent < b.mostUrgent;
        });
    }
    setRows(rows);
    return {};
}

void CaseListModel::setRows(QList<CaseRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const CaseRow *CaseListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int CaseListModel::rowOfCase(Id caseId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].record.id == caseId)
            return i;
    return -1;
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Reference:
            return row.record.reference;
        case Customer:
            return row.record.clientName;
        case Title:
            return row.record.title;
        case BallHolder:
            return row.ball.agency.name;
        case HandoffStatus:
        {
            QString text = row.late ? tr("%1 — late").arg(row.handoffStatus.isEmpty() ? tr("overdue") : row.handoffStatus)
                                    : row.handoffStatus;
            if (!row.signal.isEmpty())
                text = tr("%1 — %2").arg(text, row.signal);
            return text;
        }
        case LastActivity:
            return row.record.lastActivityAt.toTimeZone(m_zone).toString(u"yyyy-MM-dd HH:mm"_s);
        }
        return {};
    case Qt::ToolTipRole:
        return row.ball.sentence;
    case Qt::ForegroundRole:
        if (index.column() == HandoffStatus && (row.late || !row.signal.isEmpty()))
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        return {};
    case Qt::FontRole:
        if (index.column() == HandoffStatus && row.late) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case CaseIdRole:
        return row.record.id;
    case LateRole:
        return row.late;
    case ReferenceRole:
        return row.record.reference;
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Reference:
        return tr("Reference");
    case Customer:
        return tr("Customer");
    case Title:
        return tr("Title");
    case BallHolder:
        return tr("Ball with");
    case HandoffStatus:
        return tr("Handoff");
    case LastActivity:
        return tr("Last activity");
    }
    return {};
}

} // namespace Relais::Gui
