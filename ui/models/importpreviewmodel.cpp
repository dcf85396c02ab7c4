#include "models/importpreviewmodel.h"

#include <QBrush>
#include <QColor>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Gui {

ImportPreviewModel::ImportPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportPreviewModel::setPreview(const ImportPreview &preview)
{
    beginResetModel();
    m_preview = preview;
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportRow &row = m_preview.rows.at(index.row());
    if (role == Qt::BackgroundRole) {
        switch (row.status) {
        case ImportRowStatus::Ready:
            return {};
        case ImportRowStatus::Invalid:
            return QBrush(QColor(0xfd, 0xe8, 0xe7));
        case ImportRowStatus::Duplicate:
            return QBrush(QColor(0xfd, 0xf3, 0xd6));
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Row:
        return row.row;
    case Status:
        switch (row.status) {
        case ImportRowStatus::Ready:
            return tr("will be registered");
        case ImportRowStatus::Invalid:
            return tr("refused");
        case ImportRowStatus::Duplicate:
            return tr("probably on file");
        }
        return {};
    case Name:
        return personName(row.draft.fullName, row.draft.fullNameAr);
    case Cin:
        return row.draft.cin;
    case Phone:
        return row.draft.phones.join(u", "_s);
    case Details: {
        if (row.status == ImportRowStatus::Invalid)
            return row.problems.join(u"; "_s);
        QStringList same;
        for (const DuplicateCandidate &candidate : row.existing)
            same << tr("%1 (%2)").arg(candidate.client.displayName(), candidate.reasons.join(u", "_s));
        if (row.sameAsRow > 0)
            same << tr("row %1 (%2)").arg(row.sameAsRow).arg(row.sameAsReasons.join(u", "_s));
        return same.join(u"; "_s);
    }
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Row: return tr("Row");
    case Status: return tr("Outcome");
    case Name: return tr("Name");
    case Cin: return tr("CIN");
    case Phone: return tr("Phone");
    case Details: return tr("Why / same as");
    }
    return {};
}

} // namespace Relais::Gui
