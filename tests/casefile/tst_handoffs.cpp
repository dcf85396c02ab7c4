// Handoffs between agencies: consent first, the summary travels, and every step of the FHIR
// task lifecycle is a timeline event by the side allowed to take it.

#include "casefiletest.h"

#include <algorithm>
#include <memory>

using namespace Relais::Core;
using namespace Relais::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString situation = u"Véhicule immobilisé sur l'A1 après un choc arrière"_s;
const QString nextStep = u"Remorquer au garage puis faire établir un devis"_s;

bool hasParticipant(const Case &kase, const QString &code)
{
    return std::any_of(kase.participants.cbegin(), kase.participants.cend(),
                       [&code](const AgencyRef &agency) { return agency.code == code; });
}

// Who sets a status, as DESIGN.md says: the requester cancels, the receiver does the rest.
QString loginFor(HandoffStatus status)
{
    return status == HandoffStatus::Cancelled ? u"ins.agent"_s : u"gar.agent"_s;
}

} // namespace

class TestHandoffs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void requestWithoutConsentIsRefused_data();
    void requestWithoutConsentIsRefused();
    void consentToNamedAgencyAllowsRequest();
    void requestCarriesSummaryAndHead();
    void receiverWalksTheLifecycle();
    void sideRules_data();
    void sideRules();
    void illegalTransitionIsRefused_data();
    void illegalTransitionIsRefused();
    void reasonIsRequired_data();
    void reasonIsRequired();
    void inboxListsHandoffsAwaitingTheAgencysAnswer();
    void documentsOnFileTravelWithTheRequest();
    void requestToOwnAgencyIsRefused();
    void requestToUnknownAgencyIsNotFound();
    void receiverCanHandOnward();

private:
    // A case INS opened for a consenting customer, with a summary.
    void openCaseWithSummary(bool networkConsent = true);
    [[nodiscard]] Result<Handoff> requestToGar();
    void walk(Id handoffId, const QList<HandoffStatus> &path);

    std::unique_ptr<TestWorld> m_world;
    Id m_clientId = 0;
    Case m_case;
};

void TestHandoffs::init()
{
    m_world = std::make_unique<TestWorld>();
    QVERIFY(m_world->isValid());
}

void TestHandoffs::cleanup()
{
    m_world.reset();
    m_case = {};
}

void TestHandoffs::openCaseWithSummary(bool networkConsent)
{
    TestWorld &w = *m_world;
    m_clientId = w.addClient(u"Karim Bennani"_s, u"BK123456"_s, networkConsent);
    m_case = w.openCase(m_clientId);
    Summary summary;
    summary.situation = situation;
    summary.needs = u"Remorquage, réparation, véhicule de remplacement"_s;
    summary.nextStep = nextStep;
    auto saved = w.ws().cases().setSummary(w.actor(u"ins.agent"_s), m_case.id, summary);
    RELAIS_VERIFY_OK(saved);
    auto reloaded = w.ws().cases().caseById(w.actor(u"ins.agent"_s), m_case.id);
    RELAIS_VERIFY_OK(reloaded);
    m_case = *reloaded;
}

Result<Handoff> TestHandoffs::requestToGar()
{
    return m_world->ws().handoffs().request(m_world->actor(u"ins.agent"_s), m_case.id, u"GAR"_s,
                                            u"Réparer le pare-choc arrière"_s);
}

void TestHandoffs::walk(Id handoffId, const QList<HandoffStatus> &path)
{
    for (HandoffStatus status : path) {
        m_world->advance(600);
        TransitionDetails details;
        if (reasonRequired(status))
            details.reason = u"Motif : "_s + handoffStatusCode(status);
        auto moved = m_world->ws().handoffs().transition(m_world->actor(loginFor(status)), handoffId, status, details);
        RELAIS_VERIFY_OK(moved);
        QCOMPARE(moved->status, status);
    }
}

void TestHandoffs::requestWithoutConsentIsRefused_data()
{
    QTest::addColumn<QString>("consent");
    QTest::addRow("no consent at all") << u"none"_s;
    QTest::addRow("consent names other agencies") << u"other"_s;
    QTest::addRow("consent to GAR revoked") << u"revoked"_s;
}

