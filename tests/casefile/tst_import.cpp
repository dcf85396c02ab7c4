// Customers imported from a spreadsheet's CSV export: read whatever way the spreadsheet wrote
// it, previewed row by row before anything is written, then registered all at once or not at all.

#include "casefiletest.h"

#include "casefile/clientimport.h"

#include <memory>

using namespace Relais::Core;
using namespace Relais::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

const QByteArray bom("\xEF\xBB\xBF");

} // namespace

class TestImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void csvIsReadAsSpreadsheetsWriteIt_data();
    void csvIsReadAsSpreadsheetsWriteIt();
    void headersAreRecognisedInFrenchEnglishAndArabic_data();
    void headersAreRecognisedInFrenchEnglishAndArabic();
    void mappingOverridesTheHeader();
    void datesAreReadDayFirstOrIso_data();
    void datesAreReadDayFirstOrIso();
    void invalidRowsAreReportedWithTheirRowNumber();
    void duplicatesOnFileAndWithinTheFile();
    void previewWritesNothing();
    void commitRegistersReadyRowsOnly();
    void commitIsAllOrNothing();
    void corruptFileIsRefused_data();
    void corruptFileIsRefused();
    void importNeedsSomeoneAllowedToRegister();

private:
    [[nodiscard]] qint64 clientCount() { return sqlCount(*m_world, u"SELECT count(*) FROM clients"_s); }
    [[nodiscard]] Result<ImportPreview> preview(const QByteArray &bytes, const ImportOptions &options = {})
    {
        return m_world->ws().imports().preview(m_world->actor(u"ins.agent"_s), bytes, options);
    }

    std::unique_ptr<TestWorld> m_world;
};

void TestImport::init()
{
    m_world = std::make_unique<TestWorld>();
    QVERIFY(m_world->isValid());
}

void TestImport::cleanup()
{
    m_world.reset();
}

void TestImport::csvIsReadAsSpreadsheetsWriteIt_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("separator"); // empty: detect
    QTest::addColumn<QString>("detected");
    QTest::addColumn<bool>("hadBom");
    QTest::addColumn<QList<QStringList>>("rows");

    const QList<QStringList> two{{u"Karim Bennani"_s, u"BK123456"_s}, {u"Hélène Idrissi"_s, u"A42"_s}};
    QTest::addRow("comma, no BOM, LF") << utf8(u"nom,cin\nKarim Bennani,BK123456\nHélène Idrissi,A42\n"_s) << QString()
                                       << u","_s << false << two;
    QTest::addRow("semicolon, BOM, CRLF (Excel in French)")
        << bom + utf8(u"nom;cin\r\nKarim Bennani;BK123456\r\nHélène Idrissi;A42\r\n"_s) << QString() << u";"_s << true
        << two;
    QTest::addRow("no final line break") << utf8(u"nom,cin\nKarim Bennani,BK123456\nHélène Idrissi,A42"_s)
                                         << QString() << u","_s << false << two;
    QTest::addRow("blank rows left out") << utf8(u"\nnom;cin\n;\nKarim Bennani;BK123456\n\nHélène Idrissi;A42\n;\n"_s)
                                         << QString() << u";"_s << false << two;
    QTest::addRow("quoted separators, quotes and line breaks")
        << utf8(u"nom;adresse\n\"Bennani; Karim\";\"12 rue \"\"Al Amal\"\"\nCasablanca\"\n\"Idrissi, Hélène\";\"\"\n"_s)
        << QString() << u";"_s << false
        << QList<QStringList>{{u"Bennani; Karim"_s, u"12 rue \"Al Amal\"\nCasablanca"_s}, {u"Idrissi, Hélène"_s, QString()}};
    QTest::addRow("commas inside a semicolon file")
        << utf8(u"nom;adresse;cin\nKarim Bennani;3, rue X, Casablanca;BK1\nSara;1, av. Y;A2\n"_s) << QString() << u";"_s
        << false
        << QList<QStringList>{{u"Karim Bennani"_s, u"3, rue X, Casablanca"_s, u"BK1"_s}, {u"Sara"_s, u"1, av. Y"_s, u"A2"_s}};
    QTest::addRow("separator given") << utf8(u"nom,cin\nKarim Bennani,BK123456\nHélène Idrissi,A42\n"_s) << u","_s
                                     << u","_s << false << two;
    QTest::addRow("Arabic text") << bom + utf8(u"الاسم,cin\nكريم بناني,BK123456\n"_s) << QString() << u","_s << true
                                 << QList<QStringList>{{u"كريم بناني"_s, u"BK123456"_s}};
}

