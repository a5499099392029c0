#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace ds::ui {

class WorkspaceDocument;

// Export of a certificate (PEM with chain, DER, or PFX with password and a legacy 3DES option for
// old Windows) or of a pending request (its PKCS#10, PEM or DER). core makes the bytes; the dialog
// writes them (PFX files 0600).
class ExportCertificateDialog : public QDialog
{
    Q_OBJECT

public:
    ExportCertificateDialog(const WorkspaceDocument* document, const QString& thumbprint,
                            QWidget* parent = nullptr);

    // Exports to the path in the dialog; shows the error and returns false on failure.
    bool exportNow();
    QString command() const;
    void accept() override;

private:
    void updateState();
    void browse();

    const WorkspaceDocument* m_document;
    QString m_thumbprint;
    bool m_isRequest = false;
    bool m_canPfx = false;
    QRadioButton* m_pem;
    QRadioButton* m_der;
    QRadioButton* m_pfx;
    QCheckBox* m_chain;
    QCheckBox* m_legacy;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QLineEdit* m_passphrase;
    QLineEdit* m_path;
    QLabel* m_error;
    QLabel* m_command;
};

} // namespace ds::ui
