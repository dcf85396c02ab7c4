// The case timeline model: fetched page by page, filtered in the database, grouped by day in the
// viewer's time zone, and never showing another agency's internal entries.

#include "uitest.h"

#include "models/timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTimeZone>

#include <memory>

// Note: every model here runs under QAbstractItemModelTester with setUseFetchMore(false). The
// checker's own fetchMore() runs from its modelReset slot before that slot marks the reset as
// finished, so a model that inserts a page synchronously (as this one must) trips its
// "change in flight" check. The tests page with fetchMore() themselves, as a view does.

using namespace Relais::Core;
using namespace Relais::Gui;
using namespace Relais::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

/// Every value of `role` down the model's loaded rows.
template <typename T>
QList<T> column(const TimelineModel &model, int role)
{
    QList<T> values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row).data(role).value<T>();
    return values;
}

TimelineQuery queryWith(auto &&change)
{
    TimelineQuery query;
    change(query);
    return query;
}

const QString insSecret = u"INS internal: reserve for fraud check"_s;
const QString garSecret = u"GAR internal: margin on the parts"_s;

} // namespace

class TestTimelineModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void tenThousandEventsOpenWithTheFirstPage();
    void modelTesterThroughEveryChange();
    void filterByKind();
    void filterByAgency();
    void internalOnlyShowsOwnAgencysInternalEntries();
    void newestFirst();
    void otherAgencysInternalEntriesNeverAppear_data();
    void otherAgencysInternalEntriesNeverAppear();
    void firstOfDayMarksDayChanges();
    void daysAreTheViewersLocalDays();
    void rolesDescribeTheEvent();
    void refusedCaseReportsTheError();
    void noCaseHasNothingToFetch();

private:
    /// A case of INS handed to GAR, with shared and internal entries of both agencies.
    void buildSharedCase();

    std::unique_ptr<TestWorld> m_world;
    Case m_case;
};

void TestTimelineModel::init()
{
    m_world = std::make_unique<TestWorld>();
    QVERIFY(m_world->isValid());
    m_case = m_world->openCase(m_world->addClient());
}

void TestTimelineModel::cleanup()
{
    m_world.reset();
    m_case = {};
}

void TestTimelineModel::buildSharedCase()
{
    const Handoff handoff = requestHandoff(*m_world, m_case.id, u"GAR"_s);
    QVERIFY(handoff.id != 0);
    m_world->advance(600);
    RELAIS_VERIFY_OK(m_world->ws().handoffs().transition(m_world->actor(u"gar.agent"_s), handoff.id,
                                                          HandoffStatus::Accepted));
    QVERIFY(addNote(*m_world, m_case.id, u"ins.agent"_s, u"Customer called about the car"_s, Visibility::Shared,
                    EventKind::Call).id);
    QVERIFY(addNote(*m_world, m_case.id, u"ins.agent"_s, insSecret, Visibility::Internal).id);
    QVERIFY(addNote(*m_world, m_case.id, u"gar.agent"_s, u"Car arrived at the garage"_s).id);
    QVERIFY(addNote(*m_world, m_case.id, u"gar.agent"_s, garSecret, Visibility::Internal).id);
    QVERIFY(addNote(*m_world, m_case.id, u"gar.agent"_s, u"Quote sent to the insurer"_s, Visibility::Shared,
                    EventKind::Message).id);
    QVERIFY(addNote(*m_world, m_case.id, u"ins.super"_s, u"Quote approved"_s).id);
}

void TestTimelineModel::tenThousandEventsOpenWithTheFirstPage()
{
    const Actor agent = m_world->actor(u"ins.agent"_s);
    auto written = m_world->ws().database().write([&]() -> Status {
        NewEvent event;
        for (int i = 1; i <= 10'000; ++i) {
            event.text = u"Entry %1"_s.arg(i);
            auto added = m_world->ws().cases().addEvent(agent, m_case.id, event);
            if (!added)
                return std::unexpected(added.error());
        }
        return {};
    });
    RELAIS_VERIFY_OK(written);
    const int total = caseNow(*m_world, m_case).eventCount;
    QVERIFY(total >= 10'000);

    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(false); // the test pages, as a view scrolling down would
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setCase(sessionFor(*m_world, u"ins.agent"_s), m_case.id);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), TimelineModel::pageSize);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(model.index(0).data(TimelineModel::SeqRole).toInt(), 1);
    QCOMPARE(model.index(TimelineModel::pageSize - 1).data(TimelineModel::SeqRole).toInt(), TimelineModel::pageSize);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * TimelineModel::pageSize);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), TimelineModel::pageSize);
    QCOMPARE(inserted.first().at(2).toInt(), 2 * TimelineModel::pageSize - 1);
    const QList<int> seqs = column<int>(model, TimelineModel::SeqRole);
    for (int row = 0; row < seqs.size(); ++row)
        QCOMPARE(seqs[row], row + 1);

    // Scrolling to the end pages in the rest, each event once, and then stops.
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), total);
    QCOMPARE(model.index(total - 1).data(TimelineModel::SeqRole).toInt(), total);
    QCOMPARE(model.index(total - 1).data(TimelineModel::TextRole).toString(), u"Entry 10000"_s);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), total);

    // A filter change starts again from one page.
    model.setQuery(queryWith([](TimelineQuery &q) { q.newestFirst = true; }));
    QCOMPARE(model.rowCount(), TimelineModel::pageSize);
    QCOMPARE(model.index(0).data(TimelineModel::SeqRole).toInt(), total);
    QVERIFY(model.canFetchMore({}));
}

