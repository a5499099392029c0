#include "sendnetworkeditor.h"

#include "valuelisteditor.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ds::ui {

SendNetworkEditor::SendNetworkEditor(QWidget* parent)
    : ConnectorEditor(parent)
    , m_dnsRadio(
          new QRadioButton(tr("Use domain name system (&DNS) MX records to route mail automatically"), this))
    , m_smartHostRadio(new QRadioButton(tr("Route mail through the following &smart hosts:"), this))
    , m_smartHosts(new ValueListEditor(&SendConnector::parseSmartHost, this))
    , m_smartHostAuthCombo(new QComboBox(this))
    , m_portSpinBox(new QSpinBox(this))
    , m_domainSecure(new QCheckBox(tr("Enable Domain Security (&Mutual Auth TLS)"), this))
    , m_requireTls(new QCheckBox(tr("&Require TLS"), this))
    , m_ignoreStartTls(new QCheckBox(tr("&Ignore STARTTLS (never encrypt)"), this))
    , m_tlsAuthLevelCombo(new QComboBox(this))
    , m_tlsDomainEdit(new QLineEdit(this))
{
    setObjectName(u"sendNetworkEditor"_s);
    m_dnsRadio->setObjectName(u"dnsRoutingRadio"_s);
    m_smartHostRadio->setObjectName(u"smartHostRadio"_s);
    m_smartHosts->setObjectName(u"smartHostsEditor"_s);
    m_smartHosts->setAccessibleName(tr("Smart hosts"));
    m_smartHosts->setPlaceholderText(u"relay.contoso.example"_s);
    m_smartHostAuthCombo->setObjectName(u"smartHostAuthCombo"_s);
    for (auto mechanism :
         {SmartHostAuthMechanism::None, SmartHostAuthMechanism::BasicAuth,
          SmartHostAuthMechanism::BasicAuthRequireTLS, SmartHostAuthMechanism::ExchangeServer,
          SmartHostAuthMechanism::ExternalAuthoritative})
        m_smartHostAuthCombo->addItem(ConnectorNames::smartHostAuthMechanism(mechanism), int(mechanism));
    m_portSpinBox->setObjectName(u"portSpinBox"_s);
    m_portSpinBox->setRange(0, 65535);
    m_domainSecure->setObjectName(u"domainSecureCheckBox"_s);
    m_requireTls->setObjectName(u"requireTlsCheckBox"_s);
    m_ignoreStartTls->setObjectName(u"ignoreStartTlsCheckBox"_s);
    m_tlsAuthLevelCombo->setObjectName(u"tlsAuthLevelCombo"_s);
    m_tlsAuthLevelCombo->addItem(tr("Not set"), int(TlsAuthLevel::Unset));
    for (auto level :
         {TlsAuthLevel::EncryptionOnly, TlsAuthLevel::CertificateValidation, TlsAuthLevel::DomainValidation})
        m_tlsAuthLevelCombo->addItem(ConnectorNames::tlsAuthLevel(level), int(level));
    m_tlsDomainEdit->setObjectName(u"tlsDomainEdit"_s);
    m_tlsDomainEdit->setPlaceholderText(u"fabrikam.example"_s);

    auto* group = new QButtonGroup(this);
    group->addButton(m_dnsRadio);
    group->addButton(m_smartHostRadio);

    auto* layout = new QVBoxLayout(this);
    auto* routing = new QGroupBox(tr("Routing"), this);
    auto* routingLayout = new QVBoxLayout(routing);
    routingLayout->addWidget(m_dnsRadio);
    routingLayout->addWidget(m_smartHostRadio);
    routingLayout->addWidget(m_smartHosts);
    auto* form = new QFormLayout;
    form->addRow(tr("Smart host &authentication:"), m_smartHostAuthCombo);
    form->addRow(tr("&Port:"), m_portSpinBox);
    routingLayout->addLayout(form);
    layout->addWidget(routing);

    auto* security = new QGroupBox(tr("Security"), this);
    auto* securityLayout = new QVBoxLayout(security);
    securityLayout->addWidget(m_domainSecure);
    auto* note =
        new QLabel(tr("Domain security needs DNS routing, no wildcard address space, and the domains on "
                      "the domain-secure send list."),
                   this);
    note->setWordWrap(true);
    securityLayout->addWidget(note);
    securityLayout->addWidget(m_requireTls);
    securityLayout->addWidget(m_ignoreStartTls);
    auto* tlsForm = new QFormLayout;
    tlsForm->addRow(tr("TLS authentication &level (Exchange 2010 and later):"), m_tlsAuthLevelCombo);
    tlsForm->addRow(tr("TLS domai&n (DomainValidation):"), m_tlsDomainEdit);
    securityLayout->addLayout(tlsForm);
    layout->addWidget(security);
    layout->addStretch();

    auto notify = [this] {
        updateEnabled();
        emit changed();
    };
    connect(m_dnsRadio, &QRadioButton::toggled, this, notify);
    connect(m_smartHosts, &ValueListEditor::changed, this, notify);
    connect(m_smartHostAuthCombo, &QComboBox::currentIndexChanged, this, notify);
    connect(m_portSpinBox, &QSpinBox::valueChanged, this, notify);
    connect(m_tlsAuthLevelCombo, &QComboBox::currentIndexChanged, this, notify);
    connect(m_tlsDomainEdit, &QLineEdit::textChanged, this, notify);
    for (QCheckBox* box : {m_domainSecure, m_requireTls, m_ignoreStartTls})
        connect(box, &QCheckBox::toggled, this, notify);
    m_dnsRadio->setChecked(true);
    updateEnabled();
}

