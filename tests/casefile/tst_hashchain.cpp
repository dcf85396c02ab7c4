// The timeline's hash chain: stable canonical bytes, and a verifier that names every case and
// event someone with write access to the file has edited, removed or reordered.

#include "casefiletest.h"

#include "integrity/hashchain.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <functional>
#include <memory>

using namespace Relais::Core;
using namespace Relais::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

SealedEvent sampleEvent()
{
    SealedEvent event;
    event.caseReference = u"REL-2026-000001"_s;
    event.seq = 3;
    event.kind = u"note"_s;
    event.occurredAtMs = 1772442000000;
    event.recordedAtMs = 1772442060000;
    event.authorLogin = u"ins.agent"_s;
    event.agencyCode = u"INS"_s;
    event.visibility = u"shared"_s;
    event.text = u"Client called back"_s;
    event.payloadJson = QByteArray(R"({"effort":"chase-call"})");
    return event;
}

const ChainProblem *findProblem(const VerificationReport &report, const QString &reference,
                                const std::function<bool(const ChainProblem &)> &matches)
{
    for (const ChainProblem &problem : report.problems)
        if (problem.caseReference == reference && matches(problem))
            return &problem;
    return nullptr;
}

const CaseChainStatus *findCase(const VerificationReport &report, const QString &reference)
{
    for (const CaseChainStatus &status : report.cases)
        if (status.caseReference == reference)
            return &status;
    return nullptr;
}

QString describe(const VerificationReport &report)
{
    QStringList lines;
    for (const ChainProblem &problem : report.problems) {
        char *kind = toString(problem.kind);
        lines.append(u"%1 seq %2 %3: %4"_s.arg(problem.caseReference).arg(problem.seq)
                         .arg(QString::fromLatin1(kind), problem.message));
        delete[] kind;
    }
    return lines.isEmpty() ? u"<no problems>"_s : lines.join(u"\n"_s);
}

} // namespace

class TestHashChain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void canonicalBytesAreDeterministic();
    void canonicalBytesAreCompactSortedUtf8Json();
    void canonicalFormIsStable();
    void everySealedFieldCounts_data();
    void everySealedFieldCounts();
    void chainHashLinksToPrevious();

    void intactCasesVerify();
    void databaseRefusesChangingEvents_data();
    void databaseRefusesChangingEvents();
    void editedEventIsNamed_data();
    void editedEventIsNamed();
    void removedMiddleEventIsNamed();
    void removedLastEventIsNamed();
    void handoffWhoseEventsWereCutOffIsNamed();
    void handoffStatusEditedBehindTheTimelineIsNamed();
    void reorderedEventsAreNamed();

    void exportedHeadIsFoundAfterMoreEvents();
    void hashIsAcceptedInEitherCaseOrAsPrefix_data();
    void hashIsAcceptedInEitherCaseOrAsPrefix();
    void malformedHashIsInvalid_data();
    void malformedHashIsInvalid();
    void hashOfAnotherCaseIsNotFound();
    void hashInAnUnknownCaseIsNotFound();
    void editBeforeTheExportedHeadIsReported();
    void editAfterTheExportedHeadLeavesItIntact();
    void ambiguousPrefixIsInvalid();

private:
    // Two cases: the one an attacker tampers with, and one nobody touches.
    void buildScene();
    void dropAppendOnlyTriggers();
    [[nodiscard]] QList<int> victimSeqs();
    // The victim's head as an export printed it, then two more events on the victim.
    void exportThenAddEvents();
    void checkBystanderIntact(const VerificationReport &report);

    std::unique_ptr<TestWorld> m_world;
    Case m_victim;
    Case m_bystander;
};

void TestHashChain::init()
{
    m_world = std::make_unique<TestWorld>();
    QVERIFY(m_world->isValid());
}

void TestHashChain::cleanup()
{
    m_world.reset();
}