void TestImport::csvIsReadAsSpreadsheetsWriteIt()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, separator);
    QFETCH(QString, detected);
    QFETCH(bool, hadBom);
    QFETCH(QList<QStringList>, rows);
    auto table = parseCsv(bytes, separator.isEmpty() ? std::nullopt : std::optional<QChar>(separator.at(0)));
    RELAIS_VERIFY_OK(table);
    QCOMPARE(QString(table->separator), detected);
    QCOMPARE(table->hadBom, hadBom);
    QCOMPARE(table->rows, rows);
    QVERIFY(!table->header.constFirst().startsWith(QChar(0xFEFF)));
}

void TestImport::headersAreRecognisedInFrenchEnglishAndArabic_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QStringList>("fields");
    QTest::addRow("French") << u"Nom;Nom arabe;CIN;Téléphone;Date de naissance;Email;Adresse;Langue"_s
                            << QStringList{u"name"_s, u"name_ar"_s, u"cin"_s, u"phone"_s, u"birth_date"_s, u"email"_s,
                                           u"address"_s, u"language"_s};
    QTest::addRow("English codes") << u"name;name_ar;cin;phone;birth_date;email;address;language"_s
                                   << QStringList{u"name"_s, u"name_ar"_s, u"cin"_s, u"phone"_s, u"birth_date"_s,
                                                  u"email"_s, u"address"_s, u"language"_s};
    QTest::addRow("Arabic name, lower case, no accents") << u"الاسم;nom;telephone;date de naissance;remarques"_s
                                                         << QStringList{u"name_ar"_s, u"name"_s, u"phone"_s,
                                                                        u"birth_date"_s, QString()};
    QTest::addRow("two numbered phone columns") << u"nom;Téléphone 1;Téléphone 2"_s
                                                << QStringList{u"name"_s, u"phone"_s, u"phone"_s};
}

void TestImport::headersAreRecognisedInFrenchEnglishAndArabic()
{
    QFETCH(QString, header);
    QFETCH(QStringList, fields);
    QString row = u"Karim"_s + QString(fields.size() - 1, u';');
    auto p = preview(utf8(header + u'\n' + row + u'\n'));
    RELAIS_VERIFY_OK(p);
    QStringList mapped;
    for (const ImportColumn &column : p->columns)
        mapped << (column.field ? importFieldCode(*column.field) : QString());
    QCOMPARE(mapped, fields);
    QCOMPARE(p->warnings.size(), int(fields.count(QString())));
}

void TestImport::mappingOverridesTheHeader()
{
    const QByteArray bytes = utf8(u"Client;Pièce;Nom\nKarim Bennani;BK123456;Ancien nom\n"_s);
    // Without a mapping, "Nom" is the name (the old name column, as it happens).
    auto byHeader = preview(bytes);
    RELAIS_VERIFY_OK(byHeader);
    QCOMPARE(byHeader->rows.constFirst().draft.fullName, u"Ancien nom"_s);

    ImportOptions options;
    options.mapping = {{u"Client"_s, u"name"_s}, {u"2"_s, u"cin"_s}};
    auto mapped = preview(bytes, options);
    RELAIS_VERIFY_OK(mapped);
    QCOMPARE(mapped->rows.constFirst().draft.fullName, u"Karim Bennani"_s);
    QCOMPARE(mapped->rows.constFirst().draft.cin, u"BK123456"_s);
    QVERIFY(!mapped->columns.at(2).field.has_value()); // the name moved to the chosen column

    options.mapping = {{u"Client"_s, u"surname"_s}};
    RELAIS_VERIFY_ERROR(preview(bytes, options), ErrorCode::Invalid);
    options.mapping = {{u"Colonne inconnue"_s, u"name"_s}};
    RELAIS_VERIFY_ERROR(preview(bytes, options), ErrorCode::Invalid);
    // Two columns for one field is ambiguous.
    RELAIS_VERIFY_ERROR(preview(utf8(u"nom;name\nA;B\n"_s)), ErrorCode::Invalid);
}

