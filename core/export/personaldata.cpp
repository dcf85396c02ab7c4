#include "export/personaldata.h"

#include "casefile/caseaccess.h"
#include "casefile/json.h"
#include "casefile/timelinewriter.h"
#include "casefile/workspace.h"
#include "export/exportoptions.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core {

namespace {

/// Files written under the staging folder, and their names relative to it.
class FolderWriter final
{
public:
    explicit FolderWriter(QString root) : m_root(std::move(root)) {}

    [[nodiscard]] QString path(const QString &relative) const { return QDir(m_root).filePath(relative); }

    /// Makes the folders of `relative` and gives its full path.
    [[nodiscard]] Result<QString> prepare(const QString &relative)
    {
        const QString full = path(relative);
        if (!QDir().mkpath(QFileInfo(full).absolutePath()))
            return fail(ErrorCode::Storage, Tr::tr("Cannot create the folder for %1.").arg(relative));
        m_files << relative;
        return full;
    }

    [[nodiscard]] Status write(const QString &relative, const QByteArray &bytes)
    {
        auto full = prepare(relative);
        if (!full)
            return std::unexpected(full.error());
        QSaveFile file(*full);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return fail(ErrorCode::Storage, Tr::tr("Cannot write %1: %2").arg(relative, file.errorString()));
        return {};
    }

    [[nodiscard]] Status writeJson(const QString &relative, const QJsonObject &json)
    {
        return write(relative, QJsonDocument(json).toJson(QJsonDocument::Indented));
    }

