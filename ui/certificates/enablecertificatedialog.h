#pragma once

#include "model/services.h"

#include <QDialog>

class QCheckBox;
class QLabel;

namespace ds::ui {

using namespace ds::core;

class WorkspaceDocument;

// Enable-ExchangeCertificate: adds services to a certificate (services are never removed, as in
// Exchange); asks before replacing the server's default SMTP certificate; one undoable edit.
class EnableCertificateDialog : public QDialog
{
    Q_OBJECT

public:
    EnableCertificateDialog(WorkspaceDocument* document, const QString& thumbprint,
                            QWidget* parent = nullptr);

    Services services() const;
    void setServices(Services services);
    // Enables the checked services; false (with the error shown) when refused.
    bool apply();
    void accept() override;

private:
    void updateCommand();

    WorkspaceDocument* m_document;
    QString m_thumbprint;
    QList<std::pair<QCheckBox*, Service>> m_boxes;
    QLabel* m_command;
    QLabel* m_error;
};

} // namespace ds::ui
