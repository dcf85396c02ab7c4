// "Who saw this file" in the desktop: the readings and refusals of a case with why each reader
// could (refusals in red), who can see it now, the PDF; offered only to those who may read it;
// a case opened from search results says so in the log; an admin exports a customer's data.

#include "uitest.h"

#include "models/accesslogmodel.h"
#include "models/uisettings.h"
#include "widgets/theme.h"
#include "windows/accesslogdialog.h"
#include "windows/caseview.h"
#include "windows/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolButton>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;
using namespace Relais::Gui;
using namespace Relais::Test;

namespace {

/// The text of every cell of a row.
QStringList rowText(const QAbstractItemModel *model, int row)
{
    QStringList cells;
    for (int column = 0; column < model->columnCount(); ++column)
        cells << model->index(row, column).data().toString();
    return cells;
}

/// The first row whose cells hold all of `parts`, or -1.
int rowWith(const QAbstractItemModel *model, const QStringList &parts)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString text = rowText(model, row).join(u" | "_s);
        if (std::all_of(parts.cbegin(), parts.cend(), [&](const QString &part) { return text.contains(part); }))
            return row;
    }
    return -1;
}

QPushButton *visibleButton(const QWidget *parent, const QString &text)
{
    for (QPushButton *button : parent->findChildren<QPushButton *>())
        if (button->text() == text && button->isVisibleTo(parent))
            return button;
    return nullptr;
}

} // namespace

class TestAccessLogDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void modelPassesTheTester();
    void showsReadingsRefusalsAndWhoCanSee();
    void exportWritesThePdf();
    void offeredOnlyToThoseWhoMayReadIt_data();
    void offeredOnlyToThoseWhoMayReadIt();
    void caseOpenedFromSearchResultsSaysSo();
    void adminExportsTheCustomersData();

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<TestWorld> m_world;
    std::unique_ptr<QTemporaryDir> m_out;
    Case m_case;
};

void TestAccessLogDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Relais tests"_s);
    UiSettings::useFile(m_settingsDir.filePath(u"settings.ini"_s));
}

void TestAccessLogDialog::init()
{
    m_world = std::make_unique<TestWorld>();
    QVERIFY(m_world->isValid());
    m_out = std::make_unique<QTemporaryDir>();
    TestWorld &w = *m_world;
    m_case = w.openCase(w.addClient(u"Hélène El Idrissi"_s, u"AB100001"_s), u"ins.agent"_s, u"Accident claim"_s);
    (void)requestHandoff(w, m_case.id, u"GAR"_s);
    // Into April: Casablanca is back at UTC+1 after Ramadan, so local and UTC times differ.
    w.advance(30 * 24 * 3600 + 600);
    RELAIS_VERIFY_OK(w.ws().cases().timeline(w.actor(u"gar.agent"_s), m_case.id));
    w.advance(60);
    RELAIS_VERIFY_ERROR(w.ws().cases().caseById(w.actor(u"hos.agent"_s), m_case.id), ErrorCode::Forbidden);
    w.advance(60);
}

void TestAccessLogDialog::cleanup()
{
    m_out.reset();
    m_world.reset();
}

void TestAccessLogDialog::modelPassesTheTester()
{
    AccessLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto report = m_world->ws().accessLog().report(m_world->actor(u"net.admin"_s), m_case.clientId);
    RELAIS_VERIFY_OK(report);
    model.setReport(*report, {}, u"Africa/Casablanca"_s);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.deniedCount(), 1);
    model.setReport(*report, u"REL-1999-000001"_s, u"Africa/Casablanca"_s);
    QCOMPARE(model.rowCount(), 0);
}

