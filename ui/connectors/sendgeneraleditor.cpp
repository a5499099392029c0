#include "sendgeneraleditor.h"

#include "model/connectorpresets.h"
#include "model/freetext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

SendGeneralEditor::SendGeneralEditor(Parts parts, QWidget* parent)
    : ConnectorEditor(parent)
    , m_parts(parts)
{
    setObjectName(u"sendGeneralEditor"_s);
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
        for (auto usage : {SendUsage::Custom, SendUsage::Internal, SendUsage::Internet, SendUsage::Partner})
            m_usageCombo->addItem(ConnectorNames::sendUsage(usage), int(usage));
        m_usageDescription = new QLabel(ConnectorPresets::describe(SendUsage::Custom), this);
        m_usageDescription->setObjectName(u"usageDescription"_s);
        m_usageDescription->setWordWrap(true);
        form->addRow(tr("Intended &use:"), m_usageCombo);
        form->addRow(QString(), m_usageDescription);
        connect(m_usageCombo, &QComboBox::currentIndexChanged, this, [this] {
            m_usageDescription->setText(
                ConnectorPresets::describe(SendUsage(m_usageCombo->currentData().toInt())));
            emit changed();
        });
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
        m_fqdnEdit = new QLineEdit(this);
        m_fqdnEdit->setObjectName(u"fqdnEdit"_s);
        m_fqdnEdit->setPlaceholderText(tr("the source server's FQDN"));
        form->addRow(tr("&FQDN this connector provides in HELO or EHLO:"), m_fqdnEdit);
        m_maxMessageSizeEdit = new QLineEdit(this);
        m_maxMessageSizeEdit->setObjectName(u"maxMessageSizeEdit"_s);
        m_maxMessageSizeEdit->setPlaceholderText(tr("10MB, 64KB or unlimited"));
        form->addRow(tr("Maximum &message size:"), m_maxMessageSizeEdit);
        m_inactivityTimeoutEdit = new QLineEdit(this);
        m_inactivityTimeoutEdit->setObjectName(u"inactivityTimeoutEdit"_s);
        m_inactivityTimeoutEdit->setPlaceholderText(u"00:10:00"_s);
        form->addRow(tr("Connection &inactivity timeout:"), m_inactivityTimeoutEdit);
        connect(m_enabledCheckBox, &QCheckBox::toggled, this, notify);
        connect(m_loggingCombo, &QComboBox::currentIndexChanged, this, notify);
        for (QLineEdit* edit : {m_fqdnEdit, m_maxMessageSizeEdit, m_inactivityTimeoutEdit})
            connect(edit, &QLineEdit::textChanged, this, notify);
    }
}

void SendGeneralEditor::load(const SendConnector& connector)
{
    const QSignalBlocker blocker(this);
    if (m_nameEdit)
        m_nameEdit->setText(connector.name);
    if (m_usageCombo) {
        m_usageCombo->setCurrentIndex(m_usageCombo->findData(int(connector.usage)));
        m_usageDescription->setText(ConnectorPresets::describe(connector.usage));
    }
    if (m_parts & Details) {
        m_enabledCheckBox->setChecked(connector.enabled);
        m_loggingCombo->setCurrentIndex(m_loggingCombo->findData(int(connector.protocolLoggingLevel)));
        m_fqdnEdit->setText(connector.fqdn.toString());
        m_maxMessageSizeEdit->setText(connector.maxMessageSize.toString());
        m_inactivityTimeoutEdit->setText(connector.connectionInactivityTimeout.toString());
    }
}

Status SendGeneralEditor::apply(SendConnector& connector) const
{
    auto fail = [](const QString& field, const QString& why) {
        return Status::failure(ErrorCode::BadInput, tr("%1: %2").arg(field, why));
    };
    SendConnector result = connector;
    if (m_nameEdit) {
        const QString name = m_nameEdit->text().trimmed();
        if (const auto problem = FreeText::nameProblem(name))
            return fail(tr("Name"), *problem);
        result.name = name;
    }
    if (m_usageCombo) {
        const auto usage = SendUsage(m_usageCombo->currentData().toInt());
        if (usage != result.usage)
            ConnectorPresets::apply(result, usage);
    }
    if (m_parts & Details) {
        result.enabled = m_enabledCheckBox->isChecked();
        result.protocolLoggingLevel = ProtocolLoggingLevel(m_loggingCombo->currentData().toInt());
        const auto fqdn = Fqdn::parseOptional(m_fqdnEdit->text());
        if (!fqdn.ok())
            return fail(tr("FQDN"), fqdn.errorMessage());
        result.fqdn = fqdn.value();
        const auto size = ByteSize::parse(m_maxMessageSizeEdit->text());
        if (!size.ok())
            return fail(tr("Maximum message size"), size.errorMessage());
        result.maxMessageSize = size.value();
        const auto inactivity = TimeSpan::parse(m_inactivityTimeoutEdit->text());
        if (!inactivity.ok())
            return fail(tr("Connection inactivity timeout"), inactivity.errorMessage());
        result.connectionInactivityTimeout = inactivity.value();
    }
    connector = result;
    return {};
}

bool SendGeneralEditor::isComplete() const
{
    return !m_nameEdit || !m_nameEdit->text().trimmed().isEmpty();
}

} // namespace ds::ui
