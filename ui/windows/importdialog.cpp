#include "windows/importdialog.h"

#include "widgets/errorlabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Gui {

ImportDialog::ImportDialog(const Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Import customers"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A CSV file exported by a spreadsheet (comma or semicolon, UTF-8). Nothing is written "
                                "until you confirm; invalid rows and people already on file are shown first."));
    intro->setWordWrap(true);
    auto *choose = new QPushButton(tr("Choose file…"));
    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    auto *top = new QHBoxLayout;
    top->addWidget(intro, 1);
    top->addWidget(choose);
    layout->addLayout(top);
    auto *mapping = new QGroupBox(tr("Columns"));
    m_mappingGrid = new QGridLayout(mapping);
    m_mappingBox = mapping;
    mapping->hide();
    layout->addWidget(mapping);
    m_model = new ImportPreviewModel(this);
    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Preview"));
    layout->addWidget(m_table, 1);
    m_summary = new QLabel;
    m_error = makeErrorLabel();
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox;
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 560);
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Customers to import"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        showError(m_error, tr("Cannot read %1.").arg(path));
        return;
    }
    load(file.read(20'000'000), QFileInfo(path).fileName());
}

void ImportDialog::load(const QByteArray &bytes, const QString &name)
{
    m_bytes = bytes;
    m_mapping.clear();
    setWindowTitle(tr("Import customers — %1").arg(name));
    runPreview();
    rebuildMapping();
}

void ImportDialog::runPreview()
{
    ImportOptions options;
    options.mapping = m_mapping;
    auto preview = m_session.ws->imports().preview(m_session.actor, m_bytes, options);
    if (!preview) {
        m_model->setPreview({});
        showError(m_error, preview.error().message); // a corrupt file: nothing can be imported
        m_summary->clear();
        m_import->setEnabled(false);
        return;
    }
    showError(m_error, preview->warnings.join(u'\n'));
    m_model->setPreview(*preview);
    m_table->resizeColumnsToContents();
    const int ready = preview->count(ImportRowStatus::Ready);
    m_summary->setText(tr("%1 will be registered · %2 refused · %3 probably already on file")
                           .arg(ready)
                           .arg(preview->count(ImportRowStatus::Invalid))
                           .arg(preview->count(ImportRowStatus::Duplicate)));
    m_import->setText(tr("Import %1 customer(s)").arg(ready));
    m_import->setEnabled(ready > 0);
}

// One combo per column of the file: what it holds, or "not imported".
void ImportDialog::rebuildMapping()
{
    while (QLayoutItem *item = m_mappingGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<ImportColumn> columns = m_model->preview().columns;
    m_mappingBox->setVisible(!columns.isEmpty());
    for (const ImportColumn &column : columns) {
        auto *combo = new QComboBox;
        combo->setAccessibleName(column.header);
        combo->addItem(tr("not imported"), u"ignore"_s);
        for (ImportField field : {ImportField::Name, ImportField::NameAr, ImportField::Cin, ImportField::Phone,
                                  ImportField::BirthDate, ImportField::Email, ImportField::Address, ImportField::Language})
            combo->addItem(importFieldCode(field), importFieldCode(field));
        combo->setCurrentIndex(column.field ? combo->findData(importFieldCode(*column.field)) : 0);
        const int index = column.index;
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, index] {
            const QString columnNumber = QString::number(index + 1);
            m_mapping.erase(std::remove_if(m_mapping.begin(), m_mapping.end(),
                                           [&](const ImportColumnChoice &c) { return c.column == columnNumber; }),
                            m_mapping.end());
            m_mapping.append({columnNumber, combo->currentData().toString()});
            runPreview();
        });
        const int cell = int(m_mappingGrid->count() / 2);
        m_mappingGrid->addWidget(new QLabel(column.header), (cell / 4) * 2, cell % 4);
        m_mappingGrid->addWidget(combo, (cell / 4) * 2 + 1, cell % 4);
    }
}

void ImportDialog::accept()
{
    auto outcome = m_session.ws->imports().commit(m_session.actor, m_model->preview());
    if (!outcome) {
        runPreview(); // shows what changed since, then the reason nothing was written
        showError(m_error, tr("Nothing was imported: %1").arg(outcome.error().message));
        return;
    }
    m_created = outcome->created;
    QDialog::accept();
}

} // namespace Relais::Gui
