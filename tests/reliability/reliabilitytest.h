#pragma once

// Helpers of the reliability suites: how long to run, and the torture worker as a process.

#include "integrity/casefilecheck.h"
#include "resultchecks.h"
#include "testworld.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTest>

namespace Relais::Test {

/// The SHA-256 of a file's bytes (empty when it cannot be read): "left untouched" compared exactly.
[[nodiscard]] inline QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

/// RELAIS_RELIABILITY_LONG=1 runs the long versions (for occasional runs, not CI).
[[nodiscard]] inline bool longRun()
{
    return qEnvironmentVariableIntValue("RELAIS_RELIABILITY_LONG") == 1;
}

/// Starts the torture worker on `path` and waits until it has the file open.
[[nodiscard]] inline bool startWorker(QProcess &worker, const QString &path, const QString &tag, quint32 seed,
                                      int ops, bool waitForGo = false)
{
    QStringList args{path, tag, QString::number(seed), QString::number(ops)};
    if (waitForGo)
        args << QStringLiteral("--wait-for-go");
    worker.setProcessChannelMode(QProcess::SeparateChannels);
    worker.start(QStringLiteral(RELAIS_TORTURE_WORKER), args);
    if (!worker.waitForStarted(10000))
        return false;
    while (!worker.canReadLine())
        if (!worker.waitForReadyRead(20000))
            return false;
    return worker.readLine().trimmed() == "READY";
}

/// The whole check an administrator would run (relais-cli check), as problems in words.
[[nodiscard]] inline QStringList caseFileProblems(Core::Database &db)
{
    auto report = Core::CaseFileCheck(db).run(Core::CaseFileCheck::Depth::Full);
    if (!report)
        return {QStringLiteral("the check could not run: ") + report.error().message};
    QStringList problems = report->pageProblems + report->referenceProblems;
    for (const Core::ChainProblem &p : report->chains.problems)
        problems << p.caseReference + QStringLiteral(": ") + p.message;
    return problems;
}

} // namespace Relais::Test
