// The directory: how an agency and each of its people are reached. Contact details are kept in one
// form (E.164, lower-case e-mail), refused when they cannot be real, and changed only by an admin
// or, for a user's own line, by that user.

#include "casefiletest.h"

#include <memory>

using namespace Relais::Core;
using namespace Relais::Test;
using namespace Qt::Literals::StringLiterals;

class TestDirectory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void agencyContactIsStoredAndReadBack();
    void agencyContactIsReplacedAndCleared();
    void userContactIsStoredAndReadBack();
    void invalidContactChangesNothing_data();
    void invalidContactChangesNothing();
    void whoMaySetAnAgencysContact_data();
    void whoMaySetAnAgencysContact();
    void whoMaySetAUsersContact_data();
    void whoMaySetAUsersContact();
    void unknownAgencyOrUserIsNotFound();
    void contactChangesAreAudited();
    // Accounts: deactivation keeps history; roles change; the network keeps an admin.
    void deactivatedUserCannotActButKeepsHistory();
    void onlyAdminsChangeAccounts();
    void networkKeepsAnActiveAdmin();
    void networkSupervisorIsKeptAndSeesEveryCase();

private:
    /// Every agency's and user's contact details and the audit log's length, in one string.
    [[nodiscard]] QString directoryState();

    std::unique_ptr<TestWorld> m_world;
};

void TestDirectory::init()
{
    m_world = std::make_unique<TestWorld>();
    QVERIFY(m_world->isValid());
}

void TestDirectory::cleanup()
{
    m_world.reset();
}

QString TestDirectory::directoryState()
{
    return u"%1 / %2 / audit %3"_s.arg(
        sqlValue(*m_world, u"SELECT group_concat(code || '|' || phone || '|' || email || '|' || address, ';') "
                           "FROM (SELECT * FROM agencies ORDER BY code)"_s).toString(),
        sqlValue(*m_world, u"SELECT group_concat(login || '|' || phone || '|' || email, ';') "
                           "FROM (SELECT * FROM users ORDER BY login)"_s).toString(),
        QString::number(sqlCount(*m_world, u"SELECT count(*) FROM audit_log"_s)));
}

void TestDirectory::agencyContactIsStoredAndReadBack()
{
    Agency draft;
    draft.code = u"exp"_s;
    draft.name = u"Cabinet d'Expertise Benjelloun"_s;
    draft.kind = u"assessor"_s;
    draft.phone = u"0522 20 30 40"_s;
    draft.email = u" Contact@Expertise-Benjelloun.MA "_s;
    draft.address = u"  27 rue Ibnou Mounir, Maârif, Casablanca "_s;
    auto added = m_world->ws().directory().addAgency(Actor::localConsole(), draft);
    RELAIS_VERIFY_OK(added);
    QCOMPARE(added->phone, u"+212522203040"_s);
    QCOMPARE(added->email, u"contact@expertise-benjelloun.ma"_s);
    QCOMPARE(added->address, u"27 rue Ibnou Mounir, Maârif, Casablanca"_s);

    // Read back the way every screen and export reads it, also after the file is reopened.
    m_world->reopen();
    QVERIFY(m_world->isValid());
    auto byCode = m_world->ws().directory().agencyByCode(u"EXP"_s);
    RELAIS_VERIFY_OK(byCode);
    QCOMPARE(byCode->phone, added->phone);
    QCOMPARE(byCode->email, added->email);
    QCOMPARE(byCode->address, added->address);
    auto byId = m_world->ws().directory().agency(added->id);
    RELAIS_VERIFY_OK(byId);
    QCOMPARE(byId->phone, added->phone);
    auto all = m_world->ws().directory().agencies();
    RELAIS_VERIFY_OK(all);
    bool listed = false;
    for (const Agency &agency : *all) {
        if (agency.code == u"EXP"_s)
            listed = agency.email == added->email && agency.address == added->address;
        else
            QVERIFY2(agency.phone.isEmpty() && agency.email.isEmpty(), qPrintable(agency.code));
    }
    QVERIFY(listed);
}

