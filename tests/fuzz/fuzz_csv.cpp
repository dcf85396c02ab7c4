// parseCsv (casefile/clientimport.h) on any bytes: a spreadsheet export, a file of another kind,
// or one made to break the reader.
//
// Properties: it never crashes; a table it accepts is regular (every row as wide as the header,
// no blank row, rows numbered upwards from 2, the separator ',' or ';', hadBom as the bytes say);
// the same table written back as CSV, every field quoted, reads as the same table.

#include "casefile/clientimport.h"

#include "fuzzsupport.h"

using namespace Relais::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

QString quotedRow(const QStringList &cells, QChar separator)
{
    QStringList quoted;
    for (QString cell : cells)
        quoted << u'"' + cell.replace(u'"', u"\"\""_s) + u'"';
    return quoted.join(separator);
}

QString describe(const CsvTable &table)
{
    QString out = u"separator %1, header [%2]"_s.arg(table.separator, table.header.join(u'|'));
    for (const QStringList &row : table.rows)
        out += u"\n  [%1]"_s.arg(row.join(u'|'));
    return out;
}

void checkRegular(const CsvTable &table, const QByteArray &bytes)
{
    FUZZ_REQUIRE(table.separator == u',' || table.separator == u';', describe(table));
    FUZZ_REQUIRE(table.hadBom == bytes.startsWith("\xEF\xBB\xBF"), describe(table));
    FUZZ_REQUIRE(!table.header.isEmpty(), describe(table));
    FUZZ_REQUIRE(table.rows.size() == table.rowNumbers.size(), describe(table));
    for (const QString &title : table.header)
        FUZZ_REQUIRE(title == title.trimmed(), describe(table));
    int previous = 1;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const QStringList &row = table.rows.at(i);
        FUZZ_REQUIRE(row.size() == table.header.size(), describe(table));
        FUZZ_REQUIRE(std::any_of(row.cbegin(), row.cend(), [](const QString &c) { return !c.trimmed().isEmpty(); }),
                     describe(table));
        FUZZ_REQUIRE(table.rowNumbers.at(i) > previous, describe(table));
        previous = table.rowNumbers.at(i);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Relais::Fuzz::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Relais::Fuzz::bytesOf(data, size);
    // The separator as the import dialog may force it, chosen by the input's length so the
    // same bytes always take the same path.
    const std::optional<QChar> forced = size % 3 == 0 ? std::nullopt
                                        : size % 3 == 1 ? std::optional<QChar>(u',') : std::optional<QChar>(u';');
    const auto table = parseCsv(bytes, forced);
    if (!table) {
        FUZZ_REQUIRE(table.error().code == ErrorCode::Invalid, table.error().message);
        FUZZ_REQUIRE(!table.error().message.isEmpty(), u"a refusal must say why"_s);
        return 0;
    }
    checkRegular(*table, bytes);
    if (forced)
        FUZZ_REQUIRE(table->separator == *forced, describe(*table));

    QString written = quotedRow(table->header, table->separator);
    for (const QStringList &row : table->rows)
        written += u"\r\n"_s + quotedRow(row, table->separator);
    const auto again = parseCsv(written.toUtf8(), table->separator);
    FUZZ_REQUIRE(again.has_value(), u"written back: %1\n%2"_s.arg(again ? QString() : again.error().message,
                                                                  describe(*table)));
    FUZZ_REQUIRE(again->header == table->header && again->rows == table->rows,
                 u"read:\n%1\nwritten back and read again:\n%2"_s.arg(describe(*table), describe(*again)));
    return 0;
}
