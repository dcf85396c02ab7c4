#pragma once

#include "casefile/accesslog.h"

#include <QAbstractTableModel>

namespace Relais::Gui {

/// The entries of an access report, one row each, newest first: when (in the viewer's time
/// zone), who, their agency, the case, what they did and why they could. Refused attempts are
/// rows too, flagged (DeniedRole) and drawn in red.
class AccessLogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Person, Agency, Case, What, Why, ColumnCount };
    enum Role { DeniedRole = Qt::UserRole + 1, InstantRole };

    explicit AccessLogModel(QObject *parent = nullptr);

    /// Shows the entries of `reference`'s case, or of every case and about the customer when
    /// `reference` is empty; times in `timeZone`.
    void setReport(const Core::AccessReport &report, const QString &reference, const QString &timeZone);
    [[nodiscard]] const Core::AccessEntry *entryAt(int row) const;
    [[nodiscard]] int deniedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Core::AccessEntry> m_entries;
    QString m_timeZone;
};

} // namespace Relais::Gui
