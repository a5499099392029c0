#include "settingsdialog.h"

#include "appsettings.h"
#include "util/translator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(u"languageComboBox"_s);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System default"), QString());
    // Each language in its own name, so a user who cannot read the current one finds theirs.
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"日本語"_s, u"ja"_s);
    m_language->setCurrentIndex(qMax(0, m_language->findData(AppSettings::language())));
    form->addRow(tr("&Language:"), m_language);

    m_keyType = new QComboBox(this);
    m_keyType->setObjectName(u"defaultKeyTypeComboBox"_s);
    m_keyType->setAccessibleName(tr("Default key type"));
    m_keyType->addItem(tr("RSA 2048 bits"), u"rsa:2048"_s);
    m_keyType->addItem(tr("RSA 3072 bits"), u"rsa:3072"_s);
    m_keyType->addItem(tr("RSA 4096 bits"), u"rsa:4096"_s);
    m_keyType->addItem(tr("ECDSA P-256"), u"ec:p256"_s);
    m_keyType->addItem(tr("ECDSA P-384"), u"ec:p384"_s);
    m_keyType->setCurrentIndex(qMax(0, m_keyType->findData(AppSettings::defaultKeyType())));
    form->addRow(tr("Default &key type:"), m_keyType);
    layout->addLayout(form);

    auto* note = new QLabel(tr("Exchange 2007 accepts RSA keys only; use ECDSA for Postfix gateways."), this);
    note->setObjectName(u"keyTypeNoteLabel"_s);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"settingsButtonBox"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void SettingsDialog::apply()
{
    const QString language = m_language->currentData().toString();
    const bool changed = language != AppSettings::language();
    AppSettings::setLanguage(language);
    AppSettings::setDefaultKeyType(m_keyType->currentData().toString());
    if (changed)
        Translator::install(language);
}

} // namespace ds::ui