void TestDirectory::agencyContactIsReplacedAndCleared()
{
    Directory &directory = m_world->ws().directory();
    const Actor admin = m_world->actor(u"net.admin"_s);
    auto set = directory.setAgencyContact(admin, u"gar"_s, u"+212 5 24 43 21 09"_s, u"Accueil@Garage-AlAmal.ma"_s,
                                          u"Route de Safi, Marrakech"_s);
    RELAIS_VERIFY_OK(set);
    QCOMPARE(set->code, u"GAR"_s);
    QCOMPARE(set->phone, u"+212524432109"_s);
    QCOMPARE(set->email, u"accueil@garage-alamal.ma"_s);
    QCOMPARE(set->name, u"Garage Al Amal"_s); // the rest of the record is untouched

    // Empty text clears a detail; the others are replaced by what is given.
    auto cleared = directory.setAgencyContact(admin, u"GAR"_s, {}, u"atelier@garage-alamal.ma"_s, u"   "_s);
    RELAIS_VERIFY_OK(cleared);
    auto read = directory.agencyByCode(u"GAR"_s);
    RELAIS_VERIFY_OK(read);
    QCOMPARE(read->phone, QString());
    QCOMPARE(read->email, u"atelier@garage-alamal.ma"_s);
    QCOMPARE(read->address, QString());
    QCOMPARE(read->kind, u"garage"_s);
}

void TestDirectory::userContactIsStoredAndReadBack()
{
    Directory &directory = m_world->ws().directory();
    auto set = directory.setUserContact(m_world->actor(u"net.admin"_s), u"GAR.Agent"_s, u"0524 43 21 10"_s,
                                        u"Youssef.Alami@Garage-AlAmal.ma"_s);
    RELAIS_VERIFY_OK(set);
    QCOMPARE(set->login, u"gar.agent"_s);
    QCOMPARE(set->phone, u"+212524432110"_s);
    QCOMPARE(set->email, u"youssef.alami@garage-alamal.ma"_s);
    QCOMPARE(set->agencyCode, u"GAR"_s);

    m_world->reopen();
    QVERIFY(m_world->isValid());
    auto read = m_world->ws().directory().userByLogin(u"gar.agent"_s);
    RELAIS_VERIFY_OK(read);
    QCOMPARE(read->phone, set->phone);
    QCOMPARE(read->email, set->email);
    QCOMPARE(read->displayName, u"Youssef Alami"_s);
    auto users = m_world->ws().directory().users();
    RELAIS_VERIFY_OK(users);
    for (const User &user : *users)
        QCOMPARE(user.phone.isEmpty(), user.login != u"gar.agent"_s);

    // Clearing both leaves a user without direct line, as before.
    RELAIS_VERIFY_OK(m_world->ws().directory().setUserContact(m_world->actor(u"gar.agent"_s), u"gar.agent"_s, {}, {}));
    read = m_world->ws().directory().userByLogin(u"gar.agent"_s);
    RELAIS_VERIFY_OK(read);
    QVERIFY(read->phone.isEmpty() && read->email.isEmpty());
}

void TestDirectory::invalidContactChangesNothing_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("quoted"); ///< the refusal names what was typed

    for (const QString &operation : {u"add agency"_s, u"agency contact"_s, u"user contact"_s}) {
        const QByteArray prefix = operation.toLatin1() + ": ";
        QTest::addRow("%s too short a phone", prefix.constData())
            << operation << u"0522"_s << u"contact@atlas.ma"_s << u"0522"_s;
        QTest::addRow("%s letters for a phone", prefix.constData())
            << operation << u"call me"_s << QString() << u"call me"_s;
        QTest::addRow("%s e-mail without at", prefix.constData())
            << operation << u"0522203040"_s << u"contact.atlas.ma"_s << u"contact.atlas.ma"_s;
        QTest::addRow("%s e-mail without domain", prefix.constData())
            << operation << QString() << u"contact@atlas"_s << u"contact@atlas"_s;
    }
}

