// Deny by default: every core operation on a case checks the acting user, whatever the UI shows.

#include "casefiletest.h"

#include <algorithm>
#include <memory>

using namespace Relais::Core;
using namespace Relais::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

enum class Op {
    CaseById,
    CaseByReference,
    Timeline,
    AddEvent,
    RecordEffort,
    Correct,
    SetSummary,
    AddDocument,
    Documents,
    SetStatus,
    RequestHandoff,
    TransitionHandoff,
    HandoffById,
    HandoffsOfCase,
};

const QList<std::pair<const char *, Op>> allOps{
    {"caseById", Op::CaseById},
    {"caseByReference", Op::CaseByReference},
    {"timeline", Op::Timeline},
    {"addEvent", Op::AddEvent},
    {"recordEffort", Op::RecordEffort},
    {"correct", Op::Correct},
    {"setSummary", Op::SetSummary},
    {"addDocument", Op::AddDocument},
    {"documents", Op::Documents},
    {"setStatus", Op::SetStatus},
    {"handoff request", Op::RequestHandoff},
    {"handoff transition", Op::TransitionHandoff},
    {"handoff", Op::HandoffById},
    {"handoffsOfCase", Op::HandoffsOfCase},
};

// What the operations act on.
struct Target {
    Id caseId = 0;
    QString reference;
    int noteSeq = 0;
    Id handoffId = 0;
};

// Runs one operation; std::nullopt when it succeeded.
std::optional<Error> run(TestWorld &world, const Actor &actor, const Target &target, Op op)
{
    Workspace &ws = world.ws();
    switch (op) {
    case Op::CaseById:
        return errorOf(ws.cases().caseById(actor, target.caseId));
    case Op::CaseByReference:
        return errorOf(ws.cases().caseByReference(actor, target.reference));
    case Op::Timeline:
        return errorOf(ws.cases().timeline(actor, target.caseId));
    case Op::AddEvent:
        return errorOf(ws.cases().addEvent(actor, target.caseId,
                                           newEvent(EventKind::Call, u"Appel au client pour les pièces"_s)));
    case Op::RecordEffort:
        return errorOf(ws.cases().recordEffort(actor, target.caseId, EffortKind::ChaseCall,
                                               u"Le client a rappelé pour relancer"_s));
    case Op::Correct:
        return errorOf(ws.cases().correct(actor, target.caseId, target.noteSeq, u"Date du constat : le 28, pas le 27"_s));
    case Op::SetSummary: {
        Summary summary;
        summary.situation = u"Résumé réécrit"_s;
        summary.nextStep = u"Attendre l'expert"_s;
        return errorOf(ws.cases().setSummary(actor, target.caseId, summary));
    }
    case Op::AddDocument:
        return errorOf(ws.cases().addDocument(actor, target.caseId, u"constat"_s, u"constat.pdf"_s,
                                              QByteArray("%PDF-1.4 constat amiable")));
    case Op::Documents:
        return errorOf(ws.cases().documents(actor, target.caseId));
    case Op::SetStatus:
        return errorOf(ws.cases().setStatus(actor, target.caseId, CaseStatus::Resolved, u"Sinistre réglé"_s));
    case Op::RequestHandoff:
        return errorOf(ws.handoffs().request(actor, target.caseId, u"TOW"_s, u"Remorquer le véhicule"_s));
    case Op::TransitionHandoff:
        return errorOf(ws.handoffs().transition(actor, target.handoffId, HandoffStatus::Received));
    case Op::HandoffById:
        return errorOf(ws.handoffs().handoff(actor, target.handoffId));
    case Op::HandoffsOfCase:
        return errorOf(ws.handoffs().handoffsOfCase(actor, target.caseId));
    }
    return Error{ErrorCode::Storage, u"unknown operation"_s};
}

bool timelineHas(const QList<TimelineEvent> &events, const QString &text)
{
    for (const TimelineEvent &event : events)
        if (event.text.contains(text))
            return true;
    return false;
}

} // namespace

class TestAccess final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void participantMay_data();
    void participantMay();
    void nonParticipantIsRefused_data();
    void nonParticipantIsRefused();
    void consoleIsRefused_data();
    void consoleIsRefused();
    void unknownCaseIsNotFound_data();
    void unknownCaseIsNotFound();
    void internalEventsStayInTheirAgency();
    void adminReadsButDoesNotWriteOtherAgencysCase();
    void adminReadingIsAudited();
    void everyReadOfCaseContentIsLogged_data();
    void everyReadOfCaseContentIsLogged();
    void searchShowingExcerptsIsLogged();
    void listsLeaveOutCasesOfOthers();
    void searchLeavesOutCasesOfOthers();

