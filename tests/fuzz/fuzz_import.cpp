// The whole import preview (ClientImport::preview, casefile/clientimport.h) on any bytes, over a
// throwaway SQLite case file that holds one customer, as an import from a spreadsheet runs it.
// An input whose first line starts with "#map:" also gives the column choices a person can make
// (`relais-cli client import --map COLUMN=FIELD`), as COLUMN=FIELD pairs separated by '|'.
//
// Properties: it never crashes and never writes; a preview it gives has one row per data row of
// the table parseCsv reads, with the same numbers; a column holds the name; no two columns
// hold one field (phones excepted); a row is Invalid exactly when it says why; a row that
// would be registered is already normalised (validating it again changes nothing: CIN, phones
// in E.164, e-mail, a birth date from 1900 to today); a Duplicate names the customer on file or
// an earlier row it probably is, and a Ready row names neither.

#include "casefile/changenotifier.h"
#include "casefile/clientimport.h"
#include "casefile/clientregistry.h"
#include "domain/cin.h"
#include "domain/phone.h"
#include "storage/database.h"

#include "fuzzsupport.h"

#include <QTemporaryDir>

using namespace Relais::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

struct World {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<ClientRegistry> clients;
    ChangeNotifier notifier;
    std::unique_ptr<ClientImport> import;
};

World &world()
{
    static World *w = [] {
        auto *w = new World;
        auto db = Database::openSqlite(w->dir.filePath(u"import.sqlite"_s));
        FUZZ_REQUIRE(db.has_value(), db ? QString() : db.error().message);
        w->db = std::move(*db);
        w->clients = std::make_unique<ClientRegistry>(*w->db);
        w->import = std::make_unique<ClientImport>(*w->db, *w->clients, w->notifier);
        ClientDraft fatima;
        fatima.fullName = u"Fatima Benali"_s;
        fatima.cin = u"AB123456"_s;
        fatima.phones = {u"0612345678"_s};
        fatima.birthDate = QDate(1980, 5, 1);
        auto registered = w->clients->registerClient(Actor::localConsole(), fatima);
        FUZZ_REQUIRE(registered && registered->created, u"the customer on file could not be registered"_s);
        return w;
    }();
    return *w;
}

qint64 clientCount()
{
    auto count = world().db->scalar(u"SELECT count(*) FROM clients"_s);
    FUZZ_REQUIRE(count.has_value(), count ? QString() : count.error().message);
    return count->toLongLong();
}

QString describe(const ImportRow &row)
{
    return u"row %1 [%2]: status %3, problems [%4], cin %5, phones [%6], birth %7, e-mail %8"_s.arg(row.row)
        .arg(row.cells.join(u'|'))
        .arg(int(row.status))
        .arg(row.problems.join(u"; "_s), row.draft.cin, row.draft.phones.join(u' '),
             row.draft.birthDate.toString(Qt::ISODate), row.draft.email);
}

void checkWouldRegister(const ImportRow &row)
{
    const ClientDraft &draft = row.draft;
    const auto again = ClientRegistry::validated(draft);
    FUZZ_REQUIRE(again.has_value(), again ? describe(row) : again.error().message + u"\n"_s + describe(row));
    FUZZ_REQUIRE(again->fullName == draft.fullName && again->fullNameAr == draft.fullNameAr && again->cin == draft.cin
                     && again->phones == draft.phones && again->email == draft.email
                     && again->birthDate == draft.birthDate && again->address == draft.address
                     && again->preferredLanguage == draft.preferredLanguage,
                 u"validating a row that would be registered changed it: "_s + describe(row));
    if (!draft.cin.isEmpty())
        FUZZ_REQUIRE(normaliseCin(draft.cin) == draft.cin, describe(row));
    for (const QString &phone : draft.phones)
        FUZZ_REQUIRE(phone.startsWith(u'+') && normalisePhone(phone) == phone, describe(row));
    if (draft.birthDate.isValid())
        FUZZ_REQUIRE(draft.birthDate.year() >= 1900 && draft.birthDate <= QDate::currentDate(), describe(row));
    FUZZ_REQUIRE(!draft.fullName.isEmpty() || !draft.fullNameAr.isEmpty(), describe(row));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Relais::Fuzz::startQt(argc, argv);
    (void)world();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = Relais::Fuzz::bytesOf(data, size);
    ImportOptions options;
    if (bytes.startsWith("#map:")) {
        const qsizetype end = bytes.indexOf('\n');
        const QString line = QString::fromUtf8(bytes.mid(5, end < 0 ? -1 : end - 5));
        for (const QString &pair : line.split(u'|')) {
            const qsizetype eq = pair.indexOf(u'=');
            options.mapping.append({pair.left(eq), eq < 0 ? QString() : pair.mid(eq + 1)});
        }
        bytes = end < 0 ? QByteArray() : bytes.mid(end + 1);
    }
    const qint64 before = clientCount();
    const auto preview = world().import->preview(Actor::localConsole(), bytes, options);
    FUZZ_REQUIRE(clientCount() == before, u"the preview wrote to the case file"_s);
    if (!preview) {
        FUZZ_REQUIRE(preview.error().code == ErrorCode::Invalid, preview.error().message);
        return 0;
    }

    const auto table = parseCsv(bytes, options.separator);
    FUZZ_REQUIRE(table.has_value(), u"the preview read a file parseCsv refuses"_s);
    FUZZ_REQUIRE(preview->separator == table->separator && preview->hadBom == table->hadBom, u"separator"_s);
    FUZZ_REQUIRE(preview->columns.size() == table->header.size(), u"one column per header cell"_s);
    FUZZ_REQUIRE(preview->rows.size() == table->rows.size(), u"one preview row per data row"_s);

    bool named = false;
    for (qsizetype i = 0; i < preview->columns.size(); ++i) {
        const ImportColumn &column = preview->columns.at(i);
        FUZZ_REQUIRE(column.index == i, u"columns in file order"_s);
        named = named || column.field == ImportField::Name || column.field == ImportField::NameAr;
        if (column.field && *column.field != ImportField::Phone)
            for (qsizetype j = i + 1; j < preview->columns.size(); ++j)
                FUZZ_REQUIRE(preview->columns.at(j).field != column.field,
                             u"columns %1 and %2 hold the same field"_s.arg(i).arg(j));
    }
    FUZZ_REQUIRE(named, u"a preview without a name column"_s);

    for (qsizetype i = 0; i < preview->rows.size(); ++i) {
        const ImportRow &row = preview->rows.at(i);
        FUZZ_REQUIRE(row.row == table->rowNumbers.at(i) && row.cells == table->rows.at(i), describe(row));
        switch (row.status) {
        case ImportRowStatus::Invalid:
            FUZZ_REQUIRE(!row.problems.isEmpty(), u"an Invalid row must say why: "_s + describe(row));
            break;
        case ImportRowStatus::Ready:
            FUZZ_REQUIRE(row.problems.isEmpty() && row.existing.isEmpty() && row.sameAsRow == 0, describe(row));
            checkWouldRegister(row);
            break;
        case ImportRowStatus::Duplicate:
            FUZZ_REQUIRE(row.problems.isEmpty(), describe(row));
            FUZZ_REQUIRE(!row.existing.isEmpty()
                             || (row.sameAsRow > 1 && row.sameAsRow < row.row && !row.sameAsReasons.isEmpty()),
                         u"a Duplicate must name whom it duplicates: "_s + describe(row));
            checkWouldRegister(row);
            break;
        }
    }
    return 0;
}
