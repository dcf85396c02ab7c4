#include "calendar/calendarstore.h"

#include "casefile/caseaccess.h"
#include "casefile/changenotifier.h"
#include "common/logging.h"
#include "domain/accesspolicy.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core {

namespace {

HolidayEntry holidayFrom(const QSqlRecord &row)
{
    HolidayEntry entry;
    entry.id = row.value(0).toLongLong();
    entry.agencyCode = row.value(1).toString();
    entry.date = QDate::fromString(row.value(2).toString(), Qt::ISODate);
    entry.name = row.value(3).toString();
    entry.source = row.value(4).toString();
    return entry;
}

const QString holidayColumns = u"h.id, COALESCE(a.code, ''), h.on_date, h.name, h.source"_s;

} // namespace

CalendarStore::CalendarStore(Database &db, ChangeNotifier &notifier) : m_db(db), m_notifier(notifier)
{
    QObject::connect(&m_notifier, &ChangeNotifier::calendarsChanged, &m_notifier, [this] { m_current.reset(); });
}

const AgencyCalendars &CalendarStore::current() const
{
    if (!m_current) {
        auto loaded = load();
        if (!loaded)
            qCWarning(lcDb) << "working calendars unreadable, using defaults:" << loaded.error().message;
        m_current = loaded.value_or(AgencyCalendars());
    }
    return *m_current;
}

Result<AgencyCalendars> CalendarStore::load() const
{
    auto agencies = m_db.select(u"SELECT id, time_zone, opening_hours, moroccan_holidays, ack_sla_hours, "
                                "silence_days FROM agencies"_s);
    if (!agencies)
        return std::unexpected(agencies.error());
    auto dated = m_db.select(u"SELECT agency_id, on_date, name FROM holidays"_s);
    if (!dated)
        return std::unexpected(dated.error());
    AgencyCalendars out;
    for (const QSqlRecord &row : *agencies) {
        const Id agencyId = row.value(0).toLongLong();
        // Stored hours were validated on the way in; a hand-edited file falls back to defaults.
        const WeeklyHours hours = parseWeeklyHours(row.value(2).toString()).value_or(WorkingCalendar::defaultHours());
        QTimeZone zone(row.value(1).toString().toUtf8());
        if (!zone.isValid())
            zone = WorkingCalendar::moroccanDefault().timeZone();
        WorkingCalendar calendar(zone, hours, row.value(3).toBool());
        for (const QSqlRecord &h : *dated)
            if (h.value(0).isNull() || h.value(0).toLongLong() == agencyId)
                calendar.addHoliday({QDate::fromString(h.value(1).toString(), Qt::ISODate), h.value(2).toString()});
        out.set(agencyId, std::move(calendar), ServiceLevels{row.value(4).toInt(), row.value(5).toInt()});
    }
    return out;
}

Result<WorkingCalendar> CalendarStore::calendarOf(const QString &agencyCode) const
{
    auto scope = scopeOf(agencyCode);
    if (!scope)
        return std::unexpected(scope.error());
    if (!*scope)
        return fail(ErrorCode::Invalid, Tr::tr("Name the agency whose calendar you want."));
    auto all = load();
    if (!all)
        return std::unexpected(all.error());
    return all->calendar(**scope);
}

Result<std::optional<Id>> CalendarStore::scopeOf(const QString &agencyCode) const
{
    if (agencyCode.trimmed().isEmpty())
        return std::optional<Id>{};
    auto id = m_db.scalar(u"SELECT id FROM agencies WHERE code = :code"_s,
                          {{u":code"_s, agencyCode.trimmed().toUpper()}});
    if (!id)
        return std::unexpected(id.error());
    if (id->isNull())
        return fail(ErrorCode::NotFound, Tr::tr("There is no agency with code %1.").arg(agencyCode));
    return std::optional<Id>{id->toLongLong()};
}

Status CalendarStore::updateAgency(const Actor &actor, const QString &agencyCode,
                                   const QList<std::pair<QString, QVariant>> &columns,
                                   const QString &auditAction)
{
    if (auto allowed = require(actor, Relation::None, Action::ManageDirectory); !allowed)
        return allowed;
    auto scope = scopeOf(agencyCode);
    if (!scope)
        return std::unexpected(scope.error());
    if (!*scope)
        return fail(ErrorCode::Invalid, Tr::tr("Name the agency to change."));
    // Column names come from this file, never from input; values are bound.
    QStringList assignments;
    Bindings bindings{{u":id"_s, **scope}};
    QJsonObject details;
    for (const auto &[column, value] : columns) {
        assignments << u"%1 = :%1"_s.arg(column);
        bindings.append({u":"_s + column, value});
        details.insert(column, QJsonValue::fromVariant(value));
    }
    auto done = m_db.write([&]() -> Status {
        auto updated = m_db.update(u"UPDATE agencies SET %1 WHERE id = :id"_s.arg(assignments.join(u", "_s)), bindings);
        if (!updated)
            return std::unexpected(updated.error());
        return audit(m_db, actor, auditAction, agencyCode.trimmed().toUpper(), details);
    });
    if (done)
        Q_EMIT m_notifier.calendarsChanged();
    return done;
}

