#include "aboutdialog.h"

#include "widgets/icons.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ds::ui {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About DomainSecure"));
    auto* layout = new QVBoxLayout(this);
    auto* icon = new QLabel(this);
    icon->setObjectName(u"aboutIconLabel"_s);
    icon->setPixmap(Icons::get(u"domainsecure"_s).pixmap(64, 64));
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    auto* text = new QLabel(this);
    text->setObjectName(u"aboutTextLabel"_s);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setText(tr("<h2>DomainSecure %1</h2>"
                     "<p>Certificates and mutual-TLS (Domain Security) connectors for mail gateways: "
                     "Exchange 2007 Edge Transport servers and Postfix.</p>"
                     "<p>Built with Qt %2. Cryptography by OpenSSL 3, used directly by the core library.</p>")
                      .arg(QStringLiteral(DS_VERSION), QString::fromLatin1(qVersion())));
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"aboutButtonBox"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace ds::ui