void TestHandoffs::requestWithoutConsentIsRefused()
{
    QFETCH(QString, consent);
    openCaseWithSummary(false);
    if (QTest::currentTestFailed())
        return;
    TestWorld &w = *m_world;
    const Actor ins = w.actor(u"ins.agent"_s);
    if (consent == u"other") {
        RELAIS_VERIFY_OK(w.ws().clients().grantConsent(ins, m_clientId, ConsentScope::Agencies, {u"TOW"_s}));
    } else if (consent == u"revoked") {
        auto granted = w.ws().clients().grantConsent(ins, m_clientId, ConsentScope::Agencies, {u"GAR"_s});
        RELAIS_VERIFY_OK(granted);
        RELAIS_VERIFY_OK(w.ws().clients().revokeConsent(ins, granted->id, u"Le client retire son accord"_s));
    }
    const QString before = caseState(w, m_case.id);
    const qint64 handoffsBefore = sqlCount(w, u"SELECT count(*) FROM handoffs"_s);

    auto handoff = requestToGar();
    QVERIFY2(!handoff, "a handoff went to an agency the customer did not agree to share with");
    QVERIFY2(handoff.error().code == ErrorCode::Forbidden || handoff.error().code == ErrorCode::Invalid,
             qPrintable(handoff.error().message));
    QVERIFY2(handoff.error().message.contains(u"consent"_s, Qt::CaseInsensitive), qPrintable(handoff.error().message));
    QCOMPARE(caseState(w, m_case.id), before);
    QCOMPARE(sqlCount(w, u"SELECT count(*) FROM handoffs"_s), handoffsBefore);
    // GAR did not become a participant.
    RELAIS_VERIFY_ERROR(w.ws().cases().caseById(w.actor(u"gar.agent"_s), m_case.id), ErrorCode::Forbidden);
    auto inbox = w.ws().handoffs().inbox(w.actor(u"gar.agent"_s));
    RELAIS_VERIFY_OK(inbox);
    QVERIFY(inbox->isEmpty());
}

void TestHandoffs::consentToNamedAgencyAllowsRequest()
{
    openCaseWithSummary(false);
    if (QTest::currentTestFailed())
        return;
    TestWorld &w = *m_world;
    const Actor ins = w.actor(u"ins.agent"_s);
    RELAIS_VERIFY_OK(w.ws().clients().grantConsent(ins, m_clientId, ConsentScope::Agencies, {u"GAR"_s}));
    auto handoff = requestToGar();
    RELAIS_VERIFY_OK(handoff);
    QCOMPARE(handoff->to.code, u"GAR"_s);
    // TOW is still not covered.
    auto tow = w.ws().handoffs().request(ins, m_case.id, u"TOW"_s, u"Remorquer"_s);
    QVERIFY(!tow);
}