void TestHashChain::buildScene()
{
    TestWorld &w = *m_world;
    const Actor ins = w.actor(u"ins.agent"_s);
    m_victim = w.openCase(w.addClient(u"Karim Bennani"_s, u"BK123456"_s));
    m_bystander = w.openCase(w.addClient(u"Hélène El Idrissi"_s, u"AB100001"_s), u"ins.agent"_s,
                             u"Dégât des eaux"_s);
    const QStringList notes{u"Déclaration reçue par téléphone"_s, u"Photos du véhicule reçues"_s,
                            u"Expert mandaté"_s, u"Le client a rappelé"_s, u"Rapport d'expertise reçu"_s,
                            u"Accord de prise en charge"_s};
    for (const QString &text : notes) {
        w.advance(600);
        auto added = w.ws().cases().addEvent(ins, m_victim.id, newEvent(EventKind::Note, text));
        RELAIS_VERIFY_OK(added);
    }
    Summary summary;
    summary.situation = u"Véhicule immobilisé"_s;
    auto summarised = w.ws().cases().setSummary(ins, m_victim.id, summary);
    RELAIS_VERIFY_OK(summarised);
    for (const QString &text : {u"Fuite signalée"_s, u"Plombier envoyé"_s, u"Facture reçue"_s}) {
        w.advance(600);
        auto added = w.ws().cases().addEvent(ins, m_bystander.id, newEvent(EventKind::Note, text));
        RELAIS_VERIFY_OK(added);
    }
    auto victim = w.ws().cases().caseById(ins, m_victim.id);
    RELAIS_VERIFY_OK(victim);
    m_victim = *victim;
    auto bystander = w.ws().cases().caseById(ins, m_bystander.id);
    RELAIS_VERIFY_OK(bystander);
    m_bystander = *bystander;
    QVERIFY(m_victim.eventCount >= 7);

    auto report = w.ws().verifier().verifyAll();
    RELAIS_VERIFY_OK(report);
    QVERIFY2(report->intact(), qPrintable(describe(*report)));
}

void TestHashChain::dropAppendOnlyTriggers()
{
    QString error;
    QVERIFY2(Relais::Test::dropAppendOnlyTriggers(*m_world, &error), qPrintable(error));
}

QList<int> TestHashChain::victimSeqs()
{
    QList<int> seqs;
    auto rows = m_world->ws().database().select(u"SELECT seq FROM events WHERE case_id = :case ORDER BY seq"_s,
                                                {{u":case"_s, m_victim.id}});
    if (rows)
        for (const QSqlRecord &row : *rows)
            seqs.append(row.value(0).toInt());
    return seqs;
}

void TestHashChain::checkBystanderIntact(const VerificationReport &report)
{
    for (const ChainProblem &problem : report.problems)
        QVERIFY2(problem.caseReference == m_victim.reference,
                 qPrintable(u"a problem was reported for an untouched case:\n"_s + describe(report)));
    const CaseChainStatus *bystander = findCase(report, m_bystander.reference);
    QVERIFY2(bystander, "the untouched case is missing from the report");
    QVERIFY(bystander->intact);
    QCOMPARE(bystander->eventCount, m_bystander.eventCount);
    QCOMPARE(bystander->headHash, m_bystander.headHash);
    const CaseChainStatus *victim = findCase(report, m_victim.reference);
    QVERIFY2(victim, "the tampered case is missing from the report");
    QVERIFY(!victim->intact);

    // Checking the untouched case alone also says it is intact.
    auto alone = m_world->ws().verifier().verifyCase(m_bystander.reference);
    RELAIS_VERIFY_OK(alone);
    QVERIFY2(alone->intact(), qPrintable(describe(*alone)));
}

void TestHashChain::canonicalBytesAreDeterministic()
{
    const SealedEvent event = sampleEvent();
    const QByteArray bytes = canonicalBytes(event);
    QVERIFY(!bytes.isEmpty());
    QCOMPARE(canonicalBytes(event), bytes);
    const SealedEvent copy = event;
    QCOMPARE(canonicalBytes(copy), bytes);
    QCOMPARE(chainHash(QByteArray(), event), chainHash(QByteArray(), copy));
    const QByteArray previous = chainHash(QByteArray(), event);
    QCOMPARE(chainHash(previous, event), chainHash(previous, copy));
}

