#include "pdf/pdfcanvas.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextTable>

#include <cmath>
#include <QFontMetricsF>
#include <QPainter>
#include <QPageLayout>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Pdf {

namespace {

constexpr int dotsPerInch = 300;
constexpr qreal sideMarginMm = 18;
constexpr qreal headerZoneMm = 20;  ///< from the top edge to the body
constexpr qreal footerZoneMm = 22;  ///< from the body to the bottom edge
constexpr qsizetype placeholderLength = 700;

qreal mm(qreal millimetres)
{
    return millimetres / 25.4 * dotsPerInch;
}

const QColor frameInk(0x55, 0x5b, 0x66);

/// PDF text string as Qt writes one: UTF-16BE with a byte order mark, in parentheses.
QByteArray pdfString(const QString &text)
{
    QByteArray out("(\xfe\xff", 3);
    for (const QChar c : text) {
        for (const char byte : {char(c.unicode() >> 8), char(c.unicode() & 0xff)}) {
            if (byte == '(' || byte == ')' || byte == '\\')
                out.append('\\');
            out.append(byte);
        }
    }
    out.append(')');
    return out;
}

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QByteArray xmpPacket(const PdfMetadata &m)
{
    const QString xml = uR"(<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">%1</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">%3</rdf:li></rdf:Alt></dc:description>
<pdf:Keywords>%4</pdf:Keywords>
<pdf:Producer>Relais</pdf:Producer>
<xmp:CreatorTool>Relais</xmp:CreatorTool>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>)"_s.arg(xmlEscaped(m.title), xmlEscaped(m.author), xmlEscaped(m.subject), xmlEscaped(m.keywords));
    return xml.toUtf8();
}

} // namespace

void keepBlocksWhole(QTextDocument &document)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const qreal pageHeight = document.pageSize().height();
    const auto pageOf = [&](qreal y) { return int(std::floor(y / pageHeight)); };
    const auto moveToNextPage = [](const QTextBlock &block) {
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
    };
    // Layout is lazy: each query lays out up to the block asked about, so a change made here
    // is taken into account by the next question.
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (QTextCursor(block).currentTable())
            continue;
        const QRectF box = layout->blockBoundingRect(block);
        const bool split = pageOf(box.top()) != pageOf(box.bottom() - 1) && box.height() < pageHeight * 0.8;
        if (split) {
            moveToNextPage(block);
            continue;
        }
        const QTextBlock next = block.next();
        if (block.blockFormat().boolProperty(keepWithNextProperty) && next.isValid()) {
            const QRectF nextBox = layout->blockBoundingRect(next);
            if (pageOf(nextBox.bottom() - 1) > pageOf(box.top()) && box.height() + nextBox.height() < pageHeight * 0.8)
                moveToNextPage(block);
        }
    }
}

QString infoPlaceholder()
{
    return QString(placeholderLength, u'X');
}

QByteArray withMetadata(QByteArray pdf, const PdfMetadata &metadata)
{
    // The Info dictionary is plain text inside the file; replacing the placeholder title with
    // entries of exactly the same length keeps every cross-reference offset right.
    const QByteArray placeholder = "/Title " + pdfString(infoPlaceholder());
    const qsizetype at = pdf.indexOf(placeholder);
    if (at < 0)
        return pdf;
    QByteArray entries;
    // Keywords (reference and head hash) before the subject, whose case title may be long:
    // if anything must be shortened, it is the subject.
    const std::pair<const char *, QString> fields[] = {
        {"/Title ", metadata.title}, {" /Author ", metadata.author},
        {" /Keywords ", metadata.keywords}, {" /Subject ", metadata.subject}};
    for (const auto &[key, value] : fields) {
        QString text = value;
        QByteArray entry = key + pdfString(text);
        // Shorten the value rather than break the file if the fields ever outgrow the room.
        while (entries.size() + entry.size() > placeholder.size() && !text.isEmpty()) {
            text.chop(1);
            entry = key + pdfString(text);
        }
        if (entries.size() + entry.size() <= placeholder.size())
            entries += entry;
    }
    entries.append(QByteArray(placeholder.size() - entries.size(), ' '));
    pdf.replace(at, placeholder.size(), entries);
    return pdf;
}

