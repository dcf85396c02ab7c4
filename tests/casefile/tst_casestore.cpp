// Cases and their timelines: references, the shared summary, efforts, corrections, documents.

#include "casefiletest.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <algorithm>
#include <memory>

using namespace Relais::Core;
using namespace Relais::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

QList<int> seqsOf(const QList<TimelineEvent> &events)
{
    QList<int> seqs;
    for (const TimelineEvent &event : events)
        seqs.append(event.seq);
    return seqs;
}

const TimelineEvent *eventAt(const QList<TimelineEvent> &events, int seq)
{
    for (const TimelineEvent &event : events)
        if (event.seq == seq)
            return &event;
    return nullptr;
}

} // namespace

class TestCaseStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void referencesAreNumberedPerYear();
    void openCaseSetsCoordinatorAndParticipants();
    void openCaseForUnknownClientIsNotFound();
    void staleSummaryIsRefused();
    void everySummaryEditIsAnEvent();
    void summaryEditsFromTwoConnectionsAreNotLost();
    void writeWhileAnotherProgramHoldsTheLockChangesNothing();
    void recordEffortKeepsItsKind_data();
    void recordEffortKeepsItsKind();
    void correctionPointsAtTheOriginal();
    void correctingMissingEventIsRefused();
    void documentIsKeptWithItsHash();
    void documentAtTheLimitIsKept();
    void tooLargeDocumentIsRefused();
    void sameDocumentIsNotStoredTwice();
    void documentOnFileIsListedInAnotherCase();
    void timelinePages();
    void timelineFilters_data();
    void timelineFilters();
    void statusChangeIsRecorded();

private:
    [[nodiscard]] Actor ins() { return m_world->actor(u"ins.agent"_s); }

    std::unique_ptr<TestWorld> m_world;
    Id m_clientId = 0;
    Case m_case;
};

void TestCaseStore::init()
{
    m_world = std::make_unique<TestWorld>();
    QVERIFY(m_world->isValid());
    m_clientId = m_world->addClient();
}

void TestCaseStore::cleanup()
{
    m_world.reset();
    m_case = {};
}

void TestCaseStore::referencesAreNumberedPerYear()
{
    TestWorld &w = *m_world;
    QCOMPARE(w.now().date().year(), 2026);
    const Case first = w.openCase(m_clientId);
    QCOMPARE(first.reference, u"REL-2026-000001"_s);
    const Case second = w.openCase(m_clientId, u"gar.agent"_s, u"Réparation"_s);
    QCOMPARE(second.reference, u"REL-2026-000002"_s);

    auto found = w.ws().cases().caseByReference(ins(), first.reference);
    RELAIS_VERIFY_OK(found);
    QCOMPARE(found->id, first.id);

    // A new year starts a new series (one counter per year).
    w.advance(qint64(365) * 24 * 3600);
    QCOMPARE(w.now().date().year(), 2027);
    QCOMPARE(w.openCase(m_clientId).reference, u"REL-2027-000001"_s);
}

void TestCaseStore::openCaseSetsCoordinatorAndParticipants()
{
    TestWorld &w = *m_world;
    const Actor opener = ins();
    auto opened = w.ws().cases().openCase(opener, m_clientId, u"Accident à Rabat"_s, u"auto"_s);
    RELAIS_VERIFY_OK(opened);
    QCOMPARE(opened->clientId, m_clientId);
    QCOMPARE(opened->clientName, u"Karim Bennani"_s);
    QCOMPARE(opened->title, u"Accident à Rabat"_s);
    QCOMPARE(opened->category, u"auto"_s);
    QCOMPARE(opened->status, CaseStatus::Open);
    QCOMPARE(opened->coordinatorId, opener.userId);
    QCOMPARE(opened->coordinatorName, opener.displayName);
    QCOMPARE(opened->coordinatorAgency, u"INS"_s);
    QCOMPARE(opened->leadAgency.code, u"INS"_s);
    QCOMPARE(opened->participants.size(), 1);
    QCOMPARE(opened->participants.first().code, u"INS"_s);
    QCOMPARE(opened->openedAt, w.now());
    QCOMPARE(opened->summary.version, 0);

    // Stored as returned.
    auto reread = w.ws().cases().caseById(opener, opened->id);
    RELAIS_VERIFY_OK(reread);
    QCOMPARE(reread->reference, opened->reference);
    QCOMPARE(reread->coordinatorId, opener.userId);
    QCOMPARE(reread->leadAgency.code, u"INS"_s);
    QCOMPARE(reread->participants.size(), 1);
    QCOMPARE(reread->openedAt, w.now());
    QCOMPARE(reread->eventCount, opened->eventCount);
    QCOMPARE(reread->headHash, opened->headHash);

    auto ofClient = w.ws().cases().casesOfClient(opener, m_clientId);
    RELAIS_VERIFY_OK(ofClient);
    QCOMPARE(ofClient->size(), 1);
    QCOMPARE(ofClient->first().id, opened->id);
}