void TestHashChain::canonicalBytesAreCompactSortedUtf8Json()
{
    SealedEvent event = sampleEvent();
    event.text = u"Le client est passé à l'agence — زار الوكالة"_s;
    const QByteArray bytes = canonicalBytes(event);
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(bytes, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(parsed.isObject());
    // Already in its compact, key-sorted form: re-serialising changes nothing.
    QCOMPARE(parsed.toJson(QJsonDocument::Compact), bytes);
    // Text is UTF-8, not escaped, so another tool reading the file computes the same bytes.
    QVERIFY(bytes.contains(event.text.toUtf8()));
}

void TestHashChain::canonicalFormIsStable()
{
    // Changing these bytes would make every existing case file fail verification: this pins the
    // format (see hashchain.h, "stable across engines and versions").
    const QByteArray expected = QByteArray(
        R"({"agency":"INS","author":"ins.agent","case":"REL-2026-000001","corrects":null,)"
        R"("kind":"note","occurredAt":"1772442000000","payload":"{\"effort\":\"chase-call\"}",)"
        R"("recordedAt":"1772442060000","seq":3,"text":"Client called back","visibility":"shared"})");
    QCOMPARE(canonicalBytes(sampleEvent()), expected);
    QCOMPARE(chainHash(QByteArray(), sampleEvent()),
             QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex());
}

void TestHashChain::everySealedFieldCounts_data()
{
    QTest::addColumn<QString>("field");
    for (const char *field : {"case", "seq", "kind", "occurredAt", "recordedAt", "author", "agency",
                              "visibility", "text", "payload", "corrects", "corrects-zero"})
        QTest::addRow("%s", field) << QString::fromLatin1(field);
}

void TestHashChain::everySealedFieldCounts()
{
    QFETCH(QString, field);
    const SealedEvent original = sampleEvent();
    SealedEvent changed = original;
    if (field == u"case")
        changed.caseReference = u"REL-2026-000002"_s;
    else if (field == u"seq")
        changed.seq = 4;
    else if (field == u"kind")
        changed.kind = u"call"_s;
    else if (field == u"occurredAt")
        changed.occurredAtMs += 1;
    else if (field == u"recordedAt")
        changed.recordedAtMs += 1;
    else if (field == u"author")
        changed.authorLogin = u"gar.agent"_s;
    else if (field == u"agency")
        changed.agencyCode = u"GAR"_s;
    else if (field == u"visibility")
        changed.visibility = u"internal"_s;
    else if (field == u"text")
        changed.text = u"Client called back."_s;
    else if (field == u"payload")
        changed.payloadJson = QByteArray(R"({"effort":"visit"})");
    else if (field == u"corrects")
        changed.correctsSeq = 2;
    else if (field == u"corrects-zero")
        changed.correctsSeq = 0; // "corrects nothing" and "corrects seq 0" are different claims
    else
        QFAIL("unknown field");

    QVERIFY(canonicalBytes(changed) != canonicalBytes(original));
    QVERIFY(chainHash(QByteArray(), changed) != chainHash(QByteArray(), original));
}

void TestHashChain::chainHashLinksToPrevious()
{
    const SealedEvent first = sampleEvent();
    SealedEvent second = sampleEvent();
    second.seq = 4;
    second.text = u"Garage contacted"_s;

    const QByteArray firstHash = chainHash(QByteArray(), first);
    QCOMPARE(firstHash.size(), 64);
    QCOMPARE(firstHash, firstHash.toLower());
    QCOMPARE(QByteArray::fromHex(firstHash).toHex(), firstHash);
    // The first event has no previous hash: its hash is that of its canonical bytes.
    QCOMPARE(firstHash, QCryptographicHash::hash(canonicalBytes(first), QCryptographicHash::Sha256).toHex());

    const QByteArray linked = chainHash(firstHash, second);
    QCOMPARE(linked.size(), 64);
    QVERIFY(linked != chainHash(QByteArray(), second));
    SealedEvent forgedFirst = first;
    forgedFirst.text = u"Client never called"_s;
    QVERIFY(linked != chainHash(chainHash(QByteArray(), forgedFirst), second));
}

void TestHashChain::intactCasesVerify()
{
    buildScene();
    if (QTest::currentTestFailed())
        return;
    auto report = m_world->ws().verifier().verifyAll();
    RELAIS_VERIFY_OK(report);
    QVERIFY2(report->intact(), qPrintable(describe(*report)));
    for (const Case &kase : {m_victim, m_bystander}) {
        const CaseChainStatus *status = findCase(*report, kase.reference);
        QVERIFY2(status, qPrintable(kase.reference));
        QVERIFY(status->intact);
        QCOMPARE(status->eventCount, kase.eventCount);
        QCOMPARE(status->headHash, kase.headHash);
    }
    // The head is the hash of the last event of the timeline.
    auto timeline = m_world->ws().cases().timeline(m_world->actor(u"ins.agent"_s), m_victim.id);
    RELAIS_VERIFY_OK(timeline);
    QVERIFY(!timeline->isEmpty());
    QCOMPARE(timeline->constLast().hash, m_victim.headHash);
    for (qsizetype i = 1; i < timeline->size(); ++i)
        QCOMPARE(timeline->at(i).prevHash, timeline->at(i - 1).hash);

    auto one = m_world->ws().verifier().verifyCase(m_victim.reference);
    RELAIS_VERIFY_OK(one);
    QVERIFY(one->intact());
    QCOMPARE(one->cases.size(), 1);
}

void TestHashChain::databaseRefusesChangingEvents_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addRow("edit text") << u"UPDATE events SET text = 'rewritten' WHERE case_id = :case AND seq = :seq"_s;
    QTest::addRow("edit hash") << u"UPDATE events SET hash = 'beef' WHERE case_id = :case AND seq = :seq"_s;
    QTest::addRow("delete") << u"DELETE FROM events WHERE case_id = :case AND seq = :seq"_s;
}

