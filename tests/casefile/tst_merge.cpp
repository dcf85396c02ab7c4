// Two customer files that turn out to be one person: merged without losing a case, a document,
// a consent, a phone or an event; recorded on every timeline; and undone exactly.

#include "casefiletest.h"

#include "casefile/clientmerge.h"

#include <memory>

using namespace Relais::Core;
using namespace Relais::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString reason = u"Même personne : CIN saisi avec une faute au guichet"_s;

} // namespace

class TestMerge final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void mergeMovesEverythingAndKeepsEveryEvent();
    void mergeIsOnEveryTimelineOfThePerson();
    void mergedClientIsHiddenFromFindSearchAndDuplicates();
    void unmergeRestoresExactly();
    void mergeIsAllowedToAgenciesServingBoth_data();
    void mergeIsAllowedToAgenciesServingBoth();
    void refusedMergeChangesNothing_data();
    void refusedMergeChangesNothing();
    void refusedUnmergeChangesNothing_data();
    void refusedUnmergeChangesNothing();
    void mergedAwayClientTakesNoNewCase();

private:
    /// Two files of one person: "keep" (one case, INS) and "other" (a case with a document at
    /// INS, a case opened by GAR, a phone and a consent), plus a third person, unrelated.
    void buildTwoFiles();
    [[nodiscard]] Id registerClient(const QString &name, const QString &cin, const QStringList &phones,
                                    const QString &login = u"ins.agent"_s);
    /// Who holds what: every row a merge may move, the merge tables and the search index.
    [[nodiscard]] QStringList ownership();
    /// Everything, events and audit log included: what a refusal must leave as it was.
    [[nodiscard]] QStringList everything();
    [[nodiscard]] QStringList rows(const QString &sql);

    std::unique_ptr<TestWorld> m_world;
    Id m_keep = 0;
    Id m_other = 0;
    Id m_third = 0;
    Case m_keepCase;
    Case m_otherCase;
    Case m_garCase;
};

void TestMerge::init()
{
    m_world = std::make_unique<TestWorld>();
    QVERIFY(m_world->isValid());
}

void TestMerge::cleanup()
{
    m_world.reset();
    m_keep = m_other = m_third = 0;
}

Id TestMerge::registerClient(const QString &name, const QString &cin, const QStringList &phones, const QString &login)
{
    ClientDraft draft;
    draft.fullName = name;
    draft.cin = cin;
    draft.phones = phones;
    draft.birthDate = QDate(1979, 6, 3);
    auto registered = m_world->ws().clients().registerClient(m_world->actor(login), draft, true);
    if (!registered || !registered->created)
        return 0;
    return registered->client.id;
}

void TestMerge::buildTwoFiles()
{
    TestWorld &w = *m_world;
    const Actor ins = w.actor(u"ins.agent"_s);
    m_keep = registerClient(u"Karim Bennani"_s, u"BK123456"_s, {u"0612345678"_s});
    m_other = registerClient(u"Karim Benani"_s, u"BK123465"_s, {u"0612345678"_s, u"0661000001"_s});
    m_third = registerClient(u"Zineb Tazi"_s, u"Z77"_s, {u"0700000001"_s}, u"hos.agent"_s);
    QVERIFY(m_keep && m_other && m_third);
    RELAIS_VERIFY_OK(w.ws().clients().grantConsent(ins, m_keep, ConsentScope::Network, {}));
    RELAIS_VERIFY_OK(w.ws().clients().grantConsent(ins, m_other, ConsentScope::Agencies, {u"GAR"_s}));
    m_keepCase = w.openCase(m_keep, u"ins.agent"_s, u"Accident A7"_s);
    w.advance(60);
    m_otherCase = w.openCase(m_other, u"ins.agent"_s, u"Bris de glace"_s);
    RELAIS_VERIFY_OK(w.ws().cases().addEvent(ins, m_otherCase.id, newEvent(EventKind::Note, u"Photos reçues"_s)));
    RELAIS_VERIFY_OK(w.ws().cases().addDocument(ins, m_otherCase.id, u"cin"_s, u"cin.pdf"_s, "%PDF-1.4 carte"));
    m_garCase = w.openCase(m_other, u"gar.agent"_s, u"Réparation"_s);
    RELAIS_VERIFY_OK(w.ws().cases().addEvent(w.actor(u"gar.agent"_s), m_garCase.id,
                                             newEvent(EventKind::Note, u"Internal estimate"_s, Visibility::Internal)));
    w.advance(3600);
}

