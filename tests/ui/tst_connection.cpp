// Connecting to a server: the URL a profile makes, profiles kept in settings, the welcome screen
// listing them, the connection dialog, and the password prompt that must never be kept.

#include "connectiontest.h"

#include "models/connectionprofiles.h"
#include "storage/database.h"
#include "windows/connectiondialog.h"
#include "windows/dialogs.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;
using namespace Relais::Gui;
using namespace Relais::Test;

Q_DECLARE_METATYPE(Relais::Gui::TlsMode)

namespace {

ConnectionProfile profileNamed(const QString &name, const QString &host = u"db.example.ma"_s)
{
    ConnectionProfile profile;
    profile.name = name;
    profile.host = host;
    profile.database = u"relais"_s;
    profile.user = u"salma"_s;
    return profile;
}

QDateTime at(int hour)
{
    return QDateTime(QDate(2026, 3, 2), QTime(hour, 0), Qt::UTC);
}

QStringList names(const QList<ConnectionProfile> &profiles)
{
    QStringList out;
    for (const ConnectionProfile &profile : profiles)
        out.append(profile.name);
    return out;
}

template <typename Widget>
Widget *named(QWidget &parent, const QString &accessibleName)
{
    for (Widget *widget : parent.findChildren<Widget *>())
        if (widget->accessibleName() == accessibleName)
            return widget;
    return nullptr;
}

// Text a person could not read whole: labels and buttons smaller than their text needs.
QStringList clippedText(QWidget &window)
{
    QStringList clipped;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(&window) || widget->inherits("QLineEdit"))
            continue;
        QString text;
        if (auto *label = qobject_cast<QLabel *>(widget))
            text = label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text();
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            text = combo->currentText();
        else
            continue;
        if (text.isEmpty())
            continue;
        // The text itself must fit: a combo box may be narrower than its longest choice, and
        // a button than its style's preferred size, as long as what they show is whole.
        const QString shown = QString(text).remove(u'&');
        const int textWidth = widget->fontMetrics().horizontalAdvance(shown);
        const int chrome = qobject_cast<QComboBox *>(widget) ? 30 : qobject_cast<QAbstractButton *>(widget) ? 8 : 0;
        const bool wraps = widget->hasHeightForWidth();
        const bool tooNarrow = !wraps && widget->contentsRect().width() < textWidth + chrome;
        const bool tooLow = wraps ? widget->height() < widget->heightForWidth(widget->width())
                                  : widget->height() < widget->fontMetrics().height();
        if (tooNarrow || tooLow)
            clipped.append(u"%1 \"%2\" (%3x%4)"_s.arg(QString::fromLatin1(widget->metaObject()->className()), text)
                               .arg(widget->width())
                               .arg(widget->height()));
    }
    return clipped;
}

// With RELAIS_SCREENSHOT_DIR set, keeps a picture of the window there (README screenshots).
void keepPicture(QWidget &window, const QString &name)
{
    const QString dir = qEnvironmentVariable("RELAIS_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(window.grab().save(QDir(dir).filePath(name)));
}

QPushButton *buttonWithText(QWidget &parent, const QString &text)
{
    for (QPushButton *button : parent.findChildren<QPushButton *>())
        if (button->text() == text)
            return button;
    return nullptr;
}

} // namespace

class TestConnection final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_settings = std::make_unique<TemporarySettings>();
        QVERIFY(m_settings->isValid());
    }
    void cleanup() { m_settings.reset(); }

    void profileUrl_data();
    void profileUrl();
    void profileProblems_data();
    void profileProblems();
    void profilesRoundTripThroughSettings();
    void passwordRefusal_data();
    void passwordRefusal();
    void asksForThePasswordUntilTheServerTakesIt();
    void cancellingThePromptStopsTheAttempt();
    void otherFailuresAreNotAPasswordQuestion();
    void welcomeListsProfilesMostRecentFirst();
    void welcomeRemovesAProfile();
    void welcomeWithoutProfilesOffersTheServer();
    void connectionDialogFieldsMakeTheUrl();
    void connectionDialogRefusesAnIncompleteProfile();
    void testConnectionFailsAgainstAClosedPort();
    void passwordDialogShowsWhereAndWhy();
    void passwordIsNeverKeptInSettings();
    void dialogsShowAllTheirText();

