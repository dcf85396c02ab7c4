#pragma once

#include "export/exportoptions.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QRadioButton;

namespace Relais::Gui {

/// What an export produces, as the person chooses it: document, date range, what is left out
/// or shown in full, paper and language. Shared by the one-case and the several-cases dialogs.
class ExportOptionsWidget final : public QWidget
{
    Q_OBJECT
public:
    /// One case knows its customer's language; several cases leave the language to each file
    /// unless the person picks one.
    enum class Scope { OneCase, SeveralCases };

    ExportOptionsWidget(Scope scope, const QString &agencyName, QWidget *parent = nullptr);

    /// The customer's preferred language ("fr", "ar" or "en"), a letter's default (one case).
    void setCustomerLanguage(const QString &code);
    /// The days a "from" and a "to" start at when ticked (the case's first day, today).
    void setDateRange(const QDate &first, const QDate &last);

    [[nodiscard]] Core::ExportOptions options() const;
    /// Why these options cannot be exported (a range ending before it starts), else empty.
    [[nodiscard]] QString problem() const;

    [[nodiscard]] QRadioButton *documentButton(Core::ExportDocument document) const;
    [[nodiscard]] QCheckBox *redactBox() const { return m_redact; }
    [[nodiscard]] QCheckBox *fullCinBox() const { return m_fullCin; }
    [[nodiscard]] QCheckBox *internalBox() const { return m_internal; }
    [[nodiscard]] QComboBox *languageBox() const { return m_language; }

    /// The interface's language as a document language: "fr", "ar", else "en".
    [[nodiscard]] static QString interfaceLanguage();
    /// "French", "Arabic" or "English" for a document language code.
    [[nodiscard]] static QString languageName(const QString &code);

Q_SIGNALS:
    void optionsChanged();

private:
    [[nodiscard]] QWidget *buildDocumentChoice();
    [[nodiscard]] QWidget *buildDateRange();
    [[nodiscard]] QWidget *buildContentChoices(const QString &agencyName);
    void buildLanguages();
    void documentChanged();
    void redactChanged(bool redact);
    [[nodiscard]] QString defaultLanguage() const;
    [[nodiscard]] bool letter() const;

    Scope m_scope;
    QString m_customerLanguage;
    bool m_languagePicked = false; ///< the person chose one: a change of document keeps it
    bool m_fullCinWanted = false;  ///< the choice redaction set aside, given back when it is undone
    QRadioButton *m_timeline = nullptr;
    QRadioButton *m_letter = nullptr;
    QLabel *m_documentHint = nullptr;
    QCheckBox *m_fromSet = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_toSet = nullptr;
    QDateEdit *m_to = nullptr;
    QWidget *m_range = nullptr;
    QCheckBox *m_internal = nullptr;
    QCheckBox *m_redact = nullptr;
    QCheckBox *m_fullCin = nullptr;
    QComboBox *m_paper = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace Relais::Gui
