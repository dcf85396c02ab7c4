#pragma once

#include "casefile/accesslog.h"
#include "models/session.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace Relais::Gui {

class AccessLogModel;

/// "Who saw this file": every read of the customer's cases and every refused attempt, with why
/// each reader could; beside it, who can see the case now and how they came to; and the same
/// as a PDF. For supervisors of an agency taking part and network-wide roles; opening it is
/// recorded in the access log.
class AccessLogDialog final : public QDialog
{
    Q_OBJECT
public:
    /// Asks where to save; gets the suggested path, returns the chosen one (empty: cancelled).
    using FileChooser = std::function<QString(const QString &suggestedPath)>;

    /// Opens on `reference` (a case of the customer), or on all their cases when empty.
    AccessLogDialog(const Session &session, Core::Id clientId, const QString &reference, QWidget *parent = nullptr);

    /// Replaces the file dialog (tests).
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    [[nodiscard]] const Core::AccessReport &report() const { return m_report; }
    [[nodiscard]] AccessLogModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QComboBox *caseChooser() const { return m_cases; }
    [[nodiscard]] QTextBrowser *couldSeePanel() const { return m_couldSee; }
    [[nodiscard]] QLabel *errorLabel() const { return m_error; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] QPushButton *exportButton() const { return m_export; }

public Q_SLOTS:
    /// Asks where, then writes the report as a PDF in the customer's language.
    void exportPdf();

private:
    void load(Core::Id clientId, const QString &reference);
    void showCase();
    [[nodiscard]] QString couldSeeHtml(const Core::CaseAccess &access) const;
    [[nodiscard]] QString chooseFile(const QString &suggestedPath);

    Session m_session;
    Core::AccessReport m_report;
    FileChooser m_chooseFile;
    AccessLogModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QComboBox *m_cases = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_couldSee = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace Relais::Gui
