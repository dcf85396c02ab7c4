// The sharded test main (shardedmain.h): the parts of a suite run every test function exactly
// once between them, and never a fixture or a _data function on its own.

#include "shardedmain.h"

using namespace Qt::Literals::StringLiterals;

namespace {

class Sample final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {}
    void init() {}
    void first() {}
    void second_data() {}
    void second() {}
    void third() {}
    void fourth() {}
    void fifth() {}
    void cleanup() {}
    void cleanupTestCase() {}
};

} // namespace

class TestShards final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void partsCoverEveryFunctionOnce()
    {
        QStringList all;
        for (int k = 1; k <= 3; ++k)
            all += Relais::Test::shardOfTestFunctions(Sample::staticMetaObject, k, 3);
        all.sort();
        QCOMPARE(all, (QStringList{u"fifth"_s, u"first"_s, u"fourth"_s, u"second"_s, u"third"_s}));
        QCOMPARE(Relais::Test::shardOfTestFunctions(Sample::staticMetaObject, 1, 3),
                 (QStringList{u"first"_s, u"fourth"_s}));
    }

    void namedFunctionsWinOverTheShard()
    {
        qputenv("RELAIS_TEST_SHARD", "2/3");
        QCOMPARE(Relais::Test::withShard(Sample::staticMetaObject, {u"tst"_s, u"third"_s}),
                 (QStringList{u"tst"_s, u"third"_s}));
        QCOMPARE(Relais::Test::withShard(Sample::staticMetaObject, {u"tst"_s, u"-silent"_s}),
                 (QStringList{u"tst"_s, u"-silent"_s, u"second"_s, u"fifth"_s}));
        qunsetenv("RELAIS_TEST_SHARD");
        QCOMPARE(Relais::Test::withShard(Sample::staticMetaObject, {u"tst"_s}), QStringList{u"tst"_s});
    }
};

QTEST_GUILESS_MAIN(TestShards)
#include "tst_shards.moc"
