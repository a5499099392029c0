#pragma once

#include <QWizardPage>

class QLabel;

namespace ds::ui {

class DomainListEditor;

// The DNS names of the request (subjectAltName), with the server FQDN and the organization's
// domains as suggestions.
class RequestDomainsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RequestDomainsPage(QWidget* parent = nullptr);

    QStringList domains() const;
    void setDomains(const QStringList& domains);
    DomainListEditor* editor() const { return m_editor; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    DomainListEditor* m_editor;
    QLabel* m_error;
    bool m_filled = false;
};

} // namespace ds::ui
