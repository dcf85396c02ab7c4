#pragma once

#include "export/exportoptions.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextFormat>

#include <functional>

namespace Relais::Pdf {

/// What every page carries around the flowing text.
struct PageFrame {
    QString headerStart;  ///< reference and customer
    QString headerEnd;    ///< the document's name
    QString footerStart;  ///< generated at, by whom
    QString footerHashLabel; ///< "Head hash (event #41):"
    QString footerHash;      ///< the head hash itself, in a fixed-width font
    /// "Page 2 of 14" for page `page` (1-based) of `pages`.
    std::function<QString(int page, int pages)> pageLabel;
};

/// True when the text holds Arabic letters.
[[nodiscard]] bool hasArabic(const QString &text);
/// `font` set up for `text`: Latin ligatures off where there is no Arabic (see the .cpp).
[[nodiscard]] QFont fontFor(QFont font, const QString &text);

/// A block format property: keep this block on the same page as the next one.
inline constexpr int keepWithNextProperty = QTextFormat::UserProperty + 1;

/// Moves to the next page every block that would be split across two pages (and every block
/// marked keepWithNextProperty whose successor starts on a later page). Qt draws the last line
/// above a page's clip again, invisibly, so a split paragraph would be copied, searched and
/// extracted twice; whole blocks also read better. Blocks in tables, and blocks too tall for
/// a page, stay where they are.
void keepBlocksWhole(QTextDocument &document);

/// Document metadata, in the PDF's Info dictionary.
struct PdfMetadata {
    QString title;
    QString author;
    QString subject;
    QString keywords;
};

/// A PDF being written: a paged QTextDocument laid out at the PDF's resolution, printed page
/// by page with a running header and footer. Fonts are embedded by Qt (real, selectable text)
/// and the text engine shapes Arabic and orders mixed lines by the Unicode bidi algorithm.
class PdfCanvas final
{
public:
    PdfCanvas(Core::PaperSize paper, Qt::LayoutDirection direction);
    Q_DISABLE_COPY_MOVE(PdfCanvas)

    /// The document to fill; its page size is the body area between header and footer.
    [[nodiscard]] QTextDocument &document() { return m_document; }
    /// Body width in the document's units, for tables and rules.
    [[nodiscard]] qreal bodyWidth() const;
    /// The size of one point in the units of text formats (margins, padding, indents).
    [[nodiscard]] qreal point() const;
    [[nodiscard]] QFont bodyFont(qreal pointSize = 9.5) const;
    [[nodiscard]] static QFont monospaceFont(qreal pointSize);

    /// Prints every page and gives the PDF's bytes.
    [[nodiscard]] QByteArray print(const PageFrame &frame, const PdfMetadata &metadata);
    [[nodiscard]] int pageCount() const { return m_pages; }

private:
    void drawFrame(QPainter &painter, const PageFrame &frame, int page, int pages) const;
    [[nodiscard]] QRectF pageRect() const;
    [[nodiscard]] QRectF bodyRect() const;

    QBuffer m_buffer;
    QPdfWriter m_writer;
    QTextDocument m_document;
    Qt::LayoutDirection m_direction;
    int m_pages = 0;
};

/// Writes title, author, subject and keywords into the Info dictionary of a PDF printed with
/// `infoPlaceholder()` as its title (QPdfWriter 6.4 sets only the title and creator).
[[nodiscard]] QByteArray withMetadata(QByteArray pdf, const PdfMetadata &metadata);
[[nodiscard]] QString infoPlaceholder();

} // namespace Relais::Pdf