void TestHashChain::databaseRefusesChangingEvents()
{
    QFETCH(QString, sql);
    buildScene();
    if (QTest::currentTestFailed())
        return;
    const int seq = victimSeqs().at(2);
    const Bindings where{{u":case"_s, m_victim.id}, {u":seq"_s, seq}};
    const QString rowSql = u"SELECT text || '|' || hash || '|' || prev_hash FROM events WHERE case_id = :case AND seq = :seq"_s;
    const QString rowBefore = sqlValue(*m_world, rowSql, where).toString();
    QVERIFY(!rowBefore.isEmpty());
    const qint64 countBefore = sqlCount(*m_world, u"SELECT count(*) FROM events"_s);

    QString error;
    QVERIFY2(!rawExec(*m_world, sql, where, &error), "the database let an event be changed");
    QCOMPARE(sqlValue(*m_world, rowSql, where).toString(), rowBefore);
    QCOMPARE(sqlCount(*m_world, u"SELECT count(*) FROM events"_s), countBefore);

    auto report = m_world->ws().verifier().verifyAll();
    RELAIS_VERIFY_OK(report);
    QVERIFY2(report->intact(), qPrintable(describe(*report)));
}

void TestHashChain::editedEventIsNamed_data()
{
    QTest::addColumn<QString>("assignment");
    QTest::addRow("text") << u"text = 'Le client a renoncé à sa demande'"_s;
    QTest::addRow("visibility") << u"visibility = 'internal'"_s;
    QTest::addRow("author") << u"author_id = (SELECT id FROM users WHERE login = 'gar.agent')"_s;
    QTest::addRow("agency") << u"agency_id = (SELECT id FROM agencies WHERE code = 'GAR')"_s;
    QTest::addRow("occurred at") << u"occurred_at = occurred_at - 86400000"_s;
    QTest::addRow("recorded at") << u"recorded_at = recorded_at + 1"_s;
    QTest::addRow("kind") << u"kind = 'call'"_s;
    QTest::addRow("payload") << u"payload = '{\"forged\":true}'"_s;
    // Payloads that parse to the same JSON object as the original '{}' must still be caught:
    // the stored bytes are what other tools read.
    QTest::addRow("payload spacing") << u"payload = '{ }'"_s;
    QTest::addRow("payload as array") << u"payload = '[]'"_s;
    QTest::addRow("payload broken json") << u"payload = '{\"amount\": 150000'"_s;
    QTest::addRow("payload duplicate key") << u"payload = '{\"status\":\"rejected\",\"status\":\"received\"}'"_s;
    QTest::addRow("corrects") << u"corrects_seq = 1"_s;
}