void TestHandoffs::requestCarriesSummaryAndHead()
{
    openCaseWithSummary();
    if (QTest::currentTestFailed())
        return;
    TestWorld &w = *m_world;
    const Actor ins = w.actor(u"ins.agent"_s);
    w.advance(3600);
    const QDateTime due = w.now().addDays(3);
    auto handoff = w.ws().handoffs().request(ins, m_case.id, u"GAR"_s, u"Réparer le pare-choc arrière"_s, due);
    RELAIS_VERIFY_OK(handoff);
    QVERIFY(handoff->id != 0);
    QCOMPARE(handoff->caseId, m_case.id);
    QCOMPARE(handoff->caseReference, m_case.reference);
    QCOMPARE(handoff->from.code, u"INS"_s);
    QCOMPARE(handoff->to.code, u"GAR"_s);
    QCOMPARE(handoff->ask, u"Réparer le pare-choc arrière"_s);
    QCOMPARE(handoff->status, HandoffStatus::Requested);
    QCOMPARE(handoff->requestedAt, w.now());
    QCOMPARE(handoff->dueAt, due);
    QVERIFY(!handoff->requestedBy.isEmpty());
    QVERIFY2(jsonMentions(handoff->summaryAtRequest, situation), "the handoff does not carry the situation");
    QVERIFY2(jsonMentions(handoff->summaryAtRequest, nextStep), "the handoff does not carry the next step");

    // The request is on the timeline, by the requester.
    auto after = w.ws().cases().caseById(ins, m_case.id);
    RELAIS_VERIFY_OK(after);
    QVERIFY(after->eventCount > m_case.eventCount);
    auto events = w.ws().cases().timeline(ins, m_case.id);
    RELAIS_VERIFY_OK(events);
    const auto requestEvent = std::find_if(events->cbegin(), events->cend(), [this](const TimelineEvent &e) {
        return e.seq > m_case.eventCount && e.kind == EventKind::Handoff;
    });
    QVERIFY2(requestEvent != events->cend(), "no handoff event on the timeline");
    QCOMPARE(requestEvent->authorLogin, u"ins.agent"_s);
    QCOMPARE(requestEvent->agencyCode, u"INS"_s);

    // The head hash it carries is the chain's head when the request was made: the head just
    // before it, or the request's own event (either proves what the file said).
    QVERIFY(!handoff->headHashAtRequest.isEmpty());
    QVERIFY2(handoff->headHashAtRequest == m_case.headHash || handoff->headHashAtRequest == requestEvent->hash,
             handoff->headHashAtRequest.constData());

    // The receiver now takes part and reads the case.
    QVERIFY(hasParticipant(*after, u"GAR"_s));
    QVERIFY(hasParticipant(*after, u"INS"_s));
    auto garView = w.ws().cases().caseById(w.actor(u"gar.agent"_s), m_case.id);
    RELAIS_VERIFY_OK(garView);

    // What the handoff carried stays as it was when the summary moves on.
    Summary newer;
    newer.situation = u"Véhicule remorqué au garage"_s;
    RELAIS_VERIFY_OK(w.ws().cases().setSummary(ins, m_case.id, newer));
    auto reread = w.ws().handoffs().handoff(w.actor(u"gar.agent"_s), handoff->id);
    RELAIS_VERIFY_OK(reread);
    QVERIFY(jsonMentions(reread->summaryAtRequest, situation));
    QVERIFY(!jsonMentions(reread->summaryAtRequest, newer.situation));
    QCOMPARE(reread->headHashAtRequest, handoff->headHashAtRequest);
}

void TestHandoffs::receiverWalksTheLifecycle()
{
    openCaseWithSummary();
    if (QTest::currentTestFailed())
        return;
    TestWorld &w = *m_world;
    auto handoff = requestToGar();
    RELAIS_VERIFY_OK(handoff);
    const Actor gar = w.actor(u"gar.agent"_s);

    struct Step {
        HandoffStatus target;
        QString reason;
    };
    const QList<Step> steps{
        {HandoffStatus::Received, {}},
        {HandoffStatus::Accepted, {}},
        {HandoffStatus::InProgress, {}},
        {HandoffStatus::OnHold, u"En attente de la pièce de carrosserie"_s},
        {HandoffStatus::InProgress, {}},
        {HandoffStatus::Completed, {}},
    };
    for (const Step &step : steps) {
        const QByteArray label = handoffStatusCode(step.target).toUtf8();
        w.advance(3600);
        auto before = w.ws().cases().caseById(gar, m_case.id);
        RELAIS_VERIFY_OK(before);
        TransitionDetails details;
        details.reason = step.reason;
        if (step.target == HandoffStatus::OnHold)
            details.holdUntil = w.now().addDays(2);

        auto moved = w.ws().handoffs().transition(gar, handoff->id, step.target, details);
        QVERIFY2(moved, qPrintable(QString::fromUtf8(label) + u": "_s + (moved ? QString() : moved.error().message)));
        QCOMPARE(moved->status, step.target);
        QCOMPARE(moved->statusChangedAt, w.now());
        if (!step.reason.isEmpty())
            QCOMPARE(moved->lastReason, step.reason);
        if (step.target == HandoffStatus::OnHold)
            QCOMPARE(moved->holdUntil, details.holdUntil);

        // One timeline event, by the acting user, with the reason where there is one.
        auto events = w.ws().cases().timeline(gar, m_case.id);
        RELAIS_VERIFY_OK(events);
        QVERIFY2(events->size() > before->eventCount, label.constData());
        const TimelineEvent &last = events->constLast();
        QVERIFY2(last.kind == EventKind::Handoff, label.constData());
        QCOMPARE(last.authorLogin, u"gar.agent"_s);
        QCOMPARE(last.agencyCode, u"GAR"_s);
        QCOMPARE(last.recordedAt, w.now());
        if (!step.reason.isEmpty())
            QVERIFY2(eventMentions(last, step.reason), label.constData());

        // The requester sees the same status.
        auto seenByRequester = w.ws().handoffs().handoff(w.actor(u"ins.agent"_s), handoff->id);
        RELAIS_VERIFY_OK(seenByRequester);
        QCOMPARE(seenByRequester->status, step.target);
    }
    auto ofCase = w.ws().handoffs().handoffsOfCase(w.actor(u"ins.agent"_s), m_case.id);
    RELAIS_VERIFY_OK(ofCase);
    QCOMPARE(ofCase->size(), 1);
    QCOMPARE(ofCase->first().status, HandoffStatus::Completed);
    auto inbox = w.ws().handoffs().inbox(gar);
    RELAIS_VERIFY_OK(inbox);
    QVERIFY2(inbox->isEmpty(), "a completed handoff is still waiting in GAR's inbox");
}

