// Exporting to PDF from the desktop: the live preview, saving exactly what was previewed (and
// the record of it on the case), refusals shown in the dialog, and the several-cases export
// with its progress, cancel and summary. File dialogs are answered through the dialogs' seams.

#include "uitest.h"

#include "models/batchexport.h"
#include "models/uisettings.h"
#include "widgets/exportoptionswidget.h"
#include "windows/batchexportdialog.h"
#include "windows/caseview.h"
#include "windows/exportdialog.h"
#include "windows/mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QLabel>
#include <QPdfDocument>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;
using namespace Relais::Gui;
using namespace Relais::Test;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The red text a dialog shows a refusal in, or empty.
QString shownError(const QWidget *dialog)
{
    for (QLabel *label : dialog->findChildren<QLabel *>())
        if (!label->isHidden() && !label->text().isEmpty() && label->styleSheet().contains(u"b3261e"_s))
            return label->text();
    return {};
}

QPushButton *buttonNamed(const QWidget *parent, const QString &text)
{
    for (QPushButton *button : parent->findChildren<QPushButton *>())
        if (button->text() == text)
            return button;
    return nullptr;
}

} // namespace

class TestExportDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void previewShowsTheDocument();
    void redactingSetsTheFullCinAside();
    void letterDefaultsToTheCustomersLanguage();
    void saveWritesThePreviewedPdfAndRecordsIt();
    void unwritablePlaceIsShownAndNothingWritten();
    void caseTheUserMayNotSeeIsRefused();
    void batchWritesOneFilePerCase();
    void batchCancelKeepsTheFilesCompleted();
    void batchNamesTheCasesItCouldNotExport();
    void mainWindowOffersBothExports();

private:
    [[nodiscard]] QStringList writtenFiles() const { return QDir(m_out->path()).entryList(QDir::Files, QDir::Name); }
    [[nodiscard]] int events(const Case &record) { return caseNow(*m_world, record).eventCount; }
    [[nodiscard]] Case caseFor(const QString &name, const QString &cin, const QString &language = u"fr"_s);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TestWorld> m_world;
    std::unique_ptr<QTemporaryDir> m_out;
    Case m_karim;
};

void TestExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Relais tests"_s);
    UiSettings::useFile(m_settingsDir.filePath(u"settings.ini"_s));
}

void TestExportDialog::init()
{
    m_world = std::make_unique<TestWorld>();
    QVERIFY(m_world->isValid());
    m_out = std::make_unique<QTemporaryDir>();
    QVERIFY(m_out->isValid());
    m_karim = m_world->openCase(m_world->addClient(), u"ins.agent"_s, u"Accident claim"_s);
    (void)addNote(*m_world, m_karim.id, u"ins.agent"_s, u"Tow truck booked for 14:00"_s);
}

void TestExportDialog::cleanup()
{
    m_out.reset();
    m_world.reset();
}

Case TestExportDialog::caseFor(const QString &name, const QString &cin, const QString &language)
{
    ClientDraft draft;
    draft.fullName = name;
    draft.cin = cin;
    draft.preferredLanguage = language;
    auto registered = m_world->ws().clients().registerClient(m_world->actor(u"ins.agent"_s), draft, true);
    if (!registered)
        qFatal("caseFor: %s", qPrintable(registered.error().message));
    m_world->advance(60);
    return m_world->openCase(registered->client.id, u"ins.agent"_s, u"Broken windscreen"_s);
}

void TestExportDialog::previewShowsTheDocument()
{
    ExportDialog dialog(sessionFor(*m_world, u"ins.agent"_s), m_karim.reference);
    dialog.show();
    QVERIFY(!dialog.saveButton()->isEnabled()); // nothing to save before the preview is there
    QTRY_VERIFY(dialog.previewIsCurrent());
    QTRY_COMPARE(dialog.previewDocument()->status(), QPdfDocument::Status::Ready);
    QVERIFY(dialog.previewDocument()->pageCount() >= 1);
    QCOMPARE(dialog.previewDocument()->pageCount(), dialog.rendered()->pages);
    QVERIFY(dialog.saveButton()->isEnabled());
    const QStringList texts = [&] {
        QStringList all;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            all << label->text();
        return all;
    }();
    QVERIFY2(texts.contains(u"Preview — %1 page(s), English, A4"_s.arg(dialog.rendered()->pages)),
             qPrintable(texts.join(u" | "_s)));
    QVERIFY(shownError(&dialog).isEmpty());
}