void TestTimelineModel::modelTesterThroughEveryChange()
{
    buildSharedCase();
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(false); // see the note at the top
    model.setCase(sessionFor(*m_world, u"gar.agent"_s), m_case.id);
    QVERIFY(model.rowCount() > 0);
    model.setQuery(queryWith([](TimelineQuery &q) { q.kinds = {EventKind::Note}; }));
    model.setQuery(queryWith([](TimelineQuery &q) { q.agencyCode = u"INS"_s; }));
    model.setQuery(queryWith([](TimelineQuery &q) { q.internalOnly = true; }));
    model.setQuery(queryWith([](TimelineQuery &q) { q.newestFirst = true; }));
    QVERIFY(addNote(*m_world, m_case.id, u"gar.agent"_s, u"Parts ordered"_s).id);
    model.reload();
    QCOMPARE(model.index(0).data().toString(), u"Parts ordered"_s);
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int role = Qt::UserRole + 1; role <= TimelineModel::TextRole; ++role)
            (void)model.index(row).data(role);
        QVERIFY(!model.index(row).data(Qt::ToolTipRole).toString().isEmpty());
    }
    model.setCase(sessionFor(*m_world, u"hos.agent"_s), m_case.id); // refused: empty
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.roleNames().contains(TimelineModel::SeqRole));
}

void TestTimelineModel::filterByKind()
{
    buildSharedCase();
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(false); // see the note at the top
    model.setCase(sessionFor(*m_world, u"ins.agent"_s), m_case.id,
                  queryWith([](TimelineQuery &q) { q.kinds = {EventKind::Call}; }));
    QCOMPARE(column<QString>(model, TimelineModel::TextRole), QStringList{u"Customer called about the car"_s});

    model.setQuery(queryWith([](TimelineQuery &q) { q.kinds = {EventKind::Call, EventKind::Message}; }));
    QCOMPARE(column<QString>(model, TimelineModel::TextRole),
             (QStringList{u"Customer called about the car"_s, u"Quote sent to the insurer"_s}));
    QCOMPARE(column<QString>(model, TimelineModel::KindCodeRole), (QStringList{u"call"_s, u"message"_s}));
    QCOMPARE(model.query().kinds.size(), 2);

    model.setQuery(queryWith([](TimelineQuery &q) { q.kinds = {EventKind::Handoff}; }));
    QVERIFY(model.rowCount() >= 2); // requested, accepted
    for (int kind : column<int>(model, TimelineModel::KindRole))
        QCOMPARE(EventKind(kind), EventKind::Handoff);

    model.setQuery({}); // none checked: everything
    QVERIFY(model.rowCount() > 5);
}

void TestTimelineModel::filterByAgency()
{
    buildSharedCase();
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(false); // see the note at the top
    model.setCase(sessionFor(*m_world, u"ins.agent"_s), m_case.id,
                  queryWith([](TimelineQuery &q) { q.agencyCode = u"GAR"_s; }));
    QVERIFY(model.rowCount() > 0);
    for (const QString &code : column<QString>(model, TimelineModel::AgencyCodeRole))
        QCOMPARE(code, u"GAR"_s);
    const QStringList texts = column<QString>(model, TimelineModel::TextRole);
    QVERIFY(texts.contains(u"Car arrived at the garage"_s));
    QVERIFY(texts.contains(u"Quote sent to the insurer"_s));
    QVERIFY(!texts.contains(garSecret)); // the garage's own notes, but not its internal ones
    QCOMPARE(model.index(0).data(TimelineModel::AgencyNameRole).toString(), u"Garage Al Amal"_s);

    model.setQuery(queryWith([](TimelineQuery &q) {
        q.agencyCode = u"INS"_s;
        q.kinds = {EventKind::Note};
    }));
    QCOMPARE(column<QString>(model, TimelineModel::TextRole), (QStringList{insSecret, u"Quote approved"_s}));
    QCOMPARE(column<QString>(model, TimelineModel::AuthorRole), (QStringList{u"Salma Idrissi"_s, u"Omar Tazi"_s}));
}

