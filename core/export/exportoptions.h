#pragma once

#include <QDate>
#include <QString>

namespace Relais::Core {

enum class PaperSize { A4, Letter };

/// Which document an export produces.
enum class ExportDocument {
    Timeline,     ///< the evidence-grade case file: identity, handoff chain, every event
    StatusLetter, ///< one plain-language page for the customer
};

/// What the person exporting chose. The defaults give the full shared timeline on A4, with the
/// customer's CIN masked.
struct ExportOptions {
    ExportDocument document = ExportDocument::Timeline;
    QDate from;                   ///< first day kept (exporter's time zone); invalid: from the start
    QDate to;                     ///< last day kept, inclusive; invalid: up to now
    bool includeInternal = false; ///< add the exporter's own agency's internal events
    bool redact = false;          ///< remove CIN, phones, e-mails and the address, for outside readers
    bool showFullCin = false;     ///< print the CIN in full (ignored when redacting)
    PaperSize paper = PaperSize::A4;
    /// "fr", "ar" or "en". Empty: the customer's preferred language for a letter, the
    /// exporter's interface language for a timeline.
    QString language;
};

/// "fr", "ar" or "en" from a locale name or language code; empty when not one of them.
[[nodiscard]] QString documentLanguageCode(const QString &nameOrCode);
/// The language of documents written for a customer: their preferred one, or French (the
/// network's own) when it is none of fr, ar, en.
[[nodiscard]] QString customerDocumentLanguage(const QString &preferredLanguage);

} // namespace Relais::Core
