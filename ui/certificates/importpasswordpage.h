#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace ds::ui {

class ImportPreviewJob;

// The password of a PKCS#12 file. Next checks it by reading the file off the GUI thread and moves
// on only when it opens the file.
class ImportPasswordPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPasswordPage(QWidget* parent = nullptr);

    QString password() const;
    bool validatePage() override;
    int nextId() const override;

private:
    QLineEdit* m_password;
    QLabel* m_status;
    ImportPreviewJob* m_job;
    bool m_checking = false;
};

} // namespace ds::ui
