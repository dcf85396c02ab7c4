#pragma once

#include "common/error.h"

namespace Relais::Cli {

/// Where a password comes from: an environment variable (scripts) or, failing that, the
/// terminal, typed without echo. Never an argument: those show in `ps` and shell history.
struct SecretSource {
    const char *variable;  ///< "RELAIS_PASSWORD"
    QString prompt;        ///< "Password for salma.idrissi: "
    bool confirm = false;  ///< ask twice on the terminal (a new password)
    Core::ErrorCode whenMissing = Core::ErrorCode::Forbidden;
};

/// The secret, or an error saying where to give it when there is neither variable nor terminal.
[[nodiscard]] Core::Result<QString> readSecret(const SecretSource &source);

/// Whether `variable` is set (to something), or a terminal is there to ask on.
[[nodiscard]] bool secretAvailable(const char *variable);

} // namespace Relais::Cli