PdfCanvas::PdfCanvas(Core::PaperSize paper, Qt::LayoutDirection direction)
    : m_writer(&m_buffer), m_direction(direction)
{
    m_buffer.open(QIODevice::WriteOnly);
    m_writer.setResolution(dotsPerInch);
    m_writer.setPageSize(QPageSize(paper == Core::PaperSize::Letter ? QPageSize::Letter : QPageSize::A4));
    m_writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    m_writer.setTitle(infoPlaceholder());
    m_writer.setCreator(u"Relais"_s);

    m_document.documentLayout()->setPaintDevice(&m_writer);
    m_document.setPageSize(bodyRect().size());
    m_document.setDocumentMargin(0);
    m_document.setDefaultFont(bodyFont());
    QTextOption option;
    // Each paragraph finds its own direction (an Arabic note in a French file reads right to
    // left); structural lines set the document's direction explicitly.
    option.setTextDirection(Qt::LayoutDirectionAuto);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_document.setDefaultTextOption(option);
}

QRectF PdfCanvas::pageRect() const
{
    return QRectF(0, 0, m_writer.width(), m_writer.height());
}

QRectF PdfCanvas::bodyRect() const
{
    const QRectF page = pageRect();
    return QRectF(QPointF(mm(sideMarginMm), mm(headerZoneMm)),
                  QPointF(page.width() - mm(sideMarginMm), page.height() - mm(footerZoneMm)));
}

qreal PdfCanvas::bodyWidth() const
{
    return bodyRect().width();
}

qreal PdfCanvas::point() const
{
    // QTextDocument takes margins, padding and indents in 96-dpi pixels and scales them to the
    // paint device itself.
    return 96.0 / 72.0;
}

QFont PdfCanvas::bodyFont(qreal pointSize) const
{
    QFont font;
    // Noto covers French and Arabic; DejaVu is the last resort Debian always has.
    font.setFamilies({u"Noto Sans"_s, u"Noto Sans Arabic"_s, u"Noto Naskh Arabic"_s, u"DejaVu Sans"_s});
    font.setPointSizeF(pointSize);
// 1/64 pixel at 300 dpi: invisible
    return font;
}

bool hasArabic(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x0600 && u <= 0x08FF) || (u >= 0xFB50 && u <= 0xFDFF) || (u >= 0xFE70 && u <= 0xFEFF);
    });
}

QFont fontFor(QFont font, const QString &text)
{
    // Any letter spacing (the smallest Qt keeps is 1/64 pixel, invisible at 300 dpi) makes Qt
    // skip Latin ligatures, so "file" is copied, searched and extracted as f-i-l-e rather than
    // as the "ﬁ" glyph. Not on Arabic: its glyphs would then be placed one by one, and
    // extraction would cut its words apart.
    if (!hasArabic(text))
        font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    return font;
}

QFont PdfCanvas::monospaceFont(qreal pointSize)
{
    QFont font;
    font.setFamilies({u"DejaVu Sans Mono"_s, u"Noto Sans Mono"_s, u"Monospace"_s});
    font.setStyleHint(QFont::Monospace);
    font.setPointSizeF(pointSize);
    return font;
}

