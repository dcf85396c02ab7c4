// One record per real person: normalised identity, duplicates caught before a second file is
// made, and the customer's consent to share.

#include "casefiletest.h"

#include <memory>

using namespace Relais::Core;
using namespace Relais::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

ClientDraft draftOf(const QString &fullName, const QString &fullNameAr, const QString &cin, const QDate &birthDate,
                    const QString &phone)
{
    ClientDraft draft;
    draft.fullName = fullName;
    draft.fullNameAr = fullNameAr;
    draft.cin = cin;
    draft.birthDate = birthDate;
    if (!phone.isEmpty())
        draft.phones = {phone};
    return draft;
}

const QDate fatimaBirth(1985, 4, 12);
const QDate ahmedBirth(1990, 1, 15);

} // namespace

class TestClients final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void registrationNormalisesIdentity_data();
    void registrationNormalisesIdentity();
    void invalidIdentityIsRefused_data();
    void invalidIdentityIsRefused();
    void probableDuplicateIsOffered_data();
    void probableDuplicateIsOffered();
    void forcedRegistrationIsAudited();
    void differentPeopleAreRegistered_data();
    void differentPeopleAreRegistered();

    void consentToNamedAgencies();
    void networkConsentCoversEveryAgency();
    void revokedConsentNoLongerCovers();
    void consentNamingUnknownAgencyIsRefused();
    void consentIsOnTheCaseTimeline();
    void consentsAreReadOnlyByAgenciesServingTheCustomer_data();
    void consentsAreReadOnlyByAgenciesServingTheCustomer();

private:
    [[nodiscard]] qint64 clientCount() { return sqlCount(*m_world, u"SELECT count(*) FROM clients"_s); }
    [[nodiscard]] qint64 phoneCount() { return sqlCount(*m_world, u"SELECT count(*) FROM client_phones"_s); }
    [[nodiscard]] Id agencyId(const QString &code);
    // Two people already on file, for the duplicate checks.
    void registerExistingPeople();

    std::unique_ptr<TestWorld> m_world;
    QHash<QString, Id> m_people;
};

void TestClients::init()
{
    m_world = std::make_unique<TestWorld>();
    QVERIFY(m_world->isValid());
}

void TestClients::cleanup()
{
    m_world.reset();
    m_people.clear();
}

Id TestClients::agencyId(const QString &code)
{
    auto agency = m_world->ws().directory().agencyByCode(code);
    return agency ? agency->id : 0;
}

void TestClients::registerExistingPeople()
{
    const Actor ins = m_world->actor(u"ins.agent"_s);
    auto fatima = m_world->ws().clients().registerClient(
        ins, draftOf(u"Fatima Zahra Benali"_s, u"فاطمة الزهراء بنعلي"_s, u"AB123456"_s, fatimaBirth, u"0612345678"_s));
    RELAIS_VERIFY_OK(fatima);
    QVERIFY(fatima->created);
    QVERIFY(fatima->candidates.isEmpty());
    m_people.insert(u"fatima"_s, fatima->client.id);
    auto ahmed = m_world->ws().clients().registerClient(
        ins, draftOf(u"Ahmed Alaoui"_s, u"أحمد العلوي"_s, u"C98765"_s, ahmedBirth, {}));
    RELAIS_VERIFY_OK(ahmed);
    QVERIFY(ahmed->created);
    QVERIFY(ahmed->candidates.isEmpty());
    m_people.insert(u"ahmed"_s, ahmed->client.id);
}

void TestClients::registrationNormalisesIdentity_data()
{
    QTest::addColumn<QString>("cin");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("storedCin");
    QTest::addColumn<QString>("storedPhone");
    QTest::addRow("lower case CIN with space, local mobile")
        << u"bk 123456"_s << u"0612345678"_s << u"BK123456"_s << u"+212612345678"_s;
    QTest::addRow("CIN with dash, spaced international")
        << u"ab-12345"_s << u"+212 6 61 23 45 67"_s << u"AB12345"_s << u"+212661234567"_s;
    QTest::addRow("one letter CIN, spaced local") << u" x1 "_s << u"06 61 00 00 01"_s << u"X1"_s << u"+212661000001"_s;
    QTest::addRow("foreign number keeps its country")
        << u"z9"_s << u"+33 6 12 34 56 78"_s << u"Z9"_s << u"+33612345678"_s;
}

