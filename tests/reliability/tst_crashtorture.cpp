// Crash safety: a desk writing as fast as it can is killed with SIGKILL at random moments
// (200 times; 1,000 with RELAIS_RELIABILITY_LONG=1). After every kill the case file opens, passes
// integrity_check, foreign_key_check and every hash chain, holds every operation the core had
// acknowledged, and holds the one cut off whole or not at all.

#include "ledger.h"
#include "reliabilitytest.h"

#include "casefile/workspace.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>

using namespace Relais::Core;
using namespace Relais::Test;
using namespace Qt::Literals::StringLiterals;

class TestCrashTorture final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingAcknowledgedIsLostAcrossKills();
};

void TestCrashTorture::nothingAcknowledgedIsLostAcrossKills()
{
    TestWorld world;
    QVERIFY(world.isValid());
    (void)world.openCase(world.addClient());
    const QString path = world.path();
    world.close();

    const int kills = longRun() ? 1000 : 200;
    QRandomGenerator random(20261123);
    Ledger ledger;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < kills; ++i) {
        QProcess worker;
        QVERIFY2(startWorker(worker, path, u"T%1"_s.arg(i), random.generate(), 0),
                 qPrintable(u"kill %1: the worker did not start: %2"_s.arg(i).arg(QString::fromUtf8(worker.readAllStandardError()))));
        // From the middle of the first write to well into a run of them.
        QThread::msleep(random.bounded(1u, 150u));
        worker.kill();
        QVERIFY(worker.waitForFinished(10000));
        ledger.read(worker.readAllStandardOutput());

        auto opened = Workspace::open(path, Database::OpenMode::MustExist);
        // QVERIFY2 builds its message even when the check passes: no error() of a success.
        const QString whyNot = opened ? QString() : opened.error().message;
        QVERIFY2(opened, qPrintable(u"after kill %1 the case file does not open: %2"_s.arg(i).arg(whyNot)));
        const QStringList problems = ledger.check((*opened)->database()) + caseFileProblems((*opened)->database());
        QVERIFY2(problems.isEmpty(), qPrintable(u"after kill %1: %2"_s.arg(i).arg(problems.join(u"; "_s))));
    }
    QVERIFY2(ledger.acknowledged > kills, "the workers hardly wrote anything before being killed");
    QVERIFY2(ledger.cutOffSaved + ledger.cutOffAbsent > kills / 2, "few kills fell in the middle of a write");
    qInfo("%d kills in %.1f s: %d acknowledged operations all kept; of the operations cut off by a kill, "
          "%d were saved whole and %d left no trace",
          kills, double(clock.elapsed()) / 1000.0, ledger.acknowledged, ledger.cutOffSaved, ledger.cutOffAbsent);
}

QTEST_GUILESS_MAIN(TestCrashTorture)
#include "tst_crashtorture.moc"
