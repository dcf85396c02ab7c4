// The export dossier (gatherDossier): the case as the exporter may see it, before any layout.
// Which events are kept (visibility, the date range read in the exporter's time zone), what is
// counted, how the language is resolved, which identifiers are scrubbed, and that a refused
// gathering leaves no trace — no reading in the access log, only the refusal itself.
//
// The world's clock starts Monday 2 March 2026 09:00 UTC.

#include "casefiletest.h"

#include "export/casedossier.h"

#include <QTimeZone>

#include <memory>

using namespace Relais::Core;
using namespace Relais::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

QStringList textsOf(const QList<TimelineEvent> &events)
{
    QStringList texts;
    for (const TimelineEvent &e : events)
        texts << e.text;
    return texts;
}

} // namespace

class TestCaseDossier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void keepsWhatTheExporterMaySee();
    void internalNotesOnlyOfTheExportersAgencyAndOnlyWhenAsked();
    void dateRangeIsReadInTheExportersZone();
    void reversedRangeIsRefusedWithoutATrace();
    void strangersAreRefusedLeavingOnlyTheRefusal();
    void unknownCaseIsNotFound();
    void letterSpeaksTheCustomersLanguage_data();
    void letterSpeaksTheCustomersLanguage();
    void headHashIsTheCasesHead();
    void identifiersAreScrubbedEverywhere();
    void cinIsMaskedByDefaultAndFullOnRequest();
    void clientEffortsAreCountedOnTheWholeCase();

private:
    [[nodiscard]] TestWorld &w() { return *m_world; }
    [[nodiscard]] Actor as(const QString &login) { return m_world->actor(login); }
    void note(const QString &login, const QString &text, Visibility visibility = Visibility::Shared,
              const QDateTime &at = {});
    [[nodiscard]] Result<CaseDossier> gather(const QString &login, const ExportOptions &options = {});
    [[nodiscard]] qint64 auditRows() { return sqlCount(w(), u"SELECT count(*) FROM audit_log"_s); }

    std::unique_ptr<TestWorld> m_world;
    Id m_clientId = 0;
    Case m_case;
};

void TestCaseDossier::init()
{
    m_world = std::make_unique<TestWorld>();
    QVERIFY(m_world->isValid());
    ClientDraft draft;
    draft.fullName = u"Karim Bennani"_s;
    draft.fullNameAr = u"كريم بناني"_s;
    draft.cin = u"BK123456"_s;
    draft.phones = {u"0612345678"_s};
    draft.email = u"karim.bennani@example.ma"_s;
    draft.address = u"12 Rue Ibn Batouta, Quartier Maârif, Casablanca"_s;
    draft.birthDate = QDate(1985, 4, 12);
    auto registered = w().ws().clients().registerClient(as(u"ins.agent"_s), draft);
    RELAIS_VERIFY_OK(registered);
    m_clientId = registered->client.id;
    RELAIS_VERIFY_OK(w().ws().clients().grantConsent(as(u"ins.agent"_s), m_clientId, ConsentScope::Network, {}));
    m_case = w().openCase(m_clientId, u"ins.agent"_s, u"Accident — CIN BK123456"_s);
    RELAIS_VERIFY_OK(w().ws().handoffs().request(as(u"ins.agent"_s), m_case.id, u"GAR"_s,
                                                 u"Réparer ; rappeler le client au 0612345678"_s));
}

void TestCaseDossier::cleanup()
{
    m_world.reset();
    m_case = {};
}

void TestCaseDossier::note(const QString &login, const QString &text, Visibility visibility, const QDateTime &at)
{
    NewEvent event = newEvent(EventKind::Note, text, visibility);
    event.occurredAt = at;
    w().advance(60);
    RELAIS_VERIFY_OK(w().ws().cases().addEvent(as(login), m_case.id, event));
}

Result<CaseDossier> TestCaseDossier::gather(const QString &login, const ExportOptions &options)
{
    return gatherDossier(w().ws(), as(login), m_case.reference, options);
}

void TestCaseDossier::keepsWhatTheExporterMaySee()
{
    note(u"ins.agent"_s, u"Note partagée INS"_s);
    note(u"gar.agent"_s, u"Note partagée GAR"_s);
    auto timeline = w().ws().cases().timeline(as(u"gar.agent"_s), m_case.id);
    RELAIS_VERIFY_OK(timeline);

    auto dossier = gather(u"gar.agent"_s);
    RELAIS_VERIFY_OK(dossier);
    QCOMPARE(dossier->events.size(), timeline->size());
    for (qsizetype i = 1; i < dossier->events.size(); ++i)
        QVERIFY(dossier->events[i - 1].seq < dossier->events[i].seq);
    QVERIFY(textsOf(dossier->events).contains(u"Note partagée INS"_s));
    QVERIFY(textsOf(dossier->events).contains(u"Note partagée GAR"_s));
    QCOMPARE(dossier->eventsBeforeRange, 0);
    QCOMPARE(dossier->eventsAfterRange, 0);
    QCOMPARE(dossier->exporter.login, u"gar.agent"_s);
    QCOMPARE(dossier->timeZone, as(u"gar.agent"_s).timeZone);
    QCOMPARE(dossier->generatedAt, w().now());
    QCOMPARE(dossier->handoffs.size(), 1);
    QCOMPARE(dossier->coordinator.name, u"Salma Idrissi"_s);
    QCOMPARE(dossier->record.reference, m_case.reference);
}

