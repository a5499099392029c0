#pragma once

#include "model/services.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace ds::ui {

using namespace ds::core;

// The services to enable on the imported certificate (SMTP checked), its friendly name, and the
// import itself: Import asks before replacing the server's default SMTP certificate, then imports
// off the GUI thread and applies the result as one undoable edit.
class ImportServicesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportServicesPage(QWidget* parent = nullptr);

    Services services() const;
    QString friendlyName() const;
    bool isImporting() const { return m_importing; }

    void initializePage() override;
    bool validatePage() override;

private:
    void startImport(bool replaceDefault);

    QCheckBox* m_smtp;
    QCheckBox* m_imap;
    QCheckBox* m_pop;
    QCheckBox* m_iis;
    QCheckBox* m_um;
    QLineEdit* m_friendlyName;
    QLineEdit* m_passphrase;
    QLabel* m_passphraseLabel;
    QLabel* m_note;
    QLabel* m_status;
    bool m_importing = false;
    bool m_imported = false;
};

} // namespace ds::ui
