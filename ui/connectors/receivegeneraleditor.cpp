#include "receivegeneraleditor.h"

#include "model/connectorpresets.h"
#include "model/freetext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

ReceiveGeneralEditor::ReceiveGeneralEditor(Parts parts, QWidget* parent)
    : ConnectorEditor(parent)
    , m_parts(parts)
{
    setObjectName(u"receiveGeneralEditor"_s);
    auto* form = new QFormLayout(this);
    auto notify = [this] { emit changed(); };
    if (parts & Name) {
        m_nameEdit = new QLineEdit(this);
        m_nameEdit->setObjectName(u"nameEdit"_s);
        m_nameEdit->setMaxLength(FreeText::kMaxNameLength);
        form->addRow(tr("&Name:"), m_nameEdit);
        connect(m_nameEdit, &QLineEdit::textChanged, this, notify);
    }
    if (parts & Usage) {
        m_usageCombo = new QComboBox(this);
        m_usageCombo->setObjectName(u"usageCombo"_s);
        for (auto usage : {ReceiveUsage::Custom, ReceiveUsage::Internet, ReceiveUsage::Internal,
                           ReceiveUsage::Client, ReceiveUsage::Partner})
            m_usageCombo->addItem(ConnectorNames::receiveUsage(usage), int(usage));
        m_usageDescription = new QLabel(this);
        m_usageDescription->setObjectName(u"usageDescription"_s);
        m_usageDescription->setWordWrap(true);
        form->addRow(tr("Intended &use:"), m_usageCombo);
        form->addRow(QString(), m_usageDescription);
        connect(m_usageCombo, &QComboBox::currentIndexChanged, this, [this] {
            m_usageDescription->setText(
                ConnectorPresets::describe(ReceiveUsage(m_usageCombo->currentData().toInt())));
            emit changed();
        });
        m_usageDescription->setText(ConnectorPresets::describe(ReceiveUsage::Custom));
    }
    if (parts & Details) {
        m_enabledCheckBox = new QCheckBox(tr("&Enabled"), this);
        m_enabledCheckBox->setObjectName(u"enabledCheckBox"_s);
        form->addRow(QString(), m_enabledCheckBox);
        m_loggingCombo = new QComboBox(this);
        m_loggingCombo->setObjectName(u"protocolLoggingCombo"_s);
        m_loggingCombo->addItem(tr("None"), int(ProtocolLoggingLevel::None));
        m_loggingCombo->addItem(tr("Verbose"), int(ProtocolLoggingLevel::Verbose));
        form->addRow(tr("&Protocol logging level:"), m_loggingCombo);
        connect(m_enabledCheckBox, &QCheckBox::toggled, this, notify);
        connect(m_loggingCombo, &QComboBox::currentIndexChanged, this, notify);
    }
    if (parts & Fqdn) {
        m_fqdnEdit = new QLineEdit(this);
        m_fqdnEdit->setObjectName(u"fqdnEdit"_s);
        form->addRow(tr("&FQDN in response to HELO or EHLO:"), m_fqdnEdit);
        connect(m_fqdnEdit, &QLineEdit::textChanged, this, notify);
    }
    if (parts & Details) {
        m_bannerEdit = new QLineEdit(this);
        m_bannerEdit->setObjectName(u"bannerEdit"_s);
        m_bannerEdit->setPlaceholderText(tr("Exchange's default banner"));
        form->addRow(tr("&Banner:"), m_bannerEdit);
        m_maxMessageSizeEdit = new QLineEdit(this);
        m_maxMessageSizeEdit->setObjectName(u"maxMessageSizeEdit"_s);
        // The field accepts what the validator accepts: no "unlimited" on a receive connector.
        m_maxMessageSizeEdit->setPlaceholderText(ReceiveConnector::maxMessageSizeRange());
        m_maxMessageSizeEdit->setToolTip(ReceiveConnector::maxMessageSizeRange());
        form->addRow(tr("Maximum &message size:"), m_maxMessageSizeEdit);
        m_maxRecipientsSpinBox = new QSpinBox(this);
        m_maxRecipientsSpinBox->setObjectName(u"maxRecipientsSpinBox"_s);
        m_maxRecipientsSpinBox->setRange(1, 512000);
        form->addRow(tr("Maximum &recipients per message:"), m_maxRecipientsSpinBox);
        m_connectionTimeoutEdit = new QLineEdit(this);
        m_connectionTimeoutEdit->setObjectName(u"connectionTimeoutEdit"_s);
        m_connectionTimeoutEdit->setPlaceholderText(u"00:05:00"_s);
        form->addRow(tr("&Connection timeout:"), m_connectionTimeoutEdit);
        m_inactivityTimeoutEdit = new QLineEdit(this);
        m_inactivityTimeoutEdit->setObjectName(u"inactivityTimeoutEdit"_s);
        m_inactivityTimeoutEdit->setPlaceholderText(u"00:01:00"_s);
        form->addRow(tr("Connection &inactivity timeout:"), m_inactivityTimeoutEdit);
        for (QLineEdit* edit :
             {m_bannerEdit, m_maxMessageSizeEdit, m_connectionTimeoutEdit, m_inactivityTimeoutEdit})
            connect(edit, &QLineEdit::textChanged, this, notify);
        connect(m_maxRecipientsSpinBox, &QSpinBox::valueChanged, this, notify);
    }
}

