#pragma once

#include "common/error.h"

namespace Relais::Core {

/// An e-mail address as a person types it, trimmed and in lower case: " Contact@Atlas.ma " →
/// "contact@atlas.ma". Text that cannot be an address (no @, no dot in the domain, spaces) is
/// refused with a message.
[[nodiscard]] Result<QString> normaliseEmail(const QString &input);

} // namespace Relais::Core