void TestCaseDossier::internalNotesOnlyOfTheExportersAgencyAndOnlyWhenAsked()
{
    note(u"ins.agent"_s, u"Interne INS"_s, Visibility::Internal);
    note(u"gar.agent"_s, u"Interne GAR"_s, Visibility::Internal);
    note(u"gar.agent"_s, u"Partagée GAR"_s);

    auto plain = gather(u"ins.agent"_s);
    RELAIS_VERIFY_OK(plain);
    QVERIFY(!textsOf(plain->events).contains(u"Interne INS"_s));
    QVERIFY(!textsOf(plain->events).contains(u"Interne GAR"_s));
    QVERIFY(textsOf(plain->events).contains(u"Partagée GAR"_s));

    ExportOptions withInternal;
    withInternal.includeInternal = true;
    auto ins = gather(u"ins.agent"_s, withInternal);
    RELAIS_VERIFY_OK(ins);
    QVERIFY(textsOf(ins->events).contains(u"Interne INS"_s));
    QVERIFY(!textsOf(ins->events).contains(u"Interne GAR"_s));
    for (const TimelineEvent &e : ins->events)
        if (e.visibility == Visibility::Internal)
            QCOMPARE(e.agencyCode, u"INS"_s);

    auto gar = gather(u"gar.agent"_s, withInternal);
    RELAIS_VERIFY_OK(gar);
    QVERIFY(textsOf(gar->events).contains(u"Interne GAR"_s));
    QVERIFY(!textsOf(gar->events).contains(u"Interne INS"_s));
}

void TestCaseDossier::dateRangeIsReadInTheExportersZone()
{
    // An agency in Tokyo (UTC+9 all year): its day starts at 15:00 UTC the day before.
    const Actor console = Actor::localConsole();
    Agency tokyo;
    tokyo.code = u"TYO"_s;
    tokyo.name = u"Bureau de Tokyo"_s;
    tokyo.timeZone = u"Asia/Tokyo"_s;
    RELAIS_VERIFY_OK(w().ws().directory().addAgency(console, tokyo));
    RELAIS_VERIFY_OK(w().ws().directory().addUser(console, u"tyo.agent"_s, u"TYO"_s, Role::Agent, u"Aiko Tanaka"_s));
    RELAIS_VERIFY_OK(w().ws().handoffs().request(as(u"ins.agent"_s), m_case.id, u"TYO"_s, u"Traduire"_s));
    QCOMPARE(as(u"tyo.agent"_s).timeZone, u"Asia/Tokyo"_s);

    w().advance(10 * 24 * 3600); // 12 March
    const auto utc = [](int day, int hour, int minute) { return QDateTime(QDate(2026, 3, day), QTime(hour, minute), Qt::UTC); };
    note(u"ins.agent"_s, u"3 mars 14:59 UTC — 3 mars 23:59 à Tokyo"_s, Visibility::Shared, utc(3, 14, 59));
    note(u"ins.agent"_s, u"3 mars 15:00 UTC — 4 mars 00:00 à Tokyo"_s, Visibility::Shared, utc(3, 15, 0));
    note(u"ins.agent"_s, u"5 mars 14:59 UTC — 5 mars 23:59 à Tokyo"_s, Visibility::Shared, utc(5, 14, 59));
    note(u"ins.agent"_s, u"5 mars 15:00 UTC — 6 mars 00:00 à Tokyo"_s, Visibility::Shared, utc(5, 15, 0));

    ExportOptions options;
    options.from = QDate(2026, 3, 4);
    options.to = QDate(2026, 3, 5);
    auto dossier = gather(u"tyo.agent"_s, options);
    RELAIS_VERIFY_OK(dossier);
    QCOMPARE(textsOf(dossier->events),
             (QStringList{u"3 mars 15:00 UTC — 4 mars 00:00 à Tokyo"_s, u"5 mars 14:59 UTC — 5 mars 23:59 à Tokyo"_s}));
    auto all = w().ws().cases().timeline(as(u"tyo.agent"_s), m_case.id);
    RELAIS_VERIFY_OK(all);
    QCOMPARE(dossier->eventsBeforeRange + int(dossier->events.size()) + dossier->eventsAfterRange, int(all->size()));
    QCOMPARE(dossier->eventsAfterRange, 1); // the note of 6 March, Tokyo time

    // A single day is a valid range: from == to.
    options.from = options.to = QDate(2026, 3, 6);
    auto oneDay = gather(u"tyo.agent"_s, options);
    RELAIS_VERIFY_OK(oneDay);
    QCOMPARE(textsOf(oneDay->events), QStringList{u"5 mars 15:00 UTC — 6 mars 00:00 à Tokyo"_s});
}

