#pragma once

// Helpers shared by the case-file suites: readable QCOMPARE output for core enums, checks on
// std::expected results, and a few raw SQL probes that look at the file the way an auditor would.

#include "resultchecks.h"
#include "testworld.h"

#include "integrity/chainverifier.h"
#include "search/search.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTest>

#include <optional>

namespace Relais::Test {

/// One value read with SQL from the world's own connection; invalid when the query failed.
[[nodiscard]] inline QVariant sqlValue(TestWorld &world, const QString &sql, const Core::Bindings &bindings = {})
{
    auto value = world.ws().database().scalar(sql, bindings);
    if (!value) {
        qWarning("SQL probe failed: %s", qPrintable(value.error().message));
        return {};
    }
    return *value;
}

/// A count read with SQL; -1 when the query failed, so a broken probe never passes as "0 rows".
[[nodiscard]] inline qint64 sqlCount(TestWorld &world, const QString &sql, const Core::Bindings &bindings = {})
{
    const QVariant value = sqlValue(world, sql, bindings);
    return value.isValid() ? value.toLongLong() : -1;
}

/// Runs SQL straight on the connection, past every service: what someone with the file can do.
[[nodiscard]] inline bool rawExec(TestWorld &world, const QString &sql, const Core::Bindings &bindings = {},
                                  QString *error = nullptr)
{
    QSqlQuery query(world.ws().database().connection());
    // PostgreSQL cannot prepare DDL: statements without parameters run as they are.
    if (bindings.isEmpty()) {
        const bool ok = query.exec(sql);
        if (!ok && error)
            *error = query.lastError().text();
        return ok;
    }
    if (!query.prepare(sql)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    for (const auto &[name, value] : bindings)
        query.bindValue(name, value);
    const bool ok = query.exec();
    if (!ok && error)
        *error = query.lastError().text();
    return ok;
}

/// Everything about a case that a refused operation must leave as it was, in one string.
[[nodiscard]] inline QString caseState(TestWorld &world, Core::Id caseId)
{
    using namespace Qt::Literals::StringLiterals;
    auto row = world.ws().database().selectOne(
        u"SELECT c.event_count, c.head_hash, c.status, c.summary_version, c.summary_situation, "
        "(SELECT count(*) FROM events e WHERE e.case_id = c.id), "
        "(SELECT count(*) FROM documents d WHERE d.case_id = c.id), "
        "(SELECT count(*) FROM handoffs h WHERE h.case_id = c.id), "
        "(SELECT count(*) FROM case_participants p WHERE p.case_id = c.id) "
        "FROM cases c WHERE c.id = :case"_s,
        {{u":case"_s, caseId}});
    if (!row || !*row)
        return u"<no case %1>"_s.arg(caseId);
    QStringList parts;
    for (int i = 0; i < (*row)->count(); ++i)
        parts.append((*row)->fieldName(i) + u'=' + (*row)->value(i).toString());
    auto statuses = world.ws().database().select(u"SELECT status FROM handoffs WHERE case_id = :case ORDER BY id"_s,
                                                 {{u":case"_s, caseId}});
    QStringList handoffs;
    for (const QSqlRecord &handoff : statuses.value_or(QList<QSqlRecord>{}))
        handoffs.append(handoff.value(0).toString());
    parts.append(u"handoffs=%1"_s.arg(statuses ? handoffs.join(u',') : u"<error>"_s));
    return parts.join(u"; "_s);
}

/// Takes away the database's own refusal to change or delete timeline events, as someone with
/// full access to the file or server could, so tamper tests can reach the verifier.
[[nodiscard]] inline bool dropAppendOnlyTriggers(TestWorld &world, QString *error)
{
    using namespace Qt::Literals::StringLiterals;
    const QString on = world.onPostgres() ? u" ON events"_s : QString();
    return rawExec(world, u"DROP TRIGGER events_are_append_only_update"_s + on, {}, error)
           && rawExec(world, u"DROP TRIGGER events_are_append_only_delete"_s + on, {}, error);
}

/// Makes every new timeline event fail inside the database (a simulated storage failure) until
/// allowEventInserts() is called.
[[nodiscard]] inline bool refuseEventInserts(TestWorld &world, QString *error)
{
    using namespace Qt::Literals::StringLiterals;
    if (world.onPostgres())
        return rawExec(world, u"CREATE FUNCTION refuse_events() RETURNS trigger LANGUAGE plpgsql AS "
                              "$$BEGIN RAISE EXCEPTION 'simulated storage failure'; END$$"_s, {}, error)
               && rawExec(world, u"CREATE TRIGGER refuse_events BEFORE INSERT ON events "
                                 "FOR EACH ROW EXECUTE FUNCTION refuse_events()"_s, {}, error);
    return rawExec(world, u"CREATE TEMP TRIGGER refuse_events BEFORE INSERT ON main.events "
                          "BEGIN SELECT RAISE(ABORT, 'simulated storage failure'); END"_s, {}, error);
}

[[nodiscard]] inline bool allowEventInserts(TestWorld &world, QString *error)
{
    using namespace Qt::Literals::StringLiterals;
    if (world.onPostgres())
        return rawExec(world, u"DROP FUNCTION refuse_events() CASCADE"_s, {}, error);
    return rawExec(world, u"DROP TRIGGER temp.refuse_events"_s, {}, error);
}

/// What a person adds to a timeline (built field by field: NewEvent has optional members).
[[nodiscard]] inline Core::NewEvent newEvent(Core::EventKind kind, const QString &text,
                                             Core::Visibility visibility = Core::Visibility::Shared)
{
    Core::NewEvent event;
    event.kind = kind;
    event.text = text;
    event.visibility = visibility;
    return event;
}

/// True when the text appears in a JSON value, however deep.
[[nodiscard]] inline bool jsonMentions(const QJsonValue &value, const QString &text)
{
    if (value.isString())
        return value.toString().contains(text);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            if (jsonMentions(it.value(), text))
                return true;
    }
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            if (jsonMentions(item, text))
                return true;
    }
    return false;
}

/// True when an event says the text, in its words or in its structured payload.
[[nodiscard]] inline bool eventMentions(const Core::TimelineEvent &event, const QString &text)
{
    return event.text.contains(text) || jsonMentions(event.payload, text);
}

} // namespace Relais::Test
