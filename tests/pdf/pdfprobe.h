#pragma once

// Reads a PDF back the way its readers will: with poppler-utils (pdftotext, pdfinfo, pdffonts),
// as an outside tool, not through the code that wrote it. Text is compared after Unicode NFKC
// normalisation (pdftotext gives Arabic as presentation forms and "fi" as a ligature) with the
// bidi control marks pdftotext wraps right-to-left runs in taken out.

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QList>
#include <QProcess>
#include <QRectF>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <memory>

namespace Relais::Test {

/// One word as pdftotext -bbox-layout places it, in points from the top-left corner.
struct PdfWord {
    QString text; ///< normalised
    QRectF box;
};

struct PdfPageWords {
    QSizeF size; ///< points
    QList<PdfWord> words;
};

/// A row of pdffonts.
struct PdfFont {
    QString name;
    QString type;
    bool embedded = false;
};

/// Text for comparisons: NFKC, bidi marks removed, Arabic-Indic digits left as they are.
[[nodiscard]] inline QString normalisedText(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_KC);
    static const QRegularExpression bidiMarks(
        QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{061C}]"));
    out.remove(bidiMarks);
    return out;
}

/// Whitespace collapsed to single spaces, for phrases a line break may have cut.
[[nodiscard]] inline QString flattened(const QString &text)
{
    return text.simplified();
}

/// A PDF on disk, and what the poppler tools say about it.
class PdfProbe
{
public:
    /// Keeps the bytes in a temporary file for the tools.
    explicit PdfProbe(const QByteArray &bytes) : m_dir(std::make_unique<QTemporaryDir>())
    {
        m_path = m_dir->filePath(QStringLiteral("probe.pdf"));
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            m_error = QStringLiteral("cannot write %1").arg(m_path);
    }
    /// Reads the file where it is.
    explicit PdfProbe(const QString &path) : m_path(path) {}

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString error() const { return m_error; }

    /// The poppler tools this probe needs, missing ones named; empty when all are there.
    [[nodiscard]] static QString missingTools()
    {
        QStringList missing;
        for (const QString &tool : {QStringLiteral("pdftotext"), QStringLiteral("pdfinfo"), QStringLiteral("pdffonts")})
            if (QStandardPaths::findExecutable(tool).isEmpty())
                missing << tool;
        return missing.join(QStringLiteral(", "));
    }

    /// Each page's text (pdftotext, UTF-8, reading order; -layout keeps columns apart), normalised.
    [[nodiscard]] QStringList pageTexts(bool layout = false)
    {
        QString &cache = layout ? m_layoutText : m_text;
        if (cache.isNull()) {
            QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
            if (layout)
                args << QStringLiteral("-layout");
            args << m_path << QStringLiteral("-");
            cache = normalisedText(QString::fromUtf8(runTool(QStringLiteral("pdftotext"), args)));
        }
        QStringList pages = cache.split(u'\f');
        // pdftotext ends every page with a form feed: the last piece is empty.
        if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
            pages.removeLast();
        return pages;
    }

    /// The text of every page, in order.
    [[nodiscard]] QString text(bool layout = false) { return pageTexts(layout).join(u'\n'); }

    /// pdfinfo's "Key: value" lines (Title, Author, Subject, Keywords, Pages, Page size…).
    [[nodiscard]] QHash<QString, QString> info()
    {
        QHash<QString, QString> out;
        const QString text = QString::fromUtf8(
            runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), m_path}));
        for (const QString &line : text.split(u'\n')) {
            const qsizetype colon = line.indexOf(u':');
            if (colon <= 0)
                continue;
            out.insert(line.left(colon).trimmed(), normalisedText(line.mid(colon + 1).trimmed()));
        }
        return out;
    }

    [[nodiscard]] int pageCount() { return info().value(QStringLiteral("Pages"), QStringLiteral("-1")).toInt(); }

    /// pdffonts' table: one row per font.
    [[nodiscard]] QList<PdfFont> fonts()
    {
        QList<PdfFont> out;
        const QStringList lines = QString::fromUtf8(runTool(QStringLiteral("pdffonts"), {m_path})).split(u'\n');
        // name type encoding emb sub uni object ID; the type may hold spaces ("CID TrueType"), so
        // the columns are read from the right: ... emb sub uni num gen.
        for (qsizetype i = 2; i < lines.size(); ++i) {
            const QStringList cells = lines[i].split(u' ', Qt::SkipEmptyParts);
            if (cells.size() < 7)
                continue;
            PdfFont font;
            font.name = cells.first();
            font.embedded = cells[cells.size() - 5] == QStringLiteral("yes");
            font.type = cells.mid(1, cells.size() - 7).join(u' ');
            out.append(font);
        }
        return out;
    }

    /// Every word with its box, page by page (pdftotext -bbox-layout).
    [[nodiscard]] QList<PdfPageWords> words()
    {
        QList<PdfPageWords> pages;
        const QByteArray xhtml = runTool(QStringLiteral("pdftotext"),
                                         {QStringLiteral("-bbox-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                          m_path, QStringLiteral("-")});
        QXmlStreamReader xml(xhtml);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto a = xml.attributes();
            if (xml.name() == QStringLiteral("page")) {
                PdfPageWords page;
                page.size = QSizeF(a.value(QStringLiteral("width")).toDouble(), a.value(QStringLiteral("height")).toDouble());
                pages.append(page);
            } else if (xml.name() == QStringLiteral("word") && !pages.isEmpty()) {
                const QPointF topLeft(a.value(QStringLiteral("xMin")).toDouble(), a.value(QStringLiteral("yMin")).toDouble());
                const QPointF bottomRight(a.value(QStringLiteral("xMax")).toDouble(), a.value(QStringLiteral("yMax")).toDouble());
                pages.last().words.append(PdfWord{normalisedText(xml.readElementText()), QRectF(topLeft, bottomRight)});
            }
        }
        if (xml.hasError())
            m_error = QStringLiteral("pdftotext -bbox-layout: ") + xml.errorString();
        return pages;
    }

private:
    QByteArray runTool(const QString &tool, const QStringList &args)
    {
        QProcess process;
        process.start(tool, args);
        if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            m_error = QStringLiteral("%1 %2 failed: %3 %4")
                          .arg(tool, args.join(u' '), process.errorString(), QString::fromUtf8(process.readAllStandardError()));
            return {};
        }
        return process.readAllStandardOutput();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QString m_error;
    QString m_text;
    QString m_layoutText;
};

} // namespace Relais::Test
