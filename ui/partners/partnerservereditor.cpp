#include "partnerservereditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>

using namespace Qt::StringLiterals;

namespace ds::ui {

PartnerServerEditor::PartnerServerEditor(QWidget* parent)
    : ConnectorEditor(parent)
    , m_serverCombo(new QComboBox(this))
    , m_requireTls(new QCheckBox(tr("&Require TLS in both directions"), this))
{
    setObjectName(u"partnerServerEditor"_s);
    m_serverCombo->setObjectName(u"serverCombo"_s);
    m_requireTls->setObjectName(u"requireTlsCheckBox"_s);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Our &server:"), m_serverCombo);
    form->addRow(QString(), m_requireTls);
    connect(m_serverCombo, &QComboBox::currentTextChanged, this, [this](const QString& server) {
        emit serverChanged(server);
        emit changed();
    });
    connect(m_requireTls, &QCheckBox::toggled, this, &ConnectorEditor::changed);
}

void PartnerServerEditor::setServers(const QStringList& servers)
{
    const QSignalBlocker blocker(m_serverCombo);
    m_serverCombo->clear();
    m_serverCombo->addItems(servers);
}

QString PartnerServerEditor::currentServer() const
{
    return m_serverCombo->currentText();
}

void PartnerServerEditor::load(const PartnerSetup& setup)
{
    const QSignalBlocker blocker(this);
    if (const int index = m_serverCombo->findText(setup.server); index >= 0)
        m_serverCombo->setCurrentIndex(index);
    m_requireTls->setChecked(setup.requireTls);
}

void PartnerServerEditor::apply(PartnerSetup& setup) const
{
    setup.server = m_serverCombo->currentText();
    setup.requireTls = m_requireTls->isChecked();
}

bool PartnerServerEditor::isComplete() const
{
    return m_serverCombo->currentIndex() >= 0;
}

} // namespace ds::ui
