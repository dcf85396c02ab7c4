// The full-text query of a search (storage/textquery.h), from what a person types to what the
// engines receive: TextQuery::toFts5() for SQLite, toTsquery() for PostgreSQL, and the client
// look-up that builds them (matchingClientIds, search/search.h).
//
// Input: the text typed in the search box. Its lines are also used as raw words, unfolded, to
// check that the two renderings quote anything (TextQuery's words are folded by its callers, but
// its promise is that input "is quoted, never syntax").
//
// Properties: read back by each engine's own lexing rules (FTS5's expression tokenizer, the
// tsquery parser's), the query has exactly the structure of the TextQuery and every quoted word
// is the word given: no input becomes an operator, a column filter or a second term. SQLite runs
// every FTS5 query without a syntax error. Through the real look-up, searching for the name of a
// customer whose name is that very text finds them.

#include "search/search.h"
#include "common/textfold.h"
#include "domain/phone.h"
#include "storage/database.h"
#include "storage/textquery.h"

#include "fuzzsupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Relais::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

// A token as an engine's lexer sees it: kind and text (a quoted string's text decoded).
struct Token {
    enum Kind { Word, Bare, Open, Close, Colon, Star, Operator, Labels, Bad } kind;
    QString text;
    bool operator==(const Token &) const = default;
};

QString describe(const QList<Token> &tokens)
{
    QStringList out;
    for (const Token &t : tokens)
        out << u"%1<%2>"_s.arg(int(t.kind)).arg(t.text);
    return out.join(u' ');
}

// FTS5's expression tokenizer (sqlite's fts5_expr.c, fts5ExprGetToken).
QList<Token> lexFts5(const QString &query)
{
    QList<Token> tokens;
    const auto bareword = [](QChar c) {
        return c.unicode() >= 0x80 || (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z')
               || (c >= u'A' && c <= u'Z') || c == u'_' || c.unicode() == 0x1A;
    };
    for (qsizetype i = 0; i < query.size();) {
        const QChar c = query.at(i);
        if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v') {
            ++i;
        } else if (c == u'(' || c == u')' || c == u':' || c == u'*') {
            tokens.append({c == u'(' ? Token::Open : c == u')' ? Token::Close : c == u':' ? Token::Colon : Token::Star,
                           QString(c)});
            ++i;
        } else if (c == u'"') {
            QString word;
            ++i;
            for (;; ++i) {
                if (i >= query.size())
                    return tokens << Token{Token::Bad, u"unterminated string"_s};
                if (query.at(i) == u'"') {
                    if (i + 1 < query.size() && query.at(i + 1) == u'"') {
                        word += u'"';
                        ++i;
                        continue;
                    }
                    ++i;
                    break;
                }
                word += query.at(i);
            }
            tokens.append({Token::Word, word});
        } else if (bareword(c)) {
            QString word;
            while (i < query.size() && bareword(query.at(i)))
                word += query.at(i++);
            tokens.append({Token::Bare, word});
        } else {
            return tokens << Token{Token::Bad, QString(c)};
        }
    }
    return tokens;
}

// The operand and operator tokens of PostgreSQL's tsquery parser (tsquery.c, tsvector_parser.c):
// in a quoted operand a backslash escapes the next character and '' is a quote.
QList<Token> lexTsquery(const QString &query)
{
    QList<Token> tokens;
    for (qsizetype i = 0; i < query.size();) {
        const QChar c = query.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == u'(' || c == u')') {
            tokens.append({c == u'(' ? Token::Open : Token::Close, QString(c)});
            ++i;
        } else if (c == u'&' || c == u'|' || c == u'!') {
            tokens.append({Token::Operator, QString(c)});
            ++i;
        } else if (c == u'\'') {
            QString word;
            ++i;
            for (;; ++i) {
                if (i >= query.size())
                    return tokens << Token{Token::Bad, u"unterminated string"_s};
                const QChar d = query.at(i);
                if (d == u'\\') {
                    if (++i >= query.size())
                        return tokens << Token{Token::Bad, u"escape at the end"_s};
                    word += query.at(i);
                } else if (d == u'\'') {
                    if (i + 1 < query.size() && query.at(i + 1) == u'\'') {
                        word += u'\'';
                        ++i;
                        continue;
                    }
                    ++i;
                    break;
                } else {
                    word += d;
                }
            }
            tokens.append({Token::Word, word});
            if (i < query.size() && query.at(i) == u':') {
                QString labels;
                for (++i; i < query.size() && QStringView(u"*ABCDabcd").contains(query.at(i)); ++i)
                    labels += query.at(i);
                tokens.append({Token::Labels, labels});
            }
        } else {
            return tokens << Token{Token::Bad, QString(c)};
        }
    }
    return tokens;
}

QList<Token> expectedFts5(const TextQuery &query)
{
    QList<Token> tokens;
    for (qsizetype g = 0; g < query.alternatives.size(); ++g) {
        if (g > 0)
            tokens.append({Token::Bare, u"OR"_s});
        if (query.alternatives.size() > 1)
            tokens.append({Token::Open, u"("_s});
        for (const TextTerm &term : query.alternatives.at(g)) {
            if (!term.column.isEmpty())
                tokens << Token{Token::Bare, term.column} << Token{Token::Colon, u":"_s};
            tokens.append({Token::Word, term.word});
            if (term.prefix)
                tokens.append({Token::Star, u"*"_s});
        }
        if (query.alternatives.size() > 1)
            tokens.append({Token::Close, u")"_s});
    }
    return tokens;
}