void TestImport::datesAreReadDayFirstOrIso_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("expected"); // invalid: the row is invalid
    QTest::addRow("DD/MM/YYYY") << u"03/06/1979"_s << QDate(1979, 6, 3);
    QTest::addRow("D/M/YYYY") << u"3/6/1979"_s << QDate(1979, 6, 3);
    QTest::addRow("DD-MM-YYYY") << u"03-06-1979"_s << QDate(1979, 6, 3);
    QTest::addRow("YYYY-MM-DD") << u"1979-06-03"_s << QDate(1979, 6, 3);
    QTest::addRow("ISO with midnight") << u"1979-06-03 00:00:00"_s << QDate(1979, 6, 3);
    QTest::addRow("31 February") << u"31/02/1990"_s << QDate();
    QTest::addRow("month first is not a day") << u"06/13/1979"_s << QDate();
    QTest::addRow("words") << u"le 3 juin"_s << QDate();
    QTest::addRow("in the future") << u"01/01/2099"_s << QDate();
}

void TestImport::datesAreReadDayFirstOrIso()
{
    QFETCH(QString, typed);
    QFETCH(QDate, expected);
    auto p = preview(utf8(u"nom;date de naissance\nKarim Bennani;%1\n"_s.arg(typed)));
    RELAIS_VERIFY_OK(p);
    QCOMPARE(p->rows.size(), 1);
    const ImportRow &row = p->rows.constFirst();
    if (expected.isValid()) {
        QCOMPARE(row.status, ImportRowStatus::Ready);
        QCOMPARE(row.draft.birthDate, expected);
    } else {
        QCOMPARE(row.status, ImportRowStatus::Invalid);
        QVERIFY2(row.problems.join(u' ').contains(u"birth date"_s, Qt::CaseInsensitive), qPrintable(row.problems.join(u' ')));
    }
}

void TestImport::invalidRowsAreReportedWithTheirRowNumber()
{
    // Row 3 spans two lines of the file (a quoted address): rows are counted as the
    // spreadsheet shows them, not as lines.
    const QByteArray bytes = utf8(u"nom;cin;téléphone;date de naissance;adresse\n"
                                  "Karim Bennani;BK123456;0612345678;03/06/1979;\n"
                                  "Sara Lahlou;12AB;;;\"12 rue X\nCasablanca\"\n"
                                  "Omar Tazi;;12345;;\n"
                                  ";A1;0661000001;;\n"
                                  "Nadia Chraibi;C9;;31/02/1990;\n"
                                  "Hind Fassi;ABC;06;;\n"_s);
    auto p = preview(bytes);
    RELAIS_VERIFY_OK(p);
    QCOMPARE(p->rows.size(), 6);
    QCOMPARE(p->count(ImportRowStatus::Ready), 1);
    QCOMPARE(p->count(ImportRowStatus::Invalid), 5);
    struct Expected {
        int row;
        QString mentions;
    };
    const QList<Expected> expected{{3, u"CIN"_s}, {4, u"12345"_s}, {5, u"no name"_s}, {6, u"birth date"_s}, {7, u"CIN"_s}};
    for (const Expected &e : expected) {
        const auto it = std::find_if(p->rows.cbegin(), p->rows.cend(), [&](const ImportRow &r) { return r.row == e.row; });
        QVERIFY2(it != p->rows.cend(), qPrintable(u"no row %1"_s.arg(e.row)));
        QCOMPARE(it->status, ImportRowStatus::Invalid);
        QVERIFY2(it->problems.join(u' ').contains(e.mentions), qPrintable(u"row %1: %2"_s.arg(e.row).arg(it->problems.join(u"; "_s))));
    }
    // Every problem of a row is named, not only the first.
    QCOMPARE(p->rows.constLast().problems.size(), 2);
    QCOMPARE(p->rows.constFirst().row, 2);
    QCOMPARE(p->rows.constFirst().status, ImportRowStatus::Ready);
}