private:
    std::unique_ptr<TemporarySettings> m_settings;
};

void TestConnection::profileUrl_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<TlsMode>("tls");
    QTest::addColumn<QString>("rootCertificate");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("shown"); // what postgresAddressForPeople reads back

    QTest::addRow("plain") << u"salma"_s << u"db.example.ma"_s << 5432 << u"relais"_s << TlsMode::Prefer << QString()
                           << u"postgresql://salma@db.example.ma:5432/relais?sslmode=prefer"_s
                           << u"postgresql://salma@db.example.ma:5432/relais"_s;
    QTest::addRow("no user, other port, no TLS")
        << QString() << u"10.0.0.7"_s << 6543 << u"relais"_s << TlsMode::Disable << QString()
        << u"postgresql://10.0.0.7:6543/relais?sslmode=disable"_s << u"postgresql://10.0.0.7:6543/relais"_s;
    QTest::addRow("@ and : in the user") << u"agent@atlas:1"_s << u"db"_s << 5432 << u"relais"_s << TlsMode::Require
                                         << QString() << u"postgresql://agent%40atlas%3A1@db:5432/relais?sslmode=require"_s
                                         << u"postgresql://agent@atlas:1@db:5432/relais"_s;
    QTest::addRow("%%, ?, # and / in the user")
        << u"a%b?c#d/e"_s << u"db"_s << 5432 << u"relais"_s << TlsMode::Prefer << QString()
        << u"postgresql://a%25b%3Fc%23d%2Fe@db:5432/relais?sslmode=prefer"_s
        << u"postgresql://a%b?c#d/e@db:5432/relais"_s;
    QTest::addRow("space and Arabic in the database")
        << u"salma"_s << u"db"_s << 5432 << u"cas ملف"_s << TlsMode::Prefer << QString()
        << u"postgresql://salma@db:5432/cas%20%D9%85%D9%84%D9%81?sslmode=prefer"_s
        << u"postgresql://salma@db:5432/cas ملف"_s;
    QTest::addRow("IPv6 host") << u"salma"_s << u"::1"_s << 5432 << u"relais"_s << TlsMode::Prefer << QString()
                               << u"postgresql://salma@[::1]:5432/relais?sslmode=prefer"_s
                               << u"postgresql://salma@[::1]:5432/relais"_s;
    QTest::addRow("verify-full with a root certificate")
        << u"salma"_s << u"db.example.ma"_s << 5432 << u"relais"_s << TlsMode::VerifyFull
        << u"/home/salma/certs/relais ca+1&2.crt"_s
        << u"postgresql://salma@db.example.ma:5432/relais?sslmode=verify-full"
           "&sslrootcert=%2Fhome%2Fsalma%2Fcerts%2Frelais%20ca%2B1%262.crt"_s
        << u"postgresql://salma@db.example.ma:5432/relais"_s;
    QTest::addRow("verify-ca") << u"salma"_s << u"db"_s << 5432 << u"relais"_s << TlsMode::VerifyCa
                               << u"ca.pem"_s << u"postgresql://salma@db:5432/relais?sslmode=verify-ca&sslrootcert=ca.pem"_s
                               << u"postgresql://salma@db:5432/relais"_s;
}

void TestConnection::profileUrl()
{
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(TlsMode, tls);
    QFETCH(QString, rootCertificate);
    QFETCH(QString, url);
    QFETCH(QString, shown);

    ConnectionProfile profile;
    profile.name = u"x"_s;
    profile.user = user;
    profile.host = host;
    profile.port = port;
    profile.database = database;
    profile.tls = tls;
    profile.rootCertificate = rootCertificate;
    QCOMPARE(profile.problem(), QString());
    QCOMPARE(profile.url(), url);
    // The core's own parser reads back every part as it was typed.
    QCOMPARE(postgresAddressForPeople(profile.url()), shown);
    const QUrl parsed(profile.url(), QUrl::StrictMode);
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.userName(QUrl::FullyDecoded), user);
    const QUrlQuery query(parsed);
    QCOMPARE(query.queryItemValue(u"sslmode"_s, QUrl::FullyDecoded), sslModeName(tls));
    QCOMPARE(query.queryItemValue(u"sslrootcert"_s, QUrl::FullyDecoded), rootCertificate);
}