QList<Token> expectedTsquery(const TextQuery &query)
{
    QList<Token> tokens;
    for (qsizetype g = 0; g < query.alternatives.size(); ++g) {
        if (g > 0)
            tokens.append({Token::Operator, u"|"_s});
        if (query.alternatives.size() > 1)
            tokens.append({Token::Open, u"("_s});
        const QList<TextTerm> &terms = query.alternatives.at(g);
        for (qsizetype t = 0; t < terms.size(); ++t) {
            if (t > 0)
                tokens.append({Token::Operator, u"&"_s});
            tokens.append({Token::Word, terms.at(t).word});
            const QString labels = (terms.at(t).prefix ? u"*"_s : QString())
                                   + (terms.at(t).column == u"names"_s         ? u"A"_s
                                      : terms.at(t).column == u"identifiers"_s ? u"B"_s
                                                                                : QString());
            if (!labels.isEmpty())
                tokens.append({Token::Labels, labels});
        }
        if (query.alternatives.size() > 1)
            tokens.append({Token::Close, u")"_s});
    }
    return tokens;
}

struct World {
    QTemporaryDir dir;
    std::unique_ptr<Database> db; // a Relais case file: the real client_search table
    QSqlDatabase memory;          // an FTS5 table with the same tokenizer, for raw queries
};

World &world()
{
    static World *w = [] {
        auto *w = new World;
        auto db = Database::openSqlite(w->dir.filePath(u"search.sqlite"_s));
        FUZZ_REQUIRE(db.has_value(), db ? QString() : db.error().message);
        w->db = std::move(*db);
        // Nothing here needs to survive a crash; every input writes one row.
        FUZZ_REQUIRE(w->db->execute(u"PRAGMA synchronous = OFF"_s).has_value(), u"pragma"_s);
        w->memory = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fuzz-fts5"_s);
        w->memory.setDatabaseName(u":memory:"_s);
        FUZZ_REQUIRE(w->memory.open(), w->memory.lastError().text());
        QSqlQuery create(w->memory);
        FUZZ_REQUIRE(create.exec(u"CREATE VIRTUAL TABLE t USING fts5(names, identifiers, "
                                 "tokenize = 'unicode61 remove_diacritics 2')"_s),
                     create.lastError().text());
        FUZZ_REQUIRE(create.exec(u"INSERT INTO t (rowid, names, identifiers) VALUES (1, 'fatima benali', 'ab123456')"_s),
                     create.lastError().text());
        return w;
    }();
    return *w;
}

void checkRenderings(const TextQuery &query)
{
    const QString fts5 = query.toFts5();
    const QList<Token> fts5Tokens = lexFts5(fts5);
    FUZZ_REQUIRE(fts5Tokens == expectedFts5(query),
                 u"FTS5 query %1\n  lexed    %2\n  expected %3"_s.arg(fts5, describe(fts5Tokens),
                                                                    describe(expectedFts5(query))));
    const QString tsquery = query.toTsquery();
    const QList<Token> tsTokens = lexTsquery(tsquery);
    FUZZ_REQUIRE(tsTokens == expectedTsquery(query),
                 u"tsquery %1\n  lexed    %2\n  expected %3"_s.arg(tsquery, describe(tsTokens),
                                                                describe(expectedTsquery(query))));
    // SQLite reads the bound text up to its first NUL; no caller's word holds one (they are folded
    // letters and digits), so that limit of the engine is left out of the raw words' run.
    if (fts5.contains(QChar(0)) || query.isEmpty())
        return;
    QSqlQuery select(world().memory);
    FUZZ_REQUIRE(select.prepare(u"SELECT rowid FROM t WHERE t MATCH :match"_s), select.lastError().text());
    select.bindValue(u":match"_s, fts5);
    FUZZ_REQUIRE(select.exec(), u"FTS5 refused %1: %2"_s.arg(fts5, select.lastError().text()));
    while (select.next()) {
    }
}

void checkLookUp(const QString &typed)
{
    Database &db = *world().db;
    FUZZ_REQUIRE(db.update(u"DELETE FROM client_search"_s).has_value(), u"delete"_s);
    const QString names = foldForMatching(typed);
    FUZZ_REQUIRE(db.insert(u"INSERT INTO client_search (rowid, names, identifiers) VALUES (7, :names, '')"_s,
                           {{u":names"_s, names}})
                     .has_value(),
                 u"insert"_s);
    const auto ids = matchingClientIds(db, typed, 5);
    FUZZ_REQUIRE(ids.has_value(), u"the look-up of \"%1\" failed: %2"_s.arg(typed, ids ? QString() : ids.error().message));
    // A text that is a phone number is looked up as one, in the identifiers.
    const bool asPhone = looksLikePhone(typed.trimmed()) && normalisePhone(typed.trimmed()).has_value();
    if (!asPhone && !foldedWords(typed).isEmpty())
        FUZZ_REQUIRE(ids->contains(7), u"searching for \"%1\" does not find the customer named so (folded \"%2\", "
                                       "FTS5 query %3)"_s.arg(typed, names, Search::textQuery(typed.trimmed()).toFts5()));
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
    if (size > 512)
        return -1; // a search box, not a file
    const QString typed = Relais::Fuzz::textOf(data, size);

    // As the search builds it.
    checkRenderings(Search::textQuery(typed));
    // Raw words, as a caller that forgot to fold would pass them.
    const QStringList lines = typed.split(u'\n');
    checkRenderings(TextQuery::allOf(lines));
    checkRenderings(TextQuery::exactly(lines.constFirst(), u"identifiers"_s)
                        .orElse(TextQuery::allOf(lines.mid(1)))
                        .orElse(TextQuery::exactly(lines.constLast(), u"names"_s)));

    checkLookUp(typed);
    return 0;
}
