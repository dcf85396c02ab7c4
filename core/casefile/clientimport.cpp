#include "casefile/clientimport.h"

#include "casefile/caseaccess.h"
#include "casefile/changenotifier.h"
#include "casefile/clientregistry.h"
#include "common/textfold.h"
#include "domain/accesspolicy.h"
#include "domain/cin.h"
#include "domain/phone.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core {

namespace {

struct CsvRecord {
    QStringList cells;
    int line = 0; ///< file line where the record starts, 1-based
};

// RFC 4180 as spreadsheets write it. A quote inside an unquoted field is kept as a character
// (spreadsheets do the same); text between a closing quote and the separator is an error.
Result<QList<CsvRecord>> splitRecords(const QString &text, QChar separator)
{
    QList<CsvRecord> records;
    CsvRecord record{{}, 1};
    QString field;
    int line = 1;
    bool quoted = false;   // inside a quoted field
    bool wasQuoted = false; // the current field was quoted and its closing quote is behind us
    int quoteLine = 0;
    bool recordStarted = false;
    auto endField = [&] {
        record.cells.append(field);
        field.clear();
        wasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        records.append(record);
        record = CsvRecord{{}, line};
        recordStarted = false;
    };
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == u'\n' || (c == u'\r' && !(i + 1 < size && text.at(i + 1) == u'\n')))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == separator) {
            recordStarted = true;
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                ++i;
            ++line;
            endRecord();
        } else if (wasQuoted) {
            if (c == u' ' || c == u'\t')
                continue; // spaces after a closing quote are harmless
            return fail(ErrorCode::Invalid,
                        Tr::tr("Line %1: a quoted field is followed by other text before the next separator. "
                               "Quotes inside a field must be doubled (\"\").").arg(line));
        } else if (c == u'"' && field.trimmed().isEmpty()) {
            quoted = true;
            quoteLine = line;
            field.clear();
            recordStarted = true;
        } else {
            field.append(c);
            recordStarted = true;
        }
    }
    if (quoted)
        return fail(ErrorCode::Invalid, Tr::tr("A quoted field that starts on line %1 is never closed: the file is cut "
                                               "short or a quote is missing.").arg(quoteLine));
    if (recordStarted || !field.isEmpty() || wasQuoted)
        endRecord();
    return records;
}

bool isBlank(const QStringList &cells)
{
    return std::all_of(cells.cbegin(), cells.cend(), [](const QString &cell) { return cell.trimmed().isEmpty(); });
}

struct Split {
    QChar separator;
    QList<CsvRecord> records;
    bool regular = false; // every non-blank row has as many fields as the header
};

Result<Split> splitWith(const QString &text, QChar separator)
{
    auto records = splitRecords(text, separator);
    if (!records)
        return std::unexpected(records.error());
    Split split{separator, *records, true};
    // Leading blank lines are not the header.
    while (!split.records.isEmpty() && isBlank(split.records.constFirst().cells))
        split.records.removeFirst();
    if (split.records.isEmpty())
        return split;
    const qsizetype columns = split.records.constFirst().cells.size();
    for (qsizetype i = 1; i < split.records.size(); ++i)
        if (!isBlank(split.records.at(i).cells) && split.records.at(i).cells.size() != columns)
            split.regular = false;
    return split;
}