private:
    // A case INS opened, with a shared note, handed off to GAR (so GAR participates).
    void buildScene();

    std::unique_ptr<TestWorld> m_world;
    Id m_clientId = 0;
    Target m_target;
};

void TestAccess::init()
{
    m_world = std::make_unique<TestWorld>();
    QVERIFY(m_world->isValid());
    buildScene();
}

void TestAccess::cleanup()
{
    m_world.reset();
    m_target = {};
}

void TestAccess::buildScene()
{
    TestWorld &w = *m_world;
    m_clientId = w.addClient();
    const Case kase = w.openCase(m_clientId);
    m_target.caseId = kase.id;
    m_target.reference = kase.reference;
    auto note = w.ws().cases().addEvent(w.actor(u"ins.agent"_s), kase.id,
                                        newEvent(EventKind::Note, u"Constat amiable reçu le 27"_s));
    RELAIS_VERIFY_OK(note);
    m_target.noteSeq = note->seq;
    auto handoff = w.ws().handoffs().request(w.actor(u"ins.agent"_s), kase.id, u"GAR"_s,
                                             u"Réparer le pare-choc avant"_s);
    RELAIS_VERIFY_OK(handoff);
    m_target.handoffId = handoff->id;
}

void TestAccess::participantMay_data()
{
    QTest::addColumn<Op>("op");
    QTest::addColumn<QString>("login");
    for (const auto &[name, op] : allOps) {
        // The receiving agency moves the handoff; the opening agency does the rest.
        const QString login = op == Op::TransitionHandoff ? u"gar.agent"_s : u"ins.agent"_s;
        QTest::addRow("%s by %s", name, qPrintable(login)) << op << login;
    }
    // GAR became a participant through the handoff and works the case like INS.
    for (Op op : {Op::CaseById, Op::CaseByReference, Op::Timeline, Op::AddEvent, Op::RecordEffort,
                  Op::SetSummary, Op::AddDocument, Op::Documents, Op::HandoffById, Op::HandoffsOfCase})
        for (const auto &[name, candidate] : allOps)
            if (candidate == op)
                QTest::addRow("%s by gar.agent", name) << op << u"gar.agent"_s;
    QTest::addRow("timeline by ins.super") << Op::Timeline << u"ins.super"_s;
}

void TestAccess::participantMay()
{
    QFETCH(Op, op);
    QFETCH(QString, login);
    const std::optional<Error> error = run(*m_world, m_world->actor(login), m_target, op);
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
}

void TestAccess::nonParticipantIsRefused_data()
{
    QTest::addColumn<Op>("op");
    QTest::addColumn<QString>("login");
    for (const auto &[name, op] : allOps)
        QTest::addRow("%s by hos.agent", name) << op << u"hos.agent"_s;
    // TOW is not in the case either (it is only named in the customer's consent).
    for (Op op : {Op::Timeline, Op::AddEvent, Op::TransitionHandoff})
        for (const auto &[name, candidate] : allOps)
            if (candidate == op)
                QTest::addRow("%s by tow.agent", name) << op << u"tow.agent"_s;
}

void TestAccess::nonParticipantIsRefused()
{
    QFETCH(Op, op);
    QFETCH(QString, login);
    const QString before = caseState(*m_world, m_target.caseId);
    const qint64 documentsBefore = sqlCount(*m_world, u"SELECT count(*) FROM documents"_s);

    const std::optional<Error> error = run(*m_world, m_world->actor(login), m_target, op);
    QVERIFY2(error, "a non-participant was let through");
    QCOMPARE(error->code, ErrorCode::Forbidden);
    QVERIFY(!error->message.isEmpty());
    QCOMPARE(caseState(*m_world, m_target.caseId), before);
    QCOMPARE(sqlCount(*m_world, u"SELECT count(*) FROM documents"_s), documentsBefore);
}

void TestAccess::consoleIsRefused_data()
{
    QTest::addColumn<Op>("op");
    for (const auto &[name, op] : allOps)
        QTest::addRow("%s", name) << op;
}

