#include "requestsubjectpage.h"

#include "countrycombobox.h"
#include "crypto/certificaterequest.h"
#include "crypto/distinguishedname.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

RequestSubjectPage::RequestSubjectPage(QWidget* parent)
    : QWizardPage(parent)
    , m_country(new CountryComboBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"subjectPage"_s);
    setTitle(tr("Subject"));
    setSubTitle(tr("Who the certificate is for. The common name is required; CAs usually want the "
                   "organization and the country too."));
    m_commonName = addLine(u"commonNameEdit"_s, tr("mail.contoso.com"));
    m_organization = addLine(u"organizationEdit"_s, tr("Contoso, Ltd."));
    m_unit = addLine(u"organizationalUnitEdit"_s, tr("IT"));
    m_locality = addLine(u"localityEdit"_s, tr("Tokyo"));
    m_state = addLine(u"stateEdit"_s, tr("Tokyo"));
    m_country->setObjectName(u"countryCombo"_s);
    m_error->setObjectName(u"subjectErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020"_s);

    auto* form = new QFormLayout(this);
    form->addRow(tr("Common &name (CN):"), m_commonName);
    form->addRow(tr("&Organization (O):"), m_organization);
    form->addRow(tr("Organizational &unit (OU):"), m_unit);
    form->addRow(tr("&Locality (L):"), m_locality);
    form->addRow(tr("S&tate or province (ST):"), m_state);
    form->addRow(tr("&Country (C):"), m_country);
    form->addRow(m_error);
    registerField(u"commonName*"_s, m_commonName);
}

QLineEdit* RequestSubjectPage::addLine(const QString& objectName, const QString& placeholder)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setMaxLength(64); // ub-common-name and friends (RFC 5280)
    connect(edit, &QLineEdit::textChanged, m_error, &QLabel::clear);
    return edit;
}

void RequestSubjectPage::initializePage()
{
    if (m_commonName->text().isEmpty())
        m_commonName->setText(m_defaultCommonName);
}

QString RequestSubjectPage::subject() const
{
    DistinguishedName name;
    const QList<std::pair<QString, QString>> parts = {{u"C"_s, m_country->code()},
                                                      {u"ST"_s, m_state->text().trimmed()},
                                                      {u"L"_s, m_locality->text().trimmed()},
                                                      {u"O"_s, m_organization->text().trimmed()},
                                                      {u"OU"_s, m_unit->text().trimmed()},
                                                      {u"CN"_s, m_commonName->text().trimmed()}};
    for (const auto& [type, value] : parts) {
        if (!value.isEmpty())
            name.append(type, value);
    }
    return name.toString();
}

void RequestSubjectPage::setSubject(const DistinguishedName& name)
{
    m_commonName->setText(name.value(u"CN"_s));
    m_organization->setText(name.value(u"O"_s));
    m_unit->setText(name.value(u"OU"_s));
    m_locality->setText(name.value(u"L"_s));
    m_state->setText(name.value(u"ST"_s));
    m_country->setCode(name.value(u"C"_s));
}

bool RequestSubjectPage::validatePage()
{
    // The CN is what partners connect to: it must be a DNS name (CertificateRequest adds it to the SANs).
    auto dns = CertificateRequest::normalizeDnsName(m_commonName->text().trimmed());
    if (!dns.ok()) {
        m_error->setText(tr("Common name: %1").arg(dns.errorMessage()));
        m_commonName->setFocus();
        return false;
    }
    auto parsed = DistinguishedName::parse(subject());
    if (!parsed.ok()) {
        m_error->setText(parsed.errorMessage());
        return false;
    }
    m_error->clear();
    return true;
}

} // namespace ds::ui
