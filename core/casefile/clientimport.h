#pragma once

#include "domain/types.h"

namespace Relais::Core {

class ChangeNotifier;
class ClientRegistry;
class Database;

/// A table read from a CSV file as spreadsheets export it.
struct CsvTable {
    QChar separator;            ///< ',' or ';'
    bool hadBom = false;        ///< the file started with a UTF-8 byte-order mark
    QStringList header;         ///< the first row, trimmed
    QList<QStringList> rows;    ///< the data rows, blank rows left out
    QList<int> rowNumbers;      ///< each row's number as a spreadsheet shows it (the header is row 1)
};

/// Reads CSV: UTF-8 with or without BOM, ',' or ';' (detected unless given), fields quoted with
/// '"' (doubled inside) that may hold separators, quotes and line breaks; CRLF, LF or CR line
/// ends. A file that is binary, not UTF-8, empty or not a regular table (rows with another
/// number of fields than the header) is refused (Invalid) with a message saying what to fix.
[[nodiscard]] Result<CsvTable> parseCsv(const QByteArray &bytes, std::optional<QChar> separator = std::nullopt);

/// What a column of an import file holds.
enum class ImportField { Name, NameAr, Cin, Phone, BirthDate, Email, Address, Language };
/// "name", "name_ar", "cin", "phone", "birth_date", "email", "address", "language".
[[nodiscard]] QString importFieldCode(ImportField field);
/// A field code, or a column title Relais recognises in French, English or Arabic ("nom",
/// "téléphone", "date de naissance", "الاسم"…); std::nullopt when it names no field.
[[nodiscard]] std::optional<ImportField> importFieldFromText(const QString &text);

/// A person's choice for one column: `column` is a header title or a 1-based column number,
/// `field` a field code (or title) or "ignore".
struct ImportColumnChoice {
    QString column;
    QString field;
};

struct ImportOptions {
    std::optional<QChar> separator;       ///< detected when not given
    QList<ImportColumnChoice> mapping;     ///< overrides the mapping found from the header
};

/// One column of the file and the field it fills (none: not imported).
struct ImportColumn {
    int index = 0; ///< 0-based
    QString header;
    std::optional<ImportField> field;
};

enum class ImportRowStatus {
    Ready,     ///< valid, no probable duplicate: will be registered
    Invalid,   ///< cannot be registered as it is; `problems` say why
    Duplicate, ///< probably a customer already on file or an earlier row of the file
};

struct ImportRow {
    int row = 0;            ///< number as the spreadsheet shows it (the header is row 1)
    QStringList cells;
    ClientDraft draft;      ///< normalised when the row is valid
    ImportRowStatus status = ImportRowStatus::Ready;
    QStringList problems;   ///< plain reasons, for Invalid rows
    QList<DuplicateCandidate> existing; ///< customers on file this row probably is
    int sameAsRow = 0;      ///< an earlier row of the file that is probably the same person; 0: none
    QStringList sameAsReasons;
};

/// What an import would do, computed without writing anything.
struct ImportPreview {
    QChar separator;
    bool hadBom = false;
    QList<ImportColumn> columns;
    QList<ImportRow> rows;
    QStringList warnings; ///< e.g. columns that are not imported

    [[nodiscard]] int count(ImportRowStatus status) const;
};

struct ImportOutcome {
    int created = 0;
    int skippedInvalid = 0;
    int skippedDuplicates = 0;
    QList<Client> clients; ///< the customers registered, in file order
};

/// Registers customers from a spreadsheet export: preview first, then commit.
class ClientImport final
{
public:
    ClientImport(Database &db, ClientRegistry &clients, ChangeNotifier &notifier)
        : m_db(db), m_clients(clients), m_notifier(notifier)
    {
    }
    Q_DISABLE_COPY_MOVE(ClientImport)

    /// Reads the file, maps its columns (from the header, then `options.mapping`) and checks
    /// every row: valid, invalid (and why), or a probable duplicate of a customer on file or of
    /// an earlier row. Writes nothing.
    [[nodiscard]] Result<ImportPreview> preview(const Actor &actor, const QByteArray &bytes,
                                                const ImportOptions &options = {}) const;

    /// Registers the preview's Ready rows, all in one transaction: either every one of them is
    /// registered or none is (Conflict when the case file changed since the preview so that a
    /// row became a probable duplicate).
    [[nodiscard]] Result<ImportOutcome> commit(const Actor &actor, const ImportPreview &preview);

private:
    Database &m_db;
    ClientRegistry &m_clients;
    ChangeNotifier &m_notifier;
};

} // namespace Relais::Core
