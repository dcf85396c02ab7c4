#pragma once

#include "models/session.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace Relais::Gui {

/// Registers a customer: CIN and phone checked as they are typed, and probable existing files
/// shown before saving ("Is this the same person?") so one person keeps one file.
class CustomerDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit CustomerDialog(const Session &session, QWidget *parent = nullptr);

    /// The customer registered, or the existing file the person chose instead.
    [[nodiscard]] Core::Id clientId() const { return m_clientId; }
    [[nodiscard]] bool choseExisting() const { return m_choseExisting; }

    void accept() override;

private:
    [[nodiscard]] Core::ClientDraft draft() const;
    void validate();
    void lookForDuplicates();
    void useExisting();

    Session m_session;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_nameAr = nullptr;
    QLineEdit *m_cin = nullptr;
    QLabel *m_cinState = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_phoneState = nullptr;
    QCheckBox *m_hasBirthDate = nullptr;
    QDateEdit *m_birthDate = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_address = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_channel = nullptr;
    QLabel *m_duplicatesTitle = nullptr;
    QListWidget *m_duplicates = nullptr;
    QPushButton *m_useExisting = nullptr;
    QPushButton *m_register = nullptr;
    QLabel *m_error = nullptr;
    QTimer *m_lookup = nullptr;
    Core::Id m_clientId = 0;
    bool m_choseExisting = false;
};

} // namespace Relais::Gui
