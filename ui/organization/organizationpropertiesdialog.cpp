#include "organizationpropertiesdialog.h"

#include "document/workspacedocument.h"
#include "operations/organizationoperations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

OrganizationPropertiesDialog::OrganizationPropertiesDialog(WorkspaceDocument* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_version(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"organizationPropertiesDialog"_s);
    const Workspace& workspace = document->workspace();
    setWindowTitle(tr("Organization Properties"));

    auto* form = new QFormLayout;
    auto* name = new QLabel(workspace.organization, this);
    name->setObjectName(u"organizationNameLabel"_s);
    name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Organization:"), name);
    auto* domains = new QLabel(workspace.domains.join(u", "_s), this);
    domains->setObjectName(u"acceptedDomainsLabel"_s);
    domains->setWordWrap(true);
    domains->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Accepted domains:"), domains);

    m_version->setObjectName(u"exchangeVersionComboBox"_s);
    // Every release the model knows, in its order; a release added to ExchangeVersion appears here.
    for (const ExchangeVersion version : ExchangeVersions::all())
        m_version->addItem(ExchangeVersions::displayName(version), int(version));
    setExchangeVersion(workspace.exchangeVersion);
    auto* versionLabel = new QLabel(tr("&Exchange release:"), this);
    versionLabel->setBuddy(m_version);
    form->addRow(versionLabel, m_version);
    auto* note = new QLabel(tr("Lint, the Validation pane and the Exchange export use this release unless "
                               "another target is chosen; the wizards write commands for it."),
                            this);
    note->setObjectName(u"exchangeVersionDescription"_s);
    note->setWordWrap(true);
    form->addRow(note);

    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020"_s);
    m_error->setVisible(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &OrganizationPropertiesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ExchangeVersion OrganizationPropertiesDialog::exchangeVersion() const
{
    return ExchangeVersion(m_version->currentData().toInt());
}

void OrganizationPropertiesDialog::setExchangeVersion(ExchangeVersion version)
{
    m_version->setCurrentIndex(m_version->findData(int(version)));
}

void OrganizationPropertiesDialog::setCurrentField(const QString& field)
{
    if (field == u"exchangeVersion"_s)
        m_version->setFocus();
}

bool OrganizationPropertiesDialog::apply()
{
    if (m_document->workspace().exchangeVersion == exchangeVersion())
        return true;
    const Status applied = m_document->apply(
        OrganizationOperations::setExchangeVersion(m_document->workspace(), exchangeVersion()));
    m_error->setText(applied.ok() ? QString() : applied.errorMessage());
    m_error->setVisible(!applied.ok());
    return applied.ok();
}

void OrganizationPropertiesDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace ds::ui