void TestHandoffs::sideRules_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<HandoffStatus>("target");
    QTest::addColumn<bool>("allowed");
    QTest::addRow("receiver cancels") << u"gar.agent"_s << HandoffStatus::Cancelled << false;
    QTest::addRow("requester accepts") << u"ins.agent"_s << HandoffStatus::Accepted << false;
    QTest::addRow("requester receives") << u"ins.agent"_s << HandoffStatus::Received << false;
    QTest::addRow("requester rejects") << u"ins.agent"_s << HandoffStatus::Rejected << false;
    QTest::addRow("requester's supervisor accepts") << u"ins.super"_s << HandoffStatus::Accepted << false;
    QTest::addRow("third agency in the case receives") << u"tow.agent"_s << HandoffStatus::Received << false;
    QTest::addRow("agency outside the case cancels") << u"hos.agent"_s << HandoffStatus::Cancelled << false;
    QTest::addRow("requester cancels") << u"ins.agent"_s << HandoffStatus::Cancelled << true;
    QTest::addRow("receiver receives") << u"gar.agent"_s << HandoffStatus::Received << true;
    QTest::addRow("receiver accepts") << u"gar.agent"_s << HandoffStatus::Accepted << true;
    QTest::addRow("receiver rejects") << u"gar.agent"_s << HandoffStatus::Rejected << true;
}

void TestHandoffs::sideRules()
{
    QFETCH(QString, login);
    QFETCH(HandoffStatus, target);
    QFETCH(bool, allowed);
    openCaseWithSummary();
    if (QTest::currentTestFailed())
        return;
    TestWorld &w = *m_world;
    auto handoff = requestToGar();
    RELAIS_VERIFY_OK(handoff);
    // TOW takes part in the case too, through a handoff of its own: it is neither side of GAR's.
    RELAIS_VERIFY_OK(w.ws().handoffs().request(w.actor(u"ins.agent"_s), m_case.id, u"TOW"_s, u"Remorquer"_s));
    const QString before = caseState(w, m_case.id);
    w.advance(600);

    TransitionDetails details;
    details.reason = u"Le motif est donné"_s;
    auto moved = w.ws().handoffs().transition(w.actor(login), handoff->id, target, details);
    if (allowed) {
        RELAIS_VERIFY_OK(moved);
        QCOMPARE(moved->status, target);
        QVERIFY(caseState(w, m_case.id) != before);
    } else {
        RELAIS_VERIFY_ERROR(moved, ErrorCode::Forbidden);
        QCOMPARE(caseState(w, m_case.id), before);
        auto unchanged = w.ws().handoffs().handoff(w.actor(u"ins.agent"_s), handoff->id);
        RELAIS_VERIFY_OK(unchanged);
        QCOMPARE(unchanged->status, HandoffStatus::Requested);
    }
}

