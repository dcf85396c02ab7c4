#pragma once

#include "casefile/clientimport.h"

#include <QAbstractTableModel>

namespace Relais::Gui {

/// The rows of an import preview: what will be registered, what is refused and why, and which
/// rows are probably people already on file.
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Row, Status, Name, Cin, Phone, Details, ColumnCount };

    explicit ImportPreviewModel(QObject *parent = nullptr);
    void setPreview(const Core::ImportPreview &preview);
    [[nodiscard]] const Core::ImportPreview &preview() const { return m_preview; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Core::ImportPreview m_preview;
};

} // namespace Relais::Gui