void TestHashChain::editedEventIsNamed()
{
    QFETCH(QString, assignment);
    buildScene();
    if (QTest::currentTestFailed())
        return;
    dropAppendOnlyTriggers();
    if (QTest::currentTestFailed())
        return;
    const QList<int> seqs = victimSeqs();
    const int seq = seqs.at(seqs.size() / 2);
    QString error;
    QVERIFY2(rawExec(*m_world, u"UPDATE events SET %1 WHERE case_id = :case AND seq = :seq"_s.arg(assignment),
                     {{u":case"_s, m_victim.id}, {u":seq"_s, seq}}, &error),
             qPrintable(error));

    auto report = m_world->ws().verifier().verifyAll();
    RELAIS_VERIFY_OK(report);
    QVERIFY(!report->intact());
    const ChainProblem *problem = findProblem(*report, m_victim.reference, [seq](const ChainProblem &p) {
        return p.kind == ChainProblem::Kind::EventAltered && p.seq == seq;
    });
    QVERIFY2(problem, qPrintable(u"expected EventAltered at seq %1, got:\n"_s.arg(seq) + describe(*report)));
    QVERIFY(!problem->message.isEmpty());
    checkBystanderIntact(*report);
}

void TestHashChain::removedMiddleEventIsNamed()
{
    buildScene();
    if (QTest::currentTestFailed())
        return;
    dropAppendOnlyTriggers();
    if (QTest::currentTestFailed())
        return;
    const QList<int> seqs = victimSeqs();
    const qsizetype middle = seqs.size() / 2;
    const int removed = seqs.at(middle);
    const int following = seqs.at(middle + 1);
    QString error;
    QVERIFY2(rawExec(*m_world, u"DELETE FROM events WHERE case_id = :case AND seq = :seq"_s,
                     {{u":case"_s, m_victim.id}, {u":seq"_s, removed}}, &error),
             qPrintable(error));

    auto report = m_world->ws().verifier().verifyAll();
    RELAIS_VERIFY_OK(report);
    QVERIFY(!report->intact());
    const ChainProblem *problem = findProblem(*report, m_victim.reference, [following](const ChainProblem &p) {
        return p.kind == ChainProblem::Kind::MissingEvents
            || (p.kind == ChainProblem::Kind::BrokenLink && p.seq == following);
    });
    QVERIFY2(problem, qPrintable(u"expected MissingEvents or BrokenLink at seq %1, got:\n"_s.arg(following)
                                 + describe(*report)));
    checkBystanderIntact(*report);
}

void TestHashChain::handoffWhoseEventsWereCutOffIsNamed()
{
    // Cutting the tail of a timeline and resetting the case's head leaves a consistent chain;
    // the handoff those events recorded still gives the cut away.
    buildScene();
    if (QTest::currentTestFailed())
        return;
    TestWorld &w = *m_world;
    w.advance(600);
    auto handoff = w.ws().handoffs().request(w.actor(u"ins.agent"_s), m_victim.id, u"GAR"_s, u"Réparer l'aile"_s);
    RELAIS_VERIFY_OK(handoff);
    dropAppendOnlyTriggers();
    if (QTest::currentTestFailed())
        return;
    const int keep = m_victim.eventCount; // events before the handoff request
    QString error;
    QVERIFY2(rawExec(w, u"DELETE FROM events WHERE case_id = :case AND seq > :keep"_s,
                     {{u":case"_s, m_victim.id}, {u":keep"_s, keep}}, &error), qPrintable(error));
    QVERIFY2(rawExec(w, u"UPDATE cases SET event_count = :keep, head_hash = (SELECT hash FROM events "
                        "WHERE case_id = :case AND seq = :keep) WHERE id = :case"_s,
                     {{u":case"_s, m_victim.id}, {u":keep"_s, keep}}, &error), qPrintable(error));

    auto report = w.ws().verifier().verifyAll();
    RELAIS_VERIFY_OK(report);
    const ChainProblem *problem = findProblem(*report, m_victim.reference, [](const ChainProblem &p) {
        return p.kind == ChainProblem::Kind::HandoffMismatch;
    });
    QVERIFY2(problem, qPrintable(u"expected HandoffMismatch, got:\n"_s + describe(*report)));
    QVERIFY(problem->message.contains(QString::number(handoff->id)));
    checkBystanderIntact(*report);
}

