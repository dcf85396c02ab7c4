// relais: the desktop application.
#include "demo/demoworld.h"
#include "models/connectionprofiles.h"
#include "windows/accesslogdialog.h"
#include "windows/caseview.h"
#include "windows/connectiondialog.h"
#include "windows/dialogs.h"
#include "windows/exportdialog.h"
#include "windows/idlelock.h"
#include "windows/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Relais;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Relais::Gui)
};

QString demoPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"demo.sqlite"_s);
}

// A case file to open: a file path or a postgresql:// URL, and where the choice came from.
struct Target {
    QString pathOrUrl;
    QString profileName;      // the saved connection it came from, if any
    bool fromWelcome = false; // a failure goes back to the welcome screen rather than quitting
};

// The first-start choices; returns the case file to open, or nothing when the person quits.
// `selected` is the saved connection to highlight (the one just saved or just tried).
std::optional<Target> chooseCaseFile(QString selected = {})
{
    for (;;) {
        Gui::WelcomeDialog welcome;
        if (!selected.isEmpty())
            welcome.selectProfile(selected);
        if (welcome.exec() != QDialog::Accepted)
            return std::nullopt;
        switch (welcome.choice()) {
        case Gui::WelcomeDialog::Choice::Demo: {
            const QString path = demoPath();
            if (!QFileInfo::exists(path)) {
                auto ws = Core::Workspace::open(path);
                Core::DemoOptions options;
                options.now = QDateTime::currentDateTimeUtc();
                if (!ws || !Core::buildDemoWorld(**ws, options)) {
                    QMessageBox::critical(nullptr, Tr::tr("Relais"), Tr::tr("The demo world could not be built in %1.").arg(path));
                    continue;
                }
            }
            return Target{path, {}, true};
        }
        case Gui::WelcomeDialog::Choice::Create: {
            Gui::NewDatabaseDialog create;
            if (create.exec() == QDialog::Accepted)
                return Target{create.path(), {}, true};
            continue;
        }
        case Gui::WelcomeDialog::Choice::Open: {
            const QString path = QFileDialog::getOpenFileName(nullptr, Tr::tr("Open a case file"), QString(),
                                                              Tr::tr("Case files (*.sqlite);;All files (*)"));
            if (!path.isEmpty())
                return Target{path, {}, true};
            continue;
        }
        case Gui::WelcomeDialog::Choice::Server: {
            // Saved, it is listed first on the welcome screen, highlighted: Enter connects.
            Gui::ConnectionDialog connection;
            if (connection.exec() == QDialog::Accepted)
                selected = connection.profile().name;
            continue;
        }
        case Gui::WelcomeDialog::Choice::Profile: {
            const auto profile = Gui::ConnectionProfiles::find(welcome.profileName());
            if (profile)
                return Target{profile->url(), profile->name, true};
            continue;
        }
        case Gui::WelcomeDialog::Choice::None:
            return std::nullopt;
        }
    }
}