void TestCaseStore::openCaseForUnknownClientIsNotFound()
{
    const qint64 before = sqlCount(*m_world, u"SELECT count(*) FROM cases"_s);
    auto opened = m_world->ws().cases().openCase(ins(), 424242, u"Nobody"_s);
    RELAIS_VERIFY_ERROR(opened, ErrorCode::NotFound);
    QCOMPARE(sqlCount(*m_world, u"SELECT count(*) FROM cases"_s), before);
}

void TestCaseStore::staleSummaryIsRefused()
{
    TestWorld &w = *m_world;
    m_case = w.openCase(m_clientId);
    const int opened = m_case.summary.version;

    Summary first;
    first.situation = u"Voiture accidentée, immobilisée à Rabat"_s;
    first.needs = u"Remorquage et réparation"_s;
    first.doneSoFar = u"Déclaration enregistrée"_s;
    first.nextStep = u"Envoyer une dépanneuse"_s;
    w.advance(60);
    auto saved = w.ws().cases().setSummary(ins(), m_case.id, first, opened);
    RELAIS_VERIFY_OK(saved);
    QCOMPARE(saved->version, opened + 1);
    QVERIFY(saved->sameText(first));
    QCOMPARE(saved->updatedByAgency, u"INS"_s);
    QVERIFY(!saved->updatedBy.isEmpty());
    QCOMPARE(saved->updatedAt, w.now());

    // A second agent, still looking at the version the case was opened with, saves later.
    Summary stale;
    stale.situation = u"Version écrite sans voir la précédente"_s;
    w.advance(60);
    auto refused = w.ws().cases().setSummary(w.actor(u"ins.super"_s), m_case.id, stale, opened);
    RELAIS_VERIFY_ERROR(refused, ErrorCode::Conflict);
    QVERIFY(!refused.error().message.isEmpty());

    auto stored = w.ws().cases().caseById(ins(), m_case.id);
    RELAIS_VERIFY_OK(stored);
    QVERIFY(stored->summary.sameText(first));
    QCOMPARE(stored->summary.version, opened + 1);

    // Having seen the newer version, the same edit goes through.
    auto retried = w.ws().cases().setSummary(w.actor(u"ins.super"_s), m_case.id, stale, opened + 1);
    RELAIS_VERIFY_OK(retried);
    QCOMPARE(retried->version, opened + 2);
    stored = w.ws().cases().caseById(ins(), m_case.id);
    RELAIS_VERIFY_OK(stored);
    QVERIFY(stored->summary.sameText(stale));
}

void TestCaseStore::everySummaryEditIsAnEvent()
{
    TestWorld &w = *m_world;
    m_case = w.openCase(m_clientId);
    const QList<std::pair<QString, QString>> edits{{u"ins.agent"_s, u"Première situation"_s},
                                                   {u"ins.super"_s, u"Situation précisée"_s},
                                                   {u"ins.agent"_s, u"Situation à jour"_s}};
    for (const auto &[login, text] : edits) {
        Summary summary;
        summary.situation = text;
        w.advance(60);
        RELAIS_VERIFY_OK(w.ws().cases().setSummary(w.actor(login), m_case.id, summary));
    }
    auto events = w.ws().cases().timeline(ins(), m_case.id);
    RELAIS_VERIFY_OK(events);
    QList<TimelineEvent> updates;
    std::copy_if(events->cbegin(), events->cend(), std::back_inserter(updates),
                 [](const TimelineEvent &e) { return e.kind == EventKind::SummaryUpdate; });
    QCOMPARE(updates.size(), edits.size());
    for (qsizetype i = 0; i < edits.size(); ++i)
        QCOMPARE(updates.at(i).authorLogin, edits.at(i).first);
    auto stored = w.ws().cases().caseById(ins(), m_case.id);
    RELAIS_VERIFY_OK(stored);
    QCOMPARE(stored->summary.situation, edits.constLast().second);
    QCOMPARE(stored->summary.version, m_case.summary.version + int(edits.size()));
}

