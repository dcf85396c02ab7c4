#pragma once

#include "casefile/accesslog.h"
#include "domain/types.h"

namespace Relais::Core {

class Workspace;

/// What a personal-data export wrote.
struct PersonalDataExport {
    QString folder;          ///< absolute path of the folder
    QStringList files;       ///< every file in it, relative, sorted
    Client client;           ///< the file kept when files were merged
    QStringList cases;       ///< case references
    int documents = 0;       ///< distinct files the customer provided
    QString language;        ///< of README.txt and the PDFs: the customer's ("fr", "ar", "en")
    QDateTime exportedAt;    ///< UTC
};

/// What a personal-data export needs from the document layer (relais_pdf), which core does not
/// link: the case timelines and the access log as PDF, and the words of README.txt.
class PersonalDataDocuments
{
public:
    virtual ~PersonalDataDocuments() = default;
    /// Writes the case's timeline, as `actor` exports it, at `path`; recorded on the case.
    [[nodiscard]] virtual Status writeTimeline(const Actor &actor, const QString &reference, const QString &language,
                                               const QString &path) = 0;
    /// The access log laid out as a PDF.
    [[nodiscard]] virtual QByteArray accessLogPdf(const AccessReport &report, const QString &language,
                                                  const QString &timeZone) = 0;
    /// README.txt: what each file of the export is, and how a mistake is corrected.
    [[nodiscard]] virtual QString readme(const PersonalDataExport &contents, const Actor &actor) = 0;
};

/// The right of access (law 09-08, GDPR art. 15): writes everything Relais holds about one
/// customer — and the files merged into theirs — to `folder`, which must not exist yet or be
/// empty: `client.json` (identity, phones, consents with their withdrawals, merges),
/// `cases/REF/case.json` (the case, its participants, every event including each agency's
/// internal ones, its handoffs and documents) and `cases/REF/timeline.pdf`, `documents/` (each
/// file provided, once, under its original name), `access-log.json` and `access-log.pdf`, and
/// `README.txt` in the customer's language.
///
/// For network administrators only. All or nothing: it is written in a temporary folder beside
/// `folder` and renamed at the end; a failure leaves neither folder nor record. Logged as
/// `client.personal-data-export`.
[[nodiscard]] Result<PersonalDataExport> exportPersonalData(Workspace &ws, const Actor &actor, Id clientId,
                                                            const QString &folder, PersonalDataDocuments &documents);

/// Refuses a target that cannot become the export's folder (it holds files, is a file, or its
/// parent folder is missing or read-only) before anything is read.
[[nodiscard]] Status checkExportFolder(const QString &folder);

} // namespace Relais::Core
