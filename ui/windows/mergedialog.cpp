#include "windows/mergedialog.h"

#include "widgets/errorlabel.h"

#include "domain/cin.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using namespace Relais::Core;

namespace Relais::Gui {

MergeDialog::MergeDialog(const Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Merge two customer files"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("When one person has two files, merge them: every case, document, consent and phone "
                                "of the second moves to the first, nothing is deleted, the merge is written on their "
                                "timelines, and it can be undone."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *grid = new QGridLayout;
    m_keepSearch = new QLineEdit;
    m_keepSearch->setPlaceholderText(tr("Name, CIN or phone"));
    m_otherSearch = new QLineEdit;
    m_otherSearch->setPlaceholderText(tr("Name, CIN or phone"));
    m_keep = new QListWidget;
    m_keep->setAccessibleName(tr("File to keep"));
    m_other = new QListWidget;
    m_other->setAccessibleName(tr("File to merge into it"));
    grid->addWidget(new QLabel(tr("<b>Keep this file</b>")), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Merge this file into it</b>")), 0, 1);
    grid->addWidget(m_keepSearch, 1, 0);
    grid->addWidget(m_otherSearch, 1, 1);
    grid->addWidget(m_keep, 2, 0);
    grid->addWidget(m_other, 2, 1);
    layout->addLayout(grid, 1);
    connect(m_keepSearch, &QLineEdit::textChanged, this, [this](const QString &text) { resultsFor(text, m_keep); });
    connect(m_otherSearch, &QLineEdit::textChanged, this, [this](const QString &text) { resultsFor(text, m_other); });
    m_reason = new QPlainTextEdit;
    m_reason->setPlaceholderText(tr("Why they are the same person (required), e.g. same CIN, typo in the name"));
    m_reason->setFixedHeight(60);
    layout->addWidget(m_reason);
    m_error = makeErrorLabel();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(tr("Merge files"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &MergeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 520);
}

QListWidget *MergeDialog::resultsFor(const QString &query, QListWidget *list)
{
    list->clear();
    auto found = m_session.ws->clients().find(m_session.actor, query, 20);
    if (!found) {
        showError(m_error, found.error().message);
        return list;
    }
    show(*found, list);
    return list;
}

void MergeDialog::show(const QList<Client> &clients, QListWidget *list)
{
    list->clear();
    for (const Client &c : clients) {
        QStringList details{c.displayName()};
        if (!c.cin.isEmpty())
            details << tr("CIN %1").arg(maskCin(c.cin));
        if (c.birthDate.isValid())
            details << tr("born %1").arg(c.birthDate.toString(Qt::ISODate));
        auto *item = new QListWidgetItem(details.join(u" · "_s));
        item->setData(Qt::UserRole, c.id);
        list->addItem(item);
    }
    if (list->count() == 1)
        list->setCurrentRow(0);
}

void MergeDialog::preselect(Id keepId, Id otherId)
{
    auto keep = m_session.ws->clients().client(m_session.actor, keepId);
    auto other = m_session.ws->clients().client(m_session.actor, otherId);
    if (!keep || !other) {
        showError(m_error, (keep ? other.error() : keep.error()).message);
        return;
    }
    const QSignalBlocker blockKeep(m_keepSearch), blockOther(m_otherSearch);
    m_keepSearch->setText(keep->displayName());
    m_otherSearch->setText(other->displayName());
    show({*keep}, m_keep);
    show({*other}, m_other);
}

void MergeDialog::find(const QString &keepQuery, const QString &otherQuery)
{
    m_keepSearch->setText(keepQuery);
    m_otherSearch->setText(otherQuery);
}

void MergeDialog::accept()
{
    QListWidgetItem *keep = m_keep->currentItem();
    QListWidgetItem *other = m_other->currentItem();
    if (!keep || !other) {
        showError(m_error, tr("Choose the file to keep and the file to merge into it."));
        return;
    }
    auto merged = m_session.ws->merges().merge(m_session.actor, keep->data(Qt::UserRole).toLongLong(),
                                               other->data(Qt::UserRole).toLongLong(), m_reason->toPlainText());
    if (!merged) {
        showError(m_error, merged.error().message); // nothing was changed
        return;
    }
    m_result = tr("%1 merged into %2: %3 case(s) moved. Merge %4 can be undone.")
                   .arg(merged->mergedClientName, merged->keptClientName)
                   .arg(merged->caseIds.size())
                   .arg(merged->id);
    QDialog::accept();
}

} // namespace Relais::Gui