void TestClients::registrationNormalisesIdentity()
{
    QFETCH(QString, cin);
    QFETCH(QString, phone);
    QFETCH(QString, storedCin);
    QFETCH(QString, storedPhone);
    const Actor ins = m_world->actor(u"ins.agent"_s);
    auto registered = m_world->ws().clients().registerClient(
        ins, draftOf(u"  Karim   Bennani "_s, {}, cin, QDate(1979, 6, 3), phone));
    RELAIS_VERIFY_OK(registered);
    QVERIFY(registered->created);
    QCOMPARE(registered->client.cin, storedCin);
    QCOMPARE(registered->client.phones, QStringList{storedPhone});
    QCOMPARE(registered->client.fullName, u"Karim Bennani"_s);
    QCOMPARE(registered->client.registeredByAgencyCode, u"INS"_s);

    // What was stored, read back.
    auto reloaded = m_world->ws().clients().client(ins, registered->client.id);
    RELAIS_VERIFY_OK(reloaded);
    QCOMPARE(reloaded->cin, storedCin);
    QCOMPARE(reloaded->phones, QStringList{storedPhone});
    QCOMPARE(reloaded->birthDate, QDate(1979, 6, 3));
    QCOMPARE(sqlValue(*m_world, u"SELECT cin FROM clients WHERE id = :id"_s, {{u":id"_s, registered->client.id}}).toString(),
             storedCin);
    QCOMPARE(sqlValue(*m_world, u"SELECT e164 FROM client_phones WHERE client_id = :id"_s,
                      {{u":id"_s, registered->client.id}}).toString(),
             storedPhone);
}

void TestClients::invalidIdentityIsRefused_data()
{
    QTest::addColumn<QString>("cin");
    QTest::addColumn<QString>("phone");
    QTest::addRow("CIN without letters") << u"123"_s << u"0612345678"_s;
    QTest::addRow("CIN with seven digits") << u"A-1234567"_s << u"0612345678"_s;
    QTest::addRow("CIN with three letters") << u"ABC123"_s << u"0612345678"_s;
    QTest::addRow("CIN with letters only") << u"AB"_s << u"0612345678"_s;
    QTest::addRow("phone too short") << u"AB123"_s << u"12"_s;
    QTest::addRow("phone truncated") << u"AB123"_s << u"06123"_s;
    QTest::addRow("phone is a word") << u"AB123"_s << u"hello"_s;
}

void TestClients::invalidIdentityIsRefused()
{
    QFETCH(QString, cin);
    QFETCH(QString, phone);
    const qint64 clientsBefore = clientCount();
    const qint64 phonesBefore = phoneCount();
    QVERIFY(clientsBefore >= 0);
    auto registered = m_world->ws().clients().registerClient(
        m_world->actor(u"ins.agent"_s), draftOf(u"Karim Bennani"_s, {}, cin, QDate(1979, 6, 3), phone), true);
    RELAIS_VERIFY_ERROR(registered, ErrorCode::Invalid);
    QVERIFY(!registered.error().message.isEmpty());
    QCOMPARE(clientCount(), clientsBefore);
    QCOMPARE(phoneCount(), phonesBefore);
}

void TestClients::probableDuplicateIsOffered_data()
{
    QTest::addColumn<QString>("fullName");
    QTest::addColumn<QString>("fullNameAr");
    QTest::addColumn<QString>("cin");
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("existing");
    QTest::addColumn<QString>("reasonMentions");

    QTest::addRow("same CIN, other name") << u"Zineb Tazi"_s << QString() << u"ab 123456"_s << QDate() << QString()
                                          << u"fatima"_s << u"AB123456"_s;
    QTest::addRow("same phone, other format") << u"Omar Kettani"_s << QString() << QString() << QDate()
                                              << u"+212 6 12 34 56 78"_s << u"fatima"_s << u"+212612345678"_s;
    QTest::addRow("same phone, dotted") << u"Omar Kettani"_s << QString() << QString() << QDate()
                                        << u"06.12.34.56.78"_s << u"fatima"_s << u"+212612345678"_s;
    QTest::addRow("similar name, same birth date") << u"Fatima Zohra Benali"_s << QString() << QString()
                                                   << fatimaBirth << QString() << u"fatima"_s << QString();
    QTest::addRow("words swapped, same birth date") << u"Benali Fatima Zahra"_s << QString() << QString()
                                                    << fatimaBirth << QString() << u"fatima"_s << QString();
    QTest::addRow("accents, dash and case") << u"FATIMA-ZAHRA BÉNALI"_s << QString() << QString() << fatimaBirth
                                            << QString() << u"fatima"_s << QString();
    QTest::addRow("middle name left out, same birth date") << u"Fatima Benali"_s << QString() << QString()
                                                           << fatimaBirth << QString() << u"fatima"_s << QString();
    QTest::addRow("Arabic name without hamza") << QString() << u"احمد العلوي"_s << QString() << ahmedBirth
                                               << QString() << u"ahmed"_s << QString();
    QTest::addRow("Arabic name typed in the Latin field") << u"احمد العلوي"_s << QString() << QString()
                                                          << ahmedBirth << QString() << u"ahmed"_s << QString();
}