void TestTimelineModel::internalOnlyShowsOwnAgencysInternalEntries()
{
    buildSharedCase();
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(false); // see the note at the top
    model.setCase(sessionFor(*m_world, u"ins.agent"_s), m_case.id,
                  queryWith([](TimelineQuery &q) { q.internalOnly = true; }));
    QCOMPARE(column<QString>(model, TimelineModel::TextRole), QStringList{insSecret});
    QCOMPARE(model.index(0).data(TimelineModel::InternalRole).toBool(), true);

    model.setCase(sessionFor(*m_world, u"gar.agent"_s), m_case.id,
                  queryWith([](TimelineQuery &q) { q.internalOnly = true; }));
    QCOMPARE(column<QString>(model, TimelineModel::TextRole), QStringList{garSecret});
    model.setQuery(queryWith([](TimelineQuery &q) {
        q.internalOnly = true;
        q.agencyCode = u"INS"_s;
    }));
    QCOMPARE(model.rowCount(), 0);
}

void TestTimelineModel::newestFirst()
{
    buildSharedCase();
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(false); // see the note at the top
    model.setCase(sessionFor(*m_world, u"ins.agent"_s), m_case.id);
    const QList<int> oldestFirst = column<int>(model, TimelineModel::SeqRole);
    QVERIFY(oldestFirst.size() > 5);
    QVERIFY(std::is_sorted(oldestFirst.cbegin(), oldestFirst.cend()));

    model.setQuery(queryWith([](TimelineQuery &q) { q.newestFirst = true; }));
    QList<int> newest = column<int>(model, TimelineModel::SeqRole);
    QCOMPARE(model.index(0).data().toString(), u"Quote approved"_s);
    std::reverse(newest.begin(), newest.end());
    QCOMPARE(newest, oldestFirst);
    QVERIFY(model.query().newestFirst);
}

void TestTimelineModel::otherAgencysInternalEntriesNeverAppear_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("hidden");
    QTest::addRow("garage does not see the insurer's") << u"gar.agent"_s << insSecret;
    QTest::addRow("insurer does not see the garage's") << u"ins.super"_s << garSecret;
}

void TestTimelineModel::otherAgencysInternalEntriesNeverAppear()
{
    QFETCH(QString, login);
    QFETCH(QString, hidden);
    buildSharedCase();
    const QString author = login == u"gar.agent"_s ? u"INS"_s : u"GAR"_s;
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(false); // see the note at the top
    model.setCase(sessionFor(*m_world, login), m_case.id);
    const QList<TimelineQuery> queries{
        {},
        queryWith([](TimelineQuery &q) { q.newestFirst = true; }),
        queryWith([&](TimelineQuery &q) { q.agencyCode = author; }),
        queryWith([](TimelineQuery &q) { q.kinds = {EventKind::Note}; }),
        queryWith([](TimelineQuery &q) { q.internalOnly = true; }),
        queryWith([&](TimelineQuery &q) {
            q.internalOnly = true;
            q.agencyCode = author;
        }),
    };
    for (const TimelineQuery &query : queries) {
        model.setQuery(query);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            QVERIFY2(index.data().toString() != hidden, qPrintable(index.data().toString()));
            if (index.data(TimelineModel::InternalRole).toBool())
                QCOMPARE(index.data(TimelineModel::AgencyCodeRole).toString(), m_world->actor(login).agencyCode);
        }
    }
}

void TestTimelineModel::firstOfDayMarksDayChanges()
{
    // Midday UTC is the same calendar day in every time zone Relais serves.
    const Case record = m_world->openCase(m_world->addClient(u"Amina Tazi"_s, u"AT654321"_s));
    const QDateTime day1 = m_world->now().addDays(-10);
    const QDate first = day1.date();
    auto at = [&](int days, int hour) { return QDateTime(first.addDays(days), QTime(hour, 0), Qt::UTC); };
    for (const auto &[days, hour] : {std::pair{0, 11}, std::pair{0, 12}, std::pair{0, 13}, std::pair{1, 12},
                                     std::pair{3, 11}, std::pair{3, 13}})
        QVERIFY(addNote(*m_world, record.id, u"ins.agent"_s, u"day %1 %2h"_s.arg(days).arg(hour), Visibility::Shared,
                        EventKind::Note, at(days, hour)).id);

    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(false); // see the note at the top
    model.setCase(sessionFor(*m_world, u"ins.agent"_s), record.id,
                  queryWith([](TimelineQuery &q) { q.kinds = {EventKind::Note}; }));
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(column<bool>(model, TimelineModel::FirstOfDayRole), (QList<bool>{true, false, false, true, true, false}));
    QCOMPARE(column<QDate>(model, TimelineModel::DayRole),
             (QList<QDate>{first, first, first, first.addDays(1), first.addDays(3), first.addDays(3)}));

    model.setQuery(queryWith([](TimelineQuery &q) {
        q.kinds = {EventKind::Note};
        q.newestFirst = true;
    }));
    QCOMPARE(column<bool>(model, TimelineModel::FirstOfDayRole), (QList<bool>{true, false, true, true, false, false}));
}