void TestDirectory::invalidContactChangesNothing()
{
    QFETCH(QString, operation);
    QFETCH(QString, phone);
    QFETCH(QString, email);
    QFETCH(QString, quoted);
    Directory &directory = m_world->ws().directory();
    const Actor admin = m_world->actor(u"net.admin"_s);
    RELAIS_VERIFY_OK(directory.setAgencyContact(admin, u"INS"_s, u"0522203040"_s, u"contact@atlas.ma"_s, u"Casablanca"_s));
    RELAIS_VERIFY_OK(directory.setUserContact(admin, u"ins.agent"_s, u"0522203041"_s, u"salma@atlas.ma"_s));
    const QString before = directoryState();

    std::optional<Error> refused;
    if (operation == u"add agency"_s) {
        Agency draft;
        draft.code = u"EXP"_s;
        draft.name = u"Cabinet d'Expertise"_s;
        draft.phone = phone;
        draft.email = email;
        if (auto added = directory.addAgency(admin, draft); !added)
            refused = added.error();
    } else if (operation == u"agency contact"_s) {
        if (auto set = directory.setAgencyContact(admin, u"INS"_s, phone, email, u"Rabat"_s); !set)
            refused = set.error();
    } else {
        if (auto set = directory.setUserContact(admin, u"ins.agent"_s, phone, email); !set)
            refused = set.error();
    }
    QVERIFY2(refused, "the operation succeeded but should have been refused");
    QCOMPARE(refused->code, ErrorCode::Invalid);
    QVERIFY2(refused->message.contains(quoted), qPrintable(refused->message));
    QCOMPARE(directoryState(), before);
    QCOMPARE(sqlCount(*m_world, u"SELECT count(*) FROM agencies WHERE code = 'EXP'"_s), 0);
}

void TestDirectory::whoMaySetAnAgencysContact_data()
{
    QTest::addColumn<QString>("login"); ///< empty: the local console
    QTest::addColumn<bool>("allowed");
    QTest::addRow("console") << QString() << true;
    QTest::addRow("admin") << u"net.admin"_s << true;
    QTest::addRow("supervisor of the agency") << u"ins.super"_s << false;
    QTest::addRow("agent of the agency") << u"ins.agent"_s << false;
    QTest::addRow("agent of another agency") << u"gar.agent"_s << false;
}

void TestDirectory::whoMaySetAnAgencysContact()
{
    QFETCH(QString, login);
    QFETCH(bool, allowed);
    const Actor actor = login.isEmpty() ? Actor::localConsole() : m_world->actor(login);
    const QString before = directoryState();
    auto set = m_world->ws().directory().setAgencyContact(actor, u"INS"_s, u"0537 70 80 90"_s,
                                                         u"contact@atlas.ma"_s, u"Agdal, Rabat"_s);
    if (allowed) {
        RELAIS_VERIFY_OK(set);
        QCOMPARE(set->phone, u"+212537708090"_s);
        return;
    }
    RELAIS_VERIFY_ERROR(set, ErrorCode::Forbidden);
    QVERIFY2(set.error().message.contains(login), qPrintable(set.error().message));
    QCOMPARE(directoryState(), before);
}

void TestDirectory::whoMaySetAUsersContact_data()
{
    QTest::addColumn<QString>("login"); ///< who acts; empty: the local console
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("allowed");
    QTest::addRow("an agent, their own line") << u"ins.agent"_s << u"ins.agent"_s << true;
    QTest::addRow("an agent, login typed in capitals") << u"gar.agent"_s << u" GAR.AGENT "_s << true;
    QTest::addRow("a supervisor, their own line") << u"ins.super"_s << u"ins.super"_s << true;
    QTest::addRow("an admin, someone else's") << u"net.admin"_s << u"tow.agent"_s << true;
    QTest::addRow("the console, anyone's") << QString() << u"hos.agent"_s << true;
    QTest::addRow("an agent, a colleague's") << u"ins.agent"_s << u"ins.super"_s << false;
    QTest::addRow("a supervisor, their agent's") << u"ins.super"_s << u"ins.agent"_s << false;
    QTest::addRow("an agent, another agency's") << u"gar.agent"_s << u"tow.agent"_s << false;
    QTest::addRow("an agent, the admin's") << u"ins.agent"_s << u"net.admin"_s << false;
}

