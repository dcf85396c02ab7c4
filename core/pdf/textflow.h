#pragma once

#include "pdf/pdfcanvas.h"

#include <QTextCursor>
#include <QTextTable>

namespace Relais::Pdf {

/// How a run of text looks.
enum class Ink { Body, Strong, Muted, Late, Effort, Internal };

/// Writes a document top to bottom: headings and labels in the document's direction, free text
/// (what people typed) in its own — an Arabic note in a French file reads right to left.
///
/// Long paragraphs are cut into blocks that fit a page, so PdfCanvas can keep every block whole
/// on one page (see keepBlocksWhole()).
class TextFlow final
{
public:
    TextFlow(PdfCanvas &canvas, Qt::LayoutDirection direction);

    void title(const QString &text, qreal pointSize = 17);
    /// A section heading; `newPage` starts it at the top of a page.
    void heading(const QString &text, bool newPage = false);
    void subheading(const QString &text);
    /// A structural line (labels, dates, names) in the document's direction.
    void line(const QString &text, Ink ink = Ink::Body, qreal pointSize = 0, int indent = 0);
    /// Starts a structural line to be filled run by run with append().
    void beginLine(int indent = 0, qreal spaceBefore = 0);
    /// Keeps the current block on the page of the block after it (headings, event headings).
    void keepWithNext();
    void append(const QString &text, Ink ink = Ink::Body, qreal pointSize = 0);
    void appendMonospace(const QString &text, qreal pointSize);
    /// Text a person wrote, paragraph by paragraph, each in its own direction.
    void prose(const QString &text, int indent = 0);
    void space(qreal points);
    void bullet(const QString &text, int indent = 1);

    /// A table whose column widths are percentages of the body, in reading order (mirrored in a
    /// right-to-left document); the first row repeats on each page when `header` is true.
    [[nodiscard]] QTextTable *table(int rows, const QList<qreal> &widthPercents, bool header, bool borders);
    /// Text in a cell, aligned with the document; `ownDirection` isolates what a person typed so
    /// it keeps its own direction inside the line.
    void cellText(QTextTable *table, int row, int column, const QString &text, Ink ink = Ink::Body,
                  qreal pointSize = 0, bool ownDirection = false);
    /// Adds one line to a cell, below what it holds.
    void cellLine(QTextTable *table, int row, int column, const QString &text, Ink ink = Ink::Body,
                  qreal pointSize = 0);
    /// Leaves the table: what follows goes below it.
    void afterTable();

    [[nodiscard]] QTextCharFormat format(Ink ink, qreal pointSize = 0) const;
    /// format() for this very text (see fontFor()).
    [[nodiscard]] QTextCharFormat formatFor(const QString &text, Ink ink, qreal pointSize = 0) const;
    [[nodiscard]] Qt::LayoutDirection direction() const { return m_direction; }

    /// Text wrapped in a directional isolate, so its own direction holds inside a line of the
    /// document's direction (an Arabic name in a French line, a French ask or a phone number in
    /// an Arabic cell).
    [[nodiscard]] static QString isolated(const QString &text);

private:
    [[nodiscard]] QTextBlockFormat structural(int indent = 0, qreal spaceBefore = 0) const;
    [[nodiscard]] QTextBlockFormat block(Qt::LayoutDirection direction, int indent = 0, qreal spaceBefore = 0) const;
    void newBlock(const QTextBlockFormat &format);
    [[nodiscard]] QTextTableCell cell(QTextTable *table, int row, int column) const;

    PdfCanvas &m_canvas;
    QTextCursor m_cursor;
    Qt::LayoutDirection m_direction;
    bool m_empty = true;
};

} // namespace Relais::Pdf