void TestHandoffs::illegalTransitionIsRefused_data()
{
    using enum HandoffStatus;
    QTest::addColumn<QList<HandoffStatus>>("path");
    QTest::addColumn<HandoffStatus>("target");
    QTest::addRow("requested to completed") << QList<HandoffStatus>{} << Completed;
    QTest::addRow("requested to in-progress") << QList<HandoffStatus>{} << InProgress;
    QTest::addRow("requested to on-hold") << QList<HandoffStatus>{} << OnHold;
    QTest::addRow("requested to requested") << QList<HandoffStatus>{} << Requested;
    QTest::addRow("received to completed") << QList<HandoffStatus>{Received} << Completed;
    QTest::addRow("accepted to rejected") << QList<HandoffStatus>{Accepted} << Rejected;
    QTest::addRow("completed to in-progress") << QList<HandoffStatus>{Received, Accepted, InProgress, Completed}
                                              << InProgress;
    QTest::addRow("rejected to accepted") << QList<HandoffStatus>{Rejected} << Accepted;
    QTest::addRow("failed to completed") << QList<HandoffStatus>{Accepted, InProgress, Failed} << Completed;
}

void TestHandoffs::illegalTransitionIsRefused()
{
    QFETCH(QList<HandoffStatus>, path);
    QFETCH(HandoffStatus, target);
    openCaseWithSummary();
    if (QTest::currentTestFailed())
        return;
    TestWorld &w = *m_world;
    auto handoff = requestToGar();
    RELAIS_VERIFY_OK(handoff);
    walk(handoff->id, path);
    if (QTest::currentTestFailed())
        return;
    const HandoffStatus reached = path.isEmpty() ? HandoffStatus::Requested : path.constLast();
    const QString before = caseState(w, m_case.id);
    w.advance(600);

    TransitionDetails details;
    details.reason = u"Le motif est donné"_s;
    auto moved = w.ws().handoffs().transition(w.actor(u"gar.agent"_s), handoff->id, target, details);
    RELAIS_VERIFY_ERROR(moved, ErrorCode::Invalid);
    QVERIFY(!moved.error().message.isEmpty());
    QCOMPARE(caseState(w, m_case.id), before);
    auto unchanged = w.ws().handoffs().handoff(w.actor(u"gar.agent"_s), handoff->id);
    RELAIS_VERIFY_OK(unchanged);
    QCOMPARE(unchanged->status, reached);
}

void TestHandoffs::reasonIsRequired_data()
{
    using enum HandoffStatus;
    QTest::addColumn<QList<HandoffStatus>>("path");
    QTest::addColumn<HandoffStatus>("target");
    QTest::addColumn<QString>("reason");
    for (const QString &reason : {QString(), u"   "_s}) {
        const char *how = reason.isEmpty() ? "empty" : "blank";
        QTest::addRow("rejected, %s reason", how) << QList<HandoffStatus>{} << Rejected << reason;
        QTest::addRow("cancelled, %s reason", how) << QList<HandoffStatus>{Received} << Cancelled << reason;
        QTest::addRow("on-hold, %s reason", how) << QList<HandoffStatus>{Accepted, InProgress} << OnHold << reason;
        QTest::addRow("failed, %s reason", how) << QList<HandoffStatus>{Accepted, InProgress} << Failed << reason;
    }
}

void TestHandoffs::reasonIsRequired()
{
    QFETCH(QList<HandoffStatus>, path);
    QFETCH(HandoffStatus, target);
    QFETCH(QString, reason);
    openCaseWithSummary();
    if (QTest::currentTestFailed())
        return;
    TestWorld &w = *m_world;
    auto handoff = requestToGar();
    RELAIS_VERIFY_OK(handoff);
    walk(handoff->id, path);
    if (QTest::currentTestFailed())
        return;
    const QString before = caseState(w, m_case.id);

    TransitionDetails details;
    details.reason = reason;
    auto moved = w.ws().handoffs().transition(w.actor(loginFor(target)), handoff->id, target, details);
    RELAIS_VERIFY_ERROR(moved, ErrorCode::Invalid);
    QCOMPARE(caseState(w, m_case.id), before);

    // With a reason the same step goes through.
    details.reason = u"Pièce introuvable chez le fournisseur"_s;
    auto withReason = w.ws().handoffs().transition(w.actor(loginFor(target)), handoff->id, target, details);
    RELAIS_VERIFY_OK(withReason);
    QCOMPARE(withReason->lastReason, details.reason);
}