// Column titles Relais recognises, by field. Compared folded, so accents, case, '_' and '-' do
// not matter ("Téléphone" = "telephone", "name_ar" = "Name AR").
const QList<std::pair<ImportField, QStringList>> &fieldTitles()
{
    static const QList<std::pair<ImportField, QStringList>> titles{
        {ImportField::Name, {u"name"_s, u"nom"_s, u"full name"_s, u"fullname"_s, u"nom complet"_s,
                             u"nom et prénom"_s, u"nom prénom"_s, u"prénom nom"_s, u"nom latin"_s}},
        {ImportField::NameAr, {u"name_ar"_s, u"nom arabe"_s, u"nom en arabe"_s, u"arabic name"_s, u"name arabic"_s,
                               u"الاسم"_s, u"الاسم الكامل"_s}},
        {ImportField::Cin, {u"cin"_s, u"cnie"_s, u"n° cin"_s, u"numéro cin"_s, u"national id"_s}},
        {ImportField::Phone, {u"phone"_s, u"téléphone"_s, u"tél"_s, u"tel"_s, u"gsm"_s, u"mobile"_s, u"portable"_s,
                              u"phones"_s, u"téléphones"_s, u"phone number"_s, u"numéro de téléphone"_s}},
        {ImportField::BirthDate, {u"birth_date"_s, u"date de naissance"_s, u"date naissance"_s, u"birth date"_s,
                                  u"birthdate"_s, u"date of birth"_s, u"né le"_s, u"dob"_s}},
        {ImportField::Email, {u"email"_s, u"e-mail"_s, u"courriel"_s, u"mail"_s, u"adresse email"_s,
                              u"adresse e-mail"_s}},
        {ImportField::Address, {u"address"_s, u"adresse"_s, u"adresse postale"_s}},
        {ImportField::Language, {u"language"_s, u"langue"_s, u"lang"_s, u"langue préférée"_s,
                                 u"preferred language"_s}},
    };
    return titles;
}

std::optional<ImportField> fieldOfTitle(const QString &title)
{
    const QString folded = foldForMatching(title);
    if (folded.isEmpty())
        return std::nullopt;
    for (const auto &[field, titles] : fieldTitles())
        for (const QString &known : titles)
            if (foldForMatching(known) == folded)
                return field;
    return std::nullopt;
}

std::optional<ImportField> fieldOfHeader(const QString &header)
{
    if (auto field = fieldOfTitle(header))
        return field;
    // "Téléphone 2", "Phone (2)": a numbered column of the same kind.
    static const QRegularExpression numbered(u"[\\s_\\-(]*\\d+\\)?$"_s);
    QString stripped = header;
    stripped.remove(numbered);
    if (stripped != header)
        return fieldOfTitle(stripped);
    return std::nullopt;
}

QString fieldLabel(ImportField field)
{
    switch (field) {
    case ImportField::Name: return Tr::tr("name");
    case ImportField::NameAr: return Tr::tr("Arabic name");
    case ImportField::Cin: return Tr::tr("CIN");
    case ImportField::Phone: return Tr::tr("phone");
    case ImportField::BirthDate: return Tr::tr("birth date");
    case ImportField::Email: return Tr::tr("e-mail");
    case ImportField::Address: return Tr::tr("address");
    case ImportField::Language: return Tr::tr("language");
    }
    return {};
}

// A birth date as spreadsheets write it: ISO (optionally with a midnight time), or day first.
std::optional<QDate> parseDate(const QString &text)
{
    static const QRegularExpression iso(u"^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ]00:00(?::00)?)?$"_s);
    static const QRegularExpression dayFirst(u"^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"_s);
    QDate date;
    if (const auto m = iso.match(text); m.hasMatch())
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else if (const auto d = dayFirst.match(text); d.hasMatch())
        date = QDate(d.captured(3).toInt(), d.captured(2).toInt(), d.captured(1).toInt());
    if (!date.isValid() || date.year() < 1900)
        return std::nullopt;
    return date;
}

std::optional<QString> languageCode(const QString &text)
{
    const QString folded = foldForMatching(text);
    if (folded.isEmpty())
        return u"fr"_s;
    for (const auto &[code, names] : {std::pair{u"fr"_s, QStringList{u"fr"_s, u"français"_s, u"french"_s, u"فرنسية"_s}},
                                      std::pair{u"ar"_s, QStringList{u"ar"_s, u"arabe"_s, u"arabic"_s, u"العربية"_s,
                                                                     u"عربية"_s, u"darija"_s}},
                                      std::pair{u"en"_s, QStringList{u"en"_s, u"anglais"_s, u"english"_s,
                                                                     u"إنجليزية"_s}}})
        for (const QString &name : names)
            if (foldForMatching(name) == folded)
                return code;
    return std::nullopt;
}

