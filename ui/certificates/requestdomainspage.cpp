#include "requestdomainspage.h"

#include "certificaterequestwizard.h"
#include "crypto/certificaterequest.h"
#include "crypto/distinguishedname.h"
#include "document/workspacedocument.h"
#include "domainlisteditor.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

RequestDomainsPage::RequestDomainsPage(QWidget* parent)
    : QWizardPage(parent)
    , m_editor(new DomainListEditor(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"domainsPage"_s);
    setTitle(tr("Domain Names"));
    setSubTitle(tr("The names the certificate is valid for. Partners check that it names your domain."));
    m_error->setObjectName(u"domainsErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_editor);
    layout->addWidget(m_error);
    connect(m_editor, &DomainListEditor::domainsChanged, this, [this] {
        m_error->clear();
        emit completeChanged();
    });
}

QStringList RequestDomainsPage::domains() const
{
    return m_editor->domains();
}

void RequestDomainsPage::setDomains(const QStringList& domains)
{
    m_editor->setDomains(domains);
    m_filled = !domains.isEmpty();
}

void RequestDomainsPage::initializePage()
{
    auto* wizard = qobject_cast<CertificateRequestWizard*>(this->wizard());
    if (!wizard)
        return;
    const Workspace& workspace = wizard->document()->workspace();
    const auto subject = DistinguishedName::parse(wizard->subject());
    const QString commonName = subject.ok() ? subject->commonName() : QString();
    QStringList suggestions{commonName};
    if (const Server* server = workspace.server(wizard->server()))
        suggestions << server->fqdn;
    suggestions << workspace.domains;
    m_editor->setSuggestions(suggestions);
    // The CN is always among the names (Exchange adds it too); the rest is the user's choice.
    if (!m_filled)
        m_editor->addDomain(commonName);
    m_filled = true;
}

bool RequestDomainsPage::isComplete() const
{
    return !m_editor->domains().isEmpty();
}

bool RequestDomainsPage::validatePage()
{
    auto names = CertificateRequest::normalizeDnsNames(m_editor->domains());
    if (!names.ok()) {
        m_error->setText(names.errorMessage());
        return false;
    }
    return true;
}

} // namespace ds::ui
