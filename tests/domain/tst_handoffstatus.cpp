#include "domain/handoffstatus.h"

#include "resultchecks.h"

#include <QTest>

#include <algorithm>
#include <array>

using namespace Relais::Core;
using Relais::Test::failureText;
using namespace Qt::Literals::StringLiterals;

namespace {

using enum HandoffStatus;

constexpr std::array everyStatus{Requested, Received,  Accepted, InProgress, OnHold,
                                 Completed, Rejected,  Failed,   Cancelled,  EnteredInError};
constexpr std::array everySide{HandoffSide::Requester, HandoffSide::Receiver, HandoffSide::Neither};

// The lifecycle of DESIGN.md written out by hand, so the test does not trust the code it checks:
// requested → received → accepted → in-progress ⇄ on-hold → completed; rejected before work,
// failed once work started, cancelled by the requester while not terminal.
struct Move {
    HandoffStatus from;
    HandoffStatus to;
};
constexpr std::array legalMoves{
    Move{Requested, Received},   Move{Requested, Accepted},   Move{Requested, Rejected},
    Move{Requested, Cancelled},  Move{Received, Accepted},    Move{Received, Rejected},
    Move{Received, Cancelled},   Move{Accepted, InProgress},  Move{Accepted, Cancelled},
    Move{InProgress, OnHold},    Move{InProgress, Completed}, Move{InProgress, Failed},
    Move{InProgress, Cancelled}, Move{OnHold, InProgress},    Move{OnHold, Failed},
    Move{OnHold, Cancelled},
};

bool isLegal(HandoffStatus from, HandoffStatus to)
{
    // Entered-in-error withdraws a handoff recorded by mistake, whatever it had become.
    if (to == EnteredInError)
        return from != EnteredInError;
    for (const Move &move : legalMoves)
        if (move.from == from && move.to == to)
            return true;
    return false;
}

bool sideSets(HandoffSide side, HandoffStatus to)
{
    switch (to) {
    case Requested:
        return false; // only a new request creates it
    case Cancelled:
        return side == HandoffSide::Requester;
    case EnteredInError:
        return side == HandoffSide::Requester || side == HandoffSide::Receiver;
    case Received:
    case Accepted:
    case Rejected:
    case InProgress:
    case OnHold:
    case Completed:
    case Failed:
        return side == HandoffSide::Receiver;
    }
    return false;
}

bool needsReason(HandoffStatus to)
{
    return to == Rejected || to == Failed || to == Cancelled || to == OnHold;
}

const char *code(HandoffStatus status)
{
    switch (status) {
    case Requested: return "requested";
    case Received: return "received";
    case Accepted: return "accepted";
    case InProgress: return "in-progress";
    case OnHold: return "on-hold";
    case Completed: return "completed";
    case Rejected: return "rejected";
    case Failed: return "failed";
    case Cancelled: return "cancelled";
    case EnteredInError: return "entered-in-error";
    }
    return "?";
}

const char *sideName(HandoffSide side)
{
    switch (side) {
    case HandoffSide::Requester: return "requester";
    case HandoffSide::Receiver: return "receiver";
    case HandoffSide::Neither: return "neither";
    }
    return "?";
}

// Expected outcome of checkTransition, as an int column: -1 means accepted.
constexpr int Ok = -1;


} // namespace

class TestHandoffStatus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transition_data();
    void transition();

    void offeredMoves_data();
    void offeredMoves();

    void codeRoundTrip_data();
    void codeRoundTrip();
    void unknownCode_data();
    void unknownCode();
    void allStatusesListed();

    void terminal_data();
    void terminal();
};

void TestHandoffStatus::transition_data()
{
    QTest::addColumn<HandoffStatus>("from");
    QTest::addColumn<HandoffStatus>("to");
    QTest::addColumn<HandoffSide>("side");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("expected");

    struct ReasonCase {
        const char *label;
        QString text;
    };
    const std::array reasons{ReasonCase{"no reason", QString()},
                             ReasonCase{"blank reason", u"  \t "_s},
                             ReasonCase{"with reason", u"Le client ne répond pas"_s}};

    for (HandoffStatus from : everyStatus) {
        for (HandoffStatus to : everyStatus) {
            for (HandoffSide side : everySide) {
                for (const ReasonCase &reason : reasons) {
                    int expected = Ok;
                    if (!isLegal(from, to))
                        expected = int(ErrorCode::Invalid);
                    else if (!sideSets(side, to))
                        expected = int(ErrorCode::Forbidden);
                    else if (needsReason(to) && reason.text.trimmed().isEmpty())
                        expected = int(ErrorCode::Invalid);
                    QTest::addRow("%s -> %s by %s, %s", code(from), code(to), sideName(side),
                                  reason.label)
                        << from << to << side << reason.text << expected;
                }
            }
        }
    }
}

