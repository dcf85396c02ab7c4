#include "testworld.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Test {

using namespace Relais::Core;

TestWorld::TestWorld()
    : m_now(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC))
{
    if (testsRunOnPostgres()) {
        m_schema = std::make_unique<PostgresTestSchema>();
        if (!m_schema->isValid()) {
            qWarning("TestWorld: no PostgreSQL schema to work in (is RELAIS_TEST_POSTGRES set?)");
            return;
        }
    }
    reopen();
    if (!m_workspace)
        return;
    const Actor console = Actor::localConsole();
    auto &directory = m_workspace->directory();
    struct A { const char16_t *code, *name, *kind; };
    for (auto a : {A{u"INS", u"Assurances Atlas", u"insurer"}, A{u"GAR", u"Garage Al Amal", u"garage"},
                   A{u"TOW", u"Dépannage Rapide", u"towing"}, A{u"HOS", u"Hôpital Ibn Sina", u"hospital"}}) {
        Agency agency;
        agency.code = QString::fromUtf16(a.code);
        agency.name = QString::fromUtf16(a.name);
        agency.kind = QString::fromUtf16(a.kind);
        if (!directory.addAgency(console, agency))
            qFatal("TestWorld: cannot add agency");
    }
    struct U { const char16_t *login, *agency; Role role; const char16_t *name; };
    for (auto u : {U{u"ins.agent", u"INS", Role::Agent, u"Salma Idrissi"},
                   U{u"ins.super", u"INS", Role::Supervisor, u"Omar Tazi"},
                   U{u"gar.agent", u"GAR", Role::Agent, u"Youssef Alami"},
                   U{u"tow.agent", u"TOW", Role::Agent, u"Hamid Berrada"},
                   U{u"hos.agent", u"HOS", Role::Agent, u"Nadia Chraibi"},
                   U{u"net.admin", u"INS", Role::Admin, u"Admin Réseau"}}) {
        if (!directory.addUser(console, QString::fromUtf16(u.login), QString::fromUtf16(u.agency), u.role,
                               QString::fromUtf16(u.name)))
            qFatal("TestWorld: cannot add user");
    }
}

QString TestWorld::path() const
{
    return m_schema ? m_schema->url() : m_dir.filePath(u"case-file.sqlite"_s);
}

void TestWorld::close()
{
    m_workspace.reset();
}

void TestWorld::reopen()
{
    m_workspace.reset();
    auto opened = Workspace::open(path());
    if (!opened) {
        qWarning("TestWorld: %s", qPrintable(opened.error().message));
        return;
    }
    m_workspace = std::move(*opened);
    m_workspace->database().setClock([this] { return m_now; });
}

Actor TestWorld::actor(const QString &login)
{
    auto actor = m_workspace->directory().actAs(login);
    if (!actor)
        qFatal("TestWorld: no user %s", qPrintable(login));
    return *actor;
}

Id TestWorld::addClient(const QString &name, const QString &cin, bool networkConsent)
{
    ClientDraft draft;
    draft.fullName = name;
    draft.cin = cin;
    auto registration = m_workspace->clients().registerClient(actor(u"ins.agent"_s), draft, true);
    if (!registration || !registration->created)
        qFatal("TestWorld: cannot register client");
    if (networkConsent) {
        auto consent = m_workspace->clients().grantConsent(actor(u"ins.agent"_s), registration->client.id,
                                                           ConsentScope::Network, {});
        if (!consent)
            qFatal("TestWorld: cannot record consent: %s", qPrintable(consent.error().message));
    }
    return registration->client.id;
}

Case TestWorld::openCase(Id clientId, const QString &login, const QString &title)
{
    auto opened = m_workspace->cases().openCase(actor(login), clientId, title);
    if (!opened)
        qFatal("TestWorld: cannot open case: %s", qPrintable(opened.error().message));
    return *opened;
}

} // namespace Relais::Test