void TestClients::probableDuplicateIsOffered()
{
    QFETCH(QString, fullName);
    QFETCH(QString, fullNameAr);
    QFETCH(QString, cin);
    QFETCH(QDate, birthDate);
    QFETCH(QString, phone);
    QFETCH(QString, existing);
    QFETCH(QString, reasonMentions);
    registerExistingPeople();
    if (QTest::currentTestFailed())
        return;
    const Id existingId = m_people.value(existing);
    const qint64 clientsBefore = clientCount();
    const qint64 phonesBefore = phoneCount();
    const ClientDraft draft = draftOf(fullName, fullNameAr, cin, birthDate, phone);

    auto registration = m_world->ws().clients().registerClient(m_world->actor(u"ins.agent"_s), draft);
    RELAIS_VERIFY_OK(registration);
    QVERIFY2(!registration->created, "a second file was created for a probable duplicate");
    QVERIFY(!registration->forced);
    QCOMPARE(clientCount(), clientsBefore);
    QCOMPARE(phoneCount(), phonesBefore);

    const auto candidate = std::find_if(registration->candidates.cbegin(), registration->candidates.cend(),
                                        [existingId](const DuplicateCandidate &c) { return c.client.id == existingId; });
    QVERIFY2(candidate != registration->candidates.cend(), "the existing file was not offered");
    QVERIFY2(!candidate->reasons.isEmpty(), "the candidate comes without a reason");
    for (const QString &reason : candidate->reasons)
        QVERIFY(!reason.trimmed().isEmpty());
    if (!reasonMentions.isEmpty())
        QVERIFY2(candidate->reasons.join(u' ').contains(reasonMentions), qPrintable(candidate->reasons.join(u"; "_s)));
    // The offered file is the whole existing record, ready to open.
    QCOMPARE(candidate->client.id, existingId);
    QVERIFY(!candidate->client.displayName().isEmpty());

    // Asking without registering gives the same answer.
    auto probable = m_world->ws().clients().probableDuplicates(draft);
    RELAIS_VERIFY_OK(probable);
    QVERIFY(std::any_of(probable->cbegin(), probable->cend(),
                        [existingId](const DuplicateCandidate &c) { return c.client.id == existingId; }));
    QCOMPARE(clientCount(), clientsBefore);
}

void TestClients::forcedRegistrationIsAudited()
{
    registerExistingPeople();
    if (QTest::currentTestFailed())
        return;
    const Actor ins = m_world->actor(u"ins.agent"_s);
    const qint64 clientsBefore = clientCount();
    const QString auditSql = u"SELECT count(*) FROM audit_log WHERE action = 'client.forced-create'"_s;
    QCOMPARE(sqlCount(*m_world, auditSql), qint64(0));

    auto registration = m_world->ws().clients().registerClient(
        ins, draftOf(u"Fatima Zohra Benali"_s, {}, {}, fatimaBirth, {}), true);
    RELAIS_VERIFY_OK(registration);
    QVERIFY(registration->created);
    QVERIFY(registration->forced);
    QVERIFY(registration->client.id != 0);
    QVERIFY(registration->client.id != m_people.value(u"fatima"_s));
    QVERIFY(!registration->candidates.isEmpty());
    QCOMPARE(clientCount(), clientsBefore + 1);
    QCOMPARE(sqlCount(*m_world, auditSql), qint64(1));
    QCOMPARE(sqlCount(*m_world,
                      u"SELECT count(*) FROM audit_log WHERE action = 'client.forced-create' AND user_id = :user"_s,
                      {{u":user"_s, ins.userId}}),
             qint64(1));
}

void TestClients::differentPeopleAreRegistered_data()
{
    QTest::addColumn<QString>("fullName");
    QTest::addColumn<QDate>("birthDate");
    QTest::addRow("other person, same birth date") << u"Youssef Amrani"_s << fatimaBirth;
    QTest::addRow("similar name, other birth date") << u"Fatima Zohra Benali"_s << fatimaBirth.addYears(1);
    QTest::addRow("shares one word of the name, same birth date") << u"Fatima Chraibi"_s << fatimaBirth;
}

