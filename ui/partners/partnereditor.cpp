#include "partnereditor.h"

#include "connectors/valuelisteditor.h"
#include "model/freetext.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

PartnerEditor::PartnerEditor(QWidget* parent)
    : ConnectorEditor(parent)
    , m_nameEdit(new QLineEdit(this))
    , m_domains(new ValueListEditor(
          [](const QString& text) -> Result<QString> {
              const auto parsed = SmtpDomain::parse(text);
              if (!parsed.ok())
                  return parsed.error();
              return parsed->toString();
          },
          this))
{
    setObjectName(u"partnerEditor"_s);
    m_nameEdit->setObjectName(u"partnerNameEdit"_s);
    m_nameEdit->setMaxLength(FreeText::kMaxNameLength - 5);
    m_nameEdit->setPlaceholderText(u"Fabrikam"_s);
    m_domains->setObjectName(u"partnerDomainsEditor"_s);
    m_domains->setAccessibleName(tr("Partner domains"));
    m_domains->setPlaceholderText(u"fabrikam.example"_s);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Partner &name:"), m_nameEdit);
    auto* label = new QLabel(tr("Partner &domains (mail to and from them travels over mutual TLS):"), this);
    label->setWordWrap(true);
    label->setBuddy(m_domains->entryEdit());
    form->addRow(label);
    form->addRow(m_domains);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &ConnectorEditor::changed);
    connect(m_domains, &ValueListEditor::changed, this, &ConnectorEditor::changed);
}

void PartnerEditor::load(const PartnerSetup& setup)
{
    const QSignalBlocker blocker(this);
    m_nameEdit->setText(setup.partnerName);
    m_domains->setValues(setup.domainNames());
}

Status PartnerEditor::apply(PartnerSetup& setup) const
{
    const QString name = m_nameEdit->text().trimmed();
    if (const auto problem = FreeText::nameProblem(name))
        return Status::failure(ErrorCode::BadInput, tr("Partner name: %1").arg(*problem));
    if (m_domains->hasErrors())
        return Status::failure(ErrorCode::BadInput,
                               tr("Partner domains: %1").arg(m_domains->errors().first()));
    setup.partnerName = name;
    setup.domains.clear();
    for (const QString& text : m_domains->values())
        setup.domains << SmtpDomain::parse(text).value();
    return {};
}

bool PartnerEditor::isComplete() const
{
    return !m_nameEdit->text().trimmed().isEmpty() && !m_domains->hasErrors() &&
           (!m_domains->isEmpty() || m_domains->hasPendingText());
}

bool PartnerEditor::commitPending()
{
    return !m_domains->hasPendingText() || m_domains->addPending();
}

} // namespace ds::ui