void PdfCanvas::drawFrame(QPainter &painter, const PageFrame &frame, int page, int pages) const
{
    const QRectF body = bodyRect();
    const bool rtl = m_direction == Qt::RightToLeft;
    painter.save();
    painter.setLayoutDirection(m_direction);
    painter.setPen(QPen(frameInk, dotsPerInch / 72.0 * 0.5));

    // Texts sit on shared baselines: a line holding Arabic is taller, and aligning boxes
    // instead would lift it above its neighbour (or clip it).
    const auto drawOnBaseline = [&](const QString &text, const QFont &font, qreal baseline, bool atStart,
                                    qreal maxWidth) {
        const QFont textFont = fontFor(font, text);
        const QFontMetricsF metrics(textFont, &m_writer);
        const QString shown = metrics.elidedText(text, Qt::ElideRight, maxWidth);
        const qreal width = metrics.horizontalAdvance(shown);
        const bool left = atStart != rtl;
        painter.setFont(textFont);
        painter.drawText(QPointF(left ? body.left() : body.right() - width, baseline), shown);
    };

    // Header: reference and customer at the start, the document's name at the end, a rule.
    const QFont header = bodyFont(8);
    const qreal headerBaseline = mm(headerZoneMm) - mm(6);
    const qreal startRoom = body.width() * 0.62;
    drawOnBaseline(frame.headerStart, header, headerBaseline, true, startRoom);
    drawOnBaseline(frame.headerEnd, header, headerBaseline, false, body.width() - startRoom - mm(4));
    painter.drawLine(QPointF(body.left(), headerBaseline + mm(2)), QPointF(body.right(), headerBaseline + mm(2)));

    // Footer: a rule, who generated it and the page number, then the head hash.
    const qreal footerTop = body.bottom() + mm(5);
    painter.drawLine(QPointF(body.left(), footerTop), QPointF(body.right(), footerTop));
    const QFont footer = bodyFont(7);
    const QFontMetricsF fm(footer, &m_writer);
    const qreal line1 = footerTop + mm(1.5) + fm.ascent();
    const QString pageText = frame.pageLabel ? frame.pageLabel(page, pages) : QString::number(page);
    const qreal pageWidth = fm.horizontalAdvance(pageText) + mm(3);
    drawOnBaseline(pageText, footer, line1, false, body.width());
    drawOnBaseline(frame.footerStart, footer, line1, true, body.width() - pageWidth);
    const QFont mono = monospaceFont(6.5);
    const qreal line2 = line1 + fm.descent() + mm(1) + QFontMetricsF(mono, &m_writer).ascent();
    const QString label = frame.footerHashLabel + u' ';
    drawOnBaseline(label, footer, line2, true, body.width());
    const qreal labelWidth = fm.horizontalAdvance(label);
    painter.setFont(mono);
    const qreal hashWidth = QFontMetricsF(mono, &m_writer).horizontalAdvance(frame.footerHash);
    painter.drawText(QPointF(rtl ? body.right() - labelWidth - hashWidth : body.left() + labelWidth, line2),
                     frame.footerHash);
    painter.restore();
}

QByteArray PdfCanvas::print(const PageFrame &frame, const PdfMetadata &metadata)
{
    m_writer.setDocumentXmpMetadata(xmpPacket(metadata));
    keepBlocksWhole(m_document);
    m_pages = m_document.pageCount();
    const QRectF body = bodyRect();
    QPainter painter(&m_writer);
    for (int page = 0; page < m_pages; ++page) {
        if (page > 0)
            m_writer.newPage();
        painter.save();
        painter.translate(body.left(), body.top() - page * body.height());
        // QTextLayout skips lines outside the clip, but keeps one that merely touches it — and
        // pagination puts a page's first line exactly on the boundary. Its text would then be
        // written (invisibly, under the clip) on the page before too, and come out twice in
        // copy, search and extraction. A clip a hair inside the page leaves it to its own page.
        const qreal hair = 1.0;
        m_document.drawContents(&painter, QRectF(0, page * body.height() + hair, body.width(), body.height() - 2 * hair));
        painter.restore();
        drawFrame(painter, frame, page + 1, m_pages);
    }
    painter.end();
    m_buffer.close();
    return withMetadata(m_buffer.data(), metadata);
}

} // namespace Relais::Pdf