Status CalendarStore::setOpeningHours(const Actor &actor, const QString &agencyCode, const WeeklyHours &hours)
{
    const bool opensSomeDay = std::any_of(hours.begin(), hours.end(), [](const auto &day) { return !day.isEmpty(); });
    if (!opensSomeDay)
        return fail(ErrorCode::Invalid, Tr::tr("An agency must open on at least one day of the week."));
    return updateAgency(actor, agencyCode, {{u"opening_hours"_s, weeklyHoursText(hours)}}, u"calendar.hours"_s);
}

Status CalendarStore::setTimeZone(const Actor &actor, const QString &agencyCode, const QString &zone)
{
    if (!QTimeZone(zone.trimmed().toUtf8()).isValid())
        return fail(ErrorCode::Invalid, Tr::tr("\"%1\" is not a known time zone.").arg(zone));
    return updateAgency(actor, agencyCode, {{u"time_zone"_s, zone.trimmed()}}, u"calendar.zone"_s);
}

Status CalendarStore::setServiceLevels(const Actor &actor, const QString &agencyCode, ServiceLevels levels)
{
    if (levels.ackHours <= 0 || levels.silenceDays <= 0)
        return fail(ErrorCode::Invalid, Tr::tr("Service levels must be positive."));
    return updateAgency(actor, agencyCode,
                        {{u"ack_sla_hours"_s, levels.ackHours}, {u"silence_days"_s, levels.silenceDays}},
                        u"calendar.sla"_s);
}

Status CalendarStore::setMoroccanHolidays(const Actor &actor, const QString &agencyCode, bool used)
{
    return updateAgency(actor, agencyCode, {{u"moroccan_holidays"_s, used ? 1 : 0}}, u"calendar.fixed-holidays"_s);
}

Result<QList<HolidayEntry>> CalendarStore::holidays(const QString &agencyCode, int year, bool allScopes) const
{
    auto scope = scopeOf(agencyCode);
    if (!scope)
        return std::unexpected(scope.error());
    QString where = u"1 = 1"_s;
    Bindings bindings;
    if (!allScopes) {
        where += *scope ? u" AND h.agency_id = :agency"_s : u" AND h.agency_id IS NULL"_s;
        if (*scope)
            bindings.append({u":agency"_s, **scope});
    }
    if (year > 0) {
        where += u" AND h.on_date LIKE :year"_s;
        bindings.append({u":year"_s, QVariant(u"%1-%"_s.arg(year, 4, 10, QChar(u'0')))});
    }
    auto rows = m_db.select(u"SELECT %1 FROM holidays h LEFT JOIN agencies a ON a.id = h.agency_id "
                            "WHERE %2 ORDER BY h.on_date, a.code"_s.arg(holidayColumns, where), bindings);
    if (!rows)
        return std::unexpected(rows.error());
    QList<HolidayEntry> out;
    for (const QSqlRecord &row : *rows)
        out.append(holidayFrom(row));
    return out;
}

Result<std::optional<Id>> CalendarStore::insertHoliday(const Actor &actor, std::optional<Id> agencyId, const Holiday &holiday,
                                          const QString &source)
{
    auto existing = m_db.scalar(u"SELECT count(*) FROM holidays WHERE COALESCE(agency_id, 0) = :agency "
                                "AND on_date = :date"_s,
                                {{u":agency"_s, agencyId.value_or(0)},
                                 {u":date"_s, holiday.date.toString(Qt::ISODate)}});
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->toInt() > 0)
        return std::optional<Id>{};
    auto id = m_db.insert(u"INSERT INTO holidays (agency_id, on_date, name, source, added_by, added_at) "
                          "VALUES (:agency, :date, :name, :source, :by, :at)"_s,
                          {{u":agency"_s, agencyId ? QVariant(*agencyId) : QVariant()},
                           {u":date"_s, holiday.date.toString(Qt::ISODate)},
                           {u":name"_s, holiday.name.trimmed()}, {u":source"_s, source},
                           {u":by"_s, actor.isUser() ? QVariant(actor.userId) : QVariant()},
                           {u":at"_s, toStored(m_db.now())}});
    if (!id)
        return std::unexpected(id.error());
    return std::optional<Id>{*id};
}

