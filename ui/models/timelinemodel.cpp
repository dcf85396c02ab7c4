#include "models/timelinemodel.h"

#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Gui {

TimelineModel::TimelineModel(QObject *parent) : QAbstractListModel(parent) {}

void TimelineModel::setCase(const Session &session, Id caseId, const TimelineQuery &query)
{
    m_session = session;
    m_zone = QTimeZone(session.actor.timeZone.toUtf8());
    m_caseId = caseId;
    m_query = query;
    reload();
}

void TimelineModel::setQuery(const TimelineQuery &query)
{
    m_query = query;
    reload();
}

QList<TimelineEvent> TimelineModel::fetchPage(int offset)
{
    if (!m_session.isValid() || m_caseId == 0)
        return {};
    TimelineQuery page = m_query;
    page.offset = offset;
    page.limit = pageSize;
    auto events = m_session.ws->cases().timeline(m_session.actor, m_caseId, page);
    if (!events) {
        m_lastError = events.error().message;
        m_exhausted = true;
        Q_EMIT loadFailed(m_lastError);
        return {};
    }
    m_exhausted = events->size() < pageSize;
    return *events;
}

void TimelineModel::reload()
{
    beginResetModel();
    m_lastError.clear();
    m_events.clear();
    m_exhausted = m_caseId == 0 || !m_session.isValid(); // no case: nothing to fetch
    if (!m_exhausted)
        m_events = fetchPage(0);
    endResetModel();
}

const TimelineEvent *TimelineModel::eventAt(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events[row] : nullptr;
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    QList<TimelineEvent> more = fetchPage(int(m_events.size()));
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_events.size()), int(m_events.size() + more.size() - 1));
    m_events.append(more);
    endInsertRows();
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEvent &e = m_events.at(index.row());
    const QDate day = e.occurredAt.toTimeZone(m_zone).date();
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return e.text;
    case Qt::ToolTipRole:
        return tr("#%1 recorded %2 UTC, hash %3…").arg(e.seq).arg(e.recordedAt.toString(Qt::ISODate),
                                                              QString::fromLatin1(e.hash.left(12)));
    case SeqRole:
        return e.seq;
    case KindRole:
        return int(e.kind);
    case KindCodeRole:
        return eventKindCode(e.kind);
    case AuthorRole:
        return e.authorName;
    case AgencyCodeRole:
        return e.agencyCode;
    case AgencyNameRole:
        return e.agencyName;
    case OccurredAtRole:
        return e.occurredAt;
    case InternalRole:
        return e.visibility == Visibility::Internal;
    case EffortRole:
        return e.kind == EventKind::ClientEffort ? e.payload.value(u"effort"_s).toString() : QString();
    case CorrectsRole:
        return e.correctsSeq ? QVariant(*e.correctsSeq) : QVariant();
    case DayRole:
        return day;
    case FirstOfDayRole: {
        if (index.row() == 0)
            return true;
        const TimelineEvent &previous = m_events.at(index.row() - 1);
        return previous.occurredAt.toTimeZone(m_zone).date() != day;
    }
    }
    return {};
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SeqRole, "seq");
    names.insert(KindCodeRole, "kind");
    names.insert(AuthorRole, "author");
    names.insert(AgencyCodeRole, "agency");
    names.insert(InternalRole, "internal");
    return names;
}

} // namespace Relais::Gui
