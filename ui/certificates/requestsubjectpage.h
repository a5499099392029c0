#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace ds::core {
class DistinguishedName;
} // namespace ds::core

namespace ds::ui {

using namespace ds::core;

class CountryComboBox;

// The subject of the request: CN (required), O, OU, L, ST and C from a country list.
class RequestSubjectPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RequestSubjectPage(QWidget* parent = nullptr);

    QString subject() const; // RFC 4514, most specific first
    void setSubject(const DistinguishedName& name);
    // Put into CN when the page opens with CN empty.
    void setDefaultCommonName(const QString& name) { m_defaultCommonName = name; }

    void initializePage() override;
    bool validatePage() override;

private:
    QLineEdit* addLine(const QString& objectName, const QString& placeholder);

    QLineEdit* m_commonName;
    QLineEdit* m_organization;
    QLineEdit* m_unit;
    QLineEdit* m_locality;
    QLineEdit* m_state;
    CountryComboBox* m_country;
    QLabel* m_error;
    QString m_defaultCommonName;
};

} // namespace ds::ui