void TestCaseStore::summaryEditsFromTwoConnectionsAreNotLost()
{
    // Two agents on two connections to the same file (two windows, or two workstations on a
    // shared folder): the second save of the same version must be refused, not win silently.
    TestWorld &w = *m_world;
    m_case = w.openCase(m_clientId);
    auto opened = Workspace::open(w.path(), Database::OpenMode::MustExist);
    RELAIS_VERIFY_OK(opened);
    Workspace &other = **opened;
    other.database().setClock([&w] { return w.now(); });
    auto superOnOther = other.directory().actAs(u"ins.super"_s);
    RELAIS_VERIFY_OK(superOnOther);

    auto seenHere = w.ws().cases().caseById(ins(), m_case.id);
    RELAIS_VERIFY_OK(seenHere);
    auto seenThere = other.cases().caseById(*superOnOther, m_case.id);
    RELAIS_VERIFY_OK(seenThere);
    QCOMPARE(seenThere->summary.version, seenHere->summary.version);

    Summary mine;
    mine.situation = u"Saisi dans la première fenêtre"_s;
    Summary theirs;
    theirs.situation = u"Saisi dans la seconde fenêtre"_s;
    RELAIS_VERIFY_OK(w.ws().cases().setSummary(ins(), m_case.id, mine, seenHere->summary.version));
    RELAIS_VERIFY_ERROR(other.cases().setSummary(*superOnOther, m_case.id, theirs, seenThere->summary.version),
                        ErrorCode::Conflict);
    auto stored = other.cases().caseById(*superOnOther, m_case.id);
    RELAIS_VERIFY_OK(stored);
    QVERIFY(stored->summary.sameText(mine));
}

void TestCaseStore::writeWhileAnotherProgramHoldsTheLockChangesNothing()
{
    TestWorld &w = *m_world;
    m_case = w.openCase(m_clientId);
    auto opened = Workspace::open(w.path(), Database::OpenMode::MustExist);
    RELAIS_VERIFY_OK(opened);
    Workspace &other = **opened;
    const QString before = caseState(w, m_case.id);

    QSqlQuery lock(other.database().connection());
    if (w.onPostgres()) {
        // Another session holds the timeline table; this one gives up after lock_timeout,
        // shortened here from the application's 10 seconds.
        QVERIFY(rawExec(w, u"SET lock_timeout = '300ms'"_s));
        QVERIFY2(lock.exec(u"BEGIN"_s), qPrintable(lock.lastError().text()));
        QVERIFY2(lock.exec(u"LOCK TABLE events IN EXCLUSIVE MODE"_s), qPrintable(lock.lastError().text()));
    } else {
        QVERIFY2(lock.exec(u"BEGIN IMMEDIATE"_s), qPrintable(lock.lastError().text()));
    }
    auto blocked = w.ws().cases().addEvent(ins(), m_case.id, newEvent(EventKind::Note, u"Appel du client"_s));
    RELAIS_VERIFY_ERROR(blocked, ErrorCode::Storage);
    QVERIFY(!blocked.error().message.isEmpty());
    QVERIFY(lock.exec(u"ROLLBACK"_s));

    QCOMPARE(caseState(w, m_case.id), before);
    // Once the lock is gone, the same write goes through and the chain is whole.
    RELAIS_VERIFY_OK(w.ws().cases().addEvent(ins(), m_case.id, newEvent(EventKind::Note, u"Appel du client"_s)));
    auto report = w.ws().verifier().verifyAll();
    RELAIS_VERIFY_OK(report);
    QVERIFY(report->intact());
}

void TestCaseStore::recordEffortKeepsItsKind_data()
{
    QTest::addColumn<EffortKind>("kind");
    for (EffortKind kind : {EffortKind::ChaseCall, EffortKind::Visit, EffortKind::ResubmittedDocument,
                            EffortKind::ReExplained, EffortKind::RelayedInformation})
        QTest::addRow("%s", qPrintable(effortKindCode(kind))) << kind;
}

