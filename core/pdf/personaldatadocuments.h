#pragma once

#include "export/personaldata.h"

namespace Relais::Pdf {

/// The documents of a personal-data export as relais_pdf makes them: each case's timeline
/// (through PdfExporter, so each is recorded on its case), the "Who saw this file" report, and
/// README.txt in the customer's language.
class PdfPersonalDataDocuments final : public Core::PersonalDataDocuments
{
public:
    explicit PdfPersonalDataDocuments(Core::Workspace &ws) : m_ws(ws) {}

    [[nodiscard]] Core::Status writeTimeline(const Core::Actor &actor, const QString &reference,
                                             const QString &language, const QString &path) override;
    [[nodiscard]] QByteArray accessLogPdf(const Core::AccessReport &report, const QString &language,
                                          const QString &timeZone) override;
    [[nodiscard]] QString readme(const Core::PersonalDataExport &contents, const Core::Actor &actor) override;

private:
    Core::Workspace &m_ws;
};

} // namespace Relais::Pdf