QStringList TestMerge::rows(const QString &sql)
{
    QStringList out;
    auto selected = m_world->ws().database().select(sql);
    if (!selected)
        return {u"<error: %1>"_s.arg(selected.error().message)};
    for (const QSqlRecord &row : *selected) {
        QStringList values;
        for (int i = 0; i < row.count(); ++i)
            values << (row.isNull(i) ? u"NULL"_s : row.value(i).toString());
        out << values.join(u'|');
    }
    return out;
}

QStringList TestMerge::ownership()
{
    QStringList out;
    out << u"clients"_s << rows(u"SELECT id, full_name, cin, merged_into FROM clients ORDER BY id"_s);
    out << u"phones"_s << rows(u"SELECT client_id, e164, position FROM client_phones ORDER BY client_id, e164"_s);
    out << u"cases"_s << rows(u"SELECT id, client_id FROM cases ORDER BY id"_s);
    out << u"documents"_s << rows(u"SELECT id, client_id, case_id FROM documents ORDER BY id"_s);
    out << u"consents"_s << rows(u"SELECT id, client_id, revoked_at FROM consents ORDER BY id"_s);
    out << u"index"_s << rows(u"SELECT rowid, names, identifiers FROM client_search ORDER BY rowid"_s);
    return out;
}

QStringList TestMerge::everything()
{
    QStringList out = ownership();
    out << u"events"_s << rows(u"SELECT id, case_id, seq, hash FROM events ORDER BY id"_s);
    out << u"heads"_s << rows(u"SELECT id, head_hash, event_count FROM cases ORDER BY id"_s);
    out << u"merges"_s << rows(u"SELECT * FROM client_merges ORDER BY id"_s);
    out << u"moves"_s << rows(u"SELECT * FROM client_merge_moves ORDER BY merge_id, item, item_id, phone"_s);
    out << u"audit"_s << rows(u"SELECT id, action, subject FROM audit_log ORDER BY id"_s);
    return out;
}

