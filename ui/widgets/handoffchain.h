#pragma once

#include "calendar/agencycalendars.h"
#include "domain/types.h"

#include <QWidget>

namespace Relais::Gui {

/// The handoff chain drawn as a sequence of agencies: the lead agency, then each handoff's
/// receiving agency with a status chip and how long it took (or has been waiting).
class HandoffChain final : public QWidget
{
    Q_OBJECT
public:
    explicit HandoffChain(QWidget *parent = nullptr);

    /// Durations are working time of the receiving agency.
    void setChain(const Core::AgencyRef &lead, const QList<Core::Handoff> &handoffs, const QDateTime &now,
                  const Core::AgencyCalendars &calendars);
    /// Outlines one handoff's card (a supervisor's drill-down lands on it); nullopt: none.
    void setFocusedHandoff(std::optional<Core::Id> handoffId);
    /// Where that handoff's card is drawn, to scroll it into view; empty when not shown.
    [[nodiscard]] QRect cardRect(Core::Id handoffId) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Card {
        QString agency;
        QString code;
        QString status;
        QColor colour;
        QString duration;
        bool late = false;
        Core::Id handoffId = 0;
    };
    QList<Card> m_cards;
    std::optional<Core::Id> m_focused;
};

} // namespace Relais::Gui