void TestHashChain::handoffStatusEditedBehindTheTimelineIsNamed()
{
    buildScene();
    if (QTest::currentTestFailed())
        return;
    TestWorld &w = *m_world;
    auto handoff = w.ws().handoffs().request(w.actor(u"ins.agent"_s), m_victim.id, u"GAR"_s, u"Réparer l'aile"_s);
    RELAIS_VERIFY_OK(handoff);
    QString error;
    QVERIFY2(rawExec(w, u"UPDATE handoffs SET status = 'completed' WHERE id = :id"_s, {{u":id"_s, handoff->id}}, &error),
             qPrintable(error));
    auto report = w.ws().verifier().verifyAll();
    RELAIS_VERIFY_OK(report);
    const ChainProblem *problem = findProblem(*report, m_victim.reference, [](const ChainProblem &p) {
        return p.kind == ChainProblem::Kind::HandoffMismatch;
    });
    QVERIFY2(problem, qPrintable(u"expected HandoffMismatch, got:\n"_s + describe(*report)));
    QVERIFY2(problem->message.contains(u"requested"_s), qPrintable(problem->message));
}

void TestHashChain::removedLastEventIsNamed()
{
    buildScene();
    if (QTest::currentTestFailed())
        return;
    dropAppendOnlyTriggers();
    if (QTest::currentTestFailed())
        return;
    const int last = victimSeqs().constLast();
    QCOMPARE(last, m_victim.eventCount);
    QString error;
    QVERIFY2(rawExec(*m_world, u"DELETE FROM events WHERE case_id = :case AND seq = :seq"_s,
                     {{u":case"_s, m_victim.id}, {u":seq"_s, last}}, &error),
             qPrintable(error));

    auto report = m_world->ws().verifier().verifyAll();
    RELAIS_VERIFY_OK(report);
    QVERIFY(!report->intact());
    const ChainProblem *problem = findProblem(*report, m_victim.reference, [](const ChainProblem &p) {
        return p.kind == ChainProblem::Kind::HeadMismatch;
    });
    QVERIFY2(problem, qPrintable(u"expected HeadMismatch, got:\n"_s + describe(*report)));
    checkBystanderIntact(*report);
}

void TestHashChain::reorderedEventsAreNamed()
{
    buildScene();
    if (QTest::currentTestFailed())
        return;
    dropAppendOnlyTriggers();
    if (QTest::currentTestFailed())
        return;
    const QList<int> seqs = victimSeqs();
    const int a = seqs.at(1);
    const int b = seqs.at(3);
    // Swap through a free value: (case_id, seq) is UNIQUE.
    const Bindings ab{{u":case"_s, m_victim.id}, {u":from"_s, a}, {u":to"_s, -1}};
    QString error;
    QVERIFY2(rawExec(*m_world, u"UPDATE events SET seq = :to WHERE case_id = :case AND seq = :from"_s, ab, &error),
             qPrintable(error));
    QVERIFY2(rawExec(*m_world, u"UPDATE events SET seq = :to WHERE case_id = :case AND seq = :from"_s,
                     {{u":case"_s, m_victim.id}, {u":from"_s, b}, {u":to"_s, a}}, &error),
             qPrintable(error));
    QVERIFY2(rawExec(*m_world, u"UPDATE events SET seq = :to WHERE case_id = :case AND seq = :from"_s,
                     {{u":case"_s, m_victim.id}, {u":from"_s, -1}, {u":to"_s, b}}, &error),
             qPrintable(error));
    QCOMPARE(victimSeqs(), seqs);

    auto report = m_world->ws().verifier().verifyAll();
    RELAIS_VERIFY_OK(report);
    QVERIFY(!report->intact());
    for (int seq : {a, b}) {
        const ChainProblem *problem = findProblem(*report, m_victim.reference,
                                                  [seq](const ChainProblem &p) { return p.seq == seq; });
        QVERIFY2(problem, qPrintable(u"seq %1 not named, got:\n"_s.arg(seq) + describe(*report)));
    }
    checkBystanderIntact(*report);
}

void TestHashChain::exportThenAddEvents()
{
    buildScene();
    if (QTest::currentTestFailed())
        return;
    const Actor ins = m_world->actor(u"ins.agent"_s);
    for (const QString &text : {u"Garage relancé"_s, u"Véhicule restitué"_s}) {
        m_world->advance(3600);
        RELAIS_VERIFY_OK(m_world->ws().cases().addEvent(ins, m_victim.id, newEvent(EventKind::Note, text)));
    }
}

