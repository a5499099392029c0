#include "sendaddressspaceeditor.h"

#include "valuelisteditor.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ds::ui {

SendAddressSpaceEditor::SendAddressSpaceEditor(QWidget* parent)
    : ConnectorEditor(parent)
    , m_addressSpaces(new ValueListEditor(
          [](const QString& text) -> Result<QString> {
              const auto parsed = AddressSpace::parse(text);
              if (!parsed.ok())
                  return parsed.error();
              return parsed->toString();
          },
          this))
{
    setObjectName(u"sendAddressSpaceEditor"_s);
    m_addressSpaces->setObjectName(u"addressSpacesEditor"_s);
    m_addressSpaces->setAccessibleName(tr("Address spaces"));
    m_addressSpaces->setPlaceholderText(u"fabrikam.example;1"_s);
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("Route mail for these &domains through this connector (\"*.domain\" includes "
                                "all subdomains; \";cost\" from 1 to 100):"),
                             this);
    label->setObjectName(u"addressSpacesLabel"_s);
    label->setWordWrap(true);
    label->setBuddy(m_addressSpaces->entryEdit());
    // The list takes the height the tab has to spare; the label keeps the height of its text
    // (without a stretch the two shared it, which left an empty band above the list).
    layout->addWidget(label);
    layout->addWidget(m_addressSpaces, 1);
    connect(m_addressSpaces, &ValueListEditor::changed, this, &ConnectorEditor::changed);
}

void SendAddressSpaceEditor::load(const SendConnector& connector)
{
    const QSignalBlocker blocker(this);
    QStringList texts;
    for (const AddressSpace& space : connector.addressSpaces)
        texts << space.toString();
    m_addressSpaces->setValues(texts);
}

Status SendAddressSpaceEditor::apply(SendConnector& connector) const
{
    if (m_addressSpaces->hasErrors())
        return Status::failure(ErrorCode::BadInput,
                               tr("Address space: %1").arg(m_addressSpaces->errors().first()));
    connector.addressSpaces.clear();
    for (const QString& text : m_addressSpaces->values())
        connector.addressSpaces << AddressSpace::parse(text).value();
    return {};
}

bool SendAddressSpaceEditor::isComplete() const
{
    return !m_addressSpaces->hasErrors() &&
           (!m_addressSpaces->isEmpty() || m_addressSpaces->hasPendingText());
}

bool SendAddressSpaceEditor::commitPending()
{
    return !m_addressSpaces->hasPendingText() || m_addressSpaces->addPending();
}

} // namespace ds::ui