void TestCaseDossier::reversedRangeIsRefusedWithoutATrace()
{
    const qint64 before = auditRows();
    ExportOptions options;
    options.from = QDate(2026, 3, 10);
    options.to = QDate(2026, 3, 9);
    auto refused = gather(u"ins.agent"_s, options);
    RELAIS_VERIFY_ERROR(refused, ErrorCode::Invalid);
    QVERIFY2(refused.error().message.contains(u"2026-03-09"_s), qPrintable(refused.error().message));
    QCOMPARE(auditRows(), before);
}

void TestCaseDossier::strangersAreRefusedLeavingOnlyTheRefusal()
{
    const QString denials = u"SELECT count(*) FROM audit_log WHERE action = 'access.denied'"_s;
    const qint64 before = auditRows();
    const qint64 denied = sqlCount(w(), denials);
    const QString state = caseState(w(), m_case.id);
    auto refused = gather(u"hos.agent"_s);
    QVERIFY2(!refused, "an agency that is not on the case gathered its dossier");
    QVERIFY2(refused.error().code == ErrorCode::Forbidden || refused.error().code == ErrorCode::NotFound,
             qPrintable(refused.error().message));
    // No reading logged: only the refusal, the one trace a refused attempt leaves.
    QCOMPARE(auditRows(), before + 1);
    QCOMPARE(sqlCount(w(), denials), denied + 1);
    QCOMPARE(caseState(w(), m_case.id), state);
}

void TestCaseDossier::unknownCaseIsNotFound()
{
    auto refused = gatherDossier(w().ws(), as(u"ins.agent"_s), u"REL-2026-999999"_s, {});
    RELAIS_VERIFY_ERROR(refused, ErrorCode::NotFound);
}

void TestCaseDossier::letterSpeaksTheCustomersLanguage_data()
{
    QTest::addColumn<QString>("preferred");
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<QString>("expected");
    QTest::addRow("Arabic customer") << u"ar"_s << QString() << u"ar"_s;
    QTest::addRow("French customer") << u"fr"_s << QString() << u"fr"_s;
    QTest::addRow("English customer") << u"en"_s << QString() << u"en"_s;
    QTest::addRow("exporter's choice wins") << u"ar"_s << u"fr"_s << u"fr"_s;
}

void TestCaseDossier::letterSpeaksTheCustomersLanguage()
{
    QFETCH(QString, preferred);
    QFETCH(QString, chosen);
    QFETCH(QString, expected);
    ClientDraft draft;
    draft.fullNameAr = u"فاطمة الزهراء العلوي"_s;
    draft.cin = u"EE654321"_s;
    draft.preferredLanguage = preferred;
    auto registered = w().ws().clients().registerClient(as(u"ins.agent"_s), draft);
    RELAIS_VERIFY_OK(registered);
    const Case other = w().openCase(registered->client.id, u"ins.agent"_s, u"Hospitalisation"_s);
    ExportOptions options;
    options.document = ExportDocument::StatusLetter;
    options.language = chosen;
    auto dossier = gatherDossier(w().ws(), as(u"ins.agent"_s), other.reference, options);
    RELAIS_VERIFY_OK(dossier);
    QCOMPARE(dossier->options.language, expected);
}

void TestCaseDossier::headHashIsTheCasesHead()
{
    note(u"ins.agent"_s, u"Dernière note"_s);
    auto record = w().ws().cases().caseById(as(u"ins.agent"_s), m_case.id);
    RELAIS_VERIFY_OK(record);
    auto dossier = gather(u"ins.agent"_s);
    RELAIS_VERIFY_OK(dossier);
    QCOMPARE(dossier->headHash, record->headHash);
    QCOMPARE(dossier->headHash.size(), 64);
    QCOMPARE(dossier->headSeq, record->eventCount);
    QCOMPARE(dossier->events.constLast().hash, record->headHash);
}

