// Who could see a customer's file, who did, why they could, and who was refused: every read of a
// case shows in the report, refusals are kept even when their transaction rolls back, and the
// report itself is for supervisors and network administrators only — and logged.

#include "casefiletest.h"

#include "casefile/caseaccess.h"

#include <memory>

using namespace Relais::Core;
using namespace Relais::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

enum class Read { CaseView, CaseFromSearch, Timeline, Documents, HandoffsOfCase, OneHandoff, Export,
                  SearchExcerpts, SearchCase, SearchCustomer, ClientFind };

/// The entries of `entries` made by `login` with `action`.
QList<AccessEntry> entriesOf(const QList<AccessEntry> &entries, const QString &login, const QString &action)
{
    QList<AccessEntry> out;
    for (const AccessEntry &e : entries)
        if (e.login == login && e.action == action)
            out.append(e);
    return out;
}

QStringList logins(const QList<AccessPerson> &people)
{
    QStringList out;
    for (const AccessPerson &p : people)
        out << p.login;
    out.sort();
    return out;
}

} // namespace

class TestAccessLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everyReadIsInTheReport_data();
    void everyReadIsInTheReport();
    void deniedAttemptIsLogged_data();
    void deniedAttemptIsLogged();
    void denialSurvivesTheRollbackOfItsTransaction();
    void queuedWorkOfARolledBackWriteStillRuns();
    void couldSeeFollowsParticipantsAndNetworkRoles();
    void agentsAreRefused();
    void supervisorSeesOnlyTheirAgencysCases();
    void supervisorRefusedOnAnotherCaseIsLogged();
    void readingTheReportIsLogged();
    void mergedFilesCount();
    void unknownClientOrCase();

private:
    [[nodiscard]] AccessReport reportAs(const QString &login, const QString &reference = {});
    [[nodiscard]] const CaseAccess *caseIn(const AccessReport &report, const QString &reference) const;

    std::unique_ptr<TestWorld> m_world;
    Id m_clientId = 0;
    Case m_case;     // opened by INS, with a note, a document, and handed to GAR
    Id m_handoffId = 0;
};

void TestAccessLog::init()
{
    m_world = std::make_unique<TestWorld>();
    QVERIFY(m_world->isValid());
    TestWorld &w = *m_world;
    m_clientId = w.addClient(u"Hélène El Idrissi"_s, u"AB100001"_s);
    m_case = w.openCase(m_clientId);
    RELAIS_VERIFY_OK(w.ws().cases().addEvent(w.actor(u"ins.agent"_s), m_case.id,
                                             newEvent(EventKind::Note, u"Constat amiable reçu le 27"_s)));
    RELAIS_VERIFY_OK(w.ws().cases().addDocument(w.actor(u"ins.agent"_s), m_case.id, u"constat"_s, u"constat.pdf"_s,
                                                QByteArray("%PDF-1.4 constat")));
    w.advance(3600);
    auto handoff = w.ws().handoffs().request(w.actor(u"ins.agent"_s), m_case.id, u"GAR"_s, u"Réparer le pare-choc"_s);
    RELAIS_VERIFY_OK(handoff);
    m_handoffId = handoff ? handoff->id : 0;
    w.advance(60);
}

void TestAccessLog::cleanup()
{
    m_world.reset();
}

AccessReport TestAccessLog::reportAs(const QString &login, const QString &reference)
{
    auto report = m_world->ws().accessLog().report(m_world->actor(login), m_clientId, reference);
    if (!report) {
        qWarning("report as %s: %s", qPrintable(login), qPrintable(report.error().message));
        return {};
    }
    return *report;
}

const CaseAccess *TestAccessLog::caseIn(const AccessReport &report, const QString &reference) const
{
    for (const CaseAccess &c : report.cases)
        if (c.reference == reference)
            return &c;
    return nullptr;
}