void TestDirectory::whoMaySetAUsersContact()
{
    QFETCH(QString, login);
    QFETCH(QString, target);
    QFETCH(bool, allowed);
    const Actor actor = login.isEmpty() ? Actor::localConsole() : m_world->actor(login);
    const QString before = directoryState();
    auto set = m_world->ws().directory().setUserContact(actor, target, u"0522 20 30 41"_s, u"ligne.directe@atlas.ma"_s);
    if (allowed) {
        RELAIS_VERIFY_OK(set);
        QCOMPARE(set->login, target.trimmed().toLower());
        auto read = m_world->ws().directory().userByLogin(target);
        RELAIS_VERIFY_OK(read);
        QCOMPARE(read->phone, u"+212522203041"_s);
        QCOMPARE(read->email, u"ligne.directe@atlas.ma"_s);
        return;
    }
    RELAIS_VERIFY_ERROR(set, ErrorCode::Forbidden);
    QVERIFY2(set.error().message.contains(login), qPrintable(set.error().message));
    QCOMPARE(directoryState(), before);
}

void TestDirectory::unknownAgencyOrUserIsNotFound()
{
    Directory &directory = m_world->ws().directory();
    const QString before = directoryState();
    RELAIS_VERIFY_ERROR(directory.setAgencyContact(m_world->actor(u"net.admin"_s), u"NOPE"_s, u"0522203040"_s, {}, {}),
                        ErrorCode::NotFound);
    RELAIS_VERIFY_ERROR(directory.setUserContact(m_world->actor(u"net.admin"_s), u"nobody"_s, u"0522203040"_s, {}),
                        ErrorCode::NotFound);
    // Someone who may not change it learns nothing about whether the login exists.
    RELAIS_VERIFY_ERROR(directory.setUserContact(m_world->actor(u"ins.agent"_s), u"nobody"_s, u"0522203040"_s, {}),
                        ErrorCode::Forbidden);
    QCOMPARE(directoryState(), before);
}

void TestDirectory::contactChangesAreAudited()
{
    Directory &directory = m_world->ws().directory();
    RELAIS_VERIFY_OK(directory.setAgencyContact(m_world->actor(u"net.admin"_s), u"TOW"_s, u"0522203040"_s, {}, {}));
    RELAIS_VERIFY_OK(directory.setUserContact(m_world->actor(u"tow.agent"_s), u"tow.agent"_s, u"0522203042"_s, {}));
    QCOMPARE(sqlCount(*m_world, u"SELECT count(*) FROM audit_log a JOIN users u ON u.id = a.user_id "
                                "WHERE a.action = 'agency.contact' AND a.subject = 'TOW' AND u.login = 'net.admin'"_s),
             1);
    QCOMPARE(sqlCount(*m_world, u"SELECT count(*) FROM audit_log a JOIN users u ON u.id = a.user_id "
                                "WHERE a.action = 'user.contact' AND a.subject = 'tow.agent' AND u.login = 'tow.agent'"_s),
             1);
}

void TestDirectory::deactivatedUserCannotActButKeepsHistory()
{
    Directory &directory = m_world->ws().directory();
    const Id client = m_world->addClient();
    const Case opened = m_world->openCase(client, u"ins.agent"_s);
    const Actor admin = m_world->actor(u"net.admin"_s);

    auto off = directory.setActive(admin, u"ins.agent"_s, false);
    RELAIS_VERIFY_OK(off);
    QVERIFY(!off->active);
    RELAIS_VERIFY_ERROR(directory.actAs(u"ins.agent"_s), ErrorCode::Forbidden);
    // What they wrote is still theirs.
    QCOMPARE(sqlCount(*m_world, u"SELECT count(*) FROM events e JOIN users u ON u.id = e.author_id "
                                "WHERE u.login = 'ins.agent' AND e.case_id = %1"_s.arg(opened.id)),
             qint64(1));
    auto timeline = m_world->ws().cases().timeline(m_world->actor(u"ins.super"_s), opened.id, timelinePage(false));
    RELAIS_VERIFY_OK(timeline);
    QCOMPARE(timeline->constFirst().authorName, u"Salma Idrissi"_s);

    auto on = directory.setActive(admin, u"ins.agent"_s, true);
    RELAIS_VERIFY_OK(on);
    RELAIS_VERIFY_OK(directory.actAs(u"ins.agent"_s));
    QCOMPARE(sqlCount(*m_world, u"SELECT count(*) FROM audit_log WHERE action IN ('user.deactivate', 'user.activate') "
                                "AND subject = 'ins.agent'"_s),
             qint64(2));
}