void TestMerge::mergeMovesEverythingAndKeepsEveryEvent()
{
    buildTwoFiles();
    if (QTest::currentTestFailed())
        return;
    TestWorld &w = *m_world;
    const QStringList eventsBefore = rows(u"SELECT id, case_id, seq, kind, text, hash FROM events ORDER BY id"_s);
    const qint64 documentsOfOther =
        sqlCount(w, u"SELECT count(*) FROM documents WHERE client_id = :c"_s, {{u":c"_s, m_other}});
    QCOMPARE(documentsOfOther, qint64(1));

    auto merged = w.ws().merges().merge(w.actor(u"ins.agent"_s), m_keep, m_other, reason);
    RELAIS_VERIFY_OK(merged);
    QVERIFY(merged->id > 0);
    QCOMPARE(merged->keptClientId, m_keep);
    QCOMPARE(merged->mergedClientId, m_other);
    QCOMPARE(merged->reason, reason);
    QCOMPARE(merged->mergedByLogin, u"ins.agent"_s);
    QCOMPARE(merged->mergedAt, w.now());
    QVERIFY(!merged->undone());
    QCOMPARE(merged->caseIds, (QList<Id>{m_otherCase.id, m_garCase.id}));
    QCOMPARE(merged->caseReferences, (QStringList{m_otherCase.reference, m_garCase.reference}));
    QCOMPARE(merged->documentIds.size(), 1);
    QCOMPARE(merged->consentIds.size(), 1);
    // The number both files had stays put; only the other one moves.
    QCOMPARE(merged->phones, QStringList{u"+212661000001"_s});

    // Everything of the other file is on the kept one now; the other file itself stays.
    for (const QString &table : {u"cases"_s, u"documents"_s, u"consents"_s})
        QCOMPARE(sqlCount(w, u"SELECT count(*) FROM %1 WHERE client_id = :c"_s.arg(table), {{u":c"_s, m_other}}),
                 qint64(0));
    QCOMPARE(sqlCount(w, u"SELECT count(*) FROM cases WHERE client_id = :c"_s, {{u":c"_s, m_keep}}), qint64(3));
    QCOMPARE(sqlCount(w, u"SELECT count(*) FROM documents WHERE client_id = :c"_s, {{u":c"_s, m_keep}}), documentsOfOther);
    QCOMPARE(sqlCount(w, u"SELECT count(*) FROM consents WHERE client_id = :c"_s, {{u":c"_s, m_keep}}), qint64(2));
    QCOMPARE(sqlValue(w, u"SELECT merged_into FROM clients WHERE id = :c"_s, {{u":c"_s, m_other}}).toLongLong(), m_keep);
    QCOMPARE(sqlCount(w, u"SELECT count(*) FROM clients"_s), qint64(3));
    auto kept = w.ws().clients().client(w.actor(u"ins.agent"_s), m_keep);
    RELAIS_VERIFY_OK(kept);
    QCOMPARE(kept->phones, (QStringList{u"+212612345678"_s, u"+212661000001"_s}));
    auto into = w.ws().merges().mergedInto(m_other);
    RELAIS_VERIFY_OK(into);
    QCOMPARE(into->value_or(0), m_keep);
    // The other case's consent to GAR now covers the person's file.
    auto covered = w.ws().clients().consentCovers(m_keep, w.actor(u"gar.agent"_s).agencyId);
    RELAIS_VERIFY_OK(covered);
    QVERIFY(*covered);

    // Not one event changed or went missing; each case got exactly one more.
    const QStringList eventsAfter = rows(u"SELECT id, case_id, seq, kind, text, hash FROM events ORDER BY id"_s);
    QCOMPARE(eventsAfter.mid(0, eventsBefore.size()), eventsBefore);
    QCOMPARE(eventsAfter.size(), eventsBefore.size() + 3);
    auto report = w.ws().verifier().verifyAll();
    RELAIS_VERIFY_OK(report);
    QVERIFY(report->intact());

    // What moved is recorded, item by item, for the undo.
    QCOMPARE(sqlCount(w, u"SELECT count(*) FROM client_merge_moves WHERE merge_id = :m"_s, {{u":m"_s, merged->id}}),
             qint64(2 + 1 + 1 + 1));
    QCOMPARE(sqlCount(w, u"SELECT count(*) FROM audit_log WHERE action = 'client.merge'"_s), qint64(1));
}

void TestMerge::mergeIsOnEveryTimelineOfThePerson()
{
    buildTwoFiles();
    if (QTest::currentTestFailed())
        return;
    TestWorld &w = *m_world;
    auto merged = w.ws().merges().merge(w.actor(u"ins.agent"_s), m_keep, m_other, reason);
    RELAIS_VERIFY_OK(merged);
    for (const Case &kase : {m_keepCase, m_otherCase, m_garCase}) {
        // The GAR case is read by GAR, who takes part in it.
        const QString reader = kase.id == m_garCase.id ? u"gar.agent"_s : u"ins.agent"_s;
        auto events = w.ws().cases().timeline(w.actor(reader), kase.id);
        RELAIS_VERIFY_OK(events);
        const TimelineEvent &last = events->constLast();
        QCOMPARE(last.kind, EventKind::System);
        QCOMPARE(last.visibility, Visibility::Shared);
        QCOMPARE(last.authorLogin, u"ins.agent"_s);
        QVERIFY2(last.text.startsWith(u"Customer files merged: "_s), qPrintable(last.text));
        QVERIFY2(last.text.contains(u"Karim Benani"_s) && last.text.contains(u"Karim Bennani"_s), qPrintable(last.text));
        QVERIFY2(last.text.contains(u"BK****65"_s) && !last.text.contains(u"BK123465"_s), qPrintable(last.text));
        QVERIFY2(last.text.contains(u"Salma Idrissi"_s), qPrintable(last.text));
        QVERIFY2(last.text.contains(reason), qPrintable(last.text));
        QCOMPARE(last.payload.value(u"mergeId"_s).toInteger(), merged->id);
        QCOMPARE(last.payload.value(u"action"_s).toString(), u"client-merge"_s);
    }
    // The moved cases now show the kept customer.
    auto moved = w.ws().cases().caseById(w.actor(u"gar.agent"_s), m_garCase.id);
    RELAIS_VERIFY_OK(moved);
    QCOMPARE(moved->clientId, m_keep);
}

