// The customer import dialog: preview before anything is written, then all valid rows at once.

#include "uitest.h"

#include "windows/importdialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;
using namespace Relais::Gui;
using namespace Relais::Test;

class TestImportDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_world = std::make_unique<TestWorld>(); QVERIFY(m_world->isValid()); }
    void cleanup() { m_world.reset(); }

    void previewShowsEveryRowBeforeWriting();
    void importWritesTheReadyRows();
    void corruptFileIsRefusedAndNothingWritten();

private:
    qint64 clients()
    {
        auto value = m_world->ws().database().scalar(u"SELECT count(*) FROM clients"_s);
        return value ? value->toLongLong() : -1;
    }
    static QPushButton *importButton(ImportDialog &dialog)
    {
        for (QPushButton *button : dialog.findChildren<QPushButton *>())
            if (button->text().startsWith(u"Import"_s))
                return button;
        return nullptr;
    }

    std::unique_ptr<TestWorld> m_world;
};

namespace {
// Semicolons and a BOM, as a French spreadsheet exports; row 3 has a bad CIN, row 4 is a
// person already on file (same CIN).
const QByteArray sample = "\xEF\xBB\xBFnom;cin;t\xC3\xA9l\xC3\xA9phone\n"
                          "Nadia Chraibi;AB200001;0612000001\n"
                          "Omar Tazi;12AB;0612000002\n"
                          "Karim Bennani;BK123456;0612000003\n";
} // namespace

void TestImportDialog::previewShowsEveryRowBeforeWriting()
{
    (void)m_world->addClient(u"Karim Bennani"_s, u"BK123456"_s);
    const qint64 before = clients();
    ImportDialog dialog(sessionFor(*m_world, u"ins.agent"_s));
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    dialog.load(sample, u"clients.csv"_s);
    ImportPreviewModel *model = dialog.model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(0, ImportPreviewModel::Status).data().toString(), u"will be registered"_s);
    QCOMPARE(model->index(1, ImportPreviewModel::Row).data().toInt(), 3); // the spreadsheet's row number
    QCOMPARE(model->index(1, ImportPreviewModel::Status).data().toString(), u"refused"_s);
    QVERIFY(model->index(1, ImportPreviewModel::Details).data().toString().contains(u"CIN"_s));
    QCOMPARE(model->index(2, ImportPreviewModel::Status).data().toString(), u"probably on file"_s);
    QVERIFY(model->index(2, ImportPreviewModel::Details).data().toString().contains(u"Karim Bennani"_s));
    QCOMPARE(dialog.findChildren<QComboBox *>().size(), 3); // one choice per column
    QPushButton *import = importButton(dialog);
    QVERIFY(import && import->isEnabled());
    QCOMPARE(import->text(), u"Import 1 customer(s)"_s);
    QCOMPARE(clients(), before); // a preview writes nothing
}

void TestImportDialog::importWritesTheReadyRows()
{
    (void)m_world->addClient(u"Karim Bennani"_s, u"BK123456"_s);
    const qint64 before = clients();
    ImportDialog dialog(sessionFor(*m_world, u"ins.agent"_s));
    dialog.load(sample, u"clients.csv"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.created(), 1);
    QCOMPARE(clients(), before + 1);
}

void TestImportDialog::corruptFileIsRefusedAndNothingWritten()
{
    const qint64 before = clients();
    ImportDialog dialog(sessionFor(*m_world, u"ins.agent"_s));
    dialog.load(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), u"photo.png"_s);
    QCOMPARE(dialog.model()->rowCount(), 0);
    QPushButton *import = importButton(dialog);
    QVERIFY(import && !import->isEnabled());
    bool explained = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        explained = explained || (!label->text().isEmpty() && label->styleSheet().contains(u"b3261e"_s));
    QVERIFY2(explained, "a corrupt file is refused without saying why");
    QCOMPARE(clients(), before);
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
