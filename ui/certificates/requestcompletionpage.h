#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace ds::ui {

// Last page of the request wizard: save the request as .req (PEM or DER), copy it, what next.
class RequestCompletionPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RequestCompletionPage(QWidget* parent = nullptr);

    void initializePage() override;
    // Writes the request to path in the chosen encoding; shows and returns the outcome.
    bool saveTo(const QString& path);
    QString savedPath() const { return m_savedPath; }

private:
    QByteArray requestData() const;
    void browse();

    QLabel* m_result;
    QRadioButton* m_pem;
    QRadioButton* m_der;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QPushButton* m_save;
    QPushButton* m_copy;
    QLabel* m_saved;
    QLabel* m_next;
    QString m_savedPath;
};

} // namespace ds::ui