void TestAccess::consoleIsRefused()
{
    QFETCH(Op, op);
    const QString before = caseState(*m_world, m_target.caseId);
    const std::optional<Error> error = run(*m_world, Actor::localConsole(), m_target, op);
    QVERIFY2(error, "the console read or wrote a case without an acting user");
    QCOMPARE(error->code, ErrorCode::Forbidden);
    QCOMPARE(caseState(*m_world, m_target.caseId), before);
}

void TestAccess::unknownCaseIsNotFound_data()
{
    QTest::addColumn<Op>("op");
    QTest::addColumn<QString>("login");
    for (const auto &[name, op] : allOps) {
        QTest::addRow("%s by ins.agent", name) << op << u"ins.agent"_s;
        QTest::addRow("%s by hos.agent", name) << op << u"hos.agent"_s;
    }
}

void TestAccess::unknownCaseIsNotFound()
{
    QFETCH(Op, op);
    QFETCH(QString, login);
    const Target missing{987654, u"REL-2026-987654"_s, 1, 987654};
    const qint64 eventsBefore = sqlCount(*m_world, u"SELECT count(*) FROM events"_s);
    const std::optional<Error> error = run(*m_world, m_world->actor(login), missing, op);
    QVERIFY2(error, "an operation on a case that does not exist succeeded");
    QCOMPARE(error->code, ErrorCode::NotFound);
    QCOMPARE(sqlCount(*m_world, u"SELECT count(*) FROM events"_s), eventsBefore);
}

void TestAccess::internalEventsStayInTheirAgency()
{
    TestWorld &w = *m_world;
    const QString insSecret = u"Soupçon de fraude : vérifier l'historique"_s;
    const QString garSecret = u"Marge réduite sur cette réparation"_s;
    auto insInternal = w.ws().cases().addEvent(w.actor(u"ins.agent"_s), m_target.caseId,
                                               newEvent(EventKind::Note, insSecret, Visibility::Internal));
    RELAIS_VERIFY_OK(insInternal);
    QCOMPARE(insInternal->visibility, Visibility::Internal);
    auto garInternal = w.ws().cases().addEvent(w.actor(u"gar.agent"_s), m_target.caseId,
                                               newEvent(EventKind::Note, garSecret, Visibility::Internal));
    RELAIS_VERIFY_OK(garInternal);
    auto garShared = w.ws().cases().addEvent(w.actor(u"gar.agent"_s), m_target.caseId,
                                             newEvent(EventKind::Note, u"Devis envoyé à l'assureur"_s));
    RELAIS_VERIFY_OK(garShared);

    for (const QString &login : {u"ins.agent"_s, u"ins.super"_s}) {
        auto events = w.ws().cases().timeline(w.actor(login), m_target.caseId);
        RELAIS_VERIFY_OK(events);
        QVERIFY2(timelineHas(*events, insSecret), qPrintable(login));
        QVERIFY2(!timelineHas(*events, garSecret), qPrintable(login));
        QVERIFY2(timelineHas(*events, u"Devis envoyé"_s), qPrintable(login));
    }
    // GAR takes part (through the handoff) and sees the whole shared history, not INS's internal note.
    auto garView = w.ws().cases().timeline(w.actor(u"gar.agent"_s), m_target.caseId);
    RELAIS_VERIFY_OK(garView);
    QVERIFY(!timelineHas(*garView, insSecret));
    QVERIFY(timelineHas(*garView, garSecret));
    QVERIFY(timelineHas(*garView, u"Constat amiable reçu"_s));
    for (const TimelineEvent &event : *garView)
        QVERIFY2(event.seq != insInternal->seq, "GAR's timeline holds INS's internal event");
    // Paging does not leak it either.
    auto newest = w.ws().cases().timeline(w.actor(u"gar.agent"_s), m_target.caseId,
                                          timelinePage(true, 0, 3));
    RELAIS_VERIFY_OK(newest);
    QVERIFY(!timelineHas(*newest, insSecret));

    // GAR cannot reach the hidden event through a correction: for GAR it does not exist.
    const QString before = caseState(w, m_target.caseId);
    RELAIS_VERIFY_ERROR(w.ws().cases().correct(w.actor(u"gar.agent"_s), m_target.caseId, insInternal->seq,
                                               u"Aucune fraude"_s),
                        ErrorCode::NotFound);
    QCOMPARE(caseState(w, m_target.caseId), before);
    // INS correcting its internal note keeps the correction internal too.
    auto insCorrection = w.ws().cases().correct(w.actor(u"ins.agent"_s), m_target.caseId, insInternal->seq,
                                                u"Fraude écartée après vérification"_s);
    RELAIS_VERIFY_OK(insCorrection);
    QCOMPARE(insCorrection->visibility, Visibility::Internal);
    garView = w.ws().cases().timeline(w.actor(u"gar.agent"_s), m_target.caseId);
    RELAIS_VERIFY_OK(garView);
    QVERIFY(!timelineHas(*garView, u"Fraude écartée"_s));
}