void TestMerge::mergedClientIsHiddenFromFindSearchAndDuplicates()
{
    buildTwoFiles();
    if (QTest::currentTestFailed())
        return;
    TestWorld &w = *m_world;
    const Actor ins = w.actor(u"ins.agent"_s);
    auto ids = [&](const QString &query) {
        QList<Id> found;
        if (auto clients = w.ws().clients().find(ins, query))
            for (const Client &c : *clients)
                found << c.id;
        return found;
    };
    auto searchClientIds = [&](const QString &query) {
        QList<Id> found;
        if (auto hits = w.ws().search().search(ins, query))
            for (const SearchHit &hit : *hits)
                if (hit.kind == SearchHit::Kind::Client)
                    found << hit.clientId;
        return found;
    };
    ClientDraft sameCin;
    sameCin.fullName = u"Quelqu'un"_s;
    sameCin.cin = u"BK123465"_s;
    // Before: the other file is found every way.
    QVERIFY(ids(u"BK123465"_s).contains(m_other));
    QVERIFY(ids(u"Benani"_s).contains(m_other));
    QVERIFY(searchClientIds(u"Benani"_s).contains(m_other));
    auto before = w.ws().clients().probableDuplicates(sameCin);
    RELAIS_VERIFY_OK(before);
    QCOMPARE(before->size(), 1);

    RELAIS_VERIFY_OK(w.ws().merges().merge(ins, m_keep, m_other, reason));

    QVERIFY(!ids(u"BK123465"_s).contains(m_other));
    QVERIFY(!ids(u"Benani"_s).contains(m_other));
    QVERIFY(!searchClientIds(u"Benani"_s).contains(m_other));
    QVERIFY(!searchClientIds(u"BK123465"_s).contains(m_other));
    auto after = w.ws().clients().probableDuplicates(sameCin);
    RELAIS_VERIFY_OK(after);
    QVERIFY(after->isEmpty());
    // The moved phone leads to the kept file, in look-up and in duplicate detection.
    QCOMPARE(ids(u"0661000001"_s), QList<Id>{m_keep});
    ClientDraft samePhone;
    samePhone.fullName = u"Autre"_s;
    samePhone.phones = {u"0661000001"_s};
    auto byPhone = w.ws().clients().probableDuplicates(samePhone);
    RELAIS_VERIFY_OK(byPhone);
    QCOMPARE(byPhone->size(), 1);
    QCOMPARE(byPhone->constFirst().client.id, m_keep);
    // The file stays readable by its number, for the audit trail.
    RELAIS_VERIFY_OK(w.ws().clients().client(ins, m_other));
}