void TestCaseDossier::identifiersAreScrubbedEverywhere()
{
    note(u"ins.agent"_s, u"Client joint au 06 12 34 56 78, écrit de karim.bennani@example.ma, CIN bk 123456"_s);
    note(u"ins.agent"_s, u"Adresse : 12 Rue Ibn Batouta, Quartier Maârif, Casablanca"_s);
    Summary summary;
    summary.situation = u"Joignable au +212 6 12 34 56 78"_s;
    summary.nextStep = u"Envoyer le courrier au 12 Rue Ibn Batouta, Quartier Maârif, Casablanca"_s;
    RELAIS_VERIFY_OK(w().ws().cases().setSummary(as(u"ins.agent"_s), m_case.id, summary));
    RELAIS_VERIFY_OK(w().ws().cases().addDocument(as(u"ins.agent"_s), m_case.id, u"cin"_s, u"cin-BK123456.jpg"_s,
                                                  QByteArray("scan recto verso")));

    ExportOptions options;
    options.redact = true;
    auto dossier = gather(u"ins.agent"_s, options);
    RELAIS_VERIFY_OK(dossier);
    QVERIFY(dossier->redacted());
    QStringList printed{dossier->record.title, dossier->record.summary.situation, dossier->record.summary.nextStep,
                        dossier->client.cin, dossier->client.email, dossier->client.address,
                        dossier->client.phones.join(u' ')};
    // What the layout prints of an event: its text and, for a document, the file's name. (Other
    // payload fields, e.g. the title in the "opened" record, are not printed.)
    for (const TimelineEvent &e : dossier->events)
        printed << e.text << e.payload.value(u"fileName"_s).toString();
    for (const HandoffRecord &r : dossier->handoffs)
        printed << r.handoff.ask << r.handoff.lastReason;
    for (const Document &d : dossier->documents)
        printed << d.fileName;
    for (const QString &secret : {u"123456"_s, u"12 34 56 78"_s, u"612345678"_s, u"karim.bennani"_s, u"Batouta"_s})
        for (const QString &text : std::as_const(printed))
            QVERIFY2(!text.contains(secret, Qt::CaseInsensitive),
                     qPrintable(u"\"%1\" left in the dossier: %2"_s.arg(secret, text)));
    QVERIFY(!dossier->client.birthDate.isValid());
    QCOMPARE(dossier->client.fullName, u"Karim Bennani"_s);
}

void TestCaseDossier::cinIsMaskedByDefaultAndFullOnRequest()
{
    note(u"ins.agent"_s, u"CIN bk 123456 vérifiée"_s);
    auto masked = gather(u"ins.agent"_s);
    RELAIS_VERIFY_OK(masked);
    QCOMPARE(masked->client.cin, u"BK****56"_s);
    QCOMPARE(masked->record.title, u"Accident — CIN BK****56"_s);
    QVERIFY(textsOf(masked->events).contains(u"CIN BK****56 vérifiée"_s));
    // Masking is not redacting: the phone and e-mail stay for partners.
    QCOMPARE(masked->client.phones, QStringList{u"+212612345678"_s});

    ExportOptions full;
    full.showFullCin = true;
    auto shown = gather(u"ins.agent"_s, full);
    RELAIS_VERIFY_OK(shown);
    QCOMPARE(shown->client.cin, u"BK123456"_s);
    QVERIFY(textsOf(shown->events).contains(u"CIN bk 123456 vérifiée"_s));

    // Redacting wins over showing the full CIN.
    ExportOptions both;
    both.showFullCin = true;
    both.redact = true;
    auto redacted = gather(u"ins.agent"_s, both);
    RELAIS_VERIFY_OK(redacted);
    QVERIFY(redacted->client.cin.isEmpty());
    QVERIFY(!textsOf(redacted->events).join(u'\n').contains(u"123456"_s));
}

void TestCaseDossier::clientEffortsAreCountedOnTheWholeCase()
{
    RELAIS_VERIFY_OK(w().ws().cases().recordEffort(as(u"ins.agent"_s), m_case.id, EffortKind::ChaseCall, u"A relancé"_s));
    w().advance(3 * 24 * 3600);
    RELAIS_VERIFY_OK(w().ws().cases().recordEffort(as(u"gar.agent"_s), m_case.id, EffortKind::Visit, u"Est venu"_s));
    ExportOptions lastDay;
    lastDay.from = lastDay.to = w().now().toTimeZone(QTimeZone(as(u"ins.agent"_s).timeZone.toUtf8())).date();
    auto dossier = gather(u"ins.agent"_s, lastDay);
    RELAIS_VERIFY_OK(dossier);
    QCOMPARE(dossier->clientEfforts, 2);
    QCOMPARE(dossier->events.size(), 1);
    QCOMPARE(dossier->events.first().kind, EventKind::ClientEffort);
    QVERIFY(dossier->eventsBeforeRange > 0);
}

QTEST_GUILESS_MAIN(TestCaseDossier)
#include "tst_casedossier.moc"