void TestCaseStore::recordEffortKeepsItsKind()
{
    QFETCH(EffortKind, kind);
    TestWorld &w = *m_world;
    m_case = w.openCase(m_clientId);
    const QString text = u"Le client a dû relancer : troisième appel"_s;
    w.advance(60);
    auto effort = w.ws().cases().recordEffort(ins(), m_case.id, kind, text);
    RELAIS_VERIFY_OK(effort);
    QCOMPARE(effort->kind, EventKind::ClientEffort);
    QCOMPARE(effort->text, text);
    QVERIFY2(jsonMentions(effort->payload, effortKindCode(kind)), "the effort's kind is not in its payload");

    auto events = w.ws().cases().timeline(ins(), m_case.id);
    RELAIS_VERIFY_OK(events);
    const TimelineEvent *stored = eventAt(*events, effort->seq);
    QVERIFY(stored);
    QCOMPARE(stored->kind, EventKind::ClientEffort);
    QVERIFY(jsonMentions(stored->payload, effortKindCode(kind)));
    QCOMPARE(stored->recordedAt, w.now());
}

void TestCaseStore::correctionPointsAtTheOriginal()
{
    TestWorld &w = *m_world;
    m_case = w.openCase(m_clientId);
    auto original = w.ws().cases().addEvent(ins(), m_case.id, newEvent(EventKind::Call, u"Plaque 12345-A-6"_s));
    RELAIS_VERIFY_OK(original);
    auto before = w.ws().cases().timeline(ins(), m_case.id);
    RELAIS_VERIFY_OK(before);
    const TimelineEvent *originalBefore = eventAt(*before, original->seq);
    QVERIFY(originalBefore);
    const TimelineEvent snapshot = *originalBefore;

    w.advance(600);
    auto fix = w.ws().cases().correct(ins(), m_case.id, original->seq, u"Plaque 12345-B-6, pas A"_s);
    RELAIS_VERIFY_OK(fix);
    QCOMPARE(fix->kind, EventKind::Correction);
    QVERIFY(fix->correctsSeq.has_value());
    QCOMPARE(*fix->correctsSeq, original->seq);
    QVERIFY(fix->seq > original->seq);
    QCOMPARE(fix->text, u"Plaque 12345-B-6, pas A"_s);

    auto after = w.ws().cases().timeline(ins(), m_case.id);
    RELAIS_VERIFY_OK(after);
    QCOMPARE(after->size(), before->size() + 1);
    const TimelineEvent *originalAfter = eventAt(*after, original->seq);
    QVERIFY(originalAfter);
    QCOMPARE(originalAfter->text, snapshot.text);
    QCOMPARE(originalAfter->kind, EventKind::Call);
    QCOMPARE(originalAfter->hash, snapshot.hash);
    QCOMPARE(originalAfter->recordedAt, snapshot.recordedAt);
    QVERIFY(!originalAfter->correctsSeq.has_value());
    const TimelineEvent *storedFix = eventAt(*after, fix->seq);
    QVERIFY(storedFix);
    QCOMPARE(storedFix->correctsSeq, std::optional<int>(original->seq));

    auto report = w.ws().verifier().verifyAll();
    RELAIS_VERIFY_OK(report);
    QVERIFY(report->intact());
}

void TestCaseStore::correctingMissingEventIsRefused()
{
    TestWorld &w = *m_world;
    m_case = w.openCase(m_clientId);
    const QString before = caseState(w, m_case.id);
    auto fix = w.ws().cases().correct(ins(), m_case.id, 999, u"Correction de rien"_s);
    QVERIFY2(!fix, "a correction pointing at no event was recorded");
    QVERIFY2(fix.error().code == ErrorCode::NotFound || fix.error().code == ErrorCode::Invalid,
             qPrintable(fix.error().message));
    QCOMPARE(caseState(w, m_case.id), before);
}