// Why two valid drafts are probably the same person, by the rules registration applies.
QStringList sameness(const ClientDraft &a, const ClientDraft &b)
{
    QStringList reasons;
    if (!a.cin.isEmpty() && a.cin == b.cin)
        reasons << Tr::tr("same CIN %1").arg(a.cin);
    for (const QString &phone : a.phones)
        if (b.phones.contains(phone))
            reasons << Tr::tr("same phone %1").arg(phone);
    if (a.birthDate.isValid() && a.birthDate == b.birthDate
        && ((!a.fullName.isEmpty() && namesLookAlike(a.fullName, b.fullName))
            || (!a.fullNameAr.isEmpty() && namesLookAlike(a.fullNameAr, b.fullNameAr))))
        reasons << Tr::tr("similar name, same birth date %1").arg(a.birthDate.toString(Qt::ISODate));
    return reasons;
}

Result<QList<ImportColumn>> mapColumns(const QStringList &header, const QList<ImportColumnChoice> &choices,
                                       QStringList &warnings)
{
    QList<ImportColumn> columns;
    for (qsizetype i = 0; i < header.size(); ++i)
        columns.append({int(i), header.at(i), fieldOfHeader(header.at(i))});

    // A person's choices win; a field they put on a column is taken off the column the header gave it.
    QSet<int> chosen;
    for (const ImportColumnChoice &choice : choices) {
        int index = -1;
        bool number = false;
        const int n = choice.column.trimmed().toInt(&number);
        if (number && n >= 1 && n <= header.size()) {
            index = n - 1;
        } else {
            for (qsizetype i = 0; i < header.size() && index < 0; ++i)
                if (foldForMatching(header.at(i)) == foldForMatching(choice.column) && !choice.column.trimmed().isEmpty())
                    index = int(i);
        }
        if (index < 0)
            return fail(ErrorCode::Invalid, Tr::tr("The file has no column \"%1\"; its columns are: %2.")
                                                .arg(choice.column, header.join(u", "_s)));
        std::optional<ImportField> field;
        const QString folded = foldForMatching(choice.field);
        if (folded != u"ignore"_s && folded != u"none"_s && !folded.isEmpty()) {
            field = importFieldFromText(choice.field);
            if (!field)
                return fail(ErrorCode::Invalid,
                            Tr::tr("\"%1\" is not a field Relais imports; use one of name, name_ar, cin, phone, "
                                   "birth_date, email, address, language, or ignore.").arg(choice.field));
        }
        if (field && *field != ImportField::Phone)
            for (ImportColumn &column : columns)
                if (column.field == field && !chosen.contains(column.index))
                    column.field.reset();
        columns[index].field = field;
        chosen.insert(index);
    }

    for (qsizetype i = 0; i < columns.size(); ++i) {
        const ImportColumn &column = columns.at(i);
        if (!column.field || *column.field == ImportField::Phone)
            continue;
        for (qsizetype j = i + 1; j < columns.size(); ++j)
            if (columns.at(j).field == column.field)
                return fail(ErrorCode::Invalid,
                            Tr::tr("Columns \"%1\" and \"%2\" both hold the %3; say which one to use "
                                   "(map the other to ignore).")
                                .arg(column.header, columns.at(j).header, fieldLabel(*column.field)));
    }
    const bool named = std::any_of(columns.cbegin(), columns.cend(), [](const ImportColumn &c) {
        return c.field == ImportField::Name || c.field == ImportField::NameAr;
    });
    if (!named)
        return fail(ErrorCode::Invalid,
                    Tr::tr("No column holds the customer's name. The first row must name the columns (nom, cin, "
                           "téléphone, date de naissance… or name, cin, phone, birth_date…); here it reads \"%1\". "
                           "Add a header row, or say which column is the name (COLUMN=name).")
                        .arg(header.join(u" | "_s).left(200)));
    for (const ImportColumn &column : std::as_const(columns))
        if (!column.field && !column.header.trimmed().isEmpty())
            warnings << Tr::tr("Column \"%1\" is not imported.").arg(column.header);
    return columns;
}

