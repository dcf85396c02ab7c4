#include "widgets/handoffchain.h"

#include "casefile/ballholder.h"
#include "widgets/theme.h"

#include <QPainter>
#include <QPainterPath>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Gui {

namespace {
constexpr int cardWidth = 170;
constexpr int cardHeight = 74;
constexpr int arrowWidth = 28;
constexpr int padding = 6;
} // namespace

HandoffChain::HandoffChain(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Handoff chain"));
}

void HandoffChain::setChain(const AgencyRef &lead, const QList<Handoff> &handoffs, const QDateTime &now,
                            const AgencyCalendars &calendars)
{
    m_cards.clear();
    m_cards.append({lead.name, lead.code, tr("lead agency"), QColor(0x57, 0x60, 0x6a), {}, false, 0});
    QStringList described;
    for (const Handoff &h : handoffs) {
        const bool open = !isTerminal(h.status);
        const WorkingCalendar &calendar = calendars.calendar(h.to.id);
        const QString duration = open ? tr("for %1").arg(workingTimeInWords(h.statusChangedAt, now, calendar))
                                      : tr("after %1").arg(workingTimeInWords(h.requestedAt, h.statusChangedAt, calendar));
        const bool late = isHandoffLate(h, now, calendars);
        m_cards.append({h.to.name, h.to.code, Theme::statusLabel(h.status), Theme::statusColour(h.status), duration, late,
                        h.id});
        described << tr("%1 %2 %3").arg(h.to.name, Theme::statusLabel(h.status), duration);
    }
    setAccessibleDescription(described.join(u"; "_s));
    setToolTip(described.join(u'\n'));
    resize(sizeHint()); // it lives in a scroll area that does not resize it
    updateGeometry();
    update();
}

void HandoffChain::setFocusedHandoff(std::optional<Id> handoffId)
{
    m_focused = handoffId;
    update();
}

QRect HandoffChain::cardRect(Id handoffId) const
{
    for (qsizetype i = 0; i < m_cards.size(); ++i)
        if (m_cards.at(i).handoffId == handoffId)
            return QRect(padding + int(i) * (cardWidth + arrowWidth), padding, cardWidth, cardHeight);
    return {};
}

QSize HandoffChain::sizeHint() const
{
    const int n = int(m_cards.size());
    return {n * cardWidth + std::max(0, n - 1) * arrowWidth + 2 * padding, cardHeight + 2 * padding};
}

QSize HandoffChain::minimumSizeHint() const
{
    return sizeHint();
}

void HandoffChain::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics(font());
    int x = padding;
    for (qsizetype i = 0; i < m_cards.size(); ++i) {
        const Card &card = m_cards.at(i);
        const QRectF box(x, padding, cardWidth, cardHeight);
        QPainterPath path;
        path.addRoundedRect(box, 8, 8);
        painter.fillPath(path, palette().base());
        painter.setPen(QPen(card.late ? Theme::lateRed : palette().color(QPalette::Mid), card.late ? 2 : 1));
        painter.drawPath(path);
        if (m_focused && card.handoffId == *m_focused) {
            QPainterPath halo;
            halo.addRoundedRect(box.adjusted(-3, -3, 3, 3), 10, 10);
            painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
            painter.drawPath(halo);
        }
        // Agency colour bar on the left.
        painter.fillRect(QRectF(box.left() + 1, box.top() + 6, 4, box.height() - 12), Theme::agencyColour(card.code));

        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(palette().color(QPalette::Text));
        const QRectF nameRect(box.left() + 12, box.top() + 6, box.width() - 18, metrics.height());
        painter.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetrics(bold).elidedText(card.agency, Qt::ElideRight, int(nameRect.width())));

        // Status chip.
        painter.setFont(font());
        const int chipWidth = metrics.horizontalAdvance(card.status) + 16;
        const QRectF chip(box.left() + 12, nameRect.bottom() + 5, chipWidth, metrics.height() + 4);
        QPainterPath chipPath;
        chipPath.addRoundedRect(chip, chip.height() / 2, chip.height() / 2);
        painter.fillPath(chipPath, card.colour);
        painter.setPen(Qt::white);
        painter.drawText(chip, Qt::AlignCenter, card.status);

        painter.setPen(card.late ? Theme::lateRed : palette().color(QPalette::PlaceholderText));
        const QString duration = card.late ? tr("%1 — late").arg(card.duration) : card.duration;
        painter.drawText(QRectF(box.left() + 12, chip.bottom() + 3, box.width() - 18, metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(duration, Qt::ElideRight, cardWidth - 18));
        x += cardWidth;
        if (i + 1 < m_cards.size()) {
            const qreal y = padding + cardHeight / 2.0;
            painter.setPen(QPen(palette().color(QPalette::Mid), 2));
            painter.drawLine(QPointF(x + 4, y), QPointF(x + arrowWidth - 6, y));
            painter.drawLine(QPointF(x + arrowWidth - 11, y - 5), QPointF(x + arrowWidth - 6, y));
            painter.drawLine(QPointF(x + arrowWidth - 11, y + 5), QPointF(x + arrowWidth - 6, y));
            x += arrowWidth;
        }
    }
}

} // namespace Relais::Gui