void TestAccessLog::everyReadIsInTheReport_data()
{
    QTest::addColumn<Read>("read");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("aboutTheCustomer");
    QTest::addRow("case card") << Read::CaseView << u"case.view"_s << false;
    QTest::addRow("case opened from search results") << Read::CaseFromSearch << u"case.view"_s << false;
    QTest::addRow("timeline") << Read::Timeline << u"case.timeline"_s << false;
    QTest::addRow("documents") << Read::Documents << u"case.documents"_s << false;
    QTest::addRow("handoffs of the case") << Read::HandoffsOfCase << u"case.handoffs"_s << false;
    QTest::addRow("one handoff") << Read::OneHandoff << u"case.handoffs"_s << false;
    QTest::addRow("PDF export") << Read::Export << u"case.export"_s << false;
    QTest::addRow("search: excerpts of the timeline") << Read::SearchExcerpts << u"search.excerpts"_s << false;
    QTest::addRow("search: the case by reference") << Read::SearchCase << u"search.case"_s << false;
    QTest::addRow("search: the customer by name") << Read::SearchCustomer << u"search.customer"_s << true;
    QTest::addRow("client find") << Read::ClientFind << u"search.customer"_s << true;
}

void TestAccessLog::everyReadIsInTheReport()
{
    QFETCH(Read, read);
    QFETCH(QString, action);
    QFETCH(bool, aboutTheCustomer);
    TestWorld &w = *m_world;
    Workspace &ws = w.ws();
    const Actor gar = w.actor(u"gar.agent"_s);
    const AccessReport before = reportAs(u"net.admin"_s);
    QVERIFY(caseIn(before, m_case.reference));
    const QList<AccessEntry> &beforeEntries = aboutTheCustomer ? before.customerReads : caseIn(before, m_case.reference)->reads;
    QCOMPARE(entriesOf(beforeEntries, u"gar.agent"_s, action).size(), 0);

    w.advance(60);
    switch (read) {
    case Read::CaseView:
        RELAIS_VERIFY_OK(ws.cases().caseById(gar, m_case.id));
        break;
    case Read::CaseFromSearch:
        RELAIS_VERIFY_OK(ws.cases().caseById(gar, m_case.id, u"search"_s));
        break;
    case Read::Timeline:
        RELAIS_VERIFY_OK(ws.cases().timeline(gar, m_case.id));
        break;
    case Read::Documents:
        RELAIS_VERIFY_OK(ws.cases().documents(gar, m_case.id));
        break;
    case Read::HandoffsOfCase:
        RELAIS_VERIFY_OK(ws.handoffs().handoffsOfCase(gar, m_case.id));
        break;
    case Read::OneHandoff:
        RELAIS_VERIFY_OK(ws.handoffs().handoff(gar, m_handoffId));
        break;
    case Read::Export: // what PdfExporter::save records with the file
        RELAIS_VERIFY_OK(ws.cases().recordExport(gar, m_case.id, u"Timeline exported"_s, {{u"document"_s, u"timeline"_s}}));
        break;
    case Read::SearchExcerpts:
        RELAIS_VERIFY_OK(ws.search().search(gar, u"constat amiable"_s));
        break;
    case Read::SearchCase:
        RELAIS_VERIFY_OK(ws.search().search(gar, m_case.reference));
        break;
    case Read::SearchCustomer:
        RELAIS_VERIFY_OK(ws.search().search(gar, u"helene idrissi"_s));
        break;
    case Read::ClientFind:
        RELAIS_VERIFY_OK(ws.clients().find(gar, u"AB100001"_s));
        break;
    }

    const AccessReport after = reportAs(u"net.admin"_s);
    const CaseAccess *kase = caseIn(after, m_case.reference);
    QVERIFY(kase);
    const QList<AccessEntry> found = entriesOf(aboutTheCustomer ? after.customerReads : kase->reads, u"gar.agent"_s, action);
    QCOMPARE(found.size(), 1);
    const AccessEntry &entry = found.constFirst();
    QCOMPARE(entry.at, w.now());
    QCOMPARE(entry.userName, u"Youssef Alami"_s);
    QCOMPARE(entry.agencyCode, u"GAR"_s);
    QCOMPARE(entry.agencyName, u"Garage Al Amal"_s);
    QVERIFY(!accessWhat(entry).isEmpty());
    QVERIFY2(accessWhat(entry) != entry.action, qPrintable(entry.action)); // in words, not a code
    // Why they could, as it stood at the time.
    QCOMPARE(entry.details.value(u"role"_s).toString(), u"agent"_s);
    QCOMPARE(entry.details.value(u"basis"_s).toString(), aboutTheCustomer ? u"lookup"_s : u"participant"_s);
    QCOMPARE(accessWhy(entry), aboutTheCustomer ? u"anyone at an agency may look customers up"_s
                                                : u"their agency takes part in the case"_s);
    if (read == Read::CaseFromSearch)
        QCOMPARE(accessWhat(entry), u"opened the case from search results"_s);
    if (read == Read::Export)
        QCOMPARE(accessWhat(entry), u"exported the timeline to PDF"_s);
    if (aboutTheCustomer)
        QVERIFY(entry.caseReference.isEmpty());
    else
        QCOMPARE(entry.caseReference, m_case.reference);
}

