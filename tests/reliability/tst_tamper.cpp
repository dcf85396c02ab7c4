// Tampering: 1,000 random direct edits, deletions and reorders of timeline rows (10,000 with
// RELAIS_RELIABILITY_LONG=1), each made behind the application's back, are each detected by the
// verifier and pinned on the case they were made in.

#include "reliabilitytest.h"
#include "../casefile/casefiletest.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

using namespace Relais::Core;
using namespace Relais::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct EventRow {
    Id id;
    Id caseId;
    int seq;
};

} // namespace

class TestTamper final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRandomTamperingIsDetected();

private:
    // One random change; returns what it did, in words, and the case it touched.
    QString tamper(Database &db, const QList<EventRow> &events, Id &caseId);

    QRandomGenerator m_random{20261123};
};

QString TestTamper::tamper(Database &db, const QList<EventRow> &events, Id &caseId)
{
    const EventRow row = events.at(int(m_random.bounded(quint32(events.size()))));
    caseId = row.caseId;
    const Bindings at{{u":id"_s, row.id}};
    const auto run = [&](const QString &sql, const Bindings &bindings) {
        auto changed = db.update(sql, bindings);
        return changed && *changed > 0;
    };
    const int what = int(m_random.bounded(14u));
    const QString salt = QString::number(m_random.bounded(1u, 1000000u));
    switch (what) {
    case 0:
        return run(u"UPDATE events SET text = text || :salt WHERE id = :id"_s, {{u":salt"_s, salt}, at[0]})
                   ? u"text of event %1 edited"_s.arg(row.id) : QString();
    case 1:
        return run(u"UPDATE events SET kind = CASE kind WHEN 'note' THEN 'call' ELSE 'note' END WHERE id = :id"_s, at)
                   ? u"kind of event %1 changed"_s.arg(row.id) : QString();
    case 2:
        return run(u"UPDATE events SET occurred_at = occurred_at - :salt WHERE id = :id"_s, {{u":salt"_s, salt.toLongLong()}, at[0]})
                   ? u"occurred_at of event %1 moved"_s.arg(row.id) : QString();
    case 3:
        return run(u"UPDATE events SET recorded_at = recorded_at + :salt WHERE id = :id"_s, {{u":salt"_s, salt.toLongLong()}, at[0]})
                   ? u"recorded_at of event %1 moved"_s.arg(row.id) : QString();
    case 4:
        return run(u"UPDATE events SET author_id = (SELECT min(id) FROM users WHERE id <> events.author_id) WHERE id = :id"_s, at)
                   ? u"author of event %1 changed"_s.arg(row.id) : QString();
    case 5:
        return run(u"UPDATE events SET agency_id = (SELECT min(id) FROM agencies WHERE id <> events.agency_id) WHERE id = :id"_s, at)
                   ? u"agency of event %1 changed"_s.arg(row.id) : QString();
    case 6:
        return run(u"UPDATE events SET visibility = CASE visibility WHEN 'shared' THEN 'internal' ELSE 'shared' END "
                   "WHERE id = :id"_s, at)
                   ? u"visibility of event %1 flipped"_s.arg(row.id) : QString();
    case 7:
        return run(u"UPDATE events SET payload = :payload WHERE id = :id"_s,
                   {{u":payload"_s, u"{\"forged\":%1}"_s.arg(salt)}, at[0]})
                   ? u"payload of event %1 forged"_s.arg(row.id) : QString();
    case 8:
        return run(u"UPDATE events SET corrects_seq = CASE WHEN corrects_seq IS NULL THEN 1 ELSE NULL END WHERE id = :id"_s, at)
                   ? u"corrects_seq of event %1 changed"_s.arg(row.id) : QString();
    case 9:
        return run(u"UPDATE events SET hash = :hash WHERE id = :id"_s,
                   {{u":hash"_s, QString::fromLatin1(QCryptographicHash::hash(salt.toUtf8(), QCryptographicHash::Sha256).toHex())}, at[0]})
                   ? u"hash of event %1 replaced"_s.arg(row.id) : QString();
    case 10:
    case 11:
        return run(u"DELETE FROM events WHERE id = :id"_s, at) ? u"event %1 deleted"_s.arg(row.id) : QString();
    case 12: {
        // Two events of one case swap places.
        auto other = db.scalar(u"SELECT id FROM events WHERE case_id = :case AND id <> :id ORDER BY random() LIMIT 1"_s,
                               {{u":case"_s, row.caseId}, at[0]});
        if (!other || !other->isValid())
            return {};
        const Id otherId = other->toLongLong();
        const int otherSeq = db.scalar(u"SELECT seq FROM events WHERE id = :id"_s, {{u":id"_s, otherId}})->toInt();
        const bool swapped = run(u"UPDATE events SET seq = -1 WHERE id = :id"_s, at)
                             && run(u"UPDATE events SET seq = :seq WHERE id = :id"_s, {{u":seq"_s, row.seq}, {u":id"_s, otherId}})
                             && run(u"UPDATE events SET seq = :seq WHERE id = :id"_s, {{u":seq"_s, otherSeq}, at[0]});
        return swapped ? u"events %1 and %2 swapped"_s.arg(row.id).arg(otherId) : QString();
    }
    default:
        return run(u"UPDATE cases SET head_hash = :hash WHERE id = :case"_s,
                   {{u":hash"_s, QString::fromLatin1(QCryptographicHash::hash(salt.toUtf8(), QCryptographicHash::Sha256).toHex())},
                    {u":case"_s, row.caseId}})
                   ? u"head hash of case %1 replaced"_s.arg(row.caseId) : QString();
    }
}