    [[nodiscard]] QStringList files() const
    {
        QStringList sorted = m_files;
        sorted.sort();
        return sorted;
    }

private:
    QString m_root;
    QStringList m_files;
};

/// A name a file can have in the folder: the original one without any path, made unique.
QString documentFileName(const QString &original, Id id, QStringList &taken)
{
    QString name = QFileInfo(original).fileName().trimmed();
    name.replace(u'\\', u'_');
    if (name.isEmpty() || name == u"."_s || name == u".."_s)
        name = u"document-%1"_s.arg(id);
    const QFileInfo info(name);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : u"."_s + info.suffix();
    QString unique = name;
    for (int n = 2; taken.contains(unique, Qt::CaseInsensitive); ++n)
        unique = u"%1 (%2)%3"_s.arg(base).arg(n).arg(suffix);
    taken << unique;
    return unique;
}

/// Each file the customer provided, once (the same bytes given twice are one file), with the
/// cases it serves; written under documents/.
Result<QJsonArray> writeDocuments(Database &db, const QList<Id> &family, FolderWriter &folder, int &count)
{
    QJsonArray listed;
    QStringList names;
    QStringList hashes;
    for (Id member : family) {
        auto rows = db.select(u"SELECT d.id, d.kind, d.file_name, d.mime_type, d.size_bytes, d.sha256, d.content, "
                              "d.provided_at, u.display_name, a.code FROM documents d JOIN users u ON u.id = d.recorded_by "
                              "JOIN agencies a ON a.id = d.agency_id WHERE d.client_id = :client "
                              "ORDER BY d.provided_at, d.id"_s,
                              {{u":client"_s, member}});
        if (!rows)
            return std::unexpected(rows.error());
        for (const auto &r : *rows) {
            Document d;
            d.id = r.value(0).toLongLong();
            d.clientId = member;
            d.kind = r.value(1).toString();
            d.fileName = r.value(2).toString();
            d.mimeType = r.value(3).toString();
            d.sizeBytes = r.value(4).toLongLong();
            d.sha256 = r.value(5).toString().toLatin1();
            d.providedAt = fromStored(r.value(7));
            d.recordedBy = r.value(8).toString();
            d.agencyCode = r.value(9).toString();
            auto cases = db.select(u"SELECT c.reference FROM case_documents cd JOIN cases c ON c.id = cd.case_id "
                                   "WHERE cd.document_id = :doc ORDER BY c.reference"_s,
                                   {{u":doc"_s, d.id}});
            if (!cases)
                return std::unexpected(cases.error());
            QJsonArray references;
            for (const auto &c : *cases)
                references.append(c.value(0).toString());
            QJsonObject entry = Json::document(d);
            entry.insert(u"cases"_s, references);
            const qsizetype same = hashes.indexOf(QString::fromLatin1(d.sha256));
            if (same >= 0) {
                entry.insert(u"file"_s, listed.at(same).toObject().value(u"file"_s));
            } else {
                const QString file = u"documents/"_s + documentFileName(d.fileName, d.id, names);
                if (auto ok = folder.write(file, r.value(6).toByteArray()); !ok)
                    return std::unexpected(ok.error());
                entry.insert(u"file"_s, file);
                ++count;
            }
            hashes << QString::fromLatin1(d.sha256);
            listed.append(entry);
        }
    }
    return listed;
}

/// client.json: who the customer is, on every file that turned out to be theirs, what they agreed
/// to share (and withdrew, and why), and the merges of their files.
Result<QJsonObject> clientJson(Workspace &ws, const Actor &actor, const QList<Id> &family)
{
    QJsonArray files;
    QJsonArray consents;
    QJsonArray merges;
    QList<Id> mergeIds;
    for (Id member : family) {
        auto client = ws.clients().client(actor, member);
        if (!client)
            return std::unexpected(client.error());
        files.append(Json::client(*client));
        auto given = ws.clients().consents(actor, member);
        if (!given)
            return std::unexpected(given.error());
        for (const Consent &consent : *given) {
            QJsonObject entry = Json::consent(consent);
            auto reason = ws.database().scalar(u"SELECT revoke_reason FROM consents WHERE id = :id"_s,
                                               {{u":id"_s, consent.id}});
            if (!reason)
                return std::unexpected(reason.error());
            entry.insert(u"revokeReason"_s, consent.active() ? QJsonValue() : QJsonValue(reason->toString()));
            consents.append(entry);
        }
        auto merged = ws.merges().mergesOf(actor, member);
        if (!merged)
            return std::unexpected(merged.error());
        for (const ClientMergeRecord &merge : *merged)
            if (!mergeIds.contains(merge.id)) {
                mergeIds << merge.id;
                merges.append(Json::clientMerge(merge));
            }
    }
    QJsonArray mergedFiles = files;
    mergedFiles.removeFirst();
    return QJsonObject{{u"client"_s, files.first()},
                       {u"mergedFiles"_s, mergedFiles},
                       {u"consents"_s, consents},
                       {u"merges"_s, merges}};
}

/// cases/REF/: the timeline as a PDF, and the whole case as JSON — every event, including each
/// agency's internal ones: it is the customer's own data.
Status writeCase(Workspace &ws, const Actor &actor, Id caseId, const QString &language, FolderWriter &folder,
                 PersonalDataDocuments &documents, QStringList &references)
{
    auto reference = ws.database().scalar(u"SELECT reference FROM cases WHERE id = :case"_s, {{u":case"_s, caseId}});
    if (!reference)
        return std::unexpected(reference.error());
    const QString dir = u"cases/%1/"_s.arg(reference->toString());
    auto pdf = folder.prepare(dir + u"timeline.pdf"_s);
    if (!pdf)
        return std::unexpected(pdf.error());
    if (auto ok = documents.writeTimeline(actor, reference->toString(), language, *pdf); !ok)
        return ok;
    // After the export, so the JSON holds the event that records it.
    auto record = ws.cases().caseById(actor, caseId);
    if (!record)
        return std::unexpected(record.error());
    auto events = loadEvents(ws.database(), caseId, nullptr, {});
    if (!events)
        return std::unexpected(events.error());
    auto handoffs = ws.handoffs().handoffsOfCase(actor, caseId);
    if (!handoffs)
        return std::unexpected(handoffs.error());
    auto onFile = ws.cases().documents(actor, caseId);
    if (!onFile)
        return std::unexpected(onFile.error());
    references << record->reference;
    return folder.writeJson(dir + u"case.json"_s,
                            {{u"case"_s, Json::caseRecord(*record)},
                             {u"events"_s, Json::array(*events, Json::event)},
                             {u"handoffs"_s, Json::array(*handoffs, Json::handoff)},
                             {u"documents"_s, Json::array(*onFile, Json::document)}});
}

/// Puts the staged folder where the export was asked for (replacing an empty folder there).
Status place(const QString &staged, const QString &target)
{
    QDir().rmdir(target); // only succeeds on an empty folder, which checkExportFolder allowed
    if (!QDir().rename(staged, target))
        return fail(ErrorCode::Storage, Tr::tr("Cannot put the export in place at %1.").arg(target));
    return {};
}

} // namespace

