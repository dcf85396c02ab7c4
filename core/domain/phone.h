#pragma once

#include "common/error.h"

namespace Relais::Core {

/// Parses a phone number as a person types it, with Morocco as the default region, and gives
/// it back in E.164: "0612345678" → "+212612345678"; "+33 6 12 34 56 78" stays French.
/// Numbers that cannot be a real number are refused with a message.
[[nodiscard]] Result<QString> normalisePhone(const QString &input,
                                             const QString &defaultRegion = QStringLiteral("MA"));

/// True when the text looks like somebody typed a phone number (for search).
[[nodiscard]] bool looksLikePhone(const QString &text);

} // namespace Relais::Core

namespace Relais::Core {

/// An E.164 number as people read it: "+212612345678" → "+212 6 12 34 56 78".
[[nodiscard]] QString formatPhoneForDisplay(const QString &e164);

} // namespace Relais::Core
