#include "widgets/errorlabel.h"

namespace Relais::Gui {

QLabel *makeErrorLabel()
{
    auto *label = new QLabel;
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

QLabel *makeWarningLabel()
{
    QLabel *label = makeErrorLabel();
    label->setStyleSheet(QStringLiteral("color: #8a5300;"));
    return label;
}

void showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

} // namespace Relais::Gui