ImportRow readRow(int number, const QStringList &cells, const QList<ImportColumn> &columns)
{
    ImportRow row;
    row.row = number;
    row.cells = cells;
    ClientDraft &draft = row.draft;
    QString birth;
    QString language;
    for (const ImportColumn &column : columns) {
        if (!column.field)
            continue;
        const QString value = cells.value(column.index).trimmed();
        switch (*column.field) {
        case ImportField::Name: draft.fullName = value; break;
        case ImportField::NameAr: draft.fullNameAr = value; break;
        case ImportField::Cin: draft.cin = value; break;
        case ImportField::Phone:
            // Several numbers in one cell: "0612345678 / 0522123456".
            for (const QString &phone : value.split(QRegularExpression(u"[,;/|]"_s), Qt::SkipEmptyParts))
                if (!phone.trimmed().isEmpty())
                    draft.phones.append(phone.trimmed());
            break;
        case ImportField::BirthDate: birth = value; break;
        case ImportField::Email: draft.email = value; break;
        case ImportField::Address: draft.address = value; break;
        case ImportField::Language: language = value; break;
        }
    }

    // Every problem a person can fix in the spreadsheet, not only the first.
    if (draft.fullName.simplified().isEmpty() && draft.fullNameAr.simplified().isEmpty())
        row.problems << Tr::tr("no name");
    if (!draft.cin.isEmpty())
        if (auto cin = normaliseCin(draft.cin); !cin)
            row.problems << cin.error().message;
    for (const QString &phone : std::as_const(draft.phones))
        if (auto e164 = normalisePhone(phone); !e164)
            row.problems << e164.error().message;
    if (!birth.isEmpty()) {
        if (auto date = parseDate(birth))
            draft.birthDate = *date;
        else
            row.problems << Tr::tr("\"%1\" is not a birth date: write it YYYY-MM-DD or DD/MM/YYYY.").arg(birth);
    }
    if (auto code = languageCode(language))
        draft.preferredLanguage = *code;
    else
        row.problems << Tr::tr("\"%1\" is not a language Relais knows (fr, ar or en).").arg(language);
    if (row.problems.isEmpty()) {
        // The checks registration itself applies (e-mail, a birth date in the future…).
        if (auto clean = ClientRegistry::validated(draft))
            draft = *clean;
        else
            row.problems << clean.error().message;
    }
    row.status = row.problems.isEmpty() ? ImportRowStatus::Ready : ImportRowStatus::Invalid;
    return row;
}

} // namespace

