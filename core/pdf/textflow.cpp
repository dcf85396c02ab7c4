#include "pdf/textflow.h"

#include <QRegularExpression>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Pdf {

namespace {

constexpr qreal bodyPoints = 9.5;
/// Longest block of prose: about eight lines, always well within a page.
constexpr qsizetype chunkCharacters = 700;

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

/// Cuts a long paragraph into pieces that each fit a page, after a sentence where it can.
QStringList chunks(const QString &paragraph)
{
    QStringList out;
    QString rest = paragraph;
    static const QRegularExpression sentenceEnd(u"[.!?؟;؛]\\s"_s);
    while (rest.size() > chunkCharacters) {
        qsizetype cut = -1;
        for (auto it = sentenceEnd.globalMatch(rest.left(chunkCharacters)); it.hasNext();)
            cut = it.next().capturedEnd();
        if (cut < chunkCharacters / 3)
            cut = rest.lastIndexOf(u' ', chunkCharacters) + 1;
        if (cut <= 0)
            cut = chunkCharacters;
        out << rest.left(cut).trimmed();
        rest = rest.mid(cut);
    }
    out << rest;
    return out;
}

} // namespace

TextFlow::TextFlow(PdfCanvas &canvas, Qt::LayoutDirection direction)
    : m_canvas(canvas), m_cursor(&canvas.document()), m_direction(direction)
{
    canvas.document().setIndentWidth(canvas.point() * 14);
}

QString TextFlow::isolated(const QString &text)
{
    // Right-to-left or left-to-right isolate by the first strong letter; text with none (a phone
    // number, a date in digits) reads left to right — a first-strong isolate would give it the
    // line's direction and send "+212 …"'s plus sign to the far end in Arabic.
    const QChar open = text.isRightToLeft() ? QChar(0x2067) : QChar(0x2066);
    return open + text + QChar(0x2069);
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

QTextCharFormat TextFlow::formatFor(const QString &text, Ink ink, qreal pointSize) const
{
    QTextCharFormat f = format(ink, pointSize);
    f.setFont(fontFor(f.font(), text));
    return f;
}

QTextBlockFormat TextFlow::block(Qt::LayoutDirection direction, int indent, qreal spaceBefore) const
{
    QTextBlockFormat b;
    b.setLayoutDirection(direction);
    b.setAlignment(Qt::AlignLeft); // the leading side: mirrored in a right-to-left block
    b.setIndent(indent);
    b.setTopMargin(spaceBefore * m_canvas.point());
    return b;
}

QTextBlockFormat TextFlow::structural(int indent, qreal spaceBefore) const
{
    return block(m_direction, indent, spaceBefore);
}

void TextFlow::newBlock(const QTextBlockFormat &format)
{
    if (m_empty) {
        m_cursor.setBlockFormat(format);
        m_empty = false;
    } else {
        m_cursor.insertBlock(format);
    }
}

void TextFlow::beginLine(int indent, qreal spaceBefore)
{
    newBlock(structural(indent, spaceBefore));
}

void TextFlow::append(const QString &text, Ink ink, qreal pointSize)
{
    m_cursor.insertText(text, formatFor(text, ink, pointSize));
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

void TextFlow::keepWithNext()
{
    QTextBlockFormat b = m_cursor.blockFormat();
    b.setProperty(keepWithNextProperty, true);
    m_cursor.setBlockFormat(b);
}

void TextFlow::heading(const QString &text, bool newPage)
{
    QTextBlockFormat b = structural(0, 14);
    b.setProperty(keepWithNextProperty, true);
    b.setBottomMargin(4 * m_canvas.point());
    if (newPage)
        b.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    newBlock(b);
    append(text, Ink::Strong, 13);
}

void TextFlow::subheading(const QString &text)
{
    beginLine(0, 8);
    keepWithNext();
    append(text, Ink::Strong, 10.5);
}

void TextFlow::line(const QString &text, Ink ink, qreal pointSize, int indent)
{
    beginLine(indent);
    append(text, ink, pointSize);
}

void TextFlow::prose(const QString &text, int indent)
{
    for (const QString &paragraph : text.split(u'\n')) {
        const Qt::LayoutDirection direction = paragraph.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
        for (const QString &piece : chunks(paragraph)) {
            newBlock(block(direction, indent));
            m_cursor.insertText(piece, formatFor(piece, Ink::Body));
        }
    }
}

void TextFlow::space(qreal points)
{
    QTextBlockFormat b = structural();
    b.setLineHeight(points * m_canvas.point(), QTextBlockFormat::FixedHeight);
    newBlock(b);
}

void TextFlow::bullet(const QString &text, int indent)
{
    QTextBlockFormat b = structural(indent, 2);
    b.setTextIndent(-6 * m_canvas.point());
    newBlock(b);
    m_cursor.insertText(u"•  "_s + text, formatFor(text, Ink::Body));
}

QTextTable *TextFlow::table(int rows, const QList<qreal> &widthPercents, bool header, bool borders)
{
    QTextTableFormat f;
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (const qreal w : widthPercents)
        widths.append(QTextLength(QTextLength::PercentageLength, w));
    // Qt 6.4 lays table columns out left to right whatever the direction: mirror them here.
    if (m_direction == Qt::RightToLeft)
        std::reverse(widths.begin(), widths.end());
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

QTextTableCell TextFlow::cell(QTextTable *table, int row, int column) const
{
    const int visual = m_direction == Qt::RightToLeft ? table->columns() - 1 - column : column;
    return table->cellAt(row, visual);
}

void TextFlow::cellText(QTextTable *table, int row, int column, const QString &text, Ink ink, qreal pointSize,
                        bool ownDirection)
{
    QTextCursor c = cell(table, row, column).firstCursorPosition();
    bool first = true;
    for (const QString &line : text.split(u'\n')) {
        if (first)
            c.setBlockFormat(structural());
        else
            c.insertBlock(structural());
        first = false;
        c.insertText(ownDirection ? isolated(line) : line, formatFor(line, ink, pointSize));
    }
}

void TextFlow::cellLine(QTextTable *table, int row, int column, const QString &text, Ink ink, qreal pointSize)
{
    const QTextTableCell target = cell(table, row, column);
    QTextCursor c = target.lastCursorPosition();
    if (target.firstCursorPosition().position() == c.position())
        c.setBlockFormat(structural());
    else
        c.insertBlock(structural());
    c.insertText(text, formatFor(text, ink, pointSize));
}

void TextFlow::afterTable()
{
    m_cursor.movePosition(QTextCursor::End);
}

} // namespace Relais::Pdf