void TestAccessLog::deniedAttemptIsLogged_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("attempted");
    QTest::addColumn<QString>("why");
    QTest::addRow("non-participant reads") << u"hos.agent"_s << u"view-case"_s << u"their agency takes no part in the case"_s;
    QTest::addRow("non-participant adds a note") << u"tow.agent"_s << u"add-to-timeline"_s
                                                 << u"their agency takes no part in the case"_s;
    // Refused inside the handoff's write transaction, which rolls back.
    QTest::addRow("non-participant hands over") << u"hos.agent"_s << u"request-handoff"_s
                                                << u"their agency takes no part in the case"_s;
    QTest::addRow("non-participant rewrites the summary") << u"tow.agent"_s << u"edit-summary"_s
                                                          << u"their agency takes no part in the case"_s;
    QTest::addRow("participant agent nudges") << u"ins.agent"_s << u"signal-handoff"_s
                                              << u"not allowed in their role (agent)"_s;
}

void TestAccessLog::deniedAttemptIsLogged()
{
    QFETCH(QString, login);
    QFETCH(QString, attempted);
    QFETCH(QString, why);
    TestWorld &w = *m_world;
    Workspace &ws = w.ws();
    const Actor actor = w.actor(login);
    const QString before = caseState(w, m_case.id);
    w.advance(60);
    std::optional<Error> error;
    if (attempted == u"view-case"_s)
        error = errorOf(ws.cases().timeline(actor, m_case.id));
    else if (attempted == u"add-to-timeline"_s)
        error = errorOf(ws.cases().addEvent(actor, m_case.id, newEvent(EventKind::Note, u"Bonjour"_s)));
    else if (attempted == u"request-handoff"_s)
        error = errorOf(ws.handoffs().request(actor, m_case.id, u"TOW"_s, u"Remorquer"_s));
    else if (attempted == u"edit-summary"_s)
        error = errorOf(ws.cases().setSummary(actor, m_case.id, Summary{u"Réécrit"_s, {}, {}, {}, 0, {}, {}, {}}));
    else if (attempted == u"signal-handoff"_s)
        error = errorOf(ws.stalls().nudge(actor, m_handoffId, {}));
    QVERIFY2(error, "the attempt went through");
    QCOMPARE(error->code, ErrorCode::Forbidden);
    QCOMPARE(caseState(w, m_case.id), before);

    const AccessReport report = reportAs(u"net.admin"_s);
    const CaseAccess *kase = caseIn(report, m_case.reference);
    QVERIFY(kase);
    QList<AccessEntry> denied;
    for (const AccessEntry &e : kase->denied)
        if (e.login == login)
            denied << e;
    QCOMPARE(denied.size(), 1); // once, not once per query the refusal took
    QCOMPARE(denied.constFirst().action, u"access.denied"_s);
    QCOMPARE(denied.constFirst().details.value(u"attempted"_s).toString(), attempted);
    QCOMPARE(denied.constFirst().at, w.now());
    QCOMPARE(accessWhy(denied.constFirst()), why);
    QVERIFY(accessWhat(denied.constFirst()).startsWith(u"was refused: tried to "_s));
    // A refusal is not a read.
    QCOMPARE(entriesOf(kase->reads, login, u"case.timeline"_s).size(), 0);
}