void TestClients::differentPeopleAreRegistered()
{
    QFETCH(QString, fullName);
    QFETCH(QDate, birthDate);
    registerExistingPeople();
    if (QTest::currentTestFailed())
        return;
    const qint64 clientsBefore = clientCount();
    auto registration = m_world->ws().clients().registerClient(m_world->actor(u"ins.agent"_s),
                                                               draftOf(fullName, {}, {}, birthDate, {}));
    RELAIS_VERIFY_OK(registration);
    QVERIFY2(registration->candidates.isEmpty(), "a different person was flagged as a duplicate");
    QVERIFY(registration->created);
    QVERIFY(!registration->forced);
    QCOMPARE(registration->client.fullName, fullName);
    QCOMPARE(clientCount(), clientsBefore + 1);
    QCOMPARE(sqlCount(*m_world, u"SELECT count(*) FROM audit_log WHERE action = 'client.forced-create'"_s), qint64(0));
}

void TestClients::consentsAreReadOnlyByAgenciesServingTheCustomer_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<bool>("allowed");
    QTest::addRow("registering agency") << u"ins.agent"_s << true;
    QTest::addRow("agency in a case of theirs") << u"gar.agent"_s << true;
    QTest::addRow("network admin") << u"net.admin"_s << true;
    QTest::addRow("agency not serving them") << u"hos.agent"_s << false;
}

void TestClients::consentsAreReadOnlyByAgenciesServingTheCustomer()
{
    // Who may share the file with whom reveals which agencies serve the customer (a hospital,
    // an NGO): an agency that does not serve them must not learn it.
    QFETCH(QString, login);
    QFETCH(bool, allowed);
    TestWorld &w = *m_world;
    const Id client = w.addClient();
    const Case kase = w.openCase(client);
    auto handoff = w.ws().handoffs().request(w.actor(u"ins.agent"_s), kase.id, u"GAR"_s, u"Réparer"_s);
    RELAIS_VERIFY_OK(handoff);
    auto listed = w.ws().clients().consents(w.actor(login), client);
    if (allowed) {
        RELAIS_VERIFY_OK(listed);
        QCOMPARE(listed->size(), 1);
    } else {
        QVERIFY(!listed);
        QCOMPARE(listed.error().code, ErrorCode::Forbidden);
    }
}

void TestClients::consentToNamedAgencies()
{
    TestWorld &w = *m_world;
    const Id client = w.addClient(u"Karim Bennani"_s, u"BK123456"_s, false);
    auto covers = w.ws().clients().consentCovers(client, agencyId(u"GAR"_s));
    RELAIS_VERIFY_OK(covers);
    QVERIFY(!*covers);

    w.advance(60);
    auto consent = w.ws().clients().grantConsent(w.actor(u"ins.agent"_s), client, ConsentScope::Agencies,
                                                 {u"GAR"_s, u"tow"_s}, u"Accord signé au guichet"_s);
    RELAIS_VERIFY_OK(consent);
    QCOMPARE(consent->scope, ConsentScope::Agencies);
    QStringList codes = consent->agencyCodes;
    codes.sort();
    QCOMPARE(codes, (QStringList{u"GAR"_s, u"TOW"_s}));
    QVERIFY(consent->active());
    QCOMPARE(consent->grantedAt, w.now());

    for (const auto &[code, expected] : {std::pair{u"GAR"_s, true}, std::pair{u"TOW"_s, true}, std::pair{u"HOS"_s, false}}) {
        auto covered = w.ws().clients().consentCovers(client, agencyId(code));
        RELAIS_VERIFY_OK(covered);
        QVERIFY2(*covered == expected, qPrintable(code));
    }
    auto listed = w.ws().clients().consents(w.actor(u"ins.agent"_s), client);
    RELAIS_VERIFY_OK(listed);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().id, consent->id);
    QVERIFY(listed->first().active());
}

void TestClients::networkConsentCoversEveryAgency()
{
    TestWorld &w = *m_world;
    const Id client = w.addClient(u"Karim Bennani"_s, u"BK123456"_s, false);
    auto consent = w.ws().clients().grantConsent(w.actor(u"ins.agent"_s), client, ConsentScope::Network, {});
    RELAIS_VERIFY_OK(consent);
    for (const QString &code : {u"GAR"_s, u"TOW"_s, u"HOS"_s}) {
        auto covered = w.ws().clients().consentCovers(client, agencyId(code));
        RELAIS_VERIFY_OK(covered);
        QVERIFY2(*covered, qPrintable(code));
    }
}