void TestDirectory::onlyAdminsChangeAccounts()
{
    Directory &directory = m_world->ws().directory();
    const QString before = directoryState();
    RELAIS_VERIFY_ERROR(directory.setActive(m_world->actor(u"ins.super"_s), u"ins.agent"_s, false), ErrorCode::Forbidden);
    RELAIS_VERIFY_ERROR(directory.setRole(m_world->actor(u"ins.super"_s), u"ins.super"_s, Role::Admin),
                        ErrorCode::Forbidden);
    RELAIS_VERIFY_ERROR(directory.setActive(m_world->actor(u"net.admin"_s), u"net.admin"_s, false), ErrorCode::Invalid);
    RELAIS_VERIFY_ERROR(directory.setActive(m_world->actor(u"net.admin"_s), u"nobody"_s, false), ErrorCode::NotFound);
    QCOMPARE(directoryState(), before);
}

void TestDirectory::networkKeepsAnActiveAdmin()
{
    Directory &directory = m_world->ws().directory();
    const Actor admin = m_world->actor(u"net.admin"_s);
    auto demoted = directory.setRole(admin, u"net.admin"_s, Role::Supervisor);
    RELAIS_VERIFY_ERROR(demoted, ErrorCode::Conflict);
    QVERIFY2(demoted.error().message.contains(u"last active admin"_s), qPrintable(demoted.error().message));
    QCOMPARE(directory.userByLogin(u"net.admin"_s)->role, Role::Admin);

    // With a second admin, the first may step down.
    RELAIS_VERIFY_OK(directory.setRole(admin, u"ins.super"_s, Role::Admin));
    auto steppedDown = directory.setRole(admin, u"net.admin"_s, Role::Supervisor);
    RELAIS_VERIFY_OK(steppedDown);
    QCOMPARE(steppedDown->role, Role::Supervisor);
}

void TestDirectory::networkSupervisorIsKeptAndSeesEveryCase()
{
    Directory &directory = m_world->ws().directory();
    const Actor admin = m_world->actor(u"net.admin"_s);
    auto added = directory.addUser(admin, u"hos.network"_s, u"HOS"_s, Role::NetworkSupervisor, u"Nadia Berrada"_s);
    RELAIS_VERIFY_OK(added);
    QCOMPARE(added->role, Role::NetworkSupervisor);
    QCOMPARE(directory.userByLogin(u"hos.network"_s)->role, Role::NetworkSupervisor);

    // HOS takes part in no case, yet a network supervisor there reads them all.
    const Case opened = m_world->openCase(m_world->addClient(), u"ins.agent"_s);
    RELAIS_VERIFY_OK(m_world->ws().cases().caseById(m_world->actor(u"hos.network"_s), opened.id));
    RELAIS_VERIFY_ERROR(m_world->ws().cases().caseById(m_world->actor(u"hos.agent"_s), opened.id), ErrorCode::Forbidden);

    // Back to an agency supervisor: the case is out of sight again.
    RELAIS_VERIFY_OK(directory.setRole(admin, u"hos.network"_s, Role::Supervisor));
    QCOMPARE(directory.userByLogin(u"hos.network"_s)->role, Role::Supervisor);
    RELAIS_VERIFY_ERROR(m_world->ws().cases().caseById(m_world->actor(u"hos.network"_s), opened.id),
                        ErrorCode::Forbidden);
}

QTEST_GUILESS_MAIN(TestDirectory)
#include "tst_directory.moc"
