#pragma once

#include "domain/types.h"
#include "export/identifierscrubber.h"

#include <QLocale>
#include <QTranslator>

#include <memory>

namespace Relais::Pdf {

/// The words of one exported document, in its own language — which need not be the
/// interface's: a letter speaks the customer's language, a timeline the reader's.
///
/// Texts are English in the code and translated from resources/translations/relais_pdf_*.ts
/// (context "Relais::Pdf": lupdate files calls written `words.tr("…")` inside namespace
/// Relais::Pdf under it).
class Wording final
{
public:
    /// "fr", "ar" or "en"; anything else reads as English.
    explicit Wording(const QString &language);

    [[nodiscard]] QString language() const { return m_language; }
    [[nodiscard]] QLocale locale() const { return m_locale; }
    [[nodiscard]] Qt::LayoutDirection direction() const;
    [[nodiscard]] QString tr(const char *source, const char *disambiguation = nullptr, int n = -1) const;

    /// "2 Mar 2026 10:15" in the document's language, in `timeZone`.
    [[nodiscard]] QString dateTime(const QDateTime &instant, const QString &timeZone) const;
    [[nodiscard]] QString date(const QDateTime &instant, const QString &timeZone) const;
    [[nodiscard]] QString date(const QDate &day) const;
    /// "12.5 h" of working time.
    [[nodiscard]] QString workingHours(qint64 workingSeconds) const;
    /// "2.1 MB", "740 KB".
    [[nodiscard]] QString size(qint64 bytes) const;

    [[nodiscard]] QString status(Core::HandoffStatus status) const;
    [[nodiscard]] QString caseStatus(Core::CaseStatus status) const;
    [[nodiscard]] QString eventKind(Core::EventKind kind) const;
    [[nodiscard]] QString effort(Core::EffortKind kind) const;
    [[nodiscard]] QString languageName(const QString &code) const;
    /// The case categories Relais knows by name; anything else as it was typed.
    [[nodiscard]] QString category(const QString &code) const;
    [[nodiscard]] QString channelName(const QString &code) const;
    /// "[phone removed]"… in the document's language.
    [[nodiscard]] Core::RedactionMarkers redactionMarkers() const;

private:
    QString m_language;
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace Relais::Pdf
