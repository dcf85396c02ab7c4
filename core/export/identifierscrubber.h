#pragma once

#include "domain/types.h"

namespace Relais::Core {

/// What replaces each kind of removed identifier, in the document's language.
struct RedactionMarkers {
    QString cin = QStringLiteral("[CIN removed]");
    QString phone = QStringLiteral("[phone removed]");
    QString email = QStringLiteral("[e-mail removed]");
    QString address = QStringLiteral("[address removed]");
};

/// Removes or masks personal identifiers in the text of an export.
///
/// Redacting (for readers outside the network) replaces every CIN, phone number, e-mail address
/// and the customer's postal address found anywhere in the text — the customer's own, and any
/// other that looks like one, since a note may quote a relative's phone. Masking (the default
/// inside the network) only hides the middle of the customer's CIN, wherever it is written.
class IdentifierScrubber final
{
public:
    enum class Mode { KeepAll, MaskCin, Redact };

    IdentifierScrubber(const Client &client, Mode mode, RedactionMarkers markers = {});

    [[nodiscard]] QString apply(const QString &text) const;
    [[nodiscard]] Mode mode() const { return m_mode; }

    /// The client's identity as the export may show it: masked or emptied fields.
    [[nodiscard]] Client scrubbed(const Client &client) const;

private:
    Mode m_mode;
    RedactionMarkers m_markers;
    QString m_cin;
    QString m_maskedCin;
    QString m_address;
};

} // namespace Relais::Core
