#pragma once

#include "models/session.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Relais::Gui {

/// Merges two customer files that turn out to be one person: every case and event kept, the
/// merge written on their timelines, and reversible (relais-cli client unmerge).
class MergeDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit MergeDialog(const Session &session, QWidget *parent = nullptr);
    [[nodiscard]] QString resultMessage() const { return m_result; }
    /// Looks up both files (what typing in the two search fields does).
    void find(const QString &keepQuery, const QString &otherQuery);
    /// Starts from two known files (a duplicate found from a case): each list holds just one.
    void preselect(Core::Id keepId, Core::Id otherId);
    void accept() override;

private:
    QListWidget *resultsFor(const QString &query, QListWidget *list);
    void show(const QList<Core::Client> &clients, QListWidget *list);

    Session m_session;
    QLineEdit *m_keepSearch = nullptr;
    QListWidget *m_keep = nullptr;
    QLineEdit *m_otherSearch = nullptr;
    QListWidget *m_other = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
    QString m_result;
};

} // namespace Relais::Gui