void TestHashChain::exportedHeadIsFoundAfterMoreEvents()
{
    exportThenAddEvents();
    if (QTest::currentTestFailed())
        return;
    auto location = m_world->ws().verifier().locateHash(m_victim.reference, m_victim.headHash);
    RELAIS_VERIFY_OK(location);
    QVERIFY(location->found);
    QCOMPARE(location->caseReference, m_victim.reference);
    QCOMPARE(location->hash, m_victim.headHash);
    QCOMPARE(location->seq, m_victim.eventCount);
    QCOMPARE(location->eventCount, m_victim.eventCount + 2);
    QCOMPARE(location->eventsSince, 2);
    QVERIFY(location->chainIntactUpTo);
    auto timeline = m_world->ws().cases().timeline(m_world->actor(u"ins.agent"_s), m_victim.id);
    RELAIS_VERIFY_OK(timeline);
    QCOMPARE(location->recordedAt, timeline->at(m_victim.eventCount - 1).recordedAt);

    // The head of today is found too, with nothing after it.
    auto now = m_world->ws().verifier().locateHash(m_victim.reference, timeline->constLast().hash);
    RELAIS_VERIFY_OK(now);
    QVERIFY(now->found && now->chainIntactUpTo);
    QCOMPARE(now->seq, m_victim.eventCount + 2);
    QCOMPARE(now->eventsSince, 0);
}

void TestHashChain::hashIsAcceptedInEitherCaseOrAsPrefix_data()
{
    QTest::addColumn<QString>("form");
    QTest::addRow("upper case") << u"upper"_s;
    QTest::addRow("first 12 characters") << u"prefix12"_s;
    QTest::addRow("first 20, upper case") << u"prefix20upper"_s;
    QTest::addRow("split over two lines") << u"wrapped"_s;
}

void TestHashChain::hashIsAcceptedInEitherCaseOrAsPrefix()
{
    QFETCH(QString, form);
    exportThenAddEvents();
    if (QTest::currentTestFailed())
        return;
    const QByteArray head = m_victim.headHash;
    const QByteArray typed = form == u"upper"_s        ? head.toUpper()
                           : form == u"prefix12"_s     ? head.left(12)
                           : form == u"prefix20upper"_s ? head.left(20).toUpper()
                                                        : head.left(32) + "\n  " + head.mid(32);
    // The reference as a person may type it, too.
    auto location = m_world->ws().verifier().locateHash(u" "_s + m_victim.reference.toLower(), typed);
    RELAIS_VERIFY_OK(location);
    QVERIFY(location->found);
    QCOMPARE(location->hash, head);
    QCOMPARE(location->seq, m_victim.eventCount);
    QCOMPARE(location->caseReference, m_victim.reference);
}

void TestHashChain::malformedHashIsInvalid_data()
{
    QTest::addColumn<QByteArray>("typed");
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("11 characters") << QByteArray("3f2a9c01be7");
    QTest::addRow("65 characters") << QByteArray(65, 'a');
    QTest::addRow("not hexadecimal") << QByteArray("3f2a9c01be7g3f2a9c01");
    QTest::addRow("with an ellipsis") << QByteArray("3f2a9c01be77…");
    QTest::addRow("a case reference") << QByteArray("REL-2026-000001");
}

void TestHashChain::malformedHashIsInvalid()
{
    QFETCH(QByteArray, typed);
    buildScene();
    if (QTest::currentTestFailed())
        return;
    auto location = m_world->ws().verifier().locateHash(m_victim.reference, typed);
    RELAIS_VERIFY_ERROR(location, ErrorCode::Invalid);
    QVERIFY2(location.error().message.contains(u"64 hexadecimal"_s), qPrintable(location.error().message));
    QVERIFY2(location.error().message.contains(QString::fromUtf8(typed)), qPrintable(location.error().message));
}