void TestConnection::profileProblems_data()
{
    QTest::addColumn<ConnectionProfile>("profile");
    QTest::addColumn<QString>("problem"); // a word the message must hold; empty when fine

    ConnectionProfile fine = profileNamed(u"HQ"_s);
    QTest::addRow("complete") << fine << QString();
    ConnectionProfile p = fine;
    p.name = u"  "_s;
    QTest::addRow("no name") << p << u"name"_s;
    p = fine;
    p.host.clear();
    QTest::addRow("no host") << p << u"host"_s;
    p = fine;
    p.host = u"db.example.ma/relais"_s;
    QTest::addRow("path in the host") << p << u"db.example.ma/relais"_s;
    p = fine;
    p.database.clear();
    QTest::addRow("no database") << p << u"database"_s;
    p = fine;
    p.database = u"a/b"_s;
    QTest::addRow("slash in the database") << p << u"/"_s;
    p = fine;
    p.rootCertificate = u"/tmp/a;b.pem"_s;
    QTest::addRow("semicolon in the certificate path") << p << u";"_s;
    p = fine;
    p.user.clear();
    QTest::addRow("no user is fine") << p << QString();
}

void TestConnection::profileProblems()
{
    QFETCH(ConnectionProfile, profile);
    QFETCH(QString, problem);
    if (problem.isEmpty())
        QCOMPARE(profile.problem(), QString());
    else
        QVERIFY2(profile.problem().contains(problem), qPrintable(profile.problem()));
}

void TestConnection::profilesRoundTripThroughSettings()
{
    QVERIFY(ConnectionProfiles::all().isEmpty());
    ConnectionProfile hq = profileNamed(u"HQ"_s);
    hq.tls = TlsMode::VerifyFull;
    hq.rootCertificate = u"/etc/relais/ca.pem"_s;
    hq.port = 6543;
    hq.user = u"agent@atlas"_s;
    ConnectionProfiles::save(hq, at(9));
    ConnectionProfiles::save(profileNamed(u"Rabat"_s), at(10));
    QCOMPARE(names(ConnectionProfiles::all()), (QStringList{u"Rabat"_s, u"HQ"_s}));

    // Every field comes back as saved, from the file, not from memory.
    {
        QSettings file(m_settings->iniPath(), QSettings::IniFormat);
        QCOMPARE(file.value(u"connections/profiles/size"_s).toInt(), 2);
    }
    hq.lastUsed = at(9);
    QCOMPARE(ConnectionProfiles::find(u"HQ"_s), std::optional(hq));

    ConnectionProfiles::markUsed(u"HQ"_s, at(11));
    QCOMPARE(names(ConnectionProfiles::all()), (QStringList{u"HQ"_s, u"Rabat"_s}));

    // Saving under a name that exists replaces that profile.
    ConnectionProfiles::save(profileNamed(u"Rabat"_s, u"rabat.example.ma"_s), at(12));
    const auto all = ConnectionProfiles::all();
    QCOMPARE(names(all), (QStringList{u"Rabat"_s, u"HQ"_s}));
    QCOMPARE(all.first().host, u"rabat.example.ma"_s);

    ConnectionProfiles::remove(u"HQ"_s);
    QCOMPARE(names(ConnectionProfiles::all()), QStringList{u"Rabat"_s});
    QVERIFY(!ConnectionProfiles::find(u"HQ"_s));
    ConnectionProfiles::remove(u"nobody"_s);
    QCOMPARE(names(ConnectionProfiles::all()), QStringList{u"Rabat"_s});
}