void TestMerge::unmergeRestoresExactly()
{
    buildTwoFiles();
    if (QTest::currentTestFailed())
        return;
    TestWorld &w = *m_world;
    const Actor ins = w.actor(u"ins.agent"_s);
    const QStringList before = ownership();
    const QStringList eventsBefore = rows(u"SELECT id, case_id, seq, hash FROM events ORDER BY id"_s);
    auto merged = w.ws().merges().merge(ins, m_keep, m_other, reason);
    RELAIS_VERIFY_OK(merged);
    QVERIFY(ownership() != before);

    // Life goes on in between: a new case of the kept file stays with it.
    w.advance(86400);
    const Case later = w.openCase(m_keep, u"ins.agent"_s, u"Nouvelle demande"_s);
    w.advance(60);
    auto undone = w.ws().merges().unmerge(w.actor(u"ins.super"_s), merged->id, u"Deux frères"_s);
    RELAIS_VERIFY_OK(undone);
    QVERIFY(undone->undone());
    QCOMPARE(undone->undoneAt, w.now());
    QCOMPARE(undone->undoneBy, u"Omar Tazi"_s);
    QCOMPARE(undone->undoReason, u"Deux frères"_s);

    QStringList expected = before;
    // The one case opened meanwhile is the only difference: it belongs to the kept file.
    QStringList now = ownership();
    now.removeAll(u"%1|%2"_s.arg(later.id).arg(m_keep));
    QCOMPARE(now, expected);

    // Events only grew: merge and unmerge are both on the timelines, nothing was rewritten.
    const QStringList eventsAfter = rows(u"SELECT id, case_id, seq, hash FROM events ORDER BY id"_s);
    QCOMPARE(eventsAfter.mid(0, eventsBefore.size()), eventsBefore);
    for (const Case &kase : {m_keepCase, m_otherCase, later}) {
        auto events = w.ws().cases().timeline(ins, kase.id);
        RELAIS_VERIFY_OK(events);
        QVERIFY2(events->constLast().text.startsWith(u"Customer files separated again: "_s),
                 qPrintable(events->constLast().text));
        QCOMPARE(events->constLast().payload.value(u"action"_s).toString(), u"client-unmerge"_s);
    }
    auto report = w.ws().verifier().verifyAll();
    RELAIS_VERIFY_OK(report);
    QVERIFY(report->intact());
    auto found = w.ws().clients().find(ins, u"BK123465"_s);
    RELAIS_VERIFY_OK(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->constFirst().id, m_other);
    auto into = w.ws().merges().mergedInto(m_other);
    RELAIS_VERIFY_OK(into);
    QVERIFY(!into->has_value());

    // Undone once is undone for good; the files may be merged again as a new merge.
    RELAIS_VERIFY_ERROR(w.ws().merges().unmerge(ins, merged->id), ErrorCode::Conflict);
    auto again = w.ws().merges().merge(ins, m_keep, m_other, reason);
    RELAIS_VERIFY_OK(again);
    QVERIFY(again->id != merged->id);
}

void TestMerge::mergeIsAllowedToAgenciesServingBoth_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<bool>("garServesKept");
    QTest::addColumn<bool>("allowed");
    QTest::addRow("registered both") << u"ins.agent"_s << false << true;
    QTest::addRow("supervisor of the registering agency") << u"ins.super"_s << false << true;
    QTest::addRow("network admin") << u"net.admin"_s << false << true;
    QTest::addRow("in a case of one of them only") << u"gar.agent"_s << false << false;
    QTest::addRow("in a case of each") << u"gar.agent"_s << true << true;
    QTest::addRow("serves neither") << u"tow.agent"_s << false << false;
}

void TestMerge::mergeIsAllowedToAgenciesServingBoth()
{
    QFETCH(QString, login);
    QFETCH(bool, garServesKept);
    QFETCH(bool, allowed);
    buildTwoFiles();
    if (QTest::currentTestFailed())
        return;
    if (garServesKept)
        (void)m_world->openCase(m_keep, u"gar.agent"_s, u"Carrosserie"_s);
    const QStringList before = everything();
    auto merged = m_world->ws().merges().merge(m_world->actor(login), m_keep, m_other, reason);
    if (allowed) {
        RELAIS_VERIFY_OK(merged);
        QCOMPARE(merged->mergedByLogin, login);
    } else {
        RELAIS_VERIFY_ERROR(merged, ErrorCode::Forbidden);
        QVERIFY(!merged.error().message.isEmpty());
        QCOMPARE(everything(), before);
    }
}

void TestMerge::refusedMergeChangesNothing_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("keep");  // "keep", "other", "third", "missing"
    QTest::addColumn<QString>("other");
    QTest::addColumn<QString>("why");
    QTest::addColumn<bool>("mergeThirdFirst"); // third (registered by HOS) merged into keep by the admin first
    QTest::addColumn<ErrorCode>("code");
    QTest::addRow("into itself") << u"ins.agent"_s << u"keep"_s << u"keep"_s << reason << false << ErrorCode::Invalid;
    QTest::addRow("no reason") << u"ins.agent"_s << u"keep"_s << u"other"_s << QString() << false << ErrorCode::Invalid;
    QTest::addRow("blank reason") << u"ins.agent"_s << u"keep"_s << u"other"_s << u"  \t "_s << false << ErrorCode::Invalid;
    QTest::addRow("already merged") << u"net.admin"_s << u"other"_s << u"third"_s << reason << true << ErrorCode::Invalid;
    QTest::addRow("into a merged file") << u"net.admin"_s << u"third"_s << u"other"_s << reason << true << ErrorCode::Invalid;
    QTest::addRow("agency serving neither") << u"hos.agent"_s << u"keep"_s << u"other"_s << reason << false
                                            << ErrorCode::Forbidden;
    QTest::addRow("agency serving one only") << u"hos.agent"_s << u"keep"_s << u"third"_s << reason << false
                                             << ErrorCode::Forbidden;
    QTest::addRow("unknown client") << u"ins.agent"_s << u"keep"_s << u"missing"_s << reason << false
                                    << ErrorCode::NotFound;
}