void TestHashChain::hashOfAnotherCaseIsNotFound()
{
    buildScene();
    if (QTest::currentTestFailed())
        return;
    auto location = m_world->ws().verifier().locateHash(m_victim.reference, m_bystander.headHash);
    RELAIS_VERIFY_OK(location);
    QVERIFY(!location->found);
    QCOMPARE(location->caseReference, m_victim.reference);
    QCOMPARE(location->eventCount, m_victim.eventCount);
    QCOMPARE(location->seq, 0);
    QVERIFY(!location->chainIntactUpTo);
    // In its own case it is the head.
    auto own = m_world->ws().verifier().locateHash(m_bystander.reference, m_bystander.headHash);
    RELAIS_VERIFY_OK(own);
    QVERIFY(own->found);
    QCOMPARE(own->eventsSince, 0);
}

void TestHashChain::hashInAnUnknownCaseIsNotFound()
{
    buildScene();
    if (QTest::currentTestFailed())
        return;
    RELAIS_VERIFY_ERROR(m_world->ws().verifier().locateHash(u"REL-2026-999999"_s, m_victim.headHash),
                        ErrorCode::NotFound);
}

void TestHashChain::editBeforeTheExportedHeadIsReported()
{
    exportThenAddEvents();
    if (QTest::currentTestFailed())
        return;
    dropAppendOnlyTriggers();
    if (QTest::currentTestFailed())
        return;
    QString error;
    QVERIFY2(rawExec(*m_world, u"UPDATE events SET text = 'Le client a renoncé' WHERE case_id = :case AND seq = 2"_s,
                     {{u":case"_s, m_victim.id}}, &error),
             qPrintable(error));
    auto location = m_world->ws().verifier().locateHash(m_victim.reference, m_victim.headHash);
    RELAIS_VERIFY_OK(location);
    QVERIFY(location->found);
    QCOMPARE(location->seq, m_victim.eventCount);
    QVERIFY(!location->chainIntactUpTo);
}

void TestHashChain::editAfterTheExportedHeadLeavesItIntact()
{
    // What the export covered is still the record, whatever happened to later events.
    exportThenAddEvents();
    if (QTest::currentTestFailed())
        return;
    dropAppendOnlyTriggers();
    if (QTest::currentTestFailed())
        return;
    QString error;
    QVERIFY2(rawExec(*m_world, u"UPDATE events SET text = 'réécrit' WHERE case_id = :case AND seq = :seq"_s,
                     {{u":case"_s, m_victim.id}, {u":seq"_s, m_victim.eventCount + 1}}, &error),
             qPrintable(error));
    auto report = m_world->ws().verifier().verifyCase(m_victim.reference);
    RELAIS_VERIFY_OK(report);
    QVERIFY(!report->intact());
    auto location = m_world->ws().verifier().locateHash(m_victim.reference, m_victim.headHash);
    RELAIS_VERIFY_OK(location);
    QVERIFY(location->found);
    QVERIFY(location->chainIntactUpTo);
    QCOMPARE(location->eventsSince, 2);
}

void TestHashChain::ambiguousPrefixIsInvalid()
{
    buildScene();
    if (QTest::currentTestFailed())
        return;
    dropAppendOnlyTriggers();
    if (QTest::currentTestFailed())
        return;
    // Two events whose stored hashes share their first 12 characters (only a forger gets there).
    const QByteArray head = m_victim.headHash;
    QString error;
    QVERIFY2(rawExec(*m_world, u"UPDATE events SET hash = :hash WHERE case_id = :case AND seq = 1"_s,
                     {{u":case"_s, m_victim.id}, {u":hash"_s, QString::fromLatin1(head.left(12) + QByteArray(52, '0'))}},
                     &error),
             qPrintable(error));
    auto ambiguous = m_world->ws().verifier().locateHash(m_victim.reference, head.left(12));
    RELAIS_VERIFY_ERROR(ambiguous, ErrorCode::Invalid);
    QVERIFY2(ambiguous.error().message.contains(u"2 events"_s), qPrintable(ambiguous.error().message));
    // More characters tell them apart.
    auto whole = m_world->ws().verifier().locateHash(m_victim.reference, head);
    RELAIS_VERIFY_OK(whole);
    QVERIFY(whole->found);
    QVERIFY(!whole->chainIntactUpTo);
}

QTEST_GUILESS_MAIN(TestHashChain)
#include "tst_hashchain.moc"
