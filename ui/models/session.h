#pragma once

#include "casefile/workspace.h"

namespace Relais::Gui {

/// The open case file and the signed-in user: what every window works with.
struct Session {
    Core::Workspace *ws = nullptr;
    Core::Actor actor;

    [[nodiscard]] bool isValid() const { return ws && actor.isUser(); }
};

} // namespace Relais::Gui