void TestMerge::refusedMergeChangesNothing()
{
    QFETCH(QString, login);
    QFETCH(QString, keep);
    QFETCH(QString, other);
    QFETCH(QString, why);
    QFETCH(bool, mergeThirdFirst);
    QFETCH(ErrorCode, code);
    buildTwoFiles();
    if (QTest::currentTestFailed())
        return;
    if (mergeThirdFirst)
        RELAIS_VERIFY_OK(m_world->ws().merges().merge(m_world->actor(u"net.admin"_s), m_keep, m_third, reason));
    const QHash<QString, Id> ids{{u"keep"_s, m_keep}, {u"other"_s, m_other}, {u"third"_s, m_third}, {u"missing"_s, 9999}};
    const QStringList before = everything();
    QVERIFY(before.size() > 20);

    auto merged = m_world->ws().merges().merge(m_world->actor(login), ids.value(keep), ids.value(other), why);
    RELAIS_VERIFY_ERROR(merged, code);
    QVERIFY(!merged.error().message.isEmpty());
    QCOMPARE(everything(), before);
}

void TestMerge::mergedAwayClientTakesNoNewCase()
{
    buildTwoFiles();
    if (QTest::currentTestFailed())
        return;
    TestWorld &w = *m_world;
    const Actor ins = w.actor(u"ins.agent"_s);
    RELAIS_VERIFY_OK(w.ws().merges().merge(ins, m_keep, m_other, u"Same CIN, typo in the second file"_s));
    const qint64 before = sqlCount(w, u"SELECT count(*) FROM cases"_s);
    auto opened = w.ws().cases().openCase(ins, m_other, u"Nouveau sinistre"_s);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::Invalid);
    QVERIFY2(opened.error().message.contains(QString::number(m_keep)), qPrintable(opened.error().message));
    QCOMPARE(sqlCount(w, u"SELECT count(*) FROM cases"_s), before);
}

void TestMerge::refusedUnmergeChangesNothing_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("login");
    QTest::addColumn<ErrorCode>("code");
    QTest::addRow("already undone") << u"undone"_s << u"ins.agent"_s << ErrorCode::Conflict;
    QTest::addRow("unknown merge") << u"unknown"_s << u"ins.agent"_s << ErrorCode::NotFound;
    QTest::addRow("agency serving neither") << u"merged"_s << u"hos.agent"_s << ErrorCode::Forbidden;
    QTest::addRow("kept file merged since") << u"kept-merged"_s << u"net.admin"_s << ErrorCode::Conflict;
}

void TestMerge::refusedUnmergeChangesNothing()
{
    QFETCH(QString, situation);
    QFETCH(QString, login);
    QFETCH(ErrorCode, code);
    buildTwoFiles();
    if (QTest::currentTestFailed())
        return;
    TestWorld &w = *m_world;
    auto merged = w.ws().merges().merge(w.actor(u"ins.agent"_s), m_keep, m_other, reason);
    RELAIS_VERIFY_OK(merged);
    Id mergeId = merged->id;
    if (situation == u"undone"_s)
        RELAIS_VERIFY_OK(w.ws().merges().unmerge(w.actor(u"ins.agent"_s), mergeId));
    if (situation == u"unknown"_s)
        mergeId = 4242;
    if (situation == u"kept-merged"_s)
        RELAIS_VERIFY_OK(w.ws().merges().merge(w.actor(u"net.admin"_s), m_third, m_keep, reason));
    w.advance(60);
    const QStringList before = everything();

    auto undone = w.ws().merges().unmerge(w.actor(login), mergeId, u"erreur"_s);
    RELAIS_VERIFY_ERROR(undone, code);
    QVERIFY(!undone.error().message.isEmpty());
    QCOMPARE(everything(), before);
}

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