void TestTamper::everyRandomTamperingIsDetected()
{
    TestWorld world;
    QVERIFY(world.isValid());
    const Actor insurer = world.actor(u"ins.agent"_s);
    QList<Case> cases;
    for (int c = 0; c < 5; ++c) {
        cases << world.openCase(world.addClient(u"Client %1"_s.arg(c), u"TM%1"_s.arg(100000 + c)));
        for (int n = 0; n < 12; ++n) {
            world.advance(300);
            NewEvent note;
            note.text = u"Note %1 du dossier %2"_s.arg(n).arg(c);
            note.visibility = n % 4 == 0 ? Visibility::Internal : Visibility::Shared;
            RELAIS_VERIFY_OK(world.ws().cases().addEvent(insurer, cases.constLast().id, note));
        }
        RELAIS_VERIFY_OK(world.ws().handoffs().request(insurer, cases.constLast().id, u"GAR"_s, u"Réparation"_s));
        RELAIS_VERIFY_OK(world.ws().cases().correct(insurer, cases.constLast().id, 2, u"Correction"_s));
    }
    QString error;
    QVERIFY2(dropAppendOnlyTriggers(world, &error), qPrintable(error));
    Database &db = world.ws().database();
    QList<EventRow> events;
    auto rows = db.select(u"SELECT id, case_id, seq FROM events"_s);
    RELAIS_VERIFY_OK(rows);
    for (const QSqlRecord &r : *rows)
        events << EventRow{r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toInt()};
    QHash<Id, QString> references;
    for (const Case &c : std::as_const(cases))
        references.insert(c.id, c.reference);

    const int rounds = longRun() ? 10000 : 1000;
    int detected = 0;
    for (int round = 0; round < rounds; ++round) {
        RELAIS_VERIFY_OK(db.execute(u"SAVEPOINT tamper"_s));
        Id caseId = 0;
        const QString what = tamper(db, events, caseId);
        QVERIFY2(!what.isEmpty(), qPrintable(u"round %1: the tampering did not apply"_s.arg(round)));
        auto report = world.ws().verifier().verifyAll();
        RELAIS_VERIFY_OK(report);
        QVERIFY2(!report->intact(), qPrintable(u"round %1: not detected: %2"_s.arg(round).arg(what)));
        bool pinned = false;
        for (const ChainProblem &problem : report->problems)
            pinned = pinned || problem.caseReference == references.value(caseId);
        QVERIFY2(pinned, qPrintable(u"round %1: %2 was blamed on another case"_s.arg(round).arg(what)));
        ++detected;
        RELAIS_VERIFY_OK(db.execute(u"ROLLBACK TO tamper"_s));
        RELAIS_VERIFY_OK(db.execute(u"RELEASE tamper"_s));
    }
    auto after = world.ws().verifier().verifyAll();
    RELAIS_VERIFY_OK(after);
    QVERIFY2(after->intact(), "undoing every tampering did not leave the file intact");
    qInfo("%d random tamperings with %d timeline rows: %d detected and pinned on their case", rounds,
          int(events.size()), detected);
}

QTEST_GUILESS_MAIN(TestTamper)
#include "tst_tamper.moc"
