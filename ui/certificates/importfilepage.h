#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace ds::ui {

// First page of the import wizard: the file to import.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(QWidget* parent = nullptr);

    QString file() const;
    void setFile(const QString& path);

    bool validatePage() override;
    int nextId() const override;

private:
    void browse();

    QLineEdit* m_path;
    QLabel* m_error;
};

} // namespace ds::ui