void TestAccessLogDialog::showsReadingsRefusalsAndWhoCanSee()
{
    AccessLogDialog dialog(sessionFor(*m_world, u"ins.super"_s), m_case.clientId, m_case.reference);
    dialog.show();
    QVERIFY(dialog.errorLabel()->isHidden());
    QCOMPARE(dialog.caseChooser()->currentData().toString(), m_case.reference);
    const AccessLogModel *model = dialog.model();
    // The garage's reading, in the viewer's time (Casablanca, UTC+1 on 1 April 2026), and why.
    const int read = rowWith(model, {u"Youssef Alami (gar.agent)"_s, u"read the timeline"_s});
    QVERIFY2(read >= 0, qPrintable(rowText(model, 0).join(u" | "_s)));
    QCOMPARE(model->index(read, AccessLogModel::When).data().toString(), u"2026-04-01 10:10"_s);
    QCOMPARE(model->index(read, AccessLogModel::Agency).data().toString(), u"Garage Al Amal"_s);
    QCOMPARE(model->index(read, AccessLogModel::Why).data().toString(), u"their agency takes part in the case"_s);
    QVERIFY(!model->index(read, 0).data(AccessLogModel::DeniedRole).toBool());
    // The hospital's refused look, highlighted.
    const int refused = rowWith(model, {u"Nadia Chraibi (hos.agent)"_s});
    QVERIFY(refused >= 0);
    QCOMPARE(model->index(refused, AccessLogModel::What).data().toString(), u"was refused: tried to read the case"_s);
    QVERIFY(model->index(refused, 0).data(AccessLogModel::DeniedRole).toBool());
    QCOMPARE(model->index(refused, 0).data(Qt::ForegroundRole).value<QColor>(), Theme::lateRed);
    QVERIFY(model->index(read, 0).data(Qt::ForegroundRole).isNull());
    // Newest first.
    QVERIFY(refused < read);
    // No raw ids: names, logins, agencies and references only.
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY2(!rowText(model, row).join(u' ').contains(u"client:"_s), qPrintable(rowText(model, row).join(u' ')));
    // Who can see it now: both agencies, how they came in, their people, the admin.
    const QString panel = dialog.couldSeePanel()->toPlainText();
    for (const QString &expected : {u"Assurances Atlas"_s, u"lead agency: it opened the case"_s, u"Garage Al Amal"_s,
                                    u"handoff #1 from Assurances Atlas, asked by Salma Idrissi"_s,
                                    u"Youssef Alami (agent)"_s, u"Every case of the network (network administrator)"_s})
        QVERIFY2(panel.contains(expected), qPrintable(expected + u"\n"_s + panel));
    QVERIFY(!panel.contains(u"Hôpital"_s));
}

void TestAccessLogDialog::exportWritesThePdf()
{
    AccessLogDialog dialog(sessionFor(*m_world, u"net.admin"_s), m_case.clientId, m_case.reference);
    const QString path = m_out->filePath(u"who saw it"_s);
    QString suggested;
    dialog.setFileChooser([&](const QString &proposal) {
        suggested = proposal;
        return path;
    });
    dialog.exportButton()->click();
    QVERIFY2(dialog.errorLabel()->isHidden(), qPrintable(dialog.errorLabel()->text()));
    QVERIFY2(suggested.endsWith(u"Who saw the file of Hélène El Idrissi.pdf"_s), qPrintable(suggested));
    QFile pdf(path + u".pdf"_s);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.readAll().startsWith("%PDF-"));
    QVERIFY(dialog.statusLabel()->text().startsWith(u"Saved to "_s));
    // A place that cannot be written is said in the dialog; nothing is written.
    dialog.setFileChooser([&](const QString &) { return m_out->filePath(u"missing/x.pdf"_s); });
    dialog.exportButton()->click();
    QVERIFY(!dialog.errorLabel()->isHidden());
    QVERIFY(dialog.errorLabel()->text().startsWith(u"The PDF was not saved."_s));
}

void TestAccessLogDialog::offeredOnlyToThoseWhoMayReadIt_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<bool>("offered");
    QTest::addRow("supervisor of the lead agency") << u"ins.super"_s << true;
    QTest::addRow("network administrator") << u"net.admin"_s << true;
    QTest::addRow("agent of the lead agency") << u"ins.agent"_s << false;
    QTest::addRow("agent of the garage") << u"gar.agent"_s << false;
}