void ReceiveGeneralEditor::setServerFqdn(const QString& fqdn)
{
    if (m_fqdnEdit)
        m_fqdnEdit->setPlaceholderText(fqdn.isEmpty() ? QString() : tr("%1 (the server's FQDN)").arg(fqdn));
}

void ReceiveGeneralEditor::load(const ReceiveConnector& connector)
{
    const QSignalBlocker blocker(this);
    if (m_nameEdit)
        m_nameEdit->setText(connector.name);
    if (m_usageCombo) {
        m_usageCombo->setCurrentIndex(m_usageCombo->findData(int(connector.usage)));
        m_usageDescription->setText(ConnectorPresets::describe(connector.usage));
    }
    if (m_fqdnEdit)
        m_fqdnEdit->setText(connector.fqdn.toString());
    if (m_parts & Details) {
        m_enabledCheckBox->setChecked(connector.enabled);
        m_loggingCombo->setCurrentIndex(m_loggingCombo->findData(int(connector.protocolLoggingLevel)));
        m_bannerEdit->setText(connector.banner);
        m_maxMessageSizeEdit->setText(connector.maxMessageSize.toString());
        m_maxRecipientsSpinBox->setValue(connector.maxRecipientsPerMessage);
        m_connectionTimeoutEdit->setText(connector.connectionTimeout.toString());
        m_inactivityTimeoutEdit->setText(connector.connectionInactivityTimeout.toString());
    }
}

Status ReceiveGeneralEditor::apply(ReceiveConnector& connector) const
{
    auto fail = [](const QString& field, const QString& why) {
        return Status::failure(ErrorCode::BadInput, tr("%1: %2").arg(field, why));
    };
    ReceiveConnector result = connector;
    if (m_nameEdit) {
        const QString name = m_nameEdit->text().trimmed();
        if (const auto problem = FreeText::nameProblem(name))
            return fail(tr("Name"), *problem);
        result.name = name;
    }
    if (m_usageCombo) {
        const auto usage = ReceiveUsage(m_usageCombo->currentData().toInt());
        if (usage != result.usage)
            ConnectorPresets::apply(result, usage, m_edge);
    }
    if (m_fqdnEdit) {
        const auto fqdn = Fqdn::parseOptional(m_fqdnEdit->text());
        if (!fqdn.ok())
            return fail(tr("FQDN"), fqdn.errorMessage());
        result.fqdn = fqdn.value();
    }
    if (m_parts & Details) {
        result.enabled = m_enabledCheckBox->isChecked();
        result.protocolLoggingLevel = ProtocolLoggingLevel(m_loggingCombo->currentData().toInt());
        const QString banner = m_bannerEdit->text().trimmed();
        if (const auto problem = FreeText::problem(banner))
            return fail(tr("Banner"), *problem);
        result.banner = banner;
        const auto size = ByteSize::parse(m_maxMessageSizeEdit->text());
        if (!size.ok())
            return fail(tr("Maximum message size"), size.errorMessage());
        if (auto why = ReceiveConnector::maxMessageSizeProblem(size.value()))
            return fail(tr("Maximum message size"), *why);
        result.maxMessageSize = size.value();
        result.maxRecipientsPerMessage = m_maxRecipientsSpinBox->value();
        const auto connection = TimeSpan::parse(m_connectionTimeoutEdit->text());
        if (!connection.ok())
            return fail(tr("Connection timeout"), connection.errorMessage());
        const auto inactivity = TimeSpan::parse(m_inactivityTimeoutEdit->text());
        if (!inactivity.ok())
            return fail(tr("Connection inactivity timeout"), inactivity.errorMessage());
        result.connectionTimeout = connection.value();
        result.connectionInactivityTimeout = inactivity.value();
    }
    connector = result;
    return {};
}

bool ReceiveGeneralEditor::isComplete() const
{
    return !m_nameEdit || !m_nameEdit->text().trimmed().isEmpty();
}

} // namespace ds::ui
