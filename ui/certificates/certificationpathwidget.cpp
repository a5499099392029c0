#include "certificationpathwidget.h"

#include "crypto/chainverifier.h"
#include "widgets/icons.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

CertificationPathWidget::CertificationPathWidget(QWidget* parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    m_tree->setObjectName(u"certificationPathTree"_s);
    m_tree->setAccessibleName(tr("Certification path"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Certificate"), tr("Status")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_summary->setObjectName(u"pathSummaryLabel"_s);
    m_summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("Certification &path:"), this);
    label->setBuddy(m_tree);
    layout->addWidget(label);
    layout->addWidget(m_tree);
    layout->addWidget(m_summary);
}

void CertificationPathWidget::setChain(const ChainResult& chain)
{
    m_tree->clear();
    QTreeWidgetItem* parent = nullptr;
    // The chain is leaf first; the tree shows the root first.
    for (auto it = chain.chain.crbegin(); it != chain.chain.crend(); ++it) {
        const Certificate& certificate = it->certificate;
        QString name = certificate.commonName();
        if (name.isEmpty())
            name = certificate.subject();
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, name);
        item->setToolTip(0, certificate.subject());
        item->setText(1, it->ok ? tr("OK") : it->status);
        item->setToolTip(1, it->status);
        item->setIcon(0, Icons::get(it->ok ? u"status-ok"_s : u"status-error"_s));
        item->setData(0, Qt::UserRole, certificate.thumbprint());
        parent = item;
    }
    m_tree->expandAll();
    m_summary->setText(chain.trusted ? tr("The certificate is trusted for TLS server and client use.")
                                     : tr("The certificate is not trusted: %1").arg(chain.reason));
}

} // namespace ds::ui