void TestExportDialog::redactingSetsTheFullCinAside()
{
    ExportDialog dialog(sessionFor(*m_world, u"ins.agent"_s), m_karim.reference);
    dialog.show();
    QTRY_VERIFY(dialog.previewIsCurrent());
    ExportOptionsWidget *options = dialog.optionsWidget();
    options->fullCinBox()->click();
    QVERIFY(options->options().showFullCin);
    QVERIFY(!dialog.saveButton()->isEnabled()); // the preview no longer shows these options

    options->redactBox()->click();
    QVERIFY(!options->fullCinBox()->isEnabled());
    QVERIFY(!options->fullCinBox()->isChecked());
    QVERIFY(options->options().redact);
    QVERIFY(!options->options().showFullCin);
    QTRY_VERIFY(dialog.previewIsCurrent());
    QVERIFY(dialog.rendered()->options.redact);

    options->redactBox()->click(); // undone: the person's earlier choice comes back
    QVERIFY(options->fullCinBox()->isEnabled());
    QVERIFY(options->fullCinBox()->isChecked());
    QVERIFY(options->options().showFullCin);
}

void TestExportDialog::letterDefaultsToTheCustomersLanguage()
{
    const Case amina = caseFor(u"Amina Tazi"_s, u"AT654321"_s, u"ar"_s);
    ExportDialog dialog(sessionFor(*m_world, u"ins.agent"_s), amina.reference);
    dialog.show();
    ExportOptionsWidget *options = dialog.optionsWidget();
    QCOMPARE(options->options().language, ExportOptionsWidget::interfaceLanguage()); // a timeline: the interface's
    options->documentButton(ExportDocument::StatusLetter)->click();
    QCOMPARE(options->options().language, u"ar"_s);
    QVERIFY(!options->internalBox()->isEnabled()); // a letter never prints internal notes
    QCOMPARE(options->languageBox()->currentText(), u"Arabic (the customer's language)"_s);
    QTRY_VERIFY(dialog.previewIsCurrent());
    QCOMPARE(dialog.rendered()->options.language, u"ar"_s);
    QVERIFY(dialog.rendered()->suggestedFileName.endsWith(u" letter.pdf"_s));

    // The person's own pick stays when the document changes.
    QComboBox *language = options->languageBox();
    language->setFocus();
    QTest::keyClick(language, Qt::Key_Up);
    QCOMPARE(options->options().language, u"fr"_s);
    options->documentButton(ExportDocument::Timeline)->click();
    QCOMPARE(options->options().language, u"fr"_s);
}

void TestExportDialog::saveWritesThePreviewedPdfAndRecordsIt()
{
    ExportDialog dialog(sessionFor(*m_world, u"ins.agent"_s), m_karim.reference);
    const QString path = m_out->filePath(u"karim"_s); // no suffix: ".pdf" is added
    QString suggested;
    dialog.setFileChooser([&](const QString &offered) {
        suggested = offered;
        return path;
    });
    dialog.show();
    QTRY_VERIFY(dialog.previewIsCurrent());
    const int before = events(m_karim);
    QSignalSpy saved(&dialog, &ExportDialog::saved);
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);

    QCOMPARE(saved.count(), 1);
    QCOMPARE(QFileInfo(suggested).fileName(), u"%1 timeline.pdf"_s.arg(m_karim.reference));
    const QString written = path + u".pdf"_s;
    QCOMPARE(saved.at(0).at(0).toString(), written);
    const QByteArray bytes = fileBytes(written);
    QVERIFY(bytes.startsWith("%PDF"));
    QCOMPARE(bytes, dialog.rendered()->bytes); // what was previewed is what was saved
    QPdfDocument reread;
    QCOMPARE(reread.load(written), QPdfDocument::Error::None);
    QCOMPARE(reread.pageCount(), dialog.previewDocument()->pageCount());

    QCOMPARE(events(m_karim), before + 1);
    auto timeline = m_world->ws().cases().timeline(m_world->actor(u"ins.agent"_s), m_karim.id, timelinePage(true, 0, 1));
    RELAIS_VERIFY_OK(timeline);
    QCOMPARE(timeline->size(), 1);
    const TimelineEvent &record = timeline->first();
    QCOMPARE(record.kind, EventKind::System);
    QCOMPARE(record.payload.value(u"action"_s).toString(), u"export"_s);
    QCOMPARE(record.payload.value(u"fileName"_s).toString(), QFileInfo(written).fileName());
    QCOMPARE(record.payload.value(u"sha256"_s).toString(),
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));

    QVERIFY(dialog.savedLabel()->isVisible());
    QVERIFY(dialog.savedLabel()->text().contains(QDir::toNativeSeparators(written)));
    QVERIFY(shownError(&dialog).isEmpty());
    QCOMPARE(UiSettings::exportFolder(), QFileInfo(written).absolutePath()); // next time, the same folder
}

