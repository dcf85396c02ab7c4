#pragma once

#include "models/session.h"

#include <QAbstractListModel>
#include <QTimeZone>

namespace Relais::Gui {

/// A case's timeline, fetched page by page as the view scrolls: a 10,000-event case opens with
/// its first page only. Filters (kinds, agency, internal) and order run in the database.
class TimelineModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        SeqRole = Qt::UserRole + 1, KindRole, KindCodeRole, AuthorRole, AgencyCodeRole, AgencyNameRole,
        OccurredAtRole, InternalRole, EffortRole, CorrectsRole, DayRole, FirstOfDayRole, TextRole,
    };

    static constexpr int pageSize = 100;

    explicit TimelineModel(QObject *parent = nullptr);

    /// Shows the timeline of `caseId` as `query` filters it (offset and limit are the model's).
    void setCase(const Session &session, Core::Id caseId, const Core::TimelineQuery &query = {});
    void setQuery(const Core::TimelineQuery &query);
    [[nodiscard]] const Core::TimelineQuery &query() const { return m_query; }
    /// Reloads from the first page (after a change).
    void reload();
    [[nodiscard]] QString lastError() const { return m_lastError; }
    [[nodiscard]] const Core::TimelineEvent *eventAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    [[nodiscard]] QList<Core::TimelineEvent> fetchPage(int offset);

    Session m_session;
    QTimeZone m_zone; ///< the viewer's, for grouping by day
    Core::Id m_caseId = 0;
    Core::TimelineQuery m_query;
    QList<Core::TimelineEvent> m_events;
    bool m_exhausted = true;
    QString m_lastError;
};

} // namespace Relais::Gui