namespace {

Status checkHoliday(const Holiday &holiday)
{
    if (!holiday.date.isValid())
        return fail(ErrorCode::Invalid, Tr::tr("A holiday needs a date (YYYY-MM-DD)."));
    if (holiday.name.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, Tr::tr("A holiday needs a name."));
    return {};
}

} // namespace

Result<HolidayEntry> CalendarStore::addHoliday(const Actor &actor, const QString &agencyCode, const Holiday &holiday)
{
    if (auto allowed = require(actor, Relation::None, Action::ManageDirectory); !allowed)
        return std::unexpected(allowed.error());
    if (auto ok = checkHoliday(holiday); !ok)
        return std::unexpected(ok.error());
    auto scope = scopeOf(agencyCode);
    if (!scope)
        return std::unexpected(scope.error());
    auto added = m_db.write([&]() -> Result<std::optional<Id>> {
        auto inserted = insertHoliday(actor, *scope, holiday, u"manual"_s);
        if (!inserted || !*inserted)
            return inserted;
        if (auto logged = audit(m_db, actor, u"calendar.holiday.add"_s, agencyCode.trimmed().toUpper(),
                                {{u"date"_s, holiday.date.toString(Qt::ISODate)}, {u"name"_s, holiday.name}});
            !logged)
            return std::unexpected(logged.error());
        return inserted;
    });
    if (!added)
        return std::unexpected(added.error());
    if (!*added)
        return fail(ErrorCode::Conflict, Tr::tr("%1 is already a holiday there.")
                                             .arg(QLocale().toString(holiday.date, QLocale::LongFormat)));
    Q_EMIT m_notifier.calendarsChanged();
    HolidayEntry entry;
    entry.id = **added;
    entry.agencyCode = agencyCode.trimmed().toUpper();
    entry.date = holiday.date;
    entry.name = holiday.name.trimmed();
    entry.source = u"manual"_s;
    return entry;
}

Status CalendarStore::removeHoliday(const Actor &actor, const QString &agencyCode, QDate date)
{
    if (auto allowed = require(actor, Relation::None, Action::ManageDirectory); !allowed)
        return allowed;
    auto scope = scopeOf(agencyCode);
    if (!scope)
        return std::unexpected(scope.error());
    auto removed = m_db.write([&]() -> Result<int> {
        auto deleted = m_db.update(u"DELETE FROM holidays WHERE COALESCE(agency_id, 0) = :agency AND on_date = :date"_s,
                                   {{u":agency"_s, scope->value_or(0)}, {u":date"_s, date.toString(Qt::ISODate)}});
        if (!deleted || *deleted == 0)
            return deleted;
        if (auto logged = audit(m_db, actor, u"calendar.holiday.remove"_s, agencyCode.trimmed().toUpper(),
                                {{u"date"_s, date.toString(Qt::ISODate)}});
            !logged)
            return std::unexpected(logged.error());
        return *deleted;
    });
    if (!removed)
        return std::unexpected(removed.error());
    if (*removed == 0)
        return fail(ErrorCode::NotFound, Tr::tr("There is no holiday on %1 there.").arg(date.toString(Qt::ISODate)));
    Q_EMIT m_notifier.calendarsChanged();
    return {};
}

Result<HolidayImport> CalendarStore::importHolidays(const Actor &actor, const QString &agencyCode,
                                                    const QList<Holiday> &holidays)
{
    if (auto allowed = require(actor, Relation::None, Action::ManageDirectory); !allowed)
        return std::unexpected(allowed.error());
    for (const Holiday &holiday : holidays)
        if (auto ok = checkHoliday(holiday); !ok)
            return std::unexpected(ok.error());
    auto scope = scopeOf(agencyCode);
    if (!scope)
        return std::unexpected(scope.error());
    auto imported = m_db.write([&]() -> Result<HolidayImport> {
        HolidayImport result;
        for (const Holiday &holiday : holidays) {
            auto inserted = insertHoliday(actor, *scope, holiday, u"ics"_s);
            if (!inserted)
                return std::unexpected(inserted.error());
            ++(inserted->has_value() ? result.added : result.alreadyThere);
        }
        if (auto logged = audit(m_db, actor, u"calendar.holiday.import"_s, agencyCode.trimmed().toUpper(),
                                {{u"added"_s, result.added}, {u"alreadyThere"_s, result.alreadyThere}});
            !logged)
            return std::unexpected(logged.error());
        return result;
    });
    if (imported && imported->added > 0)
        Q_EMIT m_notifier.calendarsChanged();
    return imported;
}

} // namespace Relais::Core