Result<CsvTable> parseCsv(const QByteArray &bytes, std::optional<QChar> separator)
{
    if (separator && *separator != u',' && *separator != u';')
        return fail(ErrorCode::Invalid, Tr::tr("The separator must be \",\" or \";\"."));
    static const QByteArray bom("\xEF\xBB\xBF");
    const bool hadBom = bytes.startsWith(bom);
    const QByteArray data = hadBom ? bytes.mid(bom.size()) : bytes;
    if (data.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, Tr::tr("The file is empty: there is no header row and no customer."));
    if (data.contains('\0'))
        return fail(ErrorCode::Invalid, Tr::tr("This is not a text file (it holds binary data). Save the spreadsheet "
                                               "as \"CSV UTF-8\" and import that file."));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(data);
    if (decoder.hasError()) {
        // Find the first line that is not valid UTF-8, so the person knows where to look.
        int lineNumber = 1;
        qsizetype start = 0;
        while (start <= data.size()) {
            qsizetype end = data.indexOf('\n', start);
            if (end < 0)
                end = data.size();
            QStringDecoder probe(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            (void)QString(probe(data.mid(start, end - start)));
            if (probe.hasError())
                break;
            ++lineNumber;
            start = end + 1;
        }
        return fail(ErrorCode::Invalid, Tr::tr("The file is not UTF-8 text (line %1 is not): it was probably saved as "
                                               "Latin-1 or Windows-1252. Save the spreadsheet as \"CSV UTF-8\" and "
                                               "import that file.").arg(lineNumber));
    }
    for (QChar c : text)
        if (c.category() == QChar::Other_Control && c != u'\t' && c != u'\n' && c != u'\r')
            return fail(ErrorCode::Invalid, Tr::tr("This is not a text file (it holds control characters). Save the "
                                                   "spreadsheet as \"CSV UTF-8\" and import that file."));

    QList<Split> splits;
    std::optional<Error> firstError;
    for (QChar candidate : separator ? QList<QChar>{*separator} : QList<QChar>{u',', u';'}) {
        auto split = splitWith(text, candidate);
        if (split)
            splits.append(*split);
        else if (!firstError)
            firstError = split.error();
    }
    if (splits.isEmpty())
        return std::unexpected(*firstError);
    // The separator that makes a regular table of more than one column; else the one giving the
    // most columns, so that the message about irregular rows speaks of the likely table.
    auto columnsOf = [](const Split &s) { return s.records.isEmpty() ? 0 : s.records.constFirst().cells.size(); };
    const Split *best = &splits.constFirst();
    for (const Split &s : std::as_const(splits)) {
        const bool sRegularTable = s.regular && columnsOf(s) > 1;
        const bool bestRegularTable = best->regular && columnsOf(*best) > 1;
        if ((sRegularTable && !bestRegularTable)
            || (sRegularTable == bestRegularTable && columnsOf(s) > columnsOf(*best)))
            best = &s;
    }
    // One separator broke on a quote while the other read a single column: the quote is the
    // real problem.
    if (firstError && columnsOf(*best) <= 1)
        return std::unexpected(*firstError);
    if (best->records.isEmpty())
        return fail(ErrorCode::Invalid, Tr::tr("The file is empty: there is no header row and no customer."));

    CsvTable table;
    table.separator = best->separator;
    table.hadBom = hadBom;
    for (const QString &title : best->records.constFirst().cells)
        table.header << title.trimmed();
    QList<int> ragged;
    int raggedFields = 0;
    // Rows are numbered as the spreadsheet numbers them: one per record, the header being row 1.
    for (qsizetype i = 1; i < best->records.size(); ++i) {
        const QStringList &cells = best->records.at(i).cells;
        if (isBlank(cells))
            continue;
        if (cells.size() != table.header.size()) {
            if (ragged.isEmpty())
                raggedFields = int(cells.size());
            ragged << int(i + 1);
            continue;
        }
        table.rows.append(cells);
        table.rowNumbers.append(int(i + 1));
    }
    if (!ragged.isEmpty()) {
        QStringList shown;
        for (int n : ragged.mid(0, 5))
            shown << QString::number(n);
        return fail(ErrorCode::Invalid,
                    Tr::tr("The file is not a regular table: row %1 has %2 fields where the header row has %3 "
                           "(%n row(s) differ: %4). Check the separator and the quotes; nothing was imported.",
                           nullptr, int(ragged.size()))
                        .arg(ragged.constFirst())
                        .arg(raggedFields)
                        .arg(table.header.size())
                        .arg(shown.join(u", "_s) + (ragged.size() > 5 ? u", …"_s : QString())));
    }
    return table;
}

QString importFieldCode(ImportField field)
{
    switch (field) {
    case ImportField::Name: return u"name"_s;
    case ImportField::NameAr: return u"name_ar"_s;
    case ImportField::Cin: return u"cin"_s;
    case ImportField::Phone: return u"phone"_s;
    case ImportField::BirthDate: return u"birth_date"_s;
    case ImportField::Email: return u"email"_s;
    case ImportField::Address: return u"address"_s;
    case ImportField::Language: return u"language"_s;
    }
    return {};
}

std::optional<ImportField> importFieldFromText(const QString &text)
{
    for (ImportField field : {ImportField::Name, ImportField::NameAr, ImportField::Cin, ImportField::Phone,
                              ImportField::BirthDate, ImportField::Email, ImportField::Address, ImportField::Language})
        if (foldForMatching(importFieldCode(field)) == foldForMatching(text))
            return field;
    return fieldOfTitle(text);
}

int ImportPreview::count(ImportRowStatus status) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [status](const ImportRow &row) { return row.status == status; }));
}

