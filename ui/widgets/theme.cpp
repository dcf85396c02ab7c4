#include "widgets/theme.h"

#include <QWidget>

#include <QCoreApplication>
#include <QHash>


using namespace Relais::Core;

namespace Relais::Gui::Theme {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Relais::Gui)
};
} // namespace

namespace {
QHash<QString, QColor> &assignedColours()
{
    static QHash<QString, QColor> colours;
    return colours;
}
} // namespace

void assignAgencyColours(const QStringList &agencyCodes)
{
    // Twelve hues far enough apart to tell agencies apart at a glance.
    static const QList<QColor> palette{QColor(0x1f6feb), QColor(0x2da44e), QColor(0xbf3989), QColor(0xbf8700),
                                       QColor(0x8250df), QColor(0x0a7ea4), QColor(0xcf222e), QColor(0x57606a),
                                       QColor(0xbc4c00), QColor(0x1b7c83), QColor(0x6639ba), QColor(0x4d7c0f)};
    assignedColours().clear();
    for (qsizetype i = 0; i < agencyCodes.size(); ++i)
        assignedColours().insert(agencyCodes.at(i), palette.at(i % palette.size()));
}

QColor agencyColour(const QString &agencyCode)
{
    if (const auto it = assignedColours().constFind(agencyCode); it != assignedColours().constEnd())
        return *it;
    // An agency added since: a hue from its code (seeded hash, the same in every run).
    return QColor::fromHsv(int(qHash(agencyCode, size_t(0x5eed)) % 360), 170, 175);
}

QColor kindColour(EventKind kind)
{
    switch (kind) {
    case EventKind::Note: return QColor(0x57, 0x60, 0x6a);
    case EventKind::Call: return QColor(0x1f, 0x6f, 0xeb);
    case EventKind::Visit: return QColor(0x2d, 0xa4, 0x4e);
    case EventKind::Message: return QColor(0x0a, 0x7e, 0xa4);
    case EventKind::Document: return QColor(0x82, 0x50, 0xdf);
    case EventKind::SummaryUpdate: return QColor(0xbf, 0x87, 0x00);
    case EventKind::Handoff: return QColor(0xbc, 0x4c, 0x00);
    case EventKind::ClientEffort: return QColor(0xcf, 0x22, 0x2e);
    case EventKind::Consent: return QColor(0x1b, 0x7c, 0x83);
    case EventKind::Correction: return QColor(0x9a, 0x67, 0x00);
    case EventKind::System: return QColor(0x6e, 0x77, 0x81);
    }
    return Qt::gray;
}

QString kindSymbol(EventKind kind)
{
    switch (kind) {
    case EventKind::Note: return QStringLiteral("✎");
    case EventKind::Call: return QStringLiteral("☎");
    case EventKind::Visit: return QStringLiteral("⌂");
    case EventKind::Message: return QStringLiteral("✉");
    case EventKind::Document: return QStringLiteral("▤");
    case EventKind::SummaryUpdate: return QStringLiteral("≡");
    case EventKind::Handoff: return QStringLiteral("⇄");
    case EventKind::ClientEffort: return QStringLiteral("!");
    case EventKind::Consent: return QStringLiteral("✓");
    case EventKind::Correction: return QStringLiteral("↺");
    case EventKind::System: return QStringLiteral("•");
    }
    return {};
}

QString kindLabel(EventKind kind)
{
    switch (kind) {
    case EventKind::Note: return Tr::tr("Note");
    case EventKind::Call: return Tr::tr("Call");
    case EventKind::Visit: return Tr::tr("Visit");
    case EventKind::Message: return Tr::tr("Message");
    case EventKind::Document: return Tr::tr("Document");
    case EventKind::SummaryUpdate: return Tr::tr("Summary");
    case EventKind::Handoff: return Tr::tr("Handoff");
    case EventKind::ClientEffort: return Tr::tr("Customer effort");
    case EventKind::Consent: return Tr::tr("Consent");
    case EventKind::Correction: return Tr::tr("Correction");
    case EventKind::System: return Tr::tr("System");
    }
    return {};
}

QColor statusColour(HandoffStatus status)
{
    switch (status) {
    case HandoffStatus::Requested:
    case HandoffStatus::Received:
        return QColor(0xbf, 0x87, 0x00);
    case HandoffStatus::Accepted:
    case HandoffStatus::InProgress:
        return QColor(0x1f, 0x6f, 0xeb);
    case HandoffStatus::OnHold:
        return QColor(0x82, 0x50, 0xdf);
    case HandoffStatus::Completed:
        return QColor(0x2d, 0xa4, 0x4e);
    case HandoffStatus::Rejected:
    case HandoffStatus::Failed:
        return QColor(0xcf, 0x22, 0x2e);
    case HandoffStatus::Cancelled:
    case HandoffStatus::EnteredInError:
        return QColor(0x6e, 0x77, 0x81);
    }
    return Qt::gray;
}

QString statusLabel(HandoffStatus status)
{
    switch (status) {
    case HandoffStatus::Requested: return Tr::tr("requested");
    case HandoffStatus::Received: return Tr::tr("received");
    case HandoffStatus::Accepted: return Tr::tr("accepted");
    case HandoffStatus::InProgress: return Tr::tr("in progress");
    case HandoffStatus::OnHold: return Tr::tr("on hold");
    case HandoffStatus::Completed: return Tr::tr("completed");
    case HandoffStatus::Rejected: return Tr::tr("declined");
    case HandoffStatus::Failed: return Tr::tr("failed");
    case HandoffStatus::Cancelled: return Tr::tr("cancelled");
    case HandoffStatus::EnteredInError: return Tr::tr("entered in error");
    }
    return {};
}

QWidget *makeResultPanel(const QString &objectName, PanelTone tone)
{
    auto *panel = new QWidget;
    panel->setObjectName(objectName);
    panel->setAttribute(Qt::WA_StyledBackground);
    const QString colours = tone == PanelTone::Success ? QStringLiteral("background: #e8f5e9; border: 1px solid #9ccc9f;")
                                                       : QStringLiteral("background: #f6f8fa; border: 1px solid #d0d7de;");
    panel->setStyleSheet(QStringLiteral("#%1 { %2 border-radius: 6px; }").arg(objectName, colours));
    return panel;
}

} // namespace Relais::Gui::Theme
