#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Relais::Core {

/// One word of a full-text search.
struct TextTerm {
    QString word;        ///< folded (see textfold.h): lower case, letters and digits only
    bool prefix = true;  ///< also matches longer words starting with it
    QString column;      ///< only in this column of the search table; empty: any column
};

/// A full-text search written once for both engines: any one of several alternatives, each a
/// set of words that must all appear. Database::textMatch() turns it into FTS5's MATCH syntax
/// on SQLite or a tsquery on PostgreSQL, so services never write either.
struct TextQuery {
    QList<QList<TextTerm>> alternatives;

    /// Every word required, each as a prefix.
    [[nodiscard]] static TextQuery allOf(const QStringList &words);
    /// One word, exactly, in one column.
    [[nodiscard]] static TextQuery exactly(const QString &word, const QString &column);
    /// This query or `other`.
    [[nodiscard]] TextQuery orElse(const TextQuery &other) const;

    [[nodiscard]] bool isEmpty() const { return alternatives.isEmpty(); }

    /// SQLite FTS5: `("a"* "b"*) OR (identifiers : "c")`; input is quoted, never syntax.
    [[nodiscard]] QString toFts5() const;
    /// PostgreSQL to_tsquery: `('a':* & 'b':*) | ('c':B)`. A column becomes its weight letter
    /// (the search tables' tsvectors weigh their columns, see migrations.cpp).
    [[nodiscard]] QString toTsquery() const;
};

} // namespace Relais::Core
