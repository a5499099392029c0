#include "requestkeypage.h"

#include "model/certificatemanager.h"
#include "settings/appsettings.h"
#include "widgets/secretlineedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

RequestKeyPage::RequestKeyPage(bool needsPassphrase, QWidget* parent)
    : QWizardPage(parent)
    , m_keyType(new QComboBox(this))
    , m_exportable(new QCheckBox(tr("Make the private key &exportable"), this))
    , m_friendlyName(new QLineEdit(this))
    , m_passphrase(new SecretLineEdit(this))
    , m_error(new QLabel(this))
    , m_needsPassphrase(needsPassphrase)
{
    setObjectName(u"keyPage"_s);
    setTitle(tr("Key"));
    setSubTitle(tr("The private key stays in the workspace; only its public half goes into the request."));
    m_keyType->setObjectName(u"keyTypeCombo"_s);
    for (const KeySpec& spec : KeySpec::all())
        m_keyType->addItem(spec.description(), spec.toString());
    const int preferred = m_keyType->findData(AppSettings::defaultKeyType());
    if (preferred >= 0)
        m_keyType->setCurrentIndex(preferred);
    m_exportable->setObjectName(u"exportableCheckBox"_s);
    m_exportable->setToolTip(tr("Needed to copy the certificate with its key to a second server later."));
    m_friendlyName->setObjectName(u"friendlyNameEdit"_s);
    m_passphrase->setObjectName(u"passphraseEdit"_s);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(u"keyErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020"_s);

    auto* form = new QFormLayout(this);
    form->addRow(tr("Key &type and size:"), m_keyType);
    form->addRow(QString(), m_exportable);
    form->addRow(tr("&Friendly name:"), m_friendlyName);
    auto* passphraseLabel = new QLabel(tr("Workspace &passphrase:"), this);
    passphraseLabel->setBuddy(m_passphrase);
    form->addRow(passphraseLabel, m_passphrase);
    passphraseLabel->setVisible(needsPassphrase);
    m_passphrase->setVisible(needsPassphrase);
    form->addRow(m_error);
    // Not a mandatory ("*") field: QWizard counts those as filled only when they differ from their
    // value when the page was added, and the proposed default must count as filled.
    registerField(u"friendlyName"_s, m_friendlyName);
    m_friendlyName->setText(CertificateManager::defaultFriendlyName());
    connect(m_friendlyName, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_passphrase, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_friendlyName, &QLineEdit::textChanged, m_error, &QLabel::clear);
}

KeySpec RequestKeyPage::keySpec() const
{
    auto spec = KeySpec::parse(m_keyType->currentData().toString());
    return spec.ok() ? spec.value() : KeySpec();
}

bool RequestKeyPage::exportable() const
{
    return m_exportable->isChecked();
}

QString RequestKeyPage::friendlyName() const
{
    return m_friendlyName->text().trimmed();
}

QString RequestKeyPage::passphrase() const
{
    return m_needsPassphrase ? m_passphrase->text() : QString();
}

void RequestKeyPage::setTemplate(const QString& keyDescription, bool exportable, const QString& friendlyName)
{
    const int index = m_keyType->findText(keyDescription);
    if (index >= 0)
        m_keyType->setCurrentIndex(index);
    m_exportable->setChecked(exportable);
    if (!friendlyName.isEmpty())
        m_friendlyName->setText(friendlyName);
}

bool RequestKeyPage::isComplete() const
{
    return !friendlyName().isEmpty() && (!m_needsPassphrase || !m_passphrase->text().isEmpty());
}

bool RequestKeyPage::validatePage()
{
    // Exchange's limit for FriendlyName (New-ExchangeCertificate, Exchange 2007 cmdlet reference).
    if (friendlyName().size() >= 64) {
        m_error->setText(tr("The friendly name has %1 characters; Exchange allows at most 63.")
                             .arg(friendlyName().size()));
        m_friendlyName->setFocus();
        return false;
    }
    m_error->clear();
    return true;
}

} // namespace ds::ui