void TestCaseStore::documentIsKeptWithItsHash()
{
    TestWorld &w = *m_world;
    m_case = w.openCase(m_clientId);
    QByteArray bytes("%PDF-1.4\n% constat amiable\n");
    bytes.append(QByteArray(4096, '\x07'));
    w.advance(60);
    auto added = w.ws().cases().addDocument(ins(), m_case.id, u"constat"_s, u"constat-amiable.pdf"_s, bytes);
    RELAIS_VERIFY_OK(added);
    QVERIFY(!added->alreadyOnFile);
    const Document &document = added->document;
    QCOMPARE(document.sha256, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QCOMPARE(document.sizeBytes, qint64(bytes.size()));
    QCOMPARE(document.fileName, u"constat-amiable.pdf"_s);
    QCOMPARE(document.kind, u"constat"_s);
    QCOMPARE(document.clientId, m_clientId);
    QCOMPARE(document.caseId, std::optional<Id>(m_case.id));
    QCOMPARE(document.agencyCode, u"INS"_s);
    QCOMPARE(document.providedAt, w.now());

    auto listed = w.ws().cases().documents(ins(), m_case.id);
    RELAIS_VERIFY_OK(listed);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().sha256, document.sha256);
    QCOMPARE(listed->first().sizeBytes, qint64(bytes.size()));
    // The bytes themselves are kept, unchanged.
    QCOMPARE(sqlValue(w, u"SELECT content FROM documents WHERE id = :id"_s, {{u":id"_s, document.id}}).toByteArray(),
             bytes);

    auto events = w.ws().cases().timeline(ins(), m_case.id);
    RELAIS_VERIFY_OK(events);
    QCOMPARE(events->constLast().kind, EventKind::Document);
}

void TestCaseStore::documentAtTheLimitIsKept()
{
    TestWorld &w = *m_world;
    m_case = w.openCase(m_clientId);
    const QByteArray bytes(maxDocumentBytes, 'a');
    auto added = w.ws().cases().addDocument(ins(), m_case.id, u"scan"_s, u"scan.tiff"_s, bytes);
    RELAIS_VERIFY_OK(added);
    QCOMPARE(added->document.sizeBytes, maxDocumentBytes);
}

void TestCaseStore::tooLargeDocumentIsRefused()
{
    TestWorld &w = *m_world;
    m_case = w.openCase(m_clientId);
    const QString before = caseState(w, m_case.id);
    for (const qint64 size : {maxDocumentBytes + 1, maxDocumentBytes + 5 * 1024 * 1024}) {
        const QByteArray bytes(size, 'a');
        auto added = w.ws().cases().addDocument(ins(), m_case.id, u"scan"_s, u"scan-enorme.tiff"_s, bytes);
        RELAIS_VERIFY_ERROR(added, ErrorCode::Invalid);
        const QString message = added.error().message;
        QVERIFY2(message.contains(u"scan-enorme.tiff"_s), qPrintable(message));
        // A clear message: when it states the file's size and the limit, they must not read the
        // same, or the person cannot tell why the file was refused.
        static const QRegularExpression sizePattern(u"\\d+(?:[.,]\\d+)?\\s*[kKMGT]i?B"_s);
        QStringList sizes;
        for (auto it = sizePattern.globalMatch(message); it.hasNext();)
            sizes.append(it.next().captured(0));
        if (sizes.size() >= 2)
            QVERIFY2(sizes.removeDuplicates() == 0, qPrintable(message));
        QCOMPARE(sqlCount(w, u"SELECT count(*) FROM documents"_s), qint64(0));
        QCOMPARE(caseState(w, m_case.id), before);
    }
}

