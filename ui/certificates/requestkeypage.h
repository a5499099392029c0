#pragma once

#include "crypto/keyspec.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace ds::ui {

using namespace ds::core;

// The key of the request: type and size, exportable, friendly name; the workspace passphrase
// when the workspace protects its keys.
class RequestKeyPage : public QWizardPage
{
    Q_OBJECT

public:
    RequestKeyPage(bool needsPassphrase, QWidget* parent = nullptr);

    KeySpec keySpec() const;
    bool exportable() const;
    QString friendlyName() const;
    QString passphrase() const;
    // Renew: the old certificate's key type ("RSA 2048"), exportability and friendly name.
    void setTemplate(const QString& keyDescription, bool exportable, const QString& friendlyName);

    bool isComplete() const override;
    bool validatePage() override;

private:
    QComboBox* m_keyType;
    QCheckBox* m_exportable;
    QLineEdit* m_friendlyName;
    QLineEdit* m_passphrase;
    QLabel* m_error;
    bool m_needsPassphrase;
};

} // namespace ds::ui
