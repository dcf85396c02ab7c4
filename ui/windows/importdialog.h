#pragma once

#include "models/importpreviewmodel.h"
#include "models/session.h"

#include <QDialog>

class QGridLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace Relais::Gui {

/// Import customers from a spreadsheet export: preview, column mapping, then all or nothing.
class ImportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(const Session &session, QWidget *parent = nullptr);
    /// Previews `bytes` (also what choosing a file does).
    void load(const QByteArray &bytes, const QString &name);
    [[nodiscard]] ImportPreviewModel *model() const { return m_model; }
    [[nodiscard]] int created() const { return m_created; }

    void accept() override;

private:
    void chooseFile();
    void rebuildMapping();
    void runPreview();

    Session m_session;
    QByteArray m_bytes;
    QList<Core::ImportColumnChoice> m_mapping;
    ImportPreviewModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QWidget *m_mappingBox = nullptr;
    QGridLayout *m_mappingGrid = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_import = nullptr;
    int m_created = 0;
};

} // namespace Relais::Gui