void TestAccess::adminReadsButDoesNotWriteOtherAgencysCase()
{
    TestWorld &w = *m_world;
    const Id client = w.addClient(u"Hélène El Idrissi"_s, u"AB100001"_s);
    const Case garCase = w.openCase(client, u"gar.agent"_s, u"Réparation carrosserie"_s);
    QCOMPARE(garCase.leadAgency.code, u"GAR"_s);
    auto shared = w.ws().cases().addEvent(w.actor(u"gar.agent"_s), garCase.id,
                                          newEvent(EventKind::Note, u"Véhicule déposé au garage"_s));
    RELAIS_VERIFY_OK(shared);
    auto internal = w.ws().cases().addEvent(w.actor(u"gar.agent"_s), garCase.id,
                                            newEvent(EventKind::Note, u"Client difficile"_s, Visibility::Internal));
    RELAIS_VERIFY_OK(internal);

    const Actor admin = w.actor(u"net.admin"_s);
    QCOMPARE(admin.agencyCode, u"INS"_s);
    // An ordinary INS agent does not see GAR's case…
    RELAIS_VERIFY_ERROR(w.ws().cases().caseById(w.actor(u"ins.agent"_s), garCase.id), ErrorCode::Forbidden);
    // …the network admin does, shared history only.
    auto seen = w.ws().cases().caseById(admin, garCase.id);
    RELAIS_VERIFY_OK(seen);
    QCOMPARE(seen->reference, garCase.reference);
    auto events = w.ws().cases().timeline(admin, garCase.id);
    RELAIS_VERIFY_OK(events);
    QVERIFY(timelineHas(*events, u"Véhicule déposé au garage"_s));
    QVERIFY(!timelineHas(*events, u"Client difficile"_s));

    // Reading is not writing.
    const QString before = caseState(w, garCase.id);
    RELAIS_VERIFY_ERROR(w.ws().cases().addEvent(admin, garCase.id, newEvent(EventKind::Note, u"Note admin"_s)),
                        ErrorCode::Forbidden);
    Summary summary;
    summary.situation = u"Résumé de l'admin"_s;
    RELAIS_VERIFY_ERROR(w.ws().cases().setSummary(admin, garCase.id, summary), ErrorCode::Forbidden);
    RELAIS_VERIFY_ERROR(w.ws().handoffs().request(admin, garCase.id, u"TOW"_s, u"Remorquer"_s), ErrorCode::Forbidden);
    QCOMPARE(caseState(w, garCase.id), before);
}

void TestAccess::adminReadingIsAudited()
{
    // DESIGN.md, Access: "Who viewed or exported a case is logged, so a customer can be told who
    // saw the file." An admin reading a case their agency takes no part in must leave a trace.
    TestWorld &w = *m_world;
    const Case garCase = w.openCase(w.addClient(u"Hélène El Idrissi"_s, u"AB100001"_s), u"gar.agent"_s);
    const Actor admin = w.actor(u"net.admin"_s);
    const Bindings byAdmin{{u":user"_s, admin.userId}};
    const QString countSql = u"SELECT count(*) FROM audit_log WHERE user_id = :user"_s;
    const qint64 before = sqlCount(w, countSql, byAdmin);
    QVERIFY(before >= 0);
    auto events = w.ws().cases().timeline(admin, garCase.id);
    RELAIS_VERIFY_OK(events);
    QVERIFY2(sqlCount(w, countSql, byAdmin) > before, "the admin's reading of the case was not logged");
}

void TestAccess::everyReadOfCaseContentIsLogged_data()
{
    QTest::addColumn<Op>("op");
    QTest::addColumn<QString>("action");
    QTest::addRow("case card") << Op::CaseById << u"case.view"_s;
    QTest::addRow("timeline") << Op::Timeline << u"case.timeline"_s;
    QTest::addRow("documents") << Op::Documents << u"case.documents"_s;
    QTest::addRow("handoffs of the case") << Op::HandoffsOfCase << u"case.handoffs"_s;
    QTest::addRow("one handoff") << Op::HandoffById << u"case.handoffs"_s;
}