Result<ImportPreview> ClientImport::preview(const Actor &actor, const QByteArray &bytes,
                                            const ImportOptions &options) const
{
    // The preview shows which customers are already on file: it is a look-up of the register.
    if (auto allowed = require(actor, Relation::None, Action::RegisterClient); !allowed)
        return std::unexpected(allowed.error());
    auto table = parseCsv(bytes, options.separator);
    if (!table)
        return std::unexpected(table.error());
    ImportPreview preview;
    preview.separator = table->separator;
    preview.hadBom = table->hadBom;
    auto columns = mapColumns(table->header, options.mapping, preview.warnings);
    if (!columns)
        return std::unexpected(columns.error());
    preview.columns = *columns;

    for (qsizetype i = 0; i < table->rows.size(); ++i) {
        ImportRow row = readRow(table->rowNumbers.at(i), table->rows.at(i), preview.columns);
        if (row.status != ImportRowStatus::Invalid) {
            auto existing = m_clients.probableDuplicates(row.draft);
            if (!existing)
                return std::unexpected(existing.error());
            row.existing = *existing;
            // The same person twice in the file: the first row stands for them.
            for (const ImportRow &earlier : std::as_const(preview.rows)) {
                if (earlier.status == ImportRowStatus::Invalid)
                    continue;
                if (const QStringList reasons = sameness(row.draft, earlier.draft); !reasons.isEmpty()) {
                    row.sameAsRow = earlier.row;
                    row.sameAsReasons = reasons;
                    break;
                }
            }
            if (!row.existing.isEmpty() || row.sameAsRow > 0)
                row.status = ImportRowStatus::Duplicate;
        }
        preview.rows.append(row);
    }
    return preview;
}

Result<ImportOutcome> ClientImport::commit(const Actor &actor, const ImportPreview &preview)
{
    if (auto allowed = require(actor, Relation::None, Action::RegisterClient); !allowed)
        return std::unexpected(allowed.error());
    ImportOutcome outcome;
    outcome.skippedInvalid = preview.count(ImportRowStatus::Invalid);
    outcome.skippedDuplicates = preview.count(ImportRowStatus::Duplicate);
    auto written = m_db.write([&]() -> Status {
        outcome.clients.clear(); // a retried attempt starts again
        for (const ImportRow &row : preview.rows) {
            if (row.status != ImportRowStatus::Ready)
                continue;
            // Checked again under the write lock: the register may have changed since the preview.
            auto registration = m_clients.registerClient(actor, row.draft);
            if (!registration)
                return fail(registration.error().code,
                            Tr::tr("Row %1: %2 Nothing was imported.").arg(row.row).arg(registration.error().message));
            if (!registration->created) {
                const Client &existing = registration->candidates.constFirst().client;
                return fail(ErrorCode::Conflict,
                            Tr::tr("Row %1 is now probably client %2 (%3), registered since the preview. Nothing was "
                                   "imported; preview the file again.")
                                .arg(row.row)
                                .arg(existing.id)
                                .arg(existing.displayName()));
            }
            outcome.clients.append(registration->client);
        }
        QJsonArray ids;
        for (const Client &client : std::as_const(outcome.clients))
            ids.append(client.id);
        if (auto logged = audit(m_db, actor, u"client.import"_s, QString::number(outcome.clients.size()),
                                {{u"created"_s, ids},
                                 {u"skippedInvalid"_s, outcome.skippedInvalid},
                                 {u"skippedDuplicates"_s, outcome.skippedDuplicates}});
            !logged)
            return logged;
        return {};
    });
    if (!written)
        return std::unexpected(written.error());
    outcome.created = int(outcome.clients.size());
    for (const Client &client : std::as_const(outcome.clients))
        Q_EMIT m_notifier.clientChanged(client.id);
    return outcome;
}

} // namespace Relais::Core