void TestClients::revokedConsentNoLongerCovers()
{
    TestWorld &w = *m_world;
    const Actor ins = w.actor(u"ins.agent"_s);
    const Id client = w.addClient(u"Karim Bennani"_s, u"BK123456"_s, false);
    auto network = w.ws().clients().grantConsent(ins, client, ConsentScope::Network, {});
    RELAIS_VERIFY_OK(network);
    auto garOnly = w.ws().clients().grantConsent(ins, client, ConsentScope::Agencies, {u"GAR"_s});
    RELAIS_VERIFY_OK(garOnly);

    w.advance(3600);
    auto revoked = w.ws().clients().revokeConsent(ins, network->id, u"Le client ne veut plus partager"_s);
    RELAIS_VERIFY_OK(revoked);
    QVERIFY(!revoked->active());
    QCOMPARE(revoked->revokedAt, w.now());
    QVERIFY(!revoked->revokedBy.isEmpty());

    auto hos = w.ws().clients().consentCovers(client, agencyId(u"HOS"_s));
    RELAIS_VERIFY_OK(hos);
    QVERIFY2(!*hos, "a revoked network consent still covers HOS");
    auto gar = w.ws().clients().consentCovers(client, agencyId(u"GAR"_s));
    RELAIS_VERIFY_OK(gar);
    QVERIFY2(*gar, "revoking one consent removed another");

    auto againGar = w.ws().clients().revokeConsent(ins, garOnly->id, u"Retrait total"_s);
    RELAIS_VERIFY_OK(againGar);
    gar = w.ws().clients().consentCovers(client, agencyId(u"GAR"_s));
    RELAIS_VERIFY_OK(gar);
    QVERIFY(!*gar);

    // Revoking twice is refused, and the first revocation stands as recorded.
    const QDateTime firstRevocation = revoked->revokedAt;
    w.advance(3600);
    auto twice = w.ws().clients().revokeConsent(ins, network->id, u"Encore"_s);
    RELAIS_VERIFY_ERROR(twice, ErrorCode::Conflict);
    auto listed = w.ws().clients().consents(ins, client);
    RELAIS_VERIFY_OK(listed);
    QCOMPARE(listed->size(), 2);
    for (const Consent &consent : *listed) {
        QVERIFY(!consent.active());
        if (consent.id == network->id)
            QCOMPARE(consent.revokedAt, firstRevocation);
    }
}

void TestClients::consentNamingUnknownAgencyIsRefused()
{
    TestWorld &w = *m_world;
    const Id client = w.addClient(u"Karim Bennani"_s, u"BK123456"_s, false);
    const QString countSql = u"SELECT count(*) FROM consents"_s;
    const qint64 before = sqlCount(w, countSql);
    auto consent = w.ws().clients().grantConsent(w.actor(u"ins.agent"_s), client, ConsentScope::Agencies,
                                                 {u"GAR"_s, u"XYZ"_s});
    RELAIS_VERIFY_ERROR(consent, ErrorCode::NotFound);
    QVERIFY(consent.error().message.contains(u"XYZ"_s));
    QCOMPARE(sqlCount(w, countSql), before);
    auto gar = w.ws().clients().consentCovers(client, agencyId(u"GAR"_s));
    RELAIS_VERIFY_OK(gar);
    QVERIFY(!*gar);
}

void TestClients::consentIsOnTheCaseTimeline()
{
    TestWorld &w = *m_world;
    const Actor ins = w.actor(u"ins.agent"_s);
    const Id client = w.addClient(u"Karim Bennani"_s, u"BK123456"_s, false);
    const Case kase = w.openCase(client);
    const int countBefore = kase.eventCount;
    auto consent = w.ws().clients().grantConsent(ins, client, ConsentScope::Agencies, {u"GAR"_s});
    RELAIS_VERIFY_OK(consent);
    auto events = w.ws().cases().timeline(ins, kase.id);
    RELAIS_VERIFY_OK(events);
    QVERIFY(events->size() > countBefore);
    QCOMPARE(events->constLast().kind, EventKind::Consent);
    QCOMPARE(events->constLast().authorLogin, u"ins.agent"_s);
}

QTEST_GUILESS_MAIN(TestClients)
#include "tst_clients.moc"