void TestHandoffs::documentsOnFileTravelWithTheRequest()
{
    TestWorld &w = *m_world;
    const Actor ins = w.actor(u"ins.agent"_s);
    const Case kase = w.openCase(w.addClient());
    auto document = w.ws().cases().addDocument(ins, kase.id, u"carte grise"_s, u"carte-grise.pdf"_s, "%PDF-1.4 carte grise");
    RELAIS_VERIFY_OK(document);
    const Case elsewhere = w.openCase(w.addClient(u"Hélène El Idrissi"_s, u"AB100001"_s));
    auto foreign = w.ws().cases().addDocument(ins, elsewhere.id, u"facture"_s, u"facture.pdf"_s, "%PDF-1.4 facture");
    RELAIS_VERIFY_OK(foreign);

    // A document of another customer's file does not travel; nothing is stored.
    const qint64 before = sqlCount(w, u"SELECT count(*) FROM handoffs"_s);
    auto refused = w.ws().handoffs().request(ins, kase.id, u"GAR"_s, u"Réparer"_s, {}, {foreign->document.id});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Invalid);
    QCOMPARE(sqlCount(w, u"SELECT count(*) FROM handoffs"_s), before);

    auto handoff = w.ws().handoffs().request(ins, kase.id, u"GAR"_s, u"Réparer"_s, {}, {document->document.id});
    RELAIS_VERIFY_OK(handoff);
    QCOMPARE(handoff->documentIds, QList<Id>{document->document.id});
    auto events = w.ws().cases().timeline(ins, kase.id, timelinePage(true, 0, 1));
    RELAIS_VERIFY_OK(events);
    QVERIFY2(events->constFirst().text.contains(u"carte-grise.pdf"_s), qPrintable(events->constFirst().text));
    // The receiving agency finds the document among the case's documents on file.
    auto garDocuments = w.ws().cases().documents(w.actor(u"gar.agent"_s), kase.id);
    RELAIS_VERIFY_OK(garDocuments);
    QCOMPARE(garDocuments->size(), 1);
}