Status checkExportFolder(const QString &folder)
{
    if (folder.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, Tr::tr("Say which folder to write the export to."));
    const QFileInfo target(folder);
    if (target.exists() && !target.isDir())
        return fail(ErrorCode::Invalid, Tr::tr("%1 is a file; give a folder that does not exist yet or is empty.").arg(folder));
    if (target.isDir() && !QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return fail(ErrorCode::Invalid, Tr::tr("%1 already holds files; give a folder that does not exist yet or is empty.")
                                            .arg(folder));
    const QFileInfo parent(target.absolutePath());
    if (!parent.isDir())
        return fail(ErrorCode::Invalid, Tr::tr("Cannot write %1: there is no folder %2.").arg(folder, parent.filePath()));
    if (!parent.isWritable())
        return fail(ErrorCode::Invalid,
                    Tr::tr("Cannot write %1: the folder %2 cannot be written to.").arg(folder, parent.filePath()));
    return {};
}

Result<PersonalDataExport> exportPersonalData(Workspace &ws, const Actor &actor, Id clientId, const QString &folder,
                                              PersonalDataDocuments &documents)
{
    if (auto person = requireUser(actor); !person)
        return std::unexpected(person.error());
    if (auto allowed = require(actor, Relation::None, Action::ExportPersonalData); !allowed)
        return std::unexpected(allowed.error());
    if (auto ok = checkExportFolder(folder); !ok)
        return std::unexpected(ok.error());
    auto family = ws.accessLog().clientFamily(clientId);
    if (!family)
        return std::unexpected(family.error());
    const QString target = QFileInfo(folder).absoluteFilePath();
    const bool targetExisted = QFileInfo(target).isDir();
    Database &db = ws.database();

    bool placed = false;
    const auto takeBack = [&] {
        if (placed)
            QDir(target).removeRecursively();
        if (placed && targetExisted)
            QDir().mkpath(target);
        placed = false;
    };
    // One transaction: the timelines' export records, the reads and the export's own entry
    // stand or fall with the folder.
    auto exported = db.write([&]() -> Result<PersonalDataExport> {
        takeBack(); // a PostgreSQL retry starts again from nothing
        QTemporaryDir staging(QFileInfo(target).absolutePath() + u"/.relais-export-XXXXXX"_s);
        if (!staging.isValid())
            return fail(ErrorCode::Storage, Tr::tr("Cannot write beside %1: %2").arg(target, staging.errorString()));
        FolderWriter files(staging.path());
        PersonalDataExport out;
        out.folder = target;
        out.exportedAt = db.now();

        auto client = clientJson(ws, actor, *family);
        if (!client)
            return std::unexpected(client.error());
        auto kept = ws.clients().client(actor, family->constFirst());
        if (!kept)
            return std::unexpected(kept.error());
        out.client = *kept;
        out.language = customerDocumentLanguage(kept->preferredLanguage);

        for (Id member : *family) {
            auto cases = db.select(u"SELECT id FROM cases WHERE client_id = :client ORDER BY opened_at, id"_s,
                                   {{u":client"_s, member}});
            if (!cases)
                return std::unexpected(cases.error());
            for (const auto &row : *cases)
                if (auto ok = writeCase(ws, actor, row.value(0).toLongLong(), out.language, files, documents, out.cases);
                    !ok)
                    return std::unexpected(ok.error());
        }
        auto provided = writeDocuments(db, *family, files, out.documents);
        if (!provided)
            return std::unexpected(provided.error());
        client->insert(u"documents"_s, *provided);
        client->insert(u"exportedAt"_s, Json::instant(out.exportedAt));
        if (auto ok = files.writeJson(u"client.json"_s, *client); !ok)
            return std::unexpected(ok.error());

        auto report = ws.accessLog().report(actor, family->constFirst());
        if (!report)
            return std::unexpected(report.error());
        if (auto ok = files.writeJson(u"access-log.json"_s, Json::accessReport(*report)); !ok)
            return std::unexpected(ok.error());
        if (auto ok = files.write(u"access-log.pdf"_s, documents.accessLogPdf(*report, out.language, actor.timeZone)); !ok)
            return std::unexpected(ok.error());

        QJsonObject details = accessBasis(actor, Relation::NonParticipant);
        details.insert(u"cases"_s, QJsonArray::fromStringList(out.cases));
        details.insert(u"documents"_s, out.documents);
        details.insert(u"folder"_s, QFileInfo(target).fileName());
        if (auto logged = audit(db, actor, u"client.personal-data-export"_s, clientSubject(kept->id), details); !logged)
            return std::unexpected(logged.error());

        out.files = files.files();
        out.files.append(u"README.txt"_s);
        out.files.sort();
        if (auto ok = files.write(u"README.txt"_s, documents.readme(out, actor).toUtf8()); !ok)
            return std::unexpected(ok.error());
        if (auto ok = place(staging.path(), target); !ok)
            return std::unexpected(ok.error());
        staging.setAutoRemove(false); // it is the export now
        placed = true;
        return out;
    });
    // Not committed: take the folder back, so no export is left without its record.
    if (!exported)
        takeBack();
    return exported;
}

} // namespace Relais::Core
