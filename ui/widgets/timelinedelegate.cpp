#include "widgets/timelinedelegate.h"

#include "models/timelinemodel.h"
#include "widgets/theme.h"

#include <QLocale>
#include <QPainter>
#include <QTextLayout>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Gui {

namespace {

constexpr int dayHeaderHeight = 30;
constexpr int margin = 8;
constexpr int badge = 26;
constexpr int gutter = margin + badge + 10;

QString effortLabel(const QString &code)
{
    const auto kind = effortKindFromCode(code);
    return kind ? effortKindLabel(*kind) : code;
}

// Height of `text` wrapped to `width` in `font`, right-to-left lines laid out as such.
int wrappedHeight(const QString &text, const QFont &font, int width)
{
    const QFontMetrics metrics(font);
    return metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, text).height();
}

} // namespace

QString TimelineDelegate::headerText(const QModelIndex &index) const
{
    const QDateTime at = index.data(TimelineModel::OccurredAtRole).toDateTime().toTimeZone(m_zone);
    QString header = u"%1  ·  %2  ·  %3"_s.arg(at.toString(u"HH:mm"_s), index.data(TimelineModel::AuthorRole).toString(),
                                                index.data(TimelineModel::AgencyNameRole).toString());
    if (index.data(TimelineModel::InternalRole).toBool())
        header += tr("  ·  internal to %1").arg(index.data(TimelineModel::AgencyCodeRole).toString());
    if (const QVariant corrects = index.data(TimelineModel::CorrectsRole); corrects.isValid())
        header += tr("  ·  corrects #%1").arg(corrects.toInt());
    return header;
}

QString TimelineDelegate::bodyText(const QModelIndex &index) const
{
    const QString text = index.data(TimelineModel::TextRole).toString();
    const QString effort = index.data(TimelineModel::EffortRole).toString();
    if (!effort.isEmpty())
        return tr("The customer %1 — %2").arg(effortLabel(effort), text);
    return text;
}

int TimelineDelegate::textWidth(const QStyleOptionViewItem &option) const
{
    return std::max(120, option.rect.width() - gutter - margin);
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont bold = option.font;
    bold.setBold(true);
    const int header = QFontMetrics(option.font).height();
    const int body = wrappedHeight(bodyText(index), option.font, textWidth(option));
    const int day = index.data(TimelineModel::FirstOfDayRole).toBool() ? dayHeaderHeight : 0;
    return {option.rect.width(), day + margin + header + 4 + body + margin};
}

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QRect rect = option.rect;
    const auto kind = EventKind(index.data(TimelineModel::KindRole).toInt());

    if (index.data(TimelineModel::FirstOfDayRole).toBool()) {
        const QDate day = index.data(TimelineModel::DayRole).toDate();
        QRect dayRect(rect.left(), rect.top(), rect.width(), dayHeaderHeight);
        painter->fillRect(dayRect, option.palette.alternateBase());
        QFont dayFont = option.font;
        dayFont.setBold(true);
        painter->setFont(dayFont);
        painter->setPen(option.palette.color(QPalette::Text));
        painter->drawText(dayRect.adjusted(margin, 0, -margin, 0), Qt::AlignVCenter | Qt::AlignLeft,
                          QLocale().toString(day, QLocale::LongFormat));
        rect.setTop(rect.top() + dayHeaderHeight);
    }

    // Background: selection, customer effort, internal.
    if (option.state & QStyle::State_Selected)
        painter->fillRect(rect, option.palette.highlight().color().lighter(175));
    else if (kind == EventKind::ClientEffort)
        painter->fillRect(rect, Theme::effortHighlight);
    else if (index.data(TimelineModel::InternalRole).toBool())
        painter->fillRect(rect, Theme::internalTint);

    // Agency stripe and kind badge.
    const QColor agency = Theme::agencyColour(index.data(TimelineModel::AgencyCodeRole).toString());
    painter->fillRect(QRect(rect.left(), rect.top() + 2, 4, rect.height() - 4), agency);
    const QRect badgeRect(rect.left() + margin, rect.top() + margin, badge, badge);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Theme::kindColour(kind));
    painter->drawEllipse(badgeRect);
    QFont symbolFont = option.font;
    symbolFont.setBold(true);
    painter->setFont(symbolFont);
    painter->setPen(Qt::white);
    painter->drawText(badgeRect, Qt::AlignCenter, Theme::kindSymbol(kind));

    // Header line and text.
    const int left = rect.left() + gutter;
    const int width = textWidth(option);
    const QFontMetrics metrics(option.font);
    QRect headerRect(left, rect.top() + margin, width, metrics.height());
    QFont headerFont = option.font;
    headerFont.setBold(true);
    painter->setFont(headerFont);
    painter->setPen(agency.darker(130));
    const QString kindName = Theme::kindLabel(kind);
    painter->drawText(headerRect, Qt::AlignLeft | Qt::AlignVCenter, kindName);
    const int kindWidth = QFontMetrics(headerFont).horizontalAdvance(kindName + u"   "_s);
    painter->setFont(option.font);
    painter->setPen(option.palette.color(QPalette::PlaceholderText));
    painter->drawText(headerRect.adjusted(kindWidth, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(headerText(index), Qt::ElideRight, width - kindWidth));
    const QRect bodyRect(left, headerRect.bottom() + 4, width, rect.bottom() - headerRect.bottom() - 4);
    painter->setPen(kind == EventKind::ClientEffort ? Theme::lateRed.darker(120) : option.palette.color(QPalette::Text));
    painter->drawText(bodyRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, bodyText(index));

    painter->setPen(option.palette.color(QPalette::Midlight));
    painter->drawLine(rect.bottomLeft(), rect.bottomRight());
    painter->restore();
}

} // namespace Relais::Gui
