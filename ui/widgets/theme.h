#pragma once

#include "domain/types.h"

#include <QColor>
#include <QString>

class QWidget;

namespace Relais::Gui::Theme {

/// Gives each agency of the network its own colour from a palette, in the order given (call
/// once when a case file is opened, with every agency code).
void assignAgencyColours(const QStringList &agencyCodes);
/// The agency's colour, the same everywhere in the window.
[[nodiscard]] QColor agencyColour(const QString &agencyCode);
/// The colour and short symbol of each timeline event kind.
[[nodiscard]] QColor kindColour(Core::EventKind kind);
[[nodiscard]] QString kindSymbol(Core::EventKind kind);
[[nodiscard]] QString kindLabel(Core::EventKind kind);
/// Status chip colours: waiting (amber), working (blue), done (green), stopped (grey/red).
[[nodiscard]] QColor statusColour(Core::HandoffStatus status);
[[nodiscard]] QString statusLabel(Core::HandoffStatus status);

/// A panel with a tinted background and rounded border that reports an outcome (what a
/// save or a batch did): `objectName` names it for tests and its style sheet.
enum class PanelTone { Neutral, Success };
[[nodiscard]] QWidget *makeResultPanel(const QString &objectName, PanelTone tone);

inline const QColor effortHighlight{0xfd, 0xec, 0xc8};
inline const QColor internalTint{0xee, 0xea, 0xf6};
inline const QColor lateRed{0xb3, 0x26, 0x1e};
inline const QColor deniedTint{0xfd, 0xe8, 0xe6}; ///< rows of refused attempts

} // namespace Relais::Gui::Theme