void TestCaseStore::sameDocumentIsNotStoredTwice()
{
    TestWorld &w = *m_world;
    m_case = w.openCase(m_clientId);
    const QByteArray bytes("CIN recto verso, scan 300 dpi");
    auto first = w.ws().cases().addDocument(ins(), m_case.id, u"cin"_s, u"cin.jpg"_s, bytes);
    RELAIS_VERIFY_OK(first);
    QVERIFY(!first->alreadyOnFile);

    w.advance(3600);
    auto again = w.ws().cases().addDocument(ins(), m_case.id, u"cin"_s, u"cin-bis.jpg"_s, bytes);
    RELAIS_VERIFY_OK(again);
    QVERIFY2(again->alreadyOnFile, "the same bytes were not recognised as already on file");
    QCOMPARE(again->document.id, first->document.id);
    QCOMPARE(again->document.providedAt, first->document.providedAt);
    QCOMPARE(sqlCount(w, u"SELECT count(*) FROM documents"_s), qint64(1));

    // "Tell us once": the document is on the customer's file, so another case knows it too.
    const Case other = w.openCase(m_clientId, u"gar.agent"_s, u"Réparation"_s);
    auto elsewhere = w.ws().cases().addDocument(w.actor(u"gar.agent"_s), other.id, u"cin"_s, u"cin.jpg"_s, bytes);
    RELAIS_VERIFY_OK(elsewhere);
    QVERIFY(elsewhere->alreadyOnFile);
    QCOMPARE(sqlCount(w, u"SELECT count(*) FROM documents"_s), qint64(1));

    // Different bytes are a different document.
    auto different = w.ws().cases().addDocument(ins(), m_case.id, u"cin"_s, u"cin.jpg"_s, bytes + "!");
    RELAIS_VERIFY_OK(different);
    QVERIFY(!different->alreadyOnFile);
    QCOMPARE(sqlCount(w, u"SELECT count(*) FROM documents"_s), qint64(2));
}

void TestCaseStore::documentOnFileIsListedInAnotherCase()
{
    // DESIGN.md, "tell us once": documents are on the customer's file. An agency told that a
    // document is already on file must be able to find it from its own case, or it has to ask
    // the customer for it again.
    TestWorld &w = *m_world;
    m_case = w.openCase(m_clientId);
    const QByteArray bytes("Carte grise, scan couleur");
    auto first = w.ws().cases().addDocument(ins(), m_case.id, u"carte-grise"_s, u"carte-grise.pdf"_s, bytes);
    RELAIS_VERIFY_OK(first);
    const Case other = w.openCase(m_clientId, u"gar.agent"_s, u"Réparation"_s);
    auto again = w.ws().cases().addDocument(w.actor(u"gar.agent"_s), other.id, u"carte-grise"_s,
                                            u"carte-grise.pdf"_s, bytes);
    RELAIS_VERIFY_OK(again);
    QVERIFY(again->alreadyOnFile);
    auto listed = w.ws().cases().documents(w.actor(u"gar.agent"_s), other.id);
    RELAIS_VERIFY_OK(listed);
    QVERIFY2(std::any_of(listed->cbegin(), listed->cend(),
                         [&](const Document &d) { return d.sha256 == first->document.sha256; }),
             "the document said to be on file is not listed in the case that asked for it");
}

void TestCaseStore::timelinePages()
{
    TestWorld &w = *m_world;
    m_case = w.openCase(m_clientId);
    for (int i = 1; i <= 6; ++i) {
        w.advance(60);
        RELAIS_VERIFY_OK(w.ws().cases().addEvent(ins(), m_case.id, newEvent(EventKind::Note, u"Note %1"_s.arg(i))));
    }
    auto all = w.ws().cases().timeline(ins(), m_case.id);
    RELAIS_VERIFY_OK(all);
    const QList<int> seqs = seqsOf(*all);
    QVERIFY(seqs.size() >= 6);
    QVERIFY(std::is_sorted(seqs.cbegin(), seqs.cend()));
    QCOMPARE(seqs.constLast(), seqs.constFirst() + int(seqs.size()) - 1);
    QCOMPARE(all->constLast().text, u"Note 6"_s);
    auto kase = w.ws().cases().caseById(ins(), m_case.id);
    RELAIS_VERIFY_OK(kase);
    QCOMPARE(kase->eventCount, int(seqs.size()));

    auto newest = w.ws().cases().timeline(ins(), m_case.id, timelinePage(true, 0, -1));
    RELAIS_VERIFY_OK(newest);
    QList<int> reversed = seqs;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(seqsOf(*newest), reversed);
    QCOMPARE(newest->constFirst().text, u"Note 6"_s);

    auto page = w.ws().cases().timeline(ins(), m_case.id, timelinePage(true, 1, 2));
    RELAIS_VERIFY_OK(page);
    QCOMPARE(seqsOf(*page), reversed.mid(1, 2));

    auto oldestPage = w.ws().cases().timeline(ins(), m_case.id, timelinePage(false, 2, 3));
    RELAIS_VERIFY_OK(oldestPage);
    QCOMPARE(seqsOf(*oldestPage), seqs.mid(2, 3));

    auto beyond = w.ws().cases().timeline(ins(), m_case.id, timelinePage(false, int(seqs.size()), 5));
    RELAIS_VERIFY_OK(beyond);
    QVERIFY(beyond->isEmpty());
}

