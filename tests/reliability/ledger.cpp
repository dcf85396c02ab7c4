#include "ledger.h"

using namespace Relais::Core;
using namespace Qt::Literals::StringLiterals;

namespace Relais::Test {

namespace {

struct Place {
    QString table;
    QString column;
};

// Where each kind of operation writes its token.
const QHash<QString, Place> &places()
{
    static const QHash<QString, Place> map{
        {u"note"_s, {u"events"_s, u"text"_s}},
        {u"case"_s, {u"cases"_s, u"title"_s}},
        {u"client"_s, {u"clients"_s, u"full_name"_s}},
        {u"handoff"_s, {u"handoffs"_s, u"ask"_s}},
    };
    return map;
}

} // namespace

void Ledger::read(const QByteArray &output)
{
    QList<QByteArray> lines = output.split('\n');
    lines.removeLast(); // after the last newline: empty, or a line the kill cut short
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw);
        const QStringList words = line.split(u' ');
        if (words.size() < 4)
            continue;
        const QString &what = words.at(0);
        const QString &kind = words.at(2);
        const QString &token = words.at(3);
        if (what == u"BEGIN"_s) {
            if (kind != u"receive"_s) {
                m_unsettled.insert(token, kind);
                m_begun.insert(token);
            }
        } else if (what == u"ACK"_s) {
            ++acknowledged;
            if (kind == u"receive"_s) {
                m_received.insert(token);
            } else {
                m_unsettled.remove(token);
                m_saved.insert(token, kind);
            }
        } else if (what == u"REFUSED"_s) {
            m_refusalLines.append(line);
            if (kind != u"receive"_s && m_unsettled.remove(token) > 0)
                m_absent.insert(token, kind);
        }
    }
}

QStringList Ledger::check(Database &db)
{
    QStringList problems;
    // Every token-shaped row of each table, counted, in one query per table.
    QHash<QString, QHash<QString, int>> rows; // kind → token → rows
    for (auto it = places().cbegin(); it != places().cend(); ++it) {
        auto found = db.select(u"SELECT %1, count(*) FROM %2 WHERE %1 GLOB 'T*-*' OR %1 GLOB 'C*-*' GROUP BY %1"_s
                                   .arg(it->column, it->table));
        if (!found)
            return {u"cannot read %1: %2"_s.arg(it->table, found.error().message)};
        for (const QSqlRecord &row : *found) {
            const QString token = row.value(0).toString();
            rows[it.key()].insert(token, row.value(1).toInt());
            // Nothing the workers never asked for.
            if (!m_begun.contains(token))
                problems << u"%1 holds %2, which no worker asked for"_s.arg(it->table, token);
        }
    }
    const auto count = [&](const QString &kind, const QString &token) { return rows.value(kind).value(token); };
    // A crash settles what was cut off: saved whole, or absent — for good.
    for (auto it = m_unsettled.cbegin(); it != m_unsettled.cend(); ++it) {
        const int n = count(it.value(), it.key());
        if (n == 1) {
            m_saved.insert(it.key(), it.value());
            ++cutOffSaved;
        } else if (n == 0) {
            m_absent.insert(it.key(), it.value());
            ++cutOffAbsent;
        } else {
            problems << u"%1 %2 cut off by the crash is there %3 times"_s.arg(it.value(), it.key()).arg(n);
        }
    }
    m_unsettled.clear();
    for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it)
        if (const int n = count(it.value(), it.key()); n != 1)
            problems << u"saved %1 %2 is there %3 times"_s.arg(it.value(), it.key()).arg(n);
    for (auto it = m_absent.cbegin(); it != m_absent.cend(); ++it)
        if (const int n = count(it.value(), it.key()); n != 0)
            problems << u"%1 %2, refused or lost in a crash, appeared (%3 rows)"_s.arg(it.value(), it.key()).arg(n);
    auto stillRequested = db.select(u"SELECT ask FROM handoffs WHERE status = 'requested'"_s);
    if (!stillRequested)
        return problems << stillRequested.error().message;
    for (const QSqlRecord &row : *stillRequested)
        if (m_received.contains(row.value(0).toString()))
            problems << u"handoff %1 was acknowledged as received but is still requested"_s.arg(row.value(0).toString());
    return problems;
}

} // namespace Relais::Test
