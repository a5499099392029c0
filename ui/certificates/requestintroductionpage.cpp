#include "requestintroductionpage.h"

#include "model/workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

RequestIntroductionPage::RequestIntroductionPage(const Workspace& workspace, const QString& server,
                                                 QWidget* parent)
    : QWizardPage(parent)
    , m_server(new QComboBox(this))
{
    setObjectName(u"introductionPage"_s);
    setTitle(tr("Introduction"));
    setSubTitle(
        tr("This wizard creates a key pair and a certificate request for a certification authority."));
    auto* text =
        new QLabel(tr("<p>Domain security needs a certificate that your partners trust, issued for "
                      "the names of your Edge server. The wizard asks for the subject and the domain "
                      "names, generates the private key, and writes a PKCS#10 request file that you "
                      "send to your CA.</p><p>The request stays <b>pending</b> on the server until "
                      "you import the certificate the CA returns.</p>"),
                   this);
    text->setWordWrap(true);
    m_server->setObjectName(u"serverCombo"_s);
    for (const Server& s : workspace.servers) {
        m_server->addItem(tr("%1 (%2)").arg(s.name, s.fqdn), s.name);
        m_fqdns << s.fqdn;
    }
    const int index = m_server->findData(server);
    if (index >= 0)
        m_server->setCurrentIndex(index);
    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addStretch();
    registerField(u"server"_s, m_server);
}

QString RequestIntroductionPage::server() const
{
    return m_server->currentData().toString();
}

QString RequestIntroductionPage::serverFqdn() const
{
    return m_fqdns.value(m_server->currentIndex());
}

} // namespace ds::ui