void TestAccessLogDialog::offeredOnlyToThoseWhoMayReadIt()
{
    QFETCH(QString, login);
    QFETCH(bool, offered);
    CaseView view;
    view.setSession(sessionFor(*m_world, login));
    view.showCase(m_case.id);
    view.show();
    QCOMPARE(visibleButton(&view, u"Who saw this file…"_s) != nullptr, offered);
    QCOMPARE(view.canReadAccessLog(), offered);
    AccessLogDialog *dialog = view.showAccessLog();
    QCOMPARE(dialog != nullptr, offered);
    if (dialog)
        dialog->close();
    // The dialog itself refuses, in words, whoever gets to it anyway.
    AccessLogDialog direct(sessionFor(*m_world, login), m_case.clientId, m_case.reference);
    QCOMPARE(direct.errorLabel()->isHidden(), offered);
    QCOMPARE(direct.exportButton()->isEnabled(), offered);
}

void TestAccessLogDialog::caseOpenedFromSearchResultsSaysSo()
{
    // The lead agency's agent: nothing in their inbox, so no case is open before the search.
    MainWindow window(sessionFor(*m_world, u"ins.agent"_s));
    QCOMPARE(window.caseView()->caseId(), Id(0));
    window.show();
    window.searchField()->setText(u"helene"_s);
    QTRY_VERIFY(window.caseList()->rowOfCase(m_case.id) >= 0);
    window.caseTable()->selectRow(window.caseList()->rowOfCase(m_case.id));
    QTRY_COMPARE(window.caseView()->caseId(), m_case.id);
    auto report = m_world->ws().accessLog().report(m_world->actor(u"net.admin"_s), m_case.clientId);
    RELAIS_VERIFY_OK(report);
    QStringList what;
    for (const AccessEntry &e : report->cases.constFirst().reads)
        if (e.login == u"ins.agent"_s && e.action == u"case.view"_s)
            what << accessWhat(e);
    QCOMPARE(what, QStringList{u"opened the case from search results"_s});
    // Opened from a list, it is an ordinary opening.
    window.showScope(CaseScope::MyAgency);
    window.caseView()->showCase(m_case.id);
    report = m_world->ws().accessLog().report(m_world->actor(u"net.admin"_s), m_case.clientId);
    RELAIS_VERIFY_OK(report);
    what.clear();
    for (const AccessEntry &e : report->cases.constFirst().reads)
        if (e.login == u"ins.agent"_s && e.action == u"case.view"_s)
            what << accessWhat(e);
    QCOMPARE(what, (QStringList{u"opened the case from search results"_s, u"opened the case"_s}));
}

void TestAccessLogDialog::adminExportsTheCustomersData()
{
    for (const QString &login : {u"ins.super"_s, u"ins.agent"_s}) {
        CaseView view;
        view.setSession(sessionFor(*m_world, login));
        view.showCase(m_case.id);
        QVERIFY(!view.canExportPersonalData());
    }
    CaseView view;
    view.setSession(sessionFor(*m_world, u"net.admin"_s));
    view.showCase(m_case.id);
    view.show();
    QVERIFY(view.canExportPersonalData());
    bool shown = false;
    for (QToolButton *button : view.findChildren<QToolButton *>())
        shown = shown || (button->text() == u"Export personal data…"_s && button->isVisibleTo(&view));
    QVERIFY(shown);
    view.setFolderChooser([this] { return m_out->path(); });
    QString message;
    connect(&view, &CaseView::statusMessage, this, [&](const QString &text) { message = text; });
    view.exportPersonalData();
    const QStringList made = QDir(m_out->path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(made.size(), 1);
    QVERIFY2(made.constFirst().startsWith(u"Hélène El Idrissi — personal data "_s), qPrintable(made.constFirst()));
    QVERIFY(QFileInfo::exists(QDir(m_out->filePath(made.constFirst())).filePath(u"README.txt"_s)));
    QVERIFY2(message.contains(u"README.txt"_s), qPrintable(message));
}

QTEST_MAIN(TestAccessLogDialog)
#include "tst_accesslogdialog.moc"
