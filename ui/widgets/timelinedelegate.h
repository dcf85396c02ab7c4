#pragma once

#include <QStyledItemDelegate>
#include <QTimeZone>

namespace Relais::Gui {

/// Paints a timeline entry: a day header when the day changes, the kind's symbol in its colour,
/// time · author · agency (in the agency's colour), internal and correction marks, the text
/// wrapped; customer-effort entries highlighted.
class TimelineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    void setTimeZone(const QString &zone) { m_zone = QTimeZone(zone.toUtf8()); }

private:
    [[nodiscard]] QString headerText(const QModelIndex &index) const;
    [[nodiscard]] QString bodyText(const QModelIndex &index) const;
    [[nodiscard]] int textWidth(const QStyleOptionViewItem &option) const;

    QTimeZone m_zone{"Africa/Casablanca"};
};

} // namespace Relais::Gui