void TestExportDialog::unwritablePlaceIsShownAndNothingWritten()
{
    // A "folder" that is a file cannot be written into, even by root.
    QFile blocker(m_out->filePath(u"not-a-folder"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = m_out->filePath(u"not-a-folder/karim.pdf"_s);
    ExportDialog dialog(sessionFor(*m_world, u"ins.agent"_s), m_karim.reference);
    dialog.setFileChooser([&](const QString &) { return path; });
    dialog.show();
    QTRY_VERIFY(dialog.previewIsCurrent());
    const int before = events(m_karim);
    QSignalSpy saved(&dialog, &ExportDialog::saved);
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);

    QCOMPARE(saved.count(), 0);
    const QString error = shownError(&dialog);
    QVERIFY2(error.startsWith(u"The PDF was not saved."_s) && error.contains(path), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(writtenFiles(), QStringList{u"not-a-folder"_s}); // no temporary file left behind either
    QCOMPARE(events(m_karim), before); // no record of an export that did not happen
    QVERIFY(!dialog.savedLabel()->isVisible());
    // Nothing lost: the same preview can be saved elsewhere.
    QVERIFY(dialog.previewIsCurrent());
    QVERIFY(dialog.saveButton()->isEnabled());
    dialog.setFileChooser([&](const QString &) { return m_out->filePath(u"karim.pdf"_s); });
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    QVERIFY(shownError(&dialog).isEmpty());
}

void TestExportDialog::caseTheUserMayNotSeeIsRefused()
{
    ExportDialog dialog(sessionFor(*m_world, u"hos.agent"_s), m_karim.reference);
    dialog.show();
    QVERIFY(!shownError(&dialog).isEmpty());
    QTest::qWait(50); // no preview is on its way either
    QVERIFY(!dialog.previewIsCurrent());
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(!dialog.optionsWidget()->isEnabled());
}

void TestExportDialog::batchWritesOneFilePerCase()
{
    const Case amina = caseFor(u"Amina Tazi"_s, u"AT654321"_s);
    BatchExportDialog dialog(sessionFor(*m_world, u"ins.agent"_s), {m_karim.reference, amina.reference});
    dialog.setFolderChooser([&](const QString &) { return m_out->path(); });
    dialog.show();
    QTest::mouseClick(buttonNamed(&dialog, u"Choose…"_s), Qt::LeftButton);
    QCOMPARE(dialog.folder(), m_out->path());
    QSignalSpy finished(&dialog, &BatchExportDialog::finished);
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    QVERIFY(!dialog.exportButton()->isEnabled());
    QTRY_COMPARE(finished.count(), 1);

    const QStringList expected{u"%1 timeline.pdf"_s.arg(m_karim.reference), u"%1 timeline.pdf"_s.arg(amina.reference)};
    QCOMPARE(writtenFiles(), expected);
    for (const QString &name : expected) {
        QPdfDocument pdf;
        QCOMPARE(pdf.load(m_out->filePath(name)), QPdfDocument::Error::None);
        QVERIFY(pdf.pageCount() >= 1);
    }
    QVERIFY2(dialog.summaryLabel()->text().startsWith(u"2 PDF(s) written to"_s), qPrintable(dialog.summaryLabel()->text()));
    QVERIFY(shownError(&dialog).isEmpty());
    QVERIFY(dialog.exportButton()->isEnabled());
    QCOMPARE(dialog.progressDialog(), nullptr);
}

void TestExportDialog::batchCancelKeepsTheFilesCompleted()
{
    const Case amina = caseFor(u"Amina Tazi"_s, u"AT654321"_s);
    const Case hassan = caseFor(u"Hassan Ouali"_s, u"HO111222"_s);
    const int aminaEvents = events(amina);
    const int hassanEvents = events(hassan);
    BatchExportDialog dialog(sessionFor(*m_world, u"ins.agent"_s), {m_karim.reference, amina.reference, hassan.reference});
    dialog.setFolderChooser([&](const QString &) { return m_out->path(); });
    dialog.show();
    dialog.chooseFolder();
    QSignalSpy finished(&dialog, &BatchExportDialog::finished);
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    QVERIFY(dialog.batch() && dialog.progressDialog());
    // The person presses Cancel while the first file is being written.
    connect(dialog.batch(), &BatchExport::progressed, this, [&](int done) {
        if (done == 1)
            buttonNamed(dialog.progressDialog(), u"Cancel"_s)->click();
    });
    QTRY_COMPARE(finished.count(), 1);

    QVERIFY(dialog.batch()->wasCancelled());
    QCOMPARE(writtenFiles(), QStringList{u"%1 timeline.pdf"_s.arg(m_karim.reference)});
    QPdfDocument pdf;
    QCOMPARE(pdf.load(m_out->filePath(writtenFiles().first())), QPdfDocument::Error::None);
    QCOMPARE(events(amina), aminaEvents); // the cases never reached carry no export record
    QCOMPARE(events(hassan), hassanEvents);
    const QString summary = dialog.summaryLabel()->text();
    QVERIFY2(summary.contains(u"1 PDF(s) written"_s) && summary.contains(u"Cancelled before 2 case(s)"_s),
             qPrintable(summary));
}

void TestExportDialog::batchNamesTheCasesItCouldNotExport()
{
    // A case of the garage's that the insurer takes no part in.
    const Case hidden = m_world->openCase(m_world->addClient(u"Leila Amrani"_s, u"LA777888"_s), u"gar.agent"_s,
                                          u"Engine repair"_s);
    BatchExportDialog dialog(sessionFor(*m_world, u"ins.agent"_s), {m_karim.reference, hidden.reference});
    dialog.setFolderChooser([&](const QString &) { return m_out->path(); });
    dialog.show();
    dialog.chooseFolder();
    QSignalSpy finished(&dialog, &BatchExportDialog::finished);
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);

    QCOMPARE(writtenFiles(), QStringList{u"%1 timeline.pdf"_s.arg(m_karim.reference)});
    QCOMPARE(dialog.batch()->writtenCount(), 1);
    QVERIFY(dialog.summaryLabel()->text().startsWith(u"1 PDF(s) written"_s));
    const QString failures = shownError(&dialog);
    QVERIFY2(failures.startsWith(u"1 case(s) not exported:\n%1: "_s.arg(hidden.reference)), qPrintable(failures));
    QVERIFY(failures.size() > u"1 case(s) not exported:\n: "_s.size() + hidden.reference.size() + 10); // with the reason
}

void TestExportDialog::mainWindowOffersBothExports()
{
    const Case amina = caseFor(u"Amina Tazi"_s, u"AT654321"_s);
    MainWindow window(sessionFor(*m_world, u"ins.agent"_s));
    window.show();
    window.showScope(CaseScope::MyCases);
    QCOMPARE(window.caseList()->rowCount(), 2);
    QVERIFY(window.caseView()->caseId() != 0);
    QVERIFY(window.exportCaseAction()->isEnabled());
    QCOMPARE(window.exportCaseAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));

    window.caseTable()->selectAll(); // the list takes several cases at once
    QCOMPARE(window.selectedReferences(), (QStringList{amina.reference, m_karim.reference}));
    QVERIFY(window.exportSelectedAction()->isEnabled());
    window.exportSelectedAction()->trigger();
    auto *batch = window.findChild<BatchExportDialog *>();
    QVERIFY(batch && batch->isVisible());
    batch->close();

    window.exportCaseAction()->trigger();
    auto *single = window.findChild<ExportDialog *>();
    QVERIFY(single && single->isVisible());
    const int shown = window.caseList()->rowOfCase(window.caseView()->caseId());
    const QString shownReference = window.caseList()->index(shown, 0).data(CaseListModel::ReferenceRole).toString();
    QCOMPARE(single->windowTitle(), u"Export %1 to PDF"_s.arg(shownReference));
    single->close();

    window.caseTable()->clearSelection();
    QVERIFY(!window.exportSelectedAction()->isEnabled());
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
