#pragma once

// RELAIS_TEST_SHARDED_MAIN(TestClass): QTEST_GUILESS_MAIN, except that with RELAIS_TEST_SHARD=k/n
// in the environment it runs only every n-th test function, starting at the k-th (1-based). CTest
// then runs one long end-to-end suite as n parts side by side (relais_add_test(... SHARDS n)),
// each well inside its time limit, and every function still runs in exactly one part. Functions
// named on the command line win over the shard.

#include <QCoreApplication>
#include <QMetaMethod>
#include <QStringList>
#include <QTest>

namespace Relais::Test {

/// The test functions of `meta` (private slots, not the fixtures nor _data), every n-th from the k-th.
[[nodiscard]] inline QStringList shardOfTestFunctions(const QMetaObject &meta, int k, int n)
{
    static const QStringList fixtures{QStringLiteral("initTestCase"), QStringLiteral("cleanupTestCase"),
                                      QStringLiteral("init"), QStringLiteral("cleanup")};
    QStringList functions;
    for (int i = meta.methodOffset(); i < meta.methodCount(); ++i) {
        const QMetaMethod method = meta.method(i);
        const QString name = QString::fromLatin1(method.name());
        if (method.methodType() != QMetaMethod::Slot || method.access() != QMetaMethod::Private
            || method.parameterCount() != 0 || fixtures.contains(name) || name.endsWith(QStringLiteral("_data")))
            continue;
        functions << name;
    }
    QStringList shard;
    for (qsizetype i = 0; i < functions.size(); ++i)
        if (i % n == k - 1)
            shard << functions.at(i);
    return shard;
}

/// The arguments to run: `arguments`, plus this shard's functions when RELAIS_TEST_SHARD says so
/// and no function is named already.
[[nodiscard]] inline QStringList withShard(const QMetaObject &meta, QStringList arguments)
{
    const QStringList shard = qEnvironmentVariable("RELAIS_TEST_SHARD").split(QLatin1Char('/'));
    const bool namesFunctions = std::any_of(arguments.cbegin() + 1, arguments.cend(),
                                            [](const QString &a) { return !a.startsWith(QLatin1Char('-')); });
    if (shard.size() != 2 || namesFunctions)
        return arguments;
    const int k = shard.at(0).toInt();
    const int n = shard.at(1).toInt();
    if (n < 1 || k < 1 || k > n)
        return arguments;
    return arguments + shardOfTestFunctions(meta, k, n);
}

} // namespace Relais::Test

#define RELAIS_TEST_SHARDED_MAIN(TestObject)                                                       \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        QCoreApplication app(argc, argv);                                                          \
        TestObject tc;                                                                             \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, Relais::Test::withShard(TestObject::staticMetaObject, app.arguments())); \
    }