void TestConnection::passwordRefusal_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("needsPassword");

    QTest::addRow("libpq, none given") << u"fe_sendauth: no password supplied"_s << true;
    QTest::addRow("server, wrong one")
        << u"connection to server at \"10.0.0.7\", port 5432 failed: FATAL:  password authentication "
           "failed for user \"salma\""_s
        << true;
    QTest::addRow("server in French")
        << u"FATAL:  authentification par mot de passe échouée pour l'utilisateur  « salma »"_s << true;
    QTest::addRow("as Database::openPostgres words it")
        << u"Cannot connect to the PostgreSQL database relais on db:5432: connection to server at \"db\" "
           "(10.0.0.7), port 5432 failed: fe_sendauth: no password supplied QPSQL: Unable to connect"_s
        << true;
    QTest::addRow("refused port")
        << u"connection to server at \"127.0.0.1\", port 1 failed: Connection refused Is the server running "
           "on that host and accepting TCP/IP connections?"_s
        << false;
    QTest::addRow("no hba entry")
        << u"FATAL:  no pg_hba.conf entry for host \"10.0.0.9\", user \"salma\", database \"relais\", no encryption"_s
        << false;
    QTest::addRow("no such database") << u"FATAL:  database \"relais\" does not exist"_s << false;
    QTest::addRow("no TLS on the server") << u"server does not support SSL, but SSL was required"_s << false;
    QTest::addRow("unknown host")
        << u"could not translate host name \"db.example.ma\" to address: Name or service not known"_s << false;
    QTest::addRow("password file warning")
        << u"WARNING: password file \"/home/salma/.pgpass\" has group or world access"_s << false;
}

void TestConnection::passwordRefusal()
{
    QFETCH(QString, message);
    QFETCH(bool, needsPassword);
    QCOMPARE(isPasswordRefusal(message), needsPassword);
}

void TestConnection::asksForThePasswordUntilTheServerTakesIt()
{
    QStringList tried;
    const std::function<Result<int>(const QString &)> attempt = [&](const QString &password) -> Result<int> {
        tried.append(password);
        if (password.isEmpty())
            return fail(ErrorCode::Storage, u"fe_sendauth: no password supplied"_s);
        if (password != u"s3cret"_s)
            return fail(ErrorCode::Storage, u"FATAL:  password authentication failed for user \"salma\""_s);
        return 42;
    };
    QStringList refusals;
    QStringList answers{u"wrong"_s, u"s3cret"_s};
    const PasswordAsker ask = [&](const QString &address, const QString &refusal) -> std::optional<QString> {
        if (address != u"postgresql://salma@db:5432/relais"_s)
            return std::nullopt;
        refusals.append(refusal);
        return answers.takeFirst();
    };
    const auto result = attemptAskingPassword(u"postgresql://salma@db:5432/relais"_s, attempt, ask);
    QVERIFY(result);
    QVERIFY(*result);
    QCOMPARE(**result, 42);
    QCOMPARE(tried, (QStringList{QString(), u"wrong"_s, u"s3cret"_s}));
    // The first question has no refusal to show; the second says why the first answer failed.
    QCOMPARE(refusals.size(), 2);
    QCOMPARE(refusals.at(0), QString());
    QVERIFY2(refusals.at(1).contains(u"password authentication failed"_s), qPrintable(refusals.at(1)));
}

void TestConnection::cancellingThePromptStopsTheAttempt()
{
    int attempts = 0;
    const std::function<Result<int>(const QString &)> attempt = [&](const QString &) -> Result<int> {
        ++attempts;
        return fail(ErrorCode::Storage, u"fe_sendauth: no password supplied"_s);
    };
    const auto result = attemptAskingPassword(u"postgresql://db:5432/relais"_s, attempt,
                                              [](const QString &, const QString &) { return std::optional<QString>(); });
    QVERIFY(!result);
    QCOMPARE(attempts, 1);
}

void TestConnection::otherFailuresAreNotAPasswordQuestion()
{
    bool asked = false;
    const std::function<Result<int>(const QString &)> attempt = [&](const QString &) -> Result<int> {
        return fail(ErrorCode::Storage, u"Connection refused"_s);
    };
    const auto result = attemptAskingPassword(u"postgresql://db:5432/relais"_s, attempt,
                                              [&](const QString &, const QString &) {
                                                  asked = true;
                                                  return std::optional<QString>(u"x"_s);
                                              });
    QVERIFY(result);
    QVERIFY(!*result);
    QCOMPARE(result->error().message, u"Connection refused"_s);
    QVERIFY(!asked);
}