void TestImport::duplicatesOnFileAndWithinTheFile()
{
    const Id existing = m_world->addClient(u"Karim Bennani"_s, u"BK123456"_s);
    const QByteArray bytes = utf8(u"nom,cin,téléphone,date de naissance\n"
                                  "K. Bennani,bk 123456,,\n"                 // row 2: CIN on file
                                  "Sara Lahlou,A42,0612345678,12/04/1985\n" // row 3: new
                                  "Sara Lahlou,,06 12 34 56 78,\n"          // row 4: same phone as row 3
                                  "Lahlou Sara,,,12/04/1985\n"              // row 5: similar name, same birth date as row 3
                                  "Omar Tazi,B7,,\n"                        // row 6: new
                                  "Omar Tazi,,,\n"_s);                      // row 7: same name, nothing else: not a duplicate
    auto p = preview(bytes);
    RELAIS_VERIFY_OK(p);
    QCOMPARE(p->rows.size(), 6);
    auto row = [&](int n) { return *std::find_if(p->rows.cbegin(), p->rows.cend(), [n](const ImportRow &r) { return r.row == n; }); };
    QCOMPARE(row(2).status, ImportRowStatus::Duplicate);
    QCOMPARE(row(2).existing.size(), 1);
    QCOMPARE(row(2).existing.constFirst().client.id, existing);
    QVERIFY(row(2).existing.constFirst().reasons.join(u' ').contains(u"BK123456"_s));
    QCOMPARE(row(3).status, ImportRowStatus::Ready);
    QCOMPARE(row(4).status, ImportRowStatus::Duplicate);
    QCOMPARE(row(4).sameAsRow, 3);
    QVERIFY(row(4).sameAsReasons.join(u' ').contains(u"+212612345678"_s));
    QCOMPARE(row(5).status, ImportRowStatus::Duplicate);
    QCOMPARE(row(5).sameAsRow, 3);
    QCOMPARE(row(6).status, ImportRowStatus::Ready);
    QCOMPARE(row(7).status, ImportRowStatus::Ready);
    QCOMPARE(p->count(ImportRowStatus::Ready), 3);
    QCOMPARE(p->count(ImportRowStatus::Duplicate), 3);
}

void TestImport::previewWritesNothing()
{
    const qint64 before = clientCount();
    const qint64 audits = sqlCount(*m_world, u"SELECT count(*) FROM audit_log"_s);
    auto p = preview(utf8(u"nom;cin\nKarim Bennani;BK123456\nSara;A1\n"_s));
    RELAIS_VERIFY_OK(p);
    QCOMPARE(p->count(ImportRowStatus::Ready), 2);
    QCOMPARE(clientCount(), before);
    QCOMPARE(sqlCount(*m_world, u"SELECT count(*) FROM audit_log"_s), audits);
}

void TestImport::commitRegistersReadyRowsOnly()
{
    (void)m_world->addClient(u"Karim Bennani"_s, u"BK123456"_s);
    const qint64 before = clientCount();
    const QByteArray bytes = bom + utf8(u"nom;nom arabe;cin;téléphone;date de naissance;email;langue\n"
                                        "Sara Lahlou;سارة لحلو;a 42;0612345678;12/04/1985;Sara@Example.ma;arabe\n"
                                        "Omar Tazi;;B7;;;;\n"
                                        "Bad Row;;12AB;;;;\n"
                                        "Karim B.;;BK123456;;;;\n"
                                        "Omar Tazi;;b 7;;;;\n"_s);
    auto p = preview(bytes);
    RELAIS_VERIFY_OK(p);
    auto outcome = m_world->ws().imports().commit(m_world->actor(u"ins.agent"_s), *p);
    RELAIS_VERIFY_OK(outcome);
    QCOMPARE(outcome->created, 2);
    QCOMPARE(outcome->skippedInvalid, 1);
    QCOMPARE(outcome->skippedDuplicates, 2);
    QCOMPARE(clientCount(), before + 2);
    const Client &sara = outcome->clients.constFirst();
    QCOMPARE(sara.fullName, u"Sara Lahlou"_s);
    QCOMPARE(sara.fullNameAr, u"سارة لحلو"_s);
    QCOMPARE(sara.cin, u"A42"_s);
    QCOMPARE(sara.phones, QStringList{u"+212612345678"_s});
    QCOMPARE(sara.birthDate, QDate(1985, 4, 12));
    QCOMPARE(sara.email, u"sara@example.ma"_s);
    QCOMPARE(sara.preferredLanguage, u"ar"_s);
    QCOMPARE(sara.registeredByAgencyCode, u"INS"_s);
    // Found like any customer, and the import is in the audit log.
    auto found = m_world->ws().clients().find(m_world->actor(u"ins.agent"_s), u"0612345678"_s);
    RELAIS_VERIFY_OK(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->constFirst().id, sara.id);
    QCOMPARE(sqlCount(*m_world, u"SELECT count(*) FROM audit_log WHERE action = 'client.import'"_s), qint64(1));
    QCOMPARE(sqlCount(*m_world, u"SELECT count(*) FROM clients WHERE cin = 'B7'"_s), qint64(1));
}

