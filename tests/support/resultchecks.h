#pragma once

// Checks every suite shares: readable QCOMPARE output for core enums and std::expected results.

#include "domain/types.h"
#include "integrity/chainverifier.h"
#include "search/search.h"

#include <QTest>

#include <optional>

namespace Relais::Core {

// Found by argument-dependent lookup from QCOMPARE, so failures print names, not numbers.
inline char *toString(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Invalid: return qstrdup("Invalid");
    case ErrorCode::NotFound: return qstrdup("NotFound");
    case ErrorCode::Forbidden: return qstrdup("Forbidden");
    case ErrorCode::Conflict: return qstrdup("Conflict");
    case ErrorCode::Storage: return qstrdup("Storage");
    }
    return qstrdup("?");
}

inline char *toString(EventKind kind) { return qstrdup(eventKindCode(kind).toUtf8().constData()); }
inline char *toString(HandoffStatus status) { return qstrdup(handoffStatusCode(status).toUtf8().constData()); }
inline char *toString(CaseStatus status) { return qstrdup(caseStatusCode(status).toUtf8().constData()); }
inline char *toString(Visibility visibility) { return qstrdup(visibilityCode(visibility).toUtf8().constData()); }

inline char *toString(ChainProblem::Kind kind)
{
    switch (kind) {
    case ChainProblem::Kind::EventAltered: return qstrdup("EventAltered");
    case ChainProblem::Kind::BrokenLink: return qstrdup("BrokenLink");
    case ChainProblem::Kind::MissingEvents: return qstrdup("MissingEvents");
    case ChainProblem::Kind::HeadMismatch: return qstrdup("HeadMismatch");
    case ChainProblem::Kind::HandoffMismatch: return qstrdup("HandoffMismatch");
    }
    return qstrdup("?");
}

inline char *toString(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Client: return qstrdup("Client");
    case SearchHit::Kind::Case: return qstrdup("Case");
    case SearchHit::Kind::Event: return qstrdup("Event");
    }
    return qstrdup("?");
}

} // namespace Relais::Core

namespace Relais::Test {

/// The error message of a failed result, for QVERIFY2; empty on success.
template <typename R>
[[nodiscard]] QByteArray failureText(const R &result)
{
    return result ? QByteArray() : result.error().message.toUtf8();
}

/// The error of a result, or std::nullopt when it succeeded.
template <typename R>
[[nodiscard]] std::optional<Core::Error> errorOf(const R &result)
{
    if (result)
        return std::nullopt;
    return result.error();
}

} // namespace Relais::Test

/// Passes when the std::expected holds a value; prints the error message otherwise.
/// The expression is evaluated once, so it may be the operation itself.
#define RELAIS_VERIFY_OK(expression)                                                              \
    do {                                                                                          \
        const auto &relaisResult_ = (expression);                                                 \
        QVERIFY2(bool(relaisResult_), ::Relais::Test::failureText(relaisResult_).constData());    \
    } while (false)

/// Passes when the std::expected holds an error with the given code (evaluated once).
#define RELAIS_VERIFY_ERROR(expression, expectedCode)                                             \
    do {                                                                                          \
        const auto &relaisResult_ = (expression);                                                 \
        QVERIFY2(!bool(relaisResult_), "the operation succeeded but should have been refused");  \
        QCOMPARE(relaisResult_.error().code, expectedCode);                                       \
    } while (false)