void TestAccess::everyReadOfCaseContentIsLogged()
{
    // Handoffs carry the summary and documents are the customer's papers: reading them is
    // reading the file, and the customer may ask who did.
    QFETCH(Op, op);
    QFETCH(QString, action);
    TestWorld &w = *m_world;
    const Actor gar = w.actor(u"gar.agent"_s);
    const QString countSql = u"SELECT count(*) FROM audit_log WHERE user_id = :user AND action = :action "
                             "AND subject = :ref"_s;
    const Bindings bindings{{u":user"_s, gar.userId}, {u":action"_s, action}, {u":ref"_s, m_target.reference}};
    const qint64 before = sqlCount(w, countSql, bindings);
    QVERIFY(before >= 0);
    const std::optional<Error> error = run(w, gar, m_target, op);
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
    QCOMPARE(sqlCount(w, countSql, bindings), before + 1);
}

void TestAccess::searchShowingExcerptsIsLogged()
{
    TestWorld &w = *m_world;
    const Actor gar = w.actor(u"gar.agent"_s);
    auto hits = w.ws().search().search(gar, u"constat amiable"_s);
    RELAIS_VERIFY_OK(hits);
    QVERIFY(!hits->isEmpty());
    // Filed under the case, so the case's access log shows it, with what was searched for.
    const QVariant details = sqlValue(w, u"SELECT details FROM audit_log WHERE user_id = :user "
                                         "AND action = 'search.excerpts' AND subject = :ref ORDER BY id DESC LIMIT 1"_s,
                                      {{u":user"_s, gar.userId}, {u":ref"_s, m_target.reference}});
    QVERIFY2(details.toString().contains(u"constat amiable"_s), qPrintable(details.toString()));
}

void TestAccess::listsLeaveOutCasesOfOthers()
{
    TestWorld &w = *m_world;
    auto hosCases = w.ws().cases().cases(w.actor(u"hos.agent"_s));
    RELAIS_VERIFY_OK(hosCases);
    for (const Case &kase : *hosCases)
        QVERIFY2(kase.id != m_target.caseId, "HOS lists a case it takes no part in");
    auto ofClient = w.ws().cases().casesOfClient(w.actor(u"hos.agent"_s), m_clientId);
    if (ofClient) {
        for (const Case &kase : *ofClient)
            QVERIFY2(kase.id != m_target.caseId, "HOS lists a case of the client it takes no part in");
    } else {
        QCOMPARE(ofClient.error().code, ErrorCode::Forbidden);
    }

    auto insCases = w.ws().cases().cases(w.actor(u"ins.agent"_s));
    RELAIS_VERIFY_OK(insCases);
    QVERIFY(std::any_of(insCases->cbegin(), insCases->cend(),
                        [this](const Case &kase) { return kase.id == m_target.caseId; }));
    auto garCases = w.ws().cases().casesOfClient(w.actor(u"gar.agent"_s), m_clientId);
    RELAIS_VERIFY_OK(garCases);
    QVERIFY(std::any_of(garCases->cbegin(), garCases->cend(),
                        [this](const Case &kase) { return kase.id == m_target.caseId; }));
}

void TestAccess::searchLeavesOutCasesOfOthers()
{
    TestWorld &w = *m_world;
    auto isOurs = [this](const SearchHit &hit) {
        return (hit.kind == SearchHit::Kind::Case || hit.kind == SearchHit::Kind::Event)
            && hit.caseId == m_target.caseId;
    };
    for (const QString &query : {m_target.reference, u"constat"_s}) {
        auto insHits = w.ws().search().search(w.actor(u"ins.agent"_s), query);
        RELAIS_VERIFY_OK(insHits);
        QVERIFY2(std::any_of(insHits->cbegin(), insHits->cend(), isOurs), qPrintable(query));

        auto hosHits = w.ws().search().search(w.actor(u"hos.agent"_s), query);
        RELAIS_VERIFY_OK(hosHits);
        QVERIFY2(std::none_of(hosHits->cbegin(), hosHits->cend(), isOurs), qPrintable(query));

        auto consoleHits = w.ws().search().search(Actor::localConsole(), query);
        if (consoleHits)
            QVERIFY2(std::none_of(consoleHits->cbegin(), consoleHits->cend(), isOurs), qPrintable(query));
        else
            QCOMPARE(consoleHits.error().code, ErrorCode::Forbidden);
    }
}

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
