#include "pdf/textflow.h"

#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Pdf {

namespace {

constexpr qreal bodyPoints = 9.5;

QColor inkColour(Ink ink)
{
    switch (ink) {
    case Ink::Body:
    case Ink::Strong:
        return QColor(0x1d, 0x23, 0x2b);
    case Ink::Muted:
        return QColor(0x5f, 0x66, 0x70);
    case Ink::Late:
        return QColor(0xb0, 0x1e, 0x1e);
    case Ink::Effort:
        return QColor(0xa8, 0x52, 0x00);
    case Ink::Internal:
        return QColor(0x3b, 0x4f, 0x9a);
    }
    return Qt::black;
}

} // namespace

TextFlow::TextFlow(PdfCanvas &canvas, Qt::LayoutDirection direction)
    : m_canvas(canvas), m_cursor(&canvas.document()), m_direction(direction)
{
    canvas.document().setIndentWidth(canvas.point() * 14);
}

QTextCharFormat TextFlow::format(Ink ink, qreal pointSize) const
{
    QTextCharFormat f;
    f.setFont(m_canvas.bodyFont(pointSize > 0 ? pointSize : bodyPoints));
    f.setForeground(inkColour(ink));
    if (ink == Ink::Strong || ink == Ink::Late || ink == Ink::Effort)
        f.setFontWeight(QFont::Bold);
    return f;
}

QTextBlockFormat TextFlow::structural(int indent, qreal spaceBefore) const
{
    QTextBlockFormat b;
    b.setLayoutDirection(m_direction);
    b.setAlignment(Qt::AlignLeft); // the leading side: mirrored in a right-to-left document
    b.setIndent(indent);
    b.setTopMargin(spaceBefore * m_canvas.point());
    return b;
}

void TextFlow::beginLine(int indent, qreal spaceBefore)
{
    if (m_empty) {
        m_cursor.setBlockFormat(structural(indent, spaceBefore));
        m_empty = false;
    } else {
        m_cursor.insertBlock(structural(indent, spaceBefore));
    }
}

void TextFlow::append(const QString &text, Ink ink, qreal pointSize)
{
    m_cursor.insertText(text, format(ink, pointSize));
}

void TextFlow::appendMonospace(const QString &text, qreal pointSize)
{
    QTextCharFormat f = format(Ink::Muted, pointSize);
    f.setFont(PdfCanvas::monospaceFont(pointSize));
    m_cursor.insertText(text, f);
}

void TextFlow::title(const QString &text, qreal pointSize)
{
    beginLine();
    append(text, Ink::Strong, pointSize);
}

void TextFlow::heading(const QString &text, bool newPage)
{
    QTextBlockFormat b = structural(0, 14);
    b.setBottomMargin(4 * m_canvas.point());
    if (newPage)
        b.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    // Keep a heading with what follows it rather than alone at the foot of a page.
    if (m_empty) {
        m_cursor.setBlockFormat(b);
        m_empty = false;
    } else {
        m_cursor.insertBlock(b);
    }
    append(text, Ink::Strong, 13);
}

void TextFlow::subheading(const QString &text)
{
    beginLine(0, 8);
    append(text, Ink::Strong, 10.5);
}

void TextFlow::line(const QString &text, Ink ink, qreal pointSize, int indent)
{
    beginLine(indent);
    append(text, ink, pointSize);
}

void TextFlow::prose(const QString &text, int indent)
{
    const QStringList paragraphs = text.split(u'\n');
    for (const QString &paragraph : paragraphs) {
        QTextBlockFormat b;
        b.setLayoutDirection(paragraph.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
        b.setAlignment(Qt::AlignLeft);
        b.setIndent(indent);
        if (m_empty) {
            m_cursor.setBlockFormat(b);
            m_empty = false;
        } else {
            m_cursor.insertBlock(b);
        }
        m_cursor.insertText(paragraph, format(Ink::Body));
    }
}

void TextFlow::space(qreal points)
{
    QTextBlockFormat b = structural();
    b.setLineHeight(points * m_canvas.point(), QTextBlockFormat::FixedHeight);
    m_cursor.insertBlock(b);
    m_empty = false;
}

void TextFlow::bullet(const QString &text, int indent)
{
    QTextBlockFormat b;
    b.setLayoutDirection(m_direction);
    b.setAlignment(Qt::AlignLeft);
    b.setIndent(indent);
    b.setTextIndent(-6 * m_canvas.point());
    b.setTopMargin(2 * m_canvas.point());
    m_cursor.insertBlock(b);
    m_empty = false;
    m_cursor.insertText(u"•  "_s + text, format(Ink::Body));
}

QTextTable *TextFlow::table(int rows, const QList<qreal> &widthPercents, bool header, bool borders)
{
    QTextTableFormat f;
    f.setLayoutDirection(m_direction);
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (const qreal w : widthPercents)
        widths.append(QTextLength(QTextLength::PercentageLength, w));
    f.setColumnWidthConstraints(widths);
    f.setCellPadding(2.5 * m_canvas.point());
    f.setCellSpacing(0);
    f.setTopMargin(4 * m_canvas.point());
    f.setBorderCollapse(true);
    if (borders) {
        f.setBorder(0.5 * m_canvas.point());
        f.setBorderBrush(QColor(0xb8, 0xbd, 0xc5));
        f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    } else {
        f.setBorder(0);
    }
    if (header)
        f.setHeaderRowCount(1);
    m_empty = false;
    return m_cursor.insertTable(rows, int(widthPercents.size()), f);
}

void TextFlow::cellText(QTextTable *table, int row, int column, const QString &text, Ink ink, qreal pointSize,
                        bool ownDirection)
{
    QTextCursor c = table->cellAt(row, column).firstCursorPosition();
    const QStringList lines = text.split(u'\n');
    bool first = true;
    for (const QString &line : lines) {
        QTextBlockFormat b;
        b.setLayoutDirection(ownDirection ? (line.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight) : m_direction);
        b.setAlignment(Qt::AlignLeft);
        if (first)
            c.setBlockFormat(b);
        else
            c.insertBlock(b);
        first = false;
        c.insertText(line, format(ink, pointSize));
    }
}

void TextFlow::cellLine(QTextTable *table, int row, int column, const QString &text, Ink ink, qreal pointSize)
{
    const QTextTableCell cell = table->cellAt(row, column);
    QTextCursor c = cell.lastCursorPosition();
    const bool empty = cell.firstCursorPosition().position() == c.position();
    QTextBlockFormat b;
    b.setLayoutDirection(m_direction);
    b.setAlignment(Qt::AlignLeft);
    if (empty)
        c.setBlockFormat(b);
    else
        c.insertBlock(b);
    c.insertText(text, format(ink, pointSize));
}

void TextFlow::afterTable()
{
    m_cursor.movePosition(QTextCursor::End);
}

} // namespace Relais::Pdf