void TestAccessLog::denialSurvivesTheRollbackOfItsTransaction()
{
    // Whatever the refused work wrote before the check goes; the record of the refusal stays.
    TestWorld &w = *m_world;
    Database &db = w.ws().database();
    const Actor hos = w.actor(u"hos.agent"_s);
    const QString countDenials = u"SELECT count(*) FROM audit_log WHERE action = 'access.denied' AND user_id = :user"_s;
    const QString countMarkers = u"SELECT count(*) FROM audit_log WHERE action = 'test.marker'"_s;
    const Bindings byHos{{u":user"_s, hos.userId}};
    QCOMPARE(sqlCount(w, countDenials, byHos), qint64(0));

    auto attempt = db.write([&]() -> Status {
        if (auto marked = audit(db, hos, u"test.marker"_s, m_case.reference); !marked)
            return marked;
        return db.write([&] { return requireOnCase(db, hos, m_case.id, Action::AddToTimeline); }); // nested
    });
    RELAIS_VERIFY_ERROR(attempt, ErrorCode::Forbidden);
    QCOMPARE(sqlCount(w, countMarkers), qint64(0));
    QCOMPARE(sqlCount(w, countDenials, byHos), qint64(1));

    // Outside any transaction it is written at once.
    RELAIS_VERIFY_ERROR(requireOnCase(db, hos, m_case.id, Action::ViewCase), ErrorCode::Forbidden);
    QCOMPARE(sqlCount(w, countDenials, byHos), qint64(2));
    // A case that does not exist is not a refusal, nor is the console's (no person to name).
    RELAIS_VERIFY_ERROR(requireOnCase(db, hos, m_case.id + 1000, Action::ViewCase), ErrorCode::NotFound);
    RELAIS_VERIFY_ERROR(requireOnCase(db, Actor::localConsole(), m_case.id, Action::ViewCase), ErrorCode::Forbidden);
    QCOMPARE(sqlCount(w, u"SELECT count(*) FROM audit_log WHERE action = 'access.denied'"_s), qint64(2));
}

void TestAccessLog::queuedWorkOfARolledBackWriteStillRuns()
{
    TestWorld &w = *m_world;
    Database &db = w.ws().database();
    QStringList ran;
    auto failed = db.write([&]() -> Status {
        db.afterWrite([&] { ran << u"after"_s; });
        ran << u"inside"_s;
        return fail(ErrorCode::Invalid, u"refused"_s);
    });
    QVERIFY(!failed);
    QCOMPARE(ran, (QStringList{u"inside"_s, u"after"_s}));
    ran.clear();
    db.afterWrite([&] { ran << u"now"_s; });
    QCOMPARE(ran, QStringList{u"now"_s});
}