void TestConnection::welcomeListsProfilesMostRecentFirst()
{
    ConnectionProfiles::save(profileNamed(u"Casablanca network"_s), at(8));
    ConnectionProfiles::save(profileNamed(u"Rabat test"_s, u"rabat.example.ma"_s), at(9));
    WelcomeDialog welcome;
    auto *list = named<QListWidget>(welcome, u"Saved server connections"_s);
    QVERIFY(list);
    QVERIFY(list->isVisibleTo(&welcome));
    QCOMPARE(list->count(), 2);
    QVERIFY2(list->item(0)->text().startsWith(u"Rabat test"_s), qPrintable(list->item(0)->text()));
    QVERIFY(list->item(0)->text().contains(u"salma@rabat.example.ma:5432/relais"_s));
    QVERIFY(list->item(1)->text().startsWith(u"Casablanca network"_s));
    QCOMPARE(list->currentRow(), 0);

    welcome.selectProfile(u"Casablanca network"_s);
    QTest::mouseClick(named<QPushButton>(welcome, u"Connect with the selected connection"_s), Qt::LeftButton);
    QCOMPARE(welcome.result(), int(QDialog::Accepted));
    QCOMPARE(welcome.choice(), WelcomeDialog::Choice::Profile);
    QCOMPARE(welcome.profileName(), u"Casablanca network"_s);
}

