// Finding customers and cases the way people type: without accents, in Arabic script, by the
// start of a name, by CIN or phone in any format; and never past what the actor may see.

#include "casefiletest.h"

#include <algorithm>
#include <memory>

using namespace Relais::Core;
using namespace Relais::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

QString describe(const QList<SearchHit> &hits)
{
    QStringList lines;
    for (const SearchHit &hit : hits) {
        char *kind = toString(hit.kind);
        lines.append(u"%1 client=%2 case=%3 seq=%4 %5"_s.arg(QString::fromLatin1(kind)).arg(hit.clientId)
                         .arg(hit.caseId).arg(hit.eventSeq).arg(hit.title));
        delete[] kind;
    }
    return lines.isEmpty() ? u"<no hits>"_s : lines.join(u"\n"_s);
}

bool hasClientHit(const QList<SearchHit> &hits, Id clientId)
{
    return std::any_of(hits.cbegin(), hits.cend(), [clientId](const SearchHit &hit) {
        return hit.kind == SearchHit::Kind::Client && hit.clientId == clientId;
    });
}

bool hasCaseOrEventHit(const QList<SearchHit> &hits, Id caseId)
{
    return std::any_of(hits.cbegin(), hits.cend(), [caseId](const SearchHit &hit) {
        return (hit.kind == SearchHit::Kind::Case || hit.kind == SearchHit::Kind::Event) && hit.caseId == caseId;
    });
}

const SearchHit *eventHit(const QList<SearchHit> &hits, Id caseId)
{
    for (const SearchHit &hit : hits)
        if (hit.kind == SearchHit::Kind::Event && hit.caseId == caseId)
            return &hit;
    return nullptr;
}

} // namespace

class TestSearch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void findsClients_data();
    void findsClients();
    void findsCaseByReference();
    void findsNoteTextInVisibleCase();
    void noteOfInvisibleCaseIsNotFound();
    void internalNoteIsFoundOnlyByItsAgency();
    void typedPunctuationIsNotAnError_data();
    void typedPunctuationIsNotAnError();

private:
    void registerPeople();
    [[nodiscard]] Result<QList<SearchHit>> search(const QString &login, const QString &query)
    {
        return m_world->ws().search().search(m_world->actor(login), query);
    }

    std::unique_ptr<TestWorld> m_world;
    QHash<QString, Id> m_people;
};

void TestSearch::init()
{
    m_world = std::make_unique<TestWorld>();
    QVERIFY(m_world->isValid());
    registerPeople();
}

void TestSearch::cleanup()
{
    m_world.reset();
    m_people.clear();
}

void TestSearch::registerPeople()
{
    struct Person {
        QString key, name, nameAr, cin, phone;
    };
    const QList<Person> people{
        {u"helene"_s, u"Hélène El Idrissi"_s, {}, u"AB100001"_s, u"0661000001"_s},
        {u"karim"_s, u"Karim Bennani"_s, u"كريم بناني"_s, u"BK123456"_s, u"0612345678"_s},
        {u"ahmed"_s, u"Ahmed Alaoui"_s, u"أحمد العلوي"_s, u"C98765"_s, {}},
    };
    for (const Person &person : people) {
        ClientDraft draft;
        draft.fullName = person.name;
        draft.fullNameAr = person.nameAr;
        draft.cin = person.cin;
        if (!person.phone.isEmpty())
            draft.phones = {person.phone};
        auto registered = m_world->ws().clients().registerClient(m_world->actor(u"ins.agent"_s), draft, true);
        RELAIS_VERIFY_OK(registered);
        QVERIFY(registered->created);
        m_people.insert(person.key, registered->client.id);
        auto consent = m_world->ws().clients().grantConsent(m_world->actor(u"ins.agent"_s), registered->client.id,
                                                            ConsentScope::Network, {});
        RELAIS_VERIFY_OK(consent);
    }
}