void TestAccessLog::couldSeeFollowsParticipantsAndNetworkRoles()
{
    // A network supervisor, at an agency that takes no part: sees the case through their role.
    RELAIS_VERIFY_OK(m_world->ws().directory().addUser(Actor::localConsole(), u"net.super"_s, u"HOS"_s,
                                                       Role::NetworkSupervisor, u"Rita Benali"_s));
    const AccessReport report = reportAs(u"net.admin"_s);
    const CaseAccess *kase = caseIn(report, m_case.reference);
    QVERIFY(kase);
    QCOMPARE(kase->participants.size(), 2);
    const ParticipantAccess &ins = kase->participants.at(0);
    QCOMPARE(ins.agency.code, u"INS"_s);
    QVERIFY(ins.lead);
    QCOMPARE(ins.since, m_case.openedAt);
    QCOMPARE(logins(ins.people), (QStringList{u"ins.agent"_s, u"ins.super"_s, u"net.admin"_s}));
    QCOMPARE(joinedHow(ins), u"lead agency: it opened the case"_s);
    const ParticipantAccess &gar = kase->participants.at(1);
    QCOMPARE(gar.agency.code, u"GAR"_s);
    QVERIFY(!gar.lead);
    QCOMPARE(gar.handoffNumber, 1);
    QCOMPARE(joinedHow(gar), u"handoff #1 from Assurances Atlas, asked by Salma Idrissi"_s);
    QCOMPARE(logins(gar.people), QStringList{u"gar.agent"_s});
    // Network-wide roles, as the policy says, whatever their agency.
    QCOMPARE(kase->networkRoles.size(), 2);
    for (const NetworkAccess &role : kase->networkRoles)
        QCOMPARE(logins(role.people), role.roleCode == u"admin"_s ? QStringList{u"net.admin"_s}
                                                                  : QStringList{u"net.super"_s});
    QCOMPARE(accessRoleLabel(u"network-supervisor"_s), u"network supervisor"_s);

    // A new handoff brings TOW in: it can see the case from then on.
    TestWorld &w = *m_world;
    w.advance(600);
    RELAIS_VERIFY_OK(w.ws().handoffs().request(w.actor(u"gar.agent"_s), m_case.id, u"TOW"_s, u"Remorquer"_s));
    const AccessReport later = reportAs(u"net.admin"_s);
    const CaseAccess *now = caseIn(later, m_case.reference);
    QVERIFY(now);
    QCOMPARE(now->participants.size(), 3);
    QCOMPARE(now->participants.at(2).agency.code, u"TOW"_s);
    QCOMPARE(now->participants.at(2).since, w.now());
    QCOMPARE(joinedHow(now->participants.at(2)), u"handoff #2 from Garage Al Amal, asked by Youssef Alami"_s);
    for (const ParticipantAccess &p : now->participants)
        QVERIFY2(p.agency.code != u"HOS"_s, "HOS takes no part in the case");
}

void TestAccessLog::agentsAreRefused()
{
    TestWorld &w = *m_world;
    const qint64 logged = sqlCount(w, u"SELECT count(*) FROM audit_log WHERE action = 'access-log.read'"_s);
    for (const QString &login : {u"ins.agent"_s, u"gar.agent"_s, u"hos.agent"_s})
        RELAIS_VERIFY_ERROR(w.ws().accessLog().report(w.actor(login), m_clientId), ErrorCode::Forbidden);
    RELAIS_VERIFY_ERROR(w.ws().accessLog().report(Actor::localConsole(), m_clientId), ErrorCode::Forbidden);
    QCOMPARE(sqlCount(w, u"SELECT count(*) FROM audit_log WHERE action = 'access-log.read'"_s), logged);
}

void TestAccessLog::supervisorSeesOnlyTheirAgencysCases()
{
    TestWorld &w = *m_world;
    // A second case of the same customer, opened by the garage alone.
    const Case garCase = w.openCase(m_clientId, u"gar.agent"_s, u"Entretien"_s);
    RELAIS_VERIFY_OK(w.ws().search().search(w.actor(u"hos.agent"_s), u"helene"_s));

    const AccessReport supervisor = reportAs(u"ins.super"_s);
    QCOMPARE(supervisor.cases.size(), 1);
    QCOMPARE(supervisor.cases.constFirst().reference, m_case.reference);
    QVERIFY(!supervisor.networkWide);
    QVERIFY(supervisor.customerReads.isEmpty()); // who searched for the customer: network-wide readers only

    // A network supervisor reads every case, and who found the customer, like an admin.
    RELAIS_VERIFY_OK(w.ws().directory().addUser(Actor::localConsole(), u"net.super"_s, u"HOS"_s, Role::NetworkSupervisor,
                                                u"Rita Benali"_s));
    const AccessReport network = reportAs(u"net.super"_s);
    QCOMPARE(network.cases.size(), 2);
    QVERIFY(network.networkWide);

    const AccessReport admin = reportAs(u"net.admin"_s);
    QCOMPARE(admin.cases.size(), 2);
    QVERIFY(caseIn(admin, garCase.reference));
    QCOMPARE(entriesOf(admin.customerReads, u"hos.agent"_s, u"search.customer"_s).size(), 1);
    // Only that case, when asked.
    const AccessReport one = reportAs(u"net.admin"_s, garCase.reference);
    QCOMPARE(one.cases.size(), 1);
    QCOMPARE(one.cases.constFirst().reference, garCase.reference);
}

