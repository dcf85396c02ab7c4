#pragma once

#include <QLabel>

namespace Relais::Gui {

/// A label for a refusal shown next to what caused it: red, word-wrapped, hidden while empty.
[[nodiscard]] QLabel *makeErrorLabel();
/// A label for a caution that does not stop anything (amber-brown, word-wrapped, hidden while empty).
[[nodiscard]] QLabel *makeWarningLabel();
/// Shows `message` in `label`, or hides the label when the message is empty.
void showError(QLabel *label, const QString &message);

} // namespace Relais::Gui
