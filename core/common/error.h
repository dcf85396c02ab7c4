#pragma once

#include <QCoreApplication>
#include <QString>

#include <expected>
#include <utility>

namespace Relais::Core {

/// What kind of failure an operation met; callers map it to exit codes or dialogs.
enum class ErrorCode {
    Invalid,   ///< bad input or an illegal transition
    NotFound,  ///< the thing named does not exist (or the actor may not know it exists)
    Forbidden, ///< the acting user is not allowed to do this
    Conflict,  ///< someone else changed it first, or it already exists
    Storage,   ///< the database failed
};

/// A failure with a message fit for the person who asked.
struct Error {
    ErrorCode code = ErrorCode::Storage;
    QString message;
};

template <typename T>
using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

[[nodiscard]] inline std::unexpected<Error> fail(ErrorCode code, QString message)
{
    return std::unexpected(Error{code, std::move(message)});
}

/// Translation context for user-visible strings in core's non-QObject code.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Relais::Core)
};

} // namespace Relais::Core