void TestCaseStore::timelineFilters_data()
{
    QTest::addColumn<QList<EventKind>>("kinds");
    QTest::addColumn<QString>("agency");
    QTest::addColumn<bool>("internalOnly");
    QTest::addColumn<QStringList>("texts");
    QTest::addRow("calls only") << QList<EventKind>{EventKind::Call} << QString() << false
                                << QStringList{u"Appel du client"_s};
    QTest::addRow("notes and efforts") << QList<EventKind>{EventKind::Note, EventKind::ClientEffort} << QString() << false
                                       << QStringList{u"Note INS"_s, u"Note interne INS"_s, u"Le client a rappelé"_s,
                                                      u"Note GAR"_s};
    QTest::addRow("written by GAR") << QList<EventKind>{EventKind::Note} << u"GAR"_s << false << QStringList{u"Note GAR"_s};
    QTest::addRow("internal only") << QList<EventKind>{} << QString() << true << QStringList{u"Note interne INS"_s};
}

void TestCaseStore::timelineFilters()
{
    // The filter chips of the case view run in the database: a 10,000-event case is never
    // loaded whole to show its calls.
    QFETCH(QList<EventKind>, kinds);
    QFETCH(QString, agency);
    QFETCH(bool, internalOnly);
    QFETCH(QStringList, texts);
    TestWorld &w = *m_world;
    m_case = w.openCase(m_clientId);
    auto add = [&](const Actor &actor, EventKind kind, const QString &text, Visibility visibility) {
        w.advance(60);
        NewEvent event = newEvent(kind, text);
        event.visibility = visibility;
        return w.ws().cases().addEvent(actor, m_case.id, event).has_value();
    };
    QVERIFY(add(ins(), EventKind::Note, u"Note INS"_s, Visibility::Shared));
    QVERIFY(add(ins(), EventKind::Call, u"Appel du client"_s, Visibility::Shared));
    QVERIFY(add(ins(), EventKind::Note, u"Note interne INS"_s, Visibility::Internal));
    QVERIFY(w.ws().cases().recordEffort(ins(), m_case.id, EffortKind::ChaseCall, u"Le client a rappelé"_s).has_value());
    QVERIFY(w.ws().handoffs().request(ins(), m_case.id, u"GAR"_s, u"Réparer"_s).has_value());
    const Actor gar = w.actor(u"gar.agent"_s);
    QVERIFY(add(gar, EventKind::Note, u"Note GAR"_s, Visibility::Shared));
    QVERIFY(add(gar, EventKind::Note, u"Note interne GAR"_s, Visibility::Internal));

    TimelineQuery query;
    query.kinds = kinds;
    query.agencyCode = agency;
    query.internalOnly = internalOnly;
    auto events = w.ws().cases().timeline(ins(), m_case.id, query);
    RELAIS_VERIFY_OK(events);
    QStringList got;
    for (const TimelineEvent &e : *events)
        got << e.text;
    QCOMPARE(got, texts); // never GAR's internal note: filters narrow what the viewer may see
}

void TestCaseStore::statusChangeIsRecorded()
{
    TestWorld &w = *m_world;
    m_case = w.openCase(m_clientId);
    w.advance(60);
    auto resolved = w.ws().cases().setStatus(ins(), m_case.id, CaseStatus::Resolved, u"Véhicule réparé et rendu"_s);
    RELAIS_VERIFY_OK(resolved);
    QCOMPARE(resolved->status, CaseStatus::Resolved);
    auto stored = w.ws().cases().caseById(ins(), m_case.id);
    RELAIS_VERIFY_OK(stored);
    QCOMPARE(stored->status, CaseStatus::Resolved);
    QVERIFY(stored->eventCount > m_case.eventCount);
    auto events = w.ws().cases().timeline(ins(), m_case.id);
    RELAIS_VERIFY_OK(events);
    QVERIFY2(eventMentions(events->constLast(), u"Véhicule réparé et rendu"_s), "the reason is not on the timeline");
}

QTEST_GUILESS_MAIN(TestCaseStore)
#include "tst_casestore.moc"