void SendNetworkEditor::updateEnabled()
{
    const bool smart = m_smartHostRadio->isChecked();
    m_smartHosts->setEnabled(smart);
    m_smartHostAuthCombo->setEnabled(smart);
    // Require TLS and ignore STARTTLS exclude each other (Exchange refuses both).
    m_ignoreStartTls->setEnabled(!m_requireTls->isChecked() && !m_domainSecure->isChecked());
    m_requireTls->setEnabled(!m_ignoreStartTls->isChecked());
    m_tlsDomainEdit->setEnabled(TlsAuthLevel(m_tlsAuthLevelCombo->currentData().toInt()) ==
                                TlsAuthLevel::DomainValidation);
}

void SendNetworkEditor::load(const SendConnector& connector)
{
    const QSignalBlocker blocker(this);
    (connector.dnsRoutingEnabled ? m_dnsRadio : m_smartHostRadio)->setChecked(true);
    m_smartHosts->setValues(connector.smartHosts);
    m_smartHostAuthCombo->setCurrentIndex(
        m_smartHostAuthCombo->findData(int(connector.smartHostAuthMechanism)));
    m_portSpinBox->setValue(connector.port);
    m_domainSecure->setChecked(connector.domainSecureEnabled);
    m_requireTls->setChecked(connector.requireTLS);
    m_ignoreStartTls->setChecked(connector.ignoreStartTls);
    m_tlsAuthLevelCombo->setCurrentIndex(m_tlsAuthLevelCombo->findData(int(connector.tlsAuthLevel)));
    m_tlsDomainEdit->setText(connector.tlsDomain);
    updateEnabled();
}

Status SendNetworkEditor::apply(SendConnector& connector) const
{
    const bool smart = m_smartHostRadio->isChecked();
    if (smart && m_smartHosts->hasErrors())
        return Status::failure(ErrorCode::BadInput,
                               tr("Smart hosts: %1").arg(m_smartHosts->errors().first()));
    if (smart && m_smartHosts->isEmpty())
        return Status::failure(ErrorCode::BadInput, tr("Smart hosts: give at least one smart host."));
    const auto level = TlsAuthLevel(m_tlsAuthLevelCombo->currentData().toInt());
    const auto tlsDomain = SendConnector::parseTlsDomain(
        level == TlsAuthLevel::DomainValidation ? m_tlsDomainEdit->text() : QString());
    if (!tlsDomain.ok())
        return tlsDomain.error();
    connector.dnsRoutingEnabled = !smart;
    // As Set-SendConnector does: DNS routing clears the smart hosts and their authentication.
    connector.smartHosts = smart ? m_smartHosts->values() : QStringList();
    connector.smartHostAuthMechanism =
        smart ? SmartHostAuthMechanism(m_smartHostAuthCombo->currentData().toInt())
              : SmartHostAuthMechanism::None;
    connector.port = m_portSpinBox->value();
    connector.domainSecureEnabled = m_domainSecure->isChecked();
    connector.requireTLS = m_requireTls->isEnabled() && m_requireTls->isChecked();
    connector.ignoreStartTls = m_ignoreStartTls->isEnabled() && m_ignoreStartTls->isChecked();
    connector.tlsAuthLevel = level;
    connector.tlsDomain = tlsDomain.value();
    return {};
}

bool SendNetworkEditor::isComplete() const
{
    if (!m_smartHostRadio->isChecked())
        return true;
    return !m_smartHosts->hasErrors() && (!m_smartHosts->isEmpty() || m_smartHosts->hasPendingText());
}

bool SendNetworkEditor::commitPending()
{
    return !m_smartHostRadio->isChecked() || !m_smartHosts->hasPendingText() || m_smartHosts->addPending();
}

} // namespace ds::ui