void TestTimelineModel::daysAreTheViewersLocalDays()
{
    // 23:30 UTC on 1 July 2025 is already 2 July in Casablanca (UTC+1 outside Ramadan).
    const Case record = m_world->openCase(m_world->addClient(u"Amina Tazi"_s, u"AT654321"_s));
    const QDateTime late(QDate(2025, 7, 1), QTime(22, 30), Qt::UTC);
    QVERIFY(addNote(*m_world, record.id, u"ins.agent"_s, u"before midnight"_s, Visibility::Shared, EventKind::Note,
                    late).id);
    QVERIFY(addNote(*m_world, record.id, u"ins.agent"_s, u"after midnight"_s, Visibility::Shared, EventKind::Note,
                    late.addSecs(3600)).id);
    const Session session = sessionFor(*m_world, u"ins.agent"_s);
    QCOMPARE(session.actor.timeZone, u"Africa/Casablanca"_s);
    const QTimeZone zone(session.actor.timeZone.toUtf8());
    QVERIFY(zone.isValid());
    QCOMPARE(late.addSecs(3600).toTimeZone(zone).date(), QDate(2025, 7, 2)); // the system's zone data agrees

    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(false); // see the note at the top
    model.setCase(session, record.id, queryWith([](TimelineQuery &q) { q.kinds = {EventKind::Note}; }));
    QCOMPARE(column<QDate>(model, TimelineModel::DayRole), (QList<QDate>{QDate(2025, 7, 1), QDate(2025, 7, 2)}));
    QCOMPARE(column<bool>(model, TimelineModel::FirstOfDayRole), (QList<bool>{true, true}));
}

void TestTimelineModel::rolesDescribeTheEvent()
{
    buildSharedCase();
    RELAIS_VERIFY_OK(m_world->ws().cases().recordEffort(m_world->actor(u"ins.agent"_s), m_case.id,
                                                         EffortKind::ChaseCall, u"Customer chased the quote"_s));
    const TimelineEvent original = addNote(*m_world, m_case.id, u"ins.agent"_s, u"Wrong plate"_s);
    RELAIS_VERIFY_OK(m_world->ws().cases().correct(m_world->actor(u"ins.agent"_s), m_case.id, original.seq,
                                                    u"Plate is 12345-A-6"_s));
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(false); // see the note at the top
    model.setCase(sessionFor(*m_world, u"ins.agent"_s), m_case.id,
                  queryWith([](TimelineQuery &q) { q.newestFirst = true; }));
    const QModelIndex correction = model.index(0);
    QCOMPARE(correction.data(TimelineModel::KindCodeRole).toString(), u"correction"_s);
    QCOMPARE(correction.data(TimelineModel::CorrectsRole).toInt(), original.seq);
    QCOMPARE(model.index(1).data(TimelineModel::CorrectsRole), QVariant());
    const QModelIndex effort = model.index(2);
    QCOMPARE(EventKind(effort.data(TimelineModel::KindRole).toInt()), EventKind::ClientEffort);
    QVERIFY(!effort.data(TimelineModel::EffortRole).toString().isEmpty());
    QCOMPARE(effort.data(TimelineModel::AuthorRole).toString(), u"Salma Idrissi"_s);
    QCOMPARE(effort.data(TimelineModel::OccurredAtRole).toDateTime(), m_world->now());
    QVERIFY(model.index(1).data(TimelineModel::EffortRole).toString().isEmpty());
    QCOMPARE(model.eventAt(0)->seq, correction.data(TimelineModel::SeqRole).toInt());
    QVERIFY(!model.eventAt(model.rowCount()));
}

void TestTimelineModel::refusedCaseReportsTheError()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(false); // see the note at the top
    QSignalSpy failed(&model, &TimelineModel::loadFailed);
    model.setCase(sessionFor(*m_world, u"hos.agent"_s), m_case.id);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(!model.lastError().isEmpty());
    QVERIFY(failed.count() >= 1);
    QCOMPARE(failed.first().first().toString(), model.lastError());

    // The same model then shows a case the user may see, and the error is gone.
    model.setCase(sessionFor(*m_world, u"ins.agent"_s), m_case.id);
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.lastError(), QString());
}

void TestTimelineModel::noCaseHasNothingToFetch()
{
    TimelineModel model;
    QVERIFY(!model.canFetchMore({}));
    model.setQuery(queryWith([](TimelineQuery &q) { q.newestFirst = true; })); // a filter chip before any case
    QCOMPARE(model.rowCount(), 0);
    // A view must not keep asking an empty model for more.
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
