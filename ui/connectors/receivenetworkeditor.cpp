#include "receivenetworkeditor.h"

#include "valuelisteditor.h"

#include <QGroupBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ds::ui {

namespace {
template <typename T> ValueListEditor::Parser parserOf()
{
    return [](const QString& text) -> Result<QString> {
        const auto parsed = T::parse(text);
        if (!parsed.ok())
            return parsed.error();
        return parsed->toString();
    };
}
} // namespace

ReceiveNetworkEditor::ReceiveNetworkEditor(Parts parts, QWidget* parent)
    : ConnectorEditor(parent)
    , m_parts(parts)
{
    setObjectName(u"receiveNetworkEditor"_s);
    auto* layout = new QVBoxLayout(this);
    auto addGroup = [&](const QString& title, ValueListEditor* editor, const QString& name,
                        const QString& placeholder) {
        auto* group = new QGroupBox(title, this);
        auto* groupLayout = new QVBoxLayout(group);
        editor->setObjectName(name);
        editor->setPlaceholderText(placeholder);
        editor->setAccessibleName(title);
        groupLayout->addWidget(editor);
        layout->addWidget(group);
        connect(editor, &ValueListEditor::changed, this, &ConnectorEditor::changed);
    };
    if (parts & Local) {
        m_bindings = new ValueListEditor(parserOf<Binding>(), this);
        addGroup(tr("&Local IP addresses and ports this connector receives mail on"), m_bindings,
                 u"bindingsEditor"_s, u"0.0.0.0:25"_s);
    }
    if (parts & Remote) {
        m_remoteRanges = new ValueListEditor(parserOf<IpRange>(), this);
        addGroup(tr("&Remote servers with these IP addresses (address, a-b range or CIDR)"), m_remoteRanges,
                 u"remoteRangesEditor"_s, u"192.0.2.0/24"_s);
    }
    if (parts & PartnerDomains) {
        m_partnerDomains = new ValueListEditor(parserOf<SmtpDomain>(), this);
        addGroup(tr("Partner &domains these servers send for (domain security)"), m_partnerDomains,
                 u"partnerDomainsEditor"_s, u"fabrikam.example"_s);
    }
}

QList<ValueListEditor*> ReceiveNetworkEditor::editors() const
{
    QList<ValueListEditor*> result;
    for (ValueListEditor* editor : {m_bindings, m_remoteRanges, m_partnerDomains}) {
        if (editor)
            result << editor;
    }
    return result;
}

void ReceiveNetworkEditor::load(const ReceiveConnector& connector)
{
    const QSignalBlocker blocker(this);
    if (m_bindings) {
        QStringList texts;
        for (const Binding& binding : connector.bindings)
            texts << binding.toString();
        m_bindings->setValues(texts);
    }
    if (m_remoteRanges) {
        QStringList texts;
        for (const IpRange& range : connector.remoteIPRanges)
            texts << range.toString();
        m_remoteRanges->setValues(texts);
    }
    if (m_partnerDomains) {
        QStringList texts;
        for (const SmtpDomain& domain : connector.partnerDomains)
            texts << domain.toString();
        m_partnerDomains->setValues(texts);
    }
}

Status ReceiveNetworkEditor::apply(ReceiveConnector& connector) const
{
    for (ValueListEditor* editor : editors()) {
        if (editor->hasErrors())
            return Status::failure(
                ErrorCode::BadInput,
                tr("%1: %2").arg(editor->accessibleName().remove(u'&'), editor->errors().first()));
    }
    ReceiveConnector result = connector;
    if (m_bindings) {
        result.bindings.clear();
        for (const QString& text : m_bindings->values())
            result.bindings << Binding::parse(text).value();
    }
    if (m_remoteRanges) {
        result.remoteIPRanges.clear();
        for (const QString& text : m_remoteRanges->values())
            result.remoteIPRanges << IpRange::parse(text).value();
    }
    if (m_partnerDomains) {
        result.partnerDomains.clear();
        for (const QString& text : m_partnerDomains->values())
            result.partnerDomains << SmtpDomain::parse(text).value();
    }
    connector = result;
    return {};
}

bool ReceiveNetworkEditor::isComplete() const
{
    for (ValueListEditor* editor : editors()) {
        if (editor->hasErrors())
            return false;
    }
    if (m_bindings && m_bindings->isEmpty() && !m_bindings->hasPendingText())
        return false;
    if (m_remoteRanges && m_remoteRanges->isEmpty() && !m_remoteRanges->hasPendingText())
        return false;
    return true;
}

bool ReceiveNetworkEditor::commitPending()
{
    bool ok = true;
    for (ValueListEditor* editor : editors()) {
        if (editor->hasPendingText() && !editor->addPending())
            ok = false;
    }
    return ok;
}

} // namespace ds::ui