void TestSearch::findsClients_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("notExpected");
    QTest::addRow("first name without accent") << u"helene"_s << u"helene"_s << u"karim"_s;
    QTest::addRow("first name with accent") << u"Hélène"_s << u"helene"_s << u"karim"_s;
    QTest::addRow("upper case") << u"HELENE"_s << u"helene"_s << u"karim"_s;
    QTest::addRow("part of a compound surname") << u"idrissi"_s << u"helene"_s << u"karim"_s;
    QTest::addRow("compound surname") << u"el idrissi"_s << u"helene"_s << u"ahmed"_s;
    QTest::addRow("surname prefix") << u"benn"_s << u"karim"_s << u"helene"_s;
    QTest::addRow("first and last name prefixes") << u"kar benn"_s << u"karim"_s << u"ahmed"_s;
    QTest::addRow("Arabic surname") << u"بناني"_s << u"karim"_s << u"ahmed"_s;
    QTest::addRow("Arabic first name") << u"كريم"_s << u"karim"_s << u"ahmed"_s;
    QTest::addRow("Arabic name typed without hamza") << u"احمد"_s << u"ahmed"_s << u"karim"_s;
    QTest::addRow("Arabic name typed with hamza") << u"أحمد"_s << u"ahmed"_s << u"karim"_s;
    QTest::addRow("Arabic name with vowel marks") << u"أَحْمَد"_s << u"ahmed"_s << u"karim"_s;
    QTest::addRow("CIN typed with a space") << u"BK 123456"_s << u"karim"_s << u"helene"_s;
    QTest::addRow("CIN") << u"BK123456"_s << u"karim"_s << u"helene"_s;
    QTest::addRow("CIN in lower case") << u"ab100001"_s << u"helene"_s << u"karim"_s;
    QTest::addRow("phone with spaces") << u"06 12 34 56 78"_s << u"karim"_s << u"helene"_s;
    QTest::addRow("phone as dialled") << u"0612345678"_s << u"karim"_s << u"helene"_s;
    QTest::addRow("phone in E.164") << u"+212612345678"_s << u"karim"_s << u"helene"_s;
    QTest::addRow("phone international with spaces") << u"+212 6 61 00 00 01"_s << u"helene"_s << u"karim"_s;
}

void TestSearch::findsClients()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    QFETCH(QString, notExpected);
    auto hits = search(u"ins.agent"_s, query);
    RELAIS_VERIFY_OK(hits);
    QVERIFY2(hasClientHit(*hits, m_people.value(expected)), qPrintable(describe(*hits)));
    QVERIFY2(!hasClientHit(*hits, m_people.value(notExpected)), qPrintable(describe(*hits)));
    for (const SearchHit &hit : *hits)
        if (hit.kind == SearchHit::Kind::Client && hit.clientId == m_people.value(expected))
            QVERIFY2(!hit.title.isEmpty(), "a client hit without a name to show");
}

void TestSearch::findsCaseByReference()
{
    TestWorld &w = *m_world;
    const Case kase = w.openCase(m_people.value(u"karim"_s));
    const Case other = w.openCase(m_people.value(u"helene"_s));
    auto hits = search(u"ins.agent"_s, kase.reference);
    RELAIS_VERIFY_OK(hits);
    const auto hit = std::find_if(hits->cbegin(), hits->cend(), [&kase](const SearchHit &h) {
        return h.kind == SearchHit::Kind::Case && h.caseId == kase.id;
    });
    QVERIFY2(hit != hits->cend(), qPrintable(describe(*hits)));
    QCOMPARE(hit->caseReference, kase.reference);
    QCOMPARE(hit->clientId, kase.clientId);
    QVERIFY2(!hasCaseOrEventHit(*hits, other.id), qPrintable(describe(*hits)));

    // Typed in lower case, as people do.
    auto lower = search(u"ins.agent"_s, kase.reference.toLower());
    RELAIS_VERIFY_OK(lower);
    QVERIFY2(std::any_of(lower->cbegin(), lower->cend(),
                         [&kase](const SearchHit &h) { return h.kind == SearchHit::Kind::Case && h.caseId == kase.id; }),
             qPrintable(describe(*lower)));
}

void TestSearch::findsNoteTextInVisibleCase()
{
    TestWorld &w = *m_world;
    const Case kase = w.openCase(m_people.value(u"karim"_s));
    auto note = w.ws().cases().addEvent(w.actor(u"ins.agent"_s), kase.id,
                                        newEvent(EventKind::Note, u"Le pare-brise est fissuré côté conducteur"_s));
    RELAIS_VERIFY_OK(note);
    for (const QString &query : {u"fissuré"_s, u"fissure"_s, u"PARE-BRISE"_s, u"conduct"_s, u"fissure conducteur"_s}) {
        auto hits = search(u"ins.agent"_s, query);
        RELAIS_VERIFY_OK(hits);
        const SearchHit *hit = eventHit(*hits, kase.id);
        QVERIFY2(hit, qPrintable(query + u"\n"_s + describe(*hits)));
        QCOMPARE(hit->eventSeq, note->seq);
        QCOMPARE(hit->caseReference, kase.reference);
    }
    // Every word must match: a word found nowhere finds nothing.
    auto none = search(u"ins.agent"_s, u"fissure moteur"_s);
    RELAIS_VERIFY_OK(none);
    QVERIFY2(!eventHit(*none, kase.id), qPrintable(describe(*none)));
}

