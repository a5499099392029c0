#include "receiveauthenticationeditor.h"

#include <QCheckBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ds::ui {

ReceiveAuthenticationEditor::ReceiveAuthenticationEditor(QWidget* parent)
    : ConnectorEditor(parent)
    , m_tls(new QCheckBox(tr("&Transport Layer Security (TLS)"), this))
    , m_domainSecure(new QCheckBox(tr("Enable &Domain Security (Mutual Auth TLS)"), this))
    , m_requireTls(new QCheckBox(tr("&Require TLS for every session"), this))
    , m_basic(new QCheckBox(tr("&Basic Authentication"), this))
    , m_basicRequireTls(new QCheckBox(tr("&Offer Basic authentication only after starting TLS"), this))
    , m_exchangeServer(new QCheckBox(tr("&Exchange Server authentication"), this))
    , m_integrated(new QCheckBox(tr("&Integrated Windows authentication"), this))
    , m_external(new QCheckBox(tr("E&xternally Secured (for example, with IPsec)"), this))
{
    setObjectName(u"receiveAuthenticationEditor"_s);
    m_tls->setObjectName(u"tlsCheckBox"_s);
    m_domainSecure->setObjectName(u"domainSecureCheckBox"_s);
    m_requireTls->setObjectName(u"requireTlsCheckBox"_s);
    m_basic->setObjectName(u"basicAuthCheckBox"_s);
    m_basicRequireTls->setObjectName(u"basicRequireTlsCheckBox"_s);
    m_exchangeServer->setObjectName(u"exchangeServerCheckBox"_s);
    m_integrated->setObjectName(u"integratedCheckBox"_s);
    m_external->setObjectName(u"externalAuthoritativeCheckBox"_s);

    auto* layout = new QVBoxLayout(this);
    auto indented = [&](QCheckBox* box) {
        box->setStyleSheet(u"margin-left: 24px;"_s);
        layout->addWidget(box);
    };
    layout->addWidget(m_tls);
    indented(m_domainSecure);
    indented(m_requireTls);
    layout->addWidget(m_basic);
    indented(m_basicRequireTls);
    layout->addWidget(m_exchangeServer);
    layout->addWidget(m_integrated);
    layout->addWidget(m_external);
    layout->addStretch();

    for (QCheckBox* box : {m_tls, m_domainSecure, m_requireTls, m_basic, m_basicRequireTls, m_exchangeServer,
                           m_integrated, m_external}) {
        connect(box, &QCheckBox::toggled, this, [this] {
            updateEnabled();
            emit changed();
        });
    }
    updateEnabled();
}

void ReceiveAuthenticationEditor::updateEnabled()
{
    m_domainSecure->setEnabled(m_tls->isChecked() && !m_external->isChecked());
    m_requireTls->setEnabled(m_tls->isChecked());
    m_basicRequireTls->setEnabled(m_basic->isChecked() && m_tls->isChecked());
}

void ReceiveAuthenticationEditor::load(const ReceiveConnector& connector)
{
    const QSignalBlocker blocker(this);
    const AuthMechanisms auth = connector.authMechanism;
    m_tls->setChecked(auth.testFlag(AuthMechanism::Tls));
    m_domainSecure->setChecked(connector.domainSecureEnabled);
    m_requireTls->setChecked(connector.requireTLS);
    m_basic->setChecked(auth.testFlag(AuthMechanism::BasicAuth));
    m_basicRequireTls->setChecked(auth.testFlag(AuthMechanism::BasicAuthRequireTLS));
    m_exchangeServer->setChecked(auth.testFlag(AuthMechanism::ExchangeServer));
    m_integrated->setChecked(auth.testFlag(AuthMechanism::Integrated));
    m_external->setChecked(auth.testFlag(AuthMechanism::ExternalAuthoritative));
    updateEnabled();
}

void ReceiveAuthenticationEditor::apply(ReceiveConnector& connector) const
{
    AuthMechanisms auth;
    auth.setFlag(AuthMechanism::Tls, m_tls->isChecked());
    auth.setFlag(AuthMechanism::BasicAuth, m_basic->isChecked());
    auth.setFlag(AuthMechanism::BasicAuthRequireTLS, m_basic->isChecked() && m_basicRequireTls->isChecked());
    auth.setFlag(AuthMechanism::ExchangeServer, m_exchangeServer->isChecked());
    auth.setFlag(AuthMechanism::Integrated, m_integrated->isChecked());
    auth.setFlag(AuthMechanism::ExternalAuthoritative, m_external->isChecked());
    connector.authMechanism = auth;
    // A disabled sub-option keeps its check mark for the user but does not apply.
    connector.domainSecureEnabled = m_domainSecure->isEnabled() && m_domainSecure->isChecked();
    connector.requireTLS = m_requireTls->isEnabled() && m_requireTls->isChecked();
}

} // namespace ds::ui