void TestAccessLog::supervisorRefusedOnAnotherCaseIsLogged()
{
    TestWorld &w = *m_world;
    RELAIS_VERIFY_OK(w.ws().directory().addUser(Actor::localConsole(), u"hos.super"_s, u"HOS"_s, Role::Supervisor,
                                                u"Karim Fassi"_s));
    const Actor hosSuper = w.actor(u"hos.super"_s);
    RELAIS_VERIFY_ERROR(w.ws().accessLog().report(hosSuper, m_clientId), ErrorCode::Forbidden);
    RELAIS_VERIFY_ERROR(w.ws().accessLog().report(hosSuper, m_clientId, m_case.reference), ErrorCode::Forbidden);
    // Kept in a local: caseIn() points into the report.
    const auto report = reportAs(u"net.admin"_s);
    const CaseAccess *kase = caseIn(report, m_case.reference);
    QVERIFY(kase);
    QCOMPARE(kase->denied.size(), 1);
    QCOMPARE(kase->denied.constFirst().login, u"hos.super"_s);
    QCOMPARE(accessWhat(kase->denied.constFirst()), u"was refused: tried to see who saw the file"_s);
}

void TestAccessLog::readingTheReportIsLogged()
{
    TestWorld &w = *m_world;
    const AccessReport first = reportAs(u"ins.super"_s);
    QCOMPARE(entriesOf(caseIn(first, m_case.reference)->reads, u"ins.super"_s, u"access-log.read"_s).size(), 0);
    w.advance(60);
    const AccessReport second = reportAs(u"net.admin"_s);
    const QList<AccessEntry> bySupervisor =
        entriesOf(caseIn(second, m_case.reference)->reads, u"ins.super"_s, u"access-log.read"_s);
    QCOMPARE(bySupervisor.size(), 1);
    QCOMPARE(accessWhat(bySupervisor.constFirst()), u"looked at who saw the file"_s);
    QCOMPARE(accessWhy(bySupervisor.constFirst()), u"their agency takes part in the case"_s);
    const AccessReport third = reportAs(u"net.admin"_s);
    const QList<AccessEntry> byAdmin = entriesOf(third.customerReads, u"net.admin"_s, u"access-log.read"_s);
    QCOMPARE(byAdmin.size(), 1);
    QCOMPARE(accessWhy(byAdmin.constFirst()), u"network administrator: sees every case of the network"_s);
}

void TestAccessLog::mergedFilesCount()
{
    TestWorld &w = *m_world;
    const Id other = w.addClient(u"Helene Idrissi"_s, u"AB100009"_s);
    const Case otherCase = w.openCase(other, u"ins.agent"_s, u"Bris de glace"_s);
    RELAIS_VERIFY_OK(w.ws().search().search(w.actor(u"gar.agent"_s), u"AB100009"_s));
    RELAIS_VERIFY_OK(w.ws().merges().merge(w.actor(u"ins.agent"_s), m_clientId, other, u"Même personne"_s));

    for (Id asked : {m_clientId, other}) {
        auto report = w.ws().accessLog().report(w.actor(u"net.admin"_s), asked);
        RELAIS_VERIFY_OK(report);
        QCOMPARE(report->client.id, m_clientId);
        QCOMPARE(report->mergedClientIds, QList<Id>{other});
        QVERIFY(caseIn(*report, m_case.reference));
        QVERIFY(caseIn(*report, otherCase.reference));
        QCOMPARE(entriesOf(report->customerReads, u"gar.agent"_s, u"search.customer"_s).size(), 1);
    }
}

void TestAccessLog::unknownClientOrCase()
{
    TestWorld &w = *m_world;
    RELAIS_VERIFY_ERROR(w.ws().accessLog().report(w.actor(u"net.admin"_s), m_clientId + 999), ErrorCode::NotFound);
    RELAIS_VERIFY_ERROR(w.ws().accessLog().report(w.actor(u"net.admin"_s), m_clientId, u"REL-1999-000001"_s),
                        ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestAccessLog)
#include "tst_accesslog.moc"
