// The birth-date reader of the customer import (file-local in casefile/clientimport.cpp, so it
// is driven the way a spreadsheet reaches it: one customer whose birth_date cell is the input).
//
// Properties: it never crashes; a cell is taken as a date only when it is one that a person
// wrote as YYYY-MM-DD (optionally with a midnight time) or DD/MM/YYYY (also with '.' or '-'),
// between 1900 and today; the date taken is the one written, so writing it back in ISO form
// and importing that gives the same date; any other cell makes the row Invalid with a reason.

#include "casefile/changenotifier.h"
#include "casefile/clientimport.h"
#include "casefile/clientregistry.h"
#include "storage/database.h"

#include "fuzzsupport.h"

#include <QRegularExpression>
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
        auto db = Database::openSqlite(w->dir.filePath(u"dates.sqlite"_s));
        FUZZ_REQUIRE(db.has_value(), db ? QString() : db.error().message);
        w->db = std::move(*db);
        w->clients = std::make_unique<ClientRegistry>(*w->db);
        w->import = std::make_unique<ClientImport>(*w->db, *w->clients, w->notifier);
        return w;
    }();
    return *w;
}

QString quoted(QString cell)
{
    return u'"' + cell.replace(u'"', u"\"\""_s) + u'"';
}

// The row as the import reads it, for a birth-date cell.
std::optional<ImportRow> importedRow(const QString &cell)
{
    const QString csv = u"name,birth_date\r\nSalma Idrissi,"_s + quoted(cell) + u"\r\n"_s;
    const auto preview = world().import->preview(Actor::localConsole(), csv.toUtf8());
    if (!preview)
        return std::nullopt; // the cell broke the table (a character a CSV file cannot hold)
    FUZZ_REQUIRE(preview->rows.size() <= 1, u"one customer, one row"_s);
    if (preview->rows.isEmpty())
        return std::nullopt;
    return preview->rows.constFirst();
}

// What a person may write, as the import documents it (the cell is trimmed first, as every cell).
std::optional<QDate> expected(const QString &typed)
{
    static const QRegularExpression iso(u"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[T ]00:00(?::00)?)?$"_s);
    static const QRegularExpression dayFirst(u"^([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})$"_s);
    const QString cell = typed.trimmed();
    int y = 0, m = 0, d = 0;
    if (const auto match = iso.match(cell); match.hasMatch()) {
        y = match.captured(1).toInt(), m = match.captured(2).toInt(), d = match.captured(3).toInt();
    } else if (const auto match = dayFirst.match(cell); match.hasMatch()) {
        y = match.captured(3).toInt(), m = match.captured(2).toInt(), d = match.captured(1).toInt();
    } else {
        return std::nullopt;
    }
    const QDate date(y, m, d);
    if (!date.isValid() || y < 1900)
        return std::nullopt;
    return date;
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
    if (size > 64)
        return -1; // a birth-date cell, not a file: keep the corpus to what matters here
    const QString cell = Relais::Fuzz::textOf(data, size);
    const auto row = importedRow(cell);
    if (!row)
        return 0;
    if (cell.trimmed().isEmpty()) {
        FUZZ_REQUIRE(row->status != ImportRowStatus::Invalid && !row->draft.birthDate.isValid(),
                     u"an empty birth date is no birth date: "_s + row->problems.join(u"; "_s));
        return 0;
    }
    const std::optional<QDate> wanted = expected(cell);
    if (!wanted) {
        FUZZ_REQUIRE(row->status == ImportRowStatus::Invalid && !row->problems.isEmpty(),
                     u"\"%1\" was taken as the birth date %2"_s.arg(cell, row->draft.birthDate.toString(Qt::ISODate)));
        return 0;
    }
    if (*wanted > QDate::currentDate()) {
        FUZZ_REQUIRE(row->status == ImportRowStatus::Invalid, u"a birth date in the future was accepted: "_s + cell);
        return 0;
    }
    FUZZ_REQUIRE(row->status != ImportRowStatus::Invalid,
                 u"\"%1\" (%2) was refused: %3"_s.arg(cell, wanted->toString(Qt::ISODate), row->problems.join(u"; "_s)));
    FUZZ_REQUIRE(row->draft.birthDate == *wanted,
                 u"\"%1\" was read as %2, not %3"_s.arg(cell, row->draft.birthDate.toString(Qt::ISODate),
                                                        wanted->toString(Qt::ISODate)));
    const auto again = importedRow(row->draft.birthDate.toString(Qt::ISODate));
    FUZZ_REQUIRE(again && again->draft.birthDate == *wanted, u"the ISO form of %1 reads differently"_s.arg(cell));
    return 0;
}
