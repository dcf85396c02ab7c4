#include "storage/textquery.h"

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core {

namespace {

// The weight each search-table column is given in its tsvector (migrations.cpp).
QString weightOf(const QString &column)
{
    if (column == u"names"_s)
        return u"A"_s;
    if (column == u"identifiers"_s)
        return u"B"_s;
    return {};
}

template <typename RenderTerm>
QString render(const QList<QList<TextTerm>> &alternatives, const QString &andWord, const QString &orWord,
               RenderTerm renderTerm)
{
    QStringList groups;
    for (const auto &terms : alternatives) {
        QStringList rendered;
        for (const TextTerm &term : terms)
            rendered << renderTerm(term);
        groups << (alternatives.size() > 1 ? u"(%1)"_s.arg(rendered.join(andWord)) : rendered.join(andWord));
    }
    return groups.join(orWord);
}

} // namespace

TextQuery TextQuery::allOf(const QStringList &words)
{
    TextQuery query;
    QList<TextTerm> terms;
    for (const QString &word : words)
        if (!word.isEmpty())
            terms.append({word, true, {}});
    if (!terms.isEmpty())
        query.alternatives.append(terms);
    return query;
}

TextQuery TextQuery::exactly(const QString &word, const QString &column)
{
    TextQuery query;
    if (!word.isEmpty())
        query.alternatives.append({TextTerm{word, false, column}});
    return query;
}

TextQuery TextQuery::orElse(const TextQuery &other) const
{
    TextQuery joined = *this;
    joined.alternatives.append(other.alternatives);
    return joined;
}

QString TextQuery::toFts5() const
{
    return render(alternatives, u" "_s, u" OR "_s, [](const TextTerm &term) {
        QString quoted = term.word;
        quoted = u"\"%1\""_s.arg(quoted.replace(u'"', u"\"\""_s));
        if (term.prefix)
            quoted += u'*';
        return term.column.isEmpty() ? quoted : u"%1 : %2"_s.arg(term.column, quoted);
    });
}

QString TextQuery::toTsquery() const
{
    return render(alternatives, u" & "_s, u" | "_s, [](const TextTerm &term) {
        QString quoted = term.word;
        quoted = u"'%1'"_s.arg(quoted.replace(u'\\', u"\\\\"_s).replace(u'\'', u"''"_s));
        const QString labels = (term.prefix ? u"*"_s : QString()) + weightOf(term.column);
        return labels.isEmpty() ? quoted : quoted + u':' + labels;
    });
}

} // namespace Relais::Core