// Opens the case file; a server that wants a password gets one from a prompt. Nothing when the
// person cancels that prompt.
std::optional<Core::Result<std::unique_ptr<Core::Workspace>>> openCaseFile(const Target &target)
{
    if (!Core::Database::isPostgresUrl(target.pathOrUrl))
        return Core::Workspace::open(target.pathOrUrl, Core::Database::OpenMode::MustExist);
    auto opened = Gui::openServerCaseFile(target.pathOrUrl, Core::Database::OpenMode::MustExist,
                                          Gui::PasswordDialog::asker(nullptr));
    if (!opened)
        return std::nullopt;
    if (!*opened)
        return std::unexpected(opened->error());
    return std::make_unique<Core::Workspace>(std::move(**opened));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Relais"_s);
    QApplication::setApplicationVersion(QStringLiteral(RELAIS_VERSION));
    QApplication::setApplicationDisplayName(u"Relais"_s);
    QLoggingCategory::setFilterRules(u"relais.*.debug=false"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Relais — one shared case file per customer."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"db"_s, Tr::tr("Open this case file: a file, or a server as "
                                    "postgresql://user@host:port/dbname[?sslmode=...]."),
                      u"PATH|URL"_s});
    parser.addOption({u"demo"_s, Tr::tr("Open the demo world (built on first use).")});
    parser.addOption({u"as"_s, Tr::tr("Sign in as this user; the password comes from RELAIS_PASSWORD, else "
                                      "the sign-in dialog asks for it."),
                      u"LOGIN"_s});
    parser.addOption({u"open"_s, Tr::tr("Open this case after signing in."), u"REF"_s});
    parser.addOption({u"dashboard"_s, Tr::tr("Show the supervisors' dashboard after signing in.")});
    parser.addOption({u"export-dialog"_s, Tr::tr("Open the export dialog on the opened case.")});
    parser.addOption({u"lock"_s, Tr::tr("Lock the app at once, as after the idle time (File › Lock now).")});
    parser.addOption({u"access-log"_s, Tr::tr("Open \"Who saw this file\" on the opened case.")});
    parser.addOption({u"screenshot"_s, Tr::tr("Save a picture of the window to FILE and quit."), u"FILE"_s});
    parser.addOption({u"screenshot-after"_s, Tr::tr("Take the --screenshot picture after MS milliseconds "
                                                    "(default 1500), e.g. to show changes made elsewhere."),
                      u"MS"_s, u"1500"_s});
    parser.process(app);

    std::optional<Target> target;
    if (parser.isSet(u"db"_s))
        target = Target{parser.value(u"db"_s), {}, false};
    else if (parser.isSet(u"demo"_s) && QFileInfo::exists(demoPath()))
        target = Target{demoPath(), {}, false};
    else if (QFileInfo::exists(Core::Database::defaultPath()))
        target = Target{Core::Database::defaultPath(), {}, false};
    else
        target = chooseCaseFile();

    std::unique_ptr<Core::Workspace> workspace;
    while (!workspace) {
        if (!target)
            return 0;
        auto opened = openCaseFile(*target);
        if (opened && *opened) {
            workspace = std::move(**opened);
            if (!target->profileName.isEmpty())
                Gui::ConnectionProfiles::markUsed(target->profileName);
            break;
        }
        if (opened)
            QMessageBox::critical(nullptr, Tr::tr("Relais"), opened->error().message);
        // Cancelling the password prompt, or a failure, of what the command line named ends
        // here; of what the welcome screen offered, goes back to it.
        if (!target->fromWelcome)
            return opened ? 1 : 0;
        target = chooseCaseFile(target->profileName);
    }
    Core::Workspace &ws = *workspace;

    std::unique_ptr<Gui::MainWindow> window;
    std::function<bool()> signIn = [&]() -> bool {
        Gui::Session session{&ws, {}};
        // --as names who signs in; the password comes from RELAIS_PASSWORD (scripts, screenshots)
        // or is typed in the sign-in dialog, as always.
        const bool named = parser.isSet(u"as"_s) && !window;
        const QString password = named ? qEnvironmentVariable("RELAIS_PASSWORD") : QString();
        if (named && !password.isEmpty()) {
            auto actor = ws.signIn().signIn(parser.value(u"as"_s), password);
            if (!actor) {
                QMessageBox::critical(nullptr, Tr::tr("Relais"), actor.error().message);
                return false;
            }
            session.actor = *actor;
        } else {
            Gui::SignInDialog dialog(ws);
            if (named)
                dialog.selectLogin(parser.value(u"as"_s));
            if (dialog.exec() != QDialog::Accepted)
                return false;
            session.actor = dialog.actor();
        }
        window = std::make_unique<Gui::MainWindow>(session);
        QObject::connect(window.get(), &Gui::MainWindow::signOutRequested, &app, [&] {
            window->hide();
            QTimer::singleShot(0, &app, [&] {
                if (!signIn())
                    QApplication::quit();
            });
        });
        if (!Gui::MainWindow::hasSavedLayout())
            window->resize(1600, 1000);
        window->show();
        return true;
    };
    if (!signIn())
        return 0;
    if (parser.isSet(u"open"_s))
        window->openReference(parser.value(u"open"_s));
    if (parser.isSet(u"dashboard"_s))
        window->showDashboard();
    QPointer<QWidget> pictured = window.get();
    if (parser.isSet(u"export-dialog"_s))
        if (Gui::ExportDialog *dialog = window->caseView()->exportPdf())
            pictured = dialog;
    if (parser.isSet(u"lock"_s))
        window->idleLock()->lock();
    if (parser.isSet(u"access-log"_s))
        if (Gui::AccessLogDialog *dialog = window->caseView()->showAccessLog())
            pictured = dialog;
    if (parser.isSet(u"screenshot"_s)) {
        // Long enough for the export preview's first layout, too.
        QTimer::singleShot(std::max(0, parser.value(u"screenshot-after"_s).toInt()), &app, [&] {
            if (pictured) {
                QPixmap picture = pictured->grab();
                // Locked: the lock screen's dialog sits in the middle, as on a desktop.
                if (QWidget *unlock = window->idleLock()->unlockDialog()) {
                    const QPixmap dialog = unlock->grab();
                    QPainter painter(&picture);
                    const QRect place(QPoint((picture.width() - dialog.width()) / 2,
                                             (picture.height() - dialog.height()) / 2),
                                      dialog.deviceIndependentSize().toSize());
                    painter.drawPixmap(place.topLeft(), dialog);
                    painter.setPen(QColor(0x8c, 0x95, 0x9f)); // the frame a window manager would draw
                    painter.drawRect(place.adjusted(-1, -1, 0, 0));
                }
                picture.save(parser.value(u"screenshot"_s));
            }
            QApplication::quit();
        });
    }
    return app.exec();
}