void TestHandoffStatus::transition()
{
    QFETCH(HandoffStatus, from);
    QFETCH(HandoffStatus, to);
    QFETCH(HandoffSide, side);
    QFETCH(QString, reason);
    QFETCH(int, expected);

    const Status result = checkTransition(from, to, side, reason);
    if (expected == Ok) {
        QVERIFY2(result.has_value(), failureText(result).constData());
        return;
    }
    QVERIFY2(!result.has_value(), "the transition was accepted");
    QCOMPARE(int(result.error().code), expected);
    QVERIFY(!result.error().message.trimmed().isEmpty());
    // A refused illegal move tells the person which status it could not reach.
    if (!isLegal(from, to))
        QVERIFY2(result.error().message.contains(handoffStatusCode(to)),
                 qPrintable(result.error().message));
}

void TestHandoffStatus::offeredMoves_data()
{
    QTest::addColumn<HandoffStatus>("from");
    for (HandoffStatus from : everyStatus)
        QTest::addRow("%s", code(from)) << from;
}

void TestHandoffStatus::offeredMoves()
{
    // The screens offer nextStatuses() as buttons: it must offer exactly the legal moves.
    QFETCH(HandoffStatus, from);
    const QList<HandoffStatus> offered = nextStatuses(from);
    for (HandoffStatus to : everyStatus)
        QVERIFY2(offered.contains(to) == isLegal(from, to),
                 qPrintable(u"%1 -> %2"_s.arg(QLatin1StringView(code(from)),
                                               QLatin1StringView(code(to)))));
    QCOMPARE(offered.size(), qsizetype(std::count_if(everyStatus.begin(), everyStatus.end(),
                                                     [from](HandoffStatus to) {
                                                         return isLegal(from, to);
                                                     })));
}

void TestHandoffStatus::codeRoundTrip_data()
{
    QTest::addColumn<HandoffStatus>("status");
    QTest::addColumn<QString>("code");

    QTest::addRow("requested") << Requested << u"requested"_s;
    QTest::addRow("received") << Received << u"received"_s;
    QTest::addRow("accepted") << Accepted << u"accepted"_s;
    QTest::addRow("in-progress") << InProgress << u"in-progress"_s;
    QTest::addRow("on-hold") << OnHold << u"on-hold"_s;
    QTest::addRow("completed") << Completed << u"completed"_s;
    QTest::addRow("rejected") << Rejected << u"rejected"_s;
    QTest::addRow("failed") << Failed << u"failed"_s;
    QTest::addRow("cancelled") << Cancelled << u"cancelled"_s;
    QTest::addRow("entered-in-error") << EnteredInError << u"entered-in-error"_s;
}

void TestHandoffStatus::codeRoundTrip()
{
    QFETCH(HandoffStatus, status);
    QFETCH(QString, code);

    QCOMPARE(handoffStatusCode(status), code);
    const std::optional<HandoffStatus> parsed = handoffStatusFromCode(code);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, status);
}

void TestHandoffStatus::unknownCode_data()
{
    QTest::addColumn<QString>("code");

    QTest::addRow("empty") << QString();
    QTest::addRow("unknown word") << u"done"_s;
    QTest::addRow("upper case") << u"COMPLETED"_s;
    QTest::addRow("underscore instead of dash") << u"in_progress"_s;
    QTest::addRow("camel case") << u"onHold"_s;
    QTest::addRow("trailing space") << u"accepted "_s;
    QTest::addRow("prefix of a code") << u"in-"_s;
}

void TestHandoffStatus::unknownCode()
{
    QFETCH(QString, code);
    QVERIFY(!handoffStatusFromCode(code).has_value());
}

void TestHandoffStatus::allStatusesListed()
{
    const QList<HandoffStatus> all = allHandoffStatuses();
    QCOMPARE(all.size(), qsizetype(everyStatus.size()));
    for (HandoffStatus status : everyStatus)
        QVERIFY2(all.contains(status), code(status));
}

void TestHandoffStatus::terminal_data()
{
    QTest::addColumn<HandoffStatus>("status");
    QTest::addColumn<bool>("terminal");

    QTest::addRow("requested") << Requested << false;
    QTest::addRow("received") << Received << false;
    QTest::addRow("accepted") << Accepted << false;
    QTest::addRow("in-progress") << InProgress << false;
    QTest::addRow("on-hold") << OnHold << false;
    QTest::addRow("completed") << Completed << true;
    QTest::addRow("rejected") << Rejected << true;
    QTest::addRow("failed") << Failed << true;
    QTest::addRow("cancelled") << Cancelled << true;
    QTest::addRow("entered-in-error") << EnteredInError << true;
}

void TestHandoffStatus::terminal()
{
    QFETCH(HandoffStatus, status);
    QFETCH(bool, terminal);
    QCOMPARE(isTerminal(status), terminal);
}

QTEST_APPLESS_MAIN(TestHandoffStatus)
#include "tst_handoffstatus.moc"