void TestImport::commitIsAllOrNothing()
{
    const QByteArray bytes = utf8(u"nom,cin\nSara Lahlou,A42\nOmar Tazi,B7\nNadia Chraibi,C9\n"_s);
    auto p = preview(bytes);
    RELAIS_VERIFY_OK(p);
    QCOMPARE(p->count(ImportRowStatus::Ready), 3);
    // Someone registers the last row's person between preview and commit.
    (void)m_world->addClient(u"Nadia Chraibi"_s, u"C9"_s, false);
    const qint64 before = clientCount();
    const qint64 audits = sqlCount(*m_world, u"SELECT count(*) FROM audit_log"_s);

    auto outcome = m_world->ws().imports().commit(m_world->actor(u"ins.agent"_s), *p);
    RELAIS_VERIFY_ERROR(outcome, ErrorCode::Conflict);
    QVERIFY2(outcome.error().message.contains(u"Row 4"_s), qPrintable(outcome.error().message));
    // Rows 2 and 3 were fine, and were not written either.
    QCOMPARE(clientCount(), before);
    QCOMPARE(sqlCount(*m_world, u"SELECT count(*) FROM clients WHERE cin IN ('A42', 'B7')"_s), qint64(0));
    QCOMPARE(sqlCount(*m_world, u"SELECT count(*) FROM audit_log"_s), audits);

    // A fresh preview sees the new duplicate, and its commit goes through.
    auto again = preview(bytes);
    RELAIS_VERIFY_OK(again);
    QCOMPARE(again->count(ImportRowStatus::Duplicate), 1);
    auto committed = m_world->ws().imports().commit(m_world->actor(u"ins.agent"_s), *again);
    RELAIS_VERIFY_OK(committed);
    QCOMPARE(committed->created, 2);
    QCOMPARE(clientCount(), before + 2);
}

void TestImport::corruptFileIsRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("binary (PNG)") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20) << u"binary"_s;
    QTest::addRow("Latin-1, not UTF-8") << QByteArray("nom;cin\nH\xe9l\xe8ne Idrissi;A42\n") << u"UTF-8"_s;
    QTest::addRow("empty") << QByteArray() << u"empty"_s;
    QTest::addRow("only a BOM and blank lines") << bom + QByteArray("\r\n\r\n") << u"empty"_s;
    QTest::addRow("no header row") << utf8(u"Karim Bennani;BK123456;0612345678\nSara Lahlou;A42;0661000001\n"_s)
                                   << u"header"_s;
    QTest::addRow("ragged rows") << utf8(u"nom;cin;téléphone\nKarim Bennani;BK123456;0612345678\nSara;A42\nOmar;B7;0661000001;x\n"_s)
                                 << u"row 3"_s;
    QTest::addRow("quote never closed") << utf8(u"nom;adresse\nKarim;\"12 rue X\nSara;1 av Y\n"_s) << u"never closed"_s;
    QTest::addRow("control characters") << QByteArray("nom;cin\nKarim\x01\x02;A1\n") << u"control"_s;
}

void TestImport::corruptFileIsRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mentions);
    const qint64 before = clientCount();
    const qint64 audits = sqlCount(*m_world, u"SELECT count(*) FROM audit_log"_s);
    auto p = preview(bytes);
    RELAIS_VERIFY_ERROR(p, ErrorCode::Invalid);
    QVERIFY2(p.error().message.contains(mentions, Qt::CaseInsensitive), qPrintable(p.error().message));
    QCOMPARE(clientCount(), before);
    QCOMPARE(sqlCount(*m_world, u"SELECT count(*) FROM audit_log"_s), audits);
}

void TestImport::importNeedsSomeoneAllowedToRegister()
{
    const QByteArray bytes = utf8(u"nom\nKarim Bennani\n"_s);
    Actor nobody; // names no user
    RELAIS_VERIFY_ERROR(m_world->ws().imports().preview(nobody, bytes), ErrorCode::Forbidden);
    auto p = preview(bytes);
    RELAIS_VERIFY_OK(p);
    const qint64 before = clientCount();
    RELAIS_VERIFY_ERROR(m_world->ws().imports().commit(nobody, *p), ErrorCode::Forbidden);
    QCOMPARE(clientCount(), before);
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