void TestHandoffs::inboxListsHandoffsAwaitingTheAgencysAnswer()
{
    TestWorld &w = *m_world;
    const Actor ins = w.actor(u"ins.agent"_s);
    const Id client = w.addClient();
    const Case first = w.openCase(client, u"ins.agent"_s, u"Accident claim"_s);
    const Case second = w.openCase(client, u"ins.agent"_s, u"Bris de glace"_s);

    auto toGarFirst = w.ws().handoffs().request(ins, first.id, u"GAR"_s, u"Réparer la carrosserie"_s);
    RELAIS_VERIFY_OK(toGarFirst);
    w.advance(600);
    auto toTow = w.ws().handoffs().request(ins, second.id, u"TOW"_s, u"Remorquer"_s);
    RELAIS_VERIFY_OK(toTow);
    w.advance(600);
    auto toGarSecond = w.ws().handoffs().request(ins, second.id, u"GAR"_s, u"Changer le pare-brise"_s);
    RELAIS_VERIFY_OK(toGarSecond);
    w.advance(600);
    auto declined = w.ws().handoffs().request(ins, first.id, u"GAR"_s, u"Peinture"_s);
    RELAIS_VERIFY_OK(declined);
    TransitionDetails reason;
    reason.reason = u"Nous ne faisons pas la peinture"_s;
    RELAIS_VERIFY_OK(w.ws().handoffs().transition(w.actor(u"gar.agent"_s), declined->id, HandoffStatus::Rejected, reason));
    // Accepted work has left the inbox: the agency took it on (it is in its cases, not waiting).
    RELAIS_VERIFY_OK(w.ws().handoffs().transition(w.actor(u"gar.agent"_s), toGarFirst->id, HandoffStatus::Accepted));
    // Acknowledged but not yet accepted still waits for an answer.
    RELAIS_VERIFY_OK(w.ws().handoffs().transition(w.actor(u"gar.agent"_s), toGarSecond->id, HandoffStatus::Received));

    auto idsOf = [](const QList<Handoff> &handoffs) {
        QList<Id> ids;
        for (const Handoff &handoff : handoffs)
            ids.append(handoff.id);
        return ids;
    };
    auto garInbox = w.ws().handoffs().inbox(w.actor(u"gar.agent"_s));
    RELAIS_VERIFY_OK(garInbox);
    QCOMPARE(idsOf(*garInbox), (QList<Id>{toGarSecond->id}));
    for (const Handoff &handoff : *garInbox)
        QCOMPARE(handoff.to.code, u"GAR"_s);
    auto towInbox = w.ws().handoffs().inbox(w.actor(u"tow.agent"_s));
    RELAIS_VERIFY_OK(towInbox);
    QCOMPARE(idsOf(*towInbox), QList<Id>{toTow->id});
    auto insInbox = w.ws().handoffs().inbox(ins);
    RELAIS_VERIFY_OK(insInbox);
    QVERIFY2(insInbox->isEmpty(), "INS's inbox shows handoffs INS sent");
    auto hosInbox = w.ws().handoffs().inbox(w.actor(u"hos.agent"_s));
    RELAIS_VERIFY_OK(hosInbox);
    QVERIFY(hosInbox->isEmpty());
}

void TestHandoffs::requestToOwnAgencyIsRefused()
{
    openCaseWithSummary();
    if (QTest::currentTestFailed())
        return;
    TestWorld &w = *m_world;
    const QString before = caseState(w, m_case.id);
    auto handoff = w.ws().handoffs().request(w.actor(u"ins.agent"_s), m_case.id, u"INS"_s, u"Se le renvoyer"_s);
    QVERIFY2(!handoff, "a handoff to the requesting agency itself was accepted");
    QVERIFY2(handoff.error().code == ErrorCode::Invalid || handoff.error().code == ErrorCode::Forbidden,
             qPrintable(handoff.error().message));
    QCOMPARE(caseState(w, m_case.id), before);
}

void TestHandoffs::requestToUnknownAgencyIsNotFound()
{
    openCaseWithSummary();
    if (QTest::currentTestFailed())
        return;
    TestWorld &w = *m_world;
    const QString before = caseState(w, m_case.id);
    auto handoff = w.ws().handoffs().request(w.actor(u"ins.agent"_s), m_case.id, u"XYZ"_s, u"Faire quelque chose"_s);
    RELAIS_VERIFY_ERROR(handoff, ErrorCode::NotFound);
    QVERIFY2(handoff.error().message.contains(u"XYZ"_s), qPrintable(handoff.error().message));
    QCOMPARE(caseState(w, m_case.id), before);
}

void TestHandoffs::receiverCanHandOnward()
{
    openCaseWithSummary();
    if (QTest::currentTestFailed())
        return;
    TestWorld &w = *m_world;
    auto toGar = requestToGar();
    RELAIS_VERIFY_OK(toGar);
    auto onward = w.ws().handoffs().request(w.actor(u"gar.agent"_s), m_case.id, u"TOW"_s,
                                            u"Ramener le véhicule chez le client"_s);
    RELAIS_VERIFY_OK(onward);
    QCOMPARE(onward->from.code, u"GAR"_s);
    QCOMPARE(onward->to.code, u"TOW"_s);
    auto towView = w.ws().cases().caseById(w.actor(u"tow.agent"_s), m_case.id);
    RELAIS_VERIFY_OK(towView);
    auto all = w.ws().handoffs().handoffsOfCase(w.actor(u"tow.agent"_s), m_case.id);
    RELAIS_VERIFY_OK(all);
    QCOMPARE(all->size(), 2);
}

QTEST_GUILESS_MAIN(TestHandoffs)
#include "tst_handoffs.moc"