void TestSearch::noteOfInvisibleCaseIsNotFound()
{
    TestWorld &w = *m_world;
    const Case kase = w.openCase(m_people.value(u"karim"_s));
    RELAIS_VERIFY_OK(w.ws().cases().addEvent(w.actor(u"ins.agent"_s), kase.id,
                                             newEvent(EventKind::Note, u"Franchise de 3000 dirhams confirmée"_s)));
    for (const QString &login : {u"hos.agent"_s, u"gar.agent"_s}) {
        for (const QString &query : {u"franchise"_s, u"dirhams"_s, kase.reference}) {
            auto hits = search(login, query);
            RELAIS_VERIFY_OK(hits);
            QVERIFY2(!hasCaseOrEventHit(*hits, kase.id), qPrintable(login + u": "_s + query + u"\n"_s + describe(*hits)));
        }
    }
    // Once GAR takes part, it finds the shared history too.
    RELAIS_VERIFY_OK(w.ws().handoffs().request(w.actor(u"ins.agent"_s), kase.id, u"GAR"_s, u"Réparer"_s));
    auto garHits = search(u"gar.agent"_s, u"franchise"_s);
    RELAIS_VERIFY_OK(garHits);
    QVERIFY2(eventHit(*garHits, kase.id), qPrintable(describe(*garHits)));
    auto hosHits = search(u"hos.agent"_s, u"franchise"_s);
    RELAIS_VERIFY_OK(hosHits);
    QVERIFY2(!hasCaseOrEventHit(*hosHits, kase.id), qPrintable(describe(*hosHits)));
}

void TestSearch::internalNoteIsFoundOnlyByItsAgency()
{
    TestWorld &w = *m_world;
    const Case kase = w.openCase(m_people.value(u"karim"_s));
    RELAIS_VERIFY_OK(w.ws().handoffs().request(w.actor(u"ins.agent"_s), kase.id, u"GAR"_s, u"Réparer"_s));
    auto internal = w.ws().cases().addEvent(w.actor(u"ins.agent"_s), kase.id,
                                            newEvent(EventKind::Note, u"Soupçon de fraude, vérifier l'historique"_s,
                                                     Visibility::Internal));
    RELAIS_VERIFY_OK(internal);

    auto insHits = search(u"ins.super"_s, u"soupcon fraude"_s);
    RELAIS_VERIFY_OK(insHits);
    const SearchHit *hit = eventHit(*insHits, kase.id);
    QVERIFY2(hit, qPrintable(describe(*insHits)));
    QCOMPARE(hit->eventSeq, internal->seq);

    auto garHits = search(u"gar.agent"_s, u"fraude"_s);
    RELAIS_VERIFY_OK(garHits);
    QVERIFY2(!eventHit(*garHits, kase.id), qPrintable(describe(*garHits)));
}

void TestSearch::typedPunctuationIsNotAnError_data()
{
    QTest::addColumn<QString>("query");
    QTest::addRow("apostrophe") << u"l'assurance"_s;
    QTest::addRow("double quote") << u"\"fissuré"_s;
    QTest::addRow("star") << u"benn*"_s;
    QTest::addRow("FTS operator word") << u"NOT"_s;
    QTest::addRow("FTS operators") << u"karim OR helene"_s;
    QTest::addRow("parenthesis") << u"(karim"_s;
    QTest::addRow("column filter syntax") << u"names:karim"_s;
    QTest::addRow("caret and minus") << u"^-karim"_s;
    QTest::addRow("only punctuation") << u"?!."_s;
    QTest::addRow("empty") << QString();
}

void TestSearch::typedPunctuationIsNotAnError()
{
    QFETCH(QString, query);
    auto hits = search(u"ins.agent"_s, query);
    RELAIS_VERIFY_OK(hits);
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