void TestConnection::welcomeRemovesAProfile()
{
    ConnectionProfiles::save(profileNamed(u"Casablanca network"_s), at(8));
    ConnectionProfiles::save(profileNamed(u"Rabat test"_s), at(9));
    WelcomeDialog welcome;
    auto *list = named<QListWidget>(welcome, u"Saved server connections"_s);
    auto *remove = named<QPushButton>(welcome, u"Remove the selected connection"_s);
    QVERIFY(list && remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(names(ConnectionProfiles::all()), QStringList{u"Casablanca network"_s});
    QCOMPARE(list->count(), 1);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(ConnectionProfiles::all().isEmpty());
    QVERIFY(!list->isVisibleTo(&welcome));
    QVERIFY(welcome.result() != int(QDialog::Accepted));
}

void TestConnection::welcomeWithoutProfilesOffersTheServer()
{
    WelcomeDialog welcome;
    QVERIFY(!named<QListWidget>(welcome, u"Saved server connections"_s)->isVisibleTo(&welcome));
    QCommandLinkButton *server = nullptr;
    for (auto *button : welcome.findChildren<QCommandLinkButton *>())
        if (button->text() == u"Connect to a server…"_s)
            server = button;
    QVERIFY(server);
    QTest::mouseClick(server, Qt::LeftButton);
    QCOMPARE(welcome.choice(), WelcomeDialog::Choice::Server);
}

void TestConnection::connectionDialogFieldsMakeTheUrl()
{
    ConnectionDialog dialog;
    // keyClicks() types ASCII only.
    named<QLineEdit>(dialog, u"Profile name"_s)->insert(u"Réseau Casablanca"_s);
    QTest::keyClicks(named<QLineEdit>(dialog, u"Server host"_s), u"relais.example.ma"_s);
    auto *port = named<QSpinBox>(dialog, u"Server port"_s);
    QCOMPARE(port->value(), 5432);
    port->selectAll();
    QTest::keyClicks(port, u"6543"_s);
    QTest::keyClicks(named<QLineEdit>(dialog, u"Database"_s), u"relais prod"_s);
    QTest::keyClicks(named<QLineEdit>(dialog, u"User"_s), u"salma@atlas"_s);
    auto *tls = named<QComboBox>(dialog, u"TLS mode"_s);
    QCOMPARE(tls->currentData().toInt(), int(TlsMode::Prefer));
    tls->setCurrentIndex(tls->findData(int(TlsMode::VerifyFull)));
    QTest::keyClicks(named<QLineEdit>(dialog, u"Root certificate file"_s), u"/etc/relais/ca root.pem"_s);

    QCOMPARE(dialog.profile().url(), u"postgresql://salma%40atlas@relais.example.ma:6543/relais%20prod"
                                     "?sslmode=verify-full&sslrootcert=%2Fetc%2Frelais%2Fca%20root.pem"_s);

    QTest::mouseClick(buttonWithText(dialog, u"&Save profile"_s), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto saved = ConnectionProfiles::find(u"Réseau Casablanca"_s);
    QVERIFY(saved);
    QCOMPARE(saved->url(), dialog.profile().url());

    // Opened again on the saved profile, the dialog shows what was saved.
    ConnectionDialog again;
    again.setProfile(*saved);
    QCOMPARE(again.profile().url(), saved->url());
    QCOMPARE(again.profile().name, saved->name);
}

void TestConnection::connectionDialogRefusesAnIncompleteProfile()
{
    ConnectionDialog dialog;
    QTest::keyClicks(named<QLineEdit>(dialog, u"Profile name"_s), u"HQ"_s);
    QTest::keyClicks(named<QLineEdit>(dialog, u"Server host"_s), u"relais.example.ma"_s);
    dialog.accept();
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    QVERIFY(dialog.statusLabel()->isVisibleTo(&dialog));
    QVERIFY2(dialog.statusLabel()->text().contains(u"database"_s), qPrintable(dialog.statusLabel()->text()));
    QVERIFY(ConnectionProfiles::all().isEmpty());
    // Testing checks the same before trying anything.
    QVERIFY(!dialog.testConnection());
    QVERIFY(dialog.statusLabel()->text().contains(u"database"_s));
}

void TestConnection::testConnectionFailsAgainstAClosedPort()
{
    ConnectionProfile closed = profileNamed(u"Nowhere"_s, u"127.0.0.1"_s);
    closed.port = 1; // nothing listens on tcpmux
    ConnectionDialog dialog;
    bool asked = false;
    dialog.setPasswordAsker([&](const QString &, const QString &) {
        asked = true;
        return std::optional<QString>();
    });
    dialog.setProfile(closed);
    QVERIFY(!dialog.testConnection());
    const QString status = dialog.statusLabel()->text();
    QVERIFY2(status.contains(u"Cannot connect to the PostgreSQL database relais on 127.0.0.1:1"_s), qPrintable(status));
    QVERIFY2(status.contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(status));
    QVERIFY(dialog.statusLabel()->isVisibleTo(&dialog));
    QVERIFY(!asked);
    QVERIFY(ConnectionProfiles::all().isEmpty()); // testing saves nothing
}

void TestConnection::passwordDialogShowsWhereAndWhy()
{
    PasswordDialog first(u"postgresql://salma@db:5432/relais"_s, QString());
    QCOMPARE(first.findChild<QLabel *>(u"address"_s)->text(), u"postgresql://salma@db:5432/relais"_s);
    QVERIFY(!first.findChild<QLabel *>(u"refusal"_s)->isVisibleTo(&first));
    auto *field = named<QLineEdit>(first, u"Password"_s);
    QVERIFY(field);
    QCOMPARE(field->echoMode(), QLineEdit::Password);

    PasswordDialog retry(u"postgresql://salma@db:5432/relais"_s,
                         u"FATAL:  password authentication failed for user \"salma\""_s);
    auto *refusal = retry.findChild<QLabel *>(u"refusal"_s);
    QVERIFY(refusal->isVisibleTo(&retry));
    QVERIFY(refusal->text().contains(u"password authentication failed"_s));

    // Names come from whoever typed the URL; markup in them stays text.
    PasswordDialog odd(u"postgresql://<b>x</b>@db:5432/relais"_s, QString());
    QCOMPARE(odd.findChild<QLabel *>(u"address"_s)->textFormat(), Qt::PlainText);
}

void TestConnection::passwordIsNeverKeptInSettings()
{
    const QString secret = u"Zx9-sécret-%@"_s;
    ConnectionProfiles::save(profileNamed(u"HQ"_s), at(8));
    {
        PasswordDialog dialog(postgresAddressForPeople(profileNamed(u"HQ"_s).url()), QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *field = named<QLineEdit>(dialog, u"Password"_s);
        QTRY_COMPARE(QApplication::focusWidget(), field); // type at once, no click first
        QTest::keyClicks(field, u"Zx9-s"_s);
        field->insert(secret.mid(5)); // keyClicks() types ASCII only
        QTest::keyClick(field, Qt::Key_Return); // Enter connects
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.password(), secret);
    }
    ConnectionProfiles::markUsed(u"HQ"_s, at(9));

    // A URL given with a password is shown without it, and a refused connection's message
    // never repeats it (nothing listens on port 1).
    const QString withPassword = u"postgresql://salma:%1@127.0.0.1:1/relais"_s.arg(
        QString::fromLatin1(QUrl::toPercentEncoding(secret)));
    QCOMPARE(postgresAddressForPeople(withPassword), u"postgresql://salma@127.0.0.1:1/relais"_s);
    const auto refused = openServerCaseFile(withPassword, Database::OpenMode::MustExist,
                                            [&](const QString &, const QString &) { return std::optional(secret); });
    QVERIFY(refused);
    QVERIFY(!*refused);
    QVERIFY2(!refused->error().message.contains(secret), qPrintable(refused->error().message));

    // Nothing under the settings directory holds the password, in any encoding QSettings uses.
    QVERIFY(QFileInfo::exists(m_settings->iniPath()));
    QSettings::Status status = QSettings(m_settings->iniPath(), QSettings::IniFormat).status();
    QCOMPARE(status, QSettings::NoError);
    const QList<QByteArray> forms{secret.toUtf8(), QUrl::toPercentEncoding(secret), u"Zx9-s"_s.toUtf8()};
    QDirIterator files(m_settings->directory(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int read = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        ++read;
        for (const QByteArray &form : forms)
            QVERIFY2(!bytes.contains(form), qPrintable(file.fileName()));
    }
    QVERIFY(read > 0);
}

void TestConnection::dialogsShowAllTheirText()
{
    ConnectionProfile casablanca = profileNamed(u"Réseau Casablanca"_s, u"relais.casa.example.ma"_s);
    casablanca.user = u"salma.idrissi"_s;
    casablanca.tls = TlsMode::VerifyFull;
    ConnectionProfiles::save(casablanca, at(9));
    ConnectionProfile rabat = profileNamed(u"Rabat — test"_s, u"10.20.0.7"_s);
    rabat.database = u"relais_test"_s;
    ConnectionProfiles::save(rabat, at(8));

    WelcomeDialog welcome;
    welcome.show();
    QVERIFY(QTest::qWaitForWindowExposed(&welcome));
    QCOMPARE(clippedText(welcome).join(u"; "_s), QString());
    // Enter connects with the most recent saved connection.
    QCOMPARE(QApplication::focusWidget(), named<QListWidget>(welcome, u"Saved server connections"_s));
    keepPicture(welcome, u"welcome.png"_s);

    ConnectionDialog dialog;
    ConnectionProfile closed = casablanca;
    closed.host = u"127.0.0.1"_s;
    closed.port = 1;
    dialog.setProfile(closed);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.testConnection()); // a long refusal under the fields
    QCOMPARE(clippedText(dialog).join(u"; "_s), QString());
    QCOMPARE(QApplication::focusWidget(), named<QLineEdit>(dialog, u"Profile name"_s));
    keepPicture(dialog, u"connection-refused.png"_s);

    ConnectionDialog filled;
    filled.setProfile(casablanca);
    filled.show();
    QVERIFY(QTest::qWaitForWindowExposed(&filled));
    QCOMPARE(clippedText(filled).join(u"; "_s), QString());
    keepPicture(filled, u"connect-server.png"_s);

    PasswordDialog password(postgresAddressForPeople(casablanca.url()),
                            u"Cannot connect to the PostgreSQL database relais on relais.casa.example.ma:5432: "
                            "FATAL: password authentication failed for user \"salma.idrissi\""_s);
    password.show();
    QVERIFY(QTest::qWaitForWindowExposed(&password));
    QCOMPARE(clippedText(password).join(u"; "_s), QString());
    keepPicture(password, u"password.png"_s);
}

QTEST_MAIN(TestConnection)
#include "tst_connection.moc"
