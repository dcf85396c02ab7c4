#pragma once

#include "common/error.h"

namespace Relais::Core {

/// Moroccan national ID (CIN): 1–2 letters then 1–6 digits, stored upper case without spaces.
/// "ab 12345" → "AB12345"; "A-1234567" and "123" are refused with a message saying why.
[[nodiscard]] Result<QString> normaliseCin(const QString &input);

/// The CIN with its middle hidden, for screens and exports: "AB123456" → "AB****56".
[[nodiscard]] QString maskCin(const QString &cin);

} // namespace Relais::Core
