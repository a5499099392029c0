#include "domainsecuritypage.h"

#include "document/workspacedocument.h"
#include "domainsecurelistmodel.h"
#include "operations/listoperations.h"
#include "widgets/messagebox.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

DomainSecurityPage::DomainSecurityPage(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(u"domainSecurityPage"_s);
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Mail to domains on the send list and from domains on the receive list travels "
                      "over mutual TLS (domain security). Each domain needs a Partner connector with "
                      "domain security and an SMTP certificate that the partner trusts."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(createSide(DomainSecureLists::Direction::Send));
    layout->addWidget(createSide(DomainSecureLists::Direction::Receive));
}

DomainSecurityPage::Side& DomainSecurityPage::side(DomainSecureLists::Direction direction)
{
    return direction == DomainSecureLists::Direction::Send ? m_send : m_receive;
}

const DomainSecurityPage::Side& DomainSecurityPage::side(DomainSecureLists::Direction direction) const
{
    return direction == DomainSecureLists::Direction::Send ? m_send : m_receive;
}

QWidget* DomainSecurityPage::createSide(DomainSecureLists::Direction direction)
{
    const bool send = direction == DomainSecureLists::Direction::Send;
    const QString prefix = send ? u"send"_s : u"receive"_s;
    Side& s = side(direction);
    auto* group = new QGroupBox(send ? tr("&Send list (TLSSendDomainSecureList)")
                                     : tr("&Receive list (TLSReceiveDomainSecureList)"),
                                this);
    group->setObjectName(prefix + u"Group"_s);
    s.model = new DomainSecureListModel(m_document, direction, this);
    s.model->setObjectName(prefix + u"ListModel"_s);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(s.model);
    s.view = new QTableView(group);
    s.view->setObjectName(prefix + u"Table"_s);
    s.view->setModel(proxy);
    s.view->setSortingEnabled(true);
    s.view->setSelectionBehavior(QAbstractItemView::SelectRows);
    s.view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    s.view->horizontalHeader()->setStretchLastSection(true);
    s.view->verticalHeader()->hide();
    s.view->setAccessibleName(group->title().remove(u'&'));
    s.edit = new QLineEdit(group);
    s.edit->setObjectName(prefix + u"DomainEdit"_s);
    s.edit->setPlaceholderText(u"fabrikam.example"_s);
    s.edit->setAccessibleName(send ? tr("Domain to add to the send list")
                                   : tr("Domain to add to the receive list"));
    s.addButton = new QPushButton(tr("&Add"), group);
    s.addButton->setObjectName(prefix + u"AddButton"_s);
    s.removeButton = new QPushButton(tr("Re&move"), group);
    s.removeButton->setObjectName(prefix + u"RemoveButton"_s);
    s.removeButton->setEnabled(false);
    s.errorLabel = new QLabel(group);
    s.errorLabel->setObjectName(prefix + u"ErrorLabel"_s);
    s.errorLabel->setWordWrap(true);
    s.errorLabel->setStyleSheet(u"color: #b00020;"_s);
    s.errorLabel->setVisible(false);

    auto* row = new QHBoxLayout;
    row->addWidget(s.edit);
    row->addWidget(s.addButton);
    row->addWidget(s.removeButton);
    auto* groupLayout = new QVBoxLayout(group);
    groupLayout->addWidget(s.view);
    groupLayout->addLayout(row);
    groupLayout->addWidget(s.errorLabel);

    connect(s.addButton, &QPushButton::clicked, this, [this, direction] {
        if (addDomains(direction, side(direction).edit->text()))
            side(direction).edit->clear();
    });
    connect(s.edit, &QLineEdit::returnPressed, s.addButton, &QPushButton::click);
    connect(s.removeButton, &QPushButton::clicked, this, [this, direction] { removeSelected(direction); });
    auto updateRemove = [this, direction] {
        Side& current = side(direction);
        current.removeButton->setEnabled(current.view->selectionModel()->hasSelection());
    };
    connect(s.view->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateRemove);
    connect(s.model, &QAbstractItemModel::modelReset, this, updateRemove);
    return group;
}

DomainSecureListModel* DomainSecurityPage::model(DomainSecureLists::Direction direction) const
{
    return side(direction).model;
}

QTableView* DomainSecurityPage::view(DomainSecureLists::Direction direction) const
{
    return side(direction).view;
}

QString DomainSecurityPage::errorText(DomainSecureLists::Direction direction) const
{
    return side(direction).errorLabel->text();
}

bool DomainSecurityPage::addDomains(DomainSecureLists::Direction direction, const QString& text)
{
    Side& s = side(direction);
    QStringList domains = text.split(u',', Qt::SkipEmptyParts);
    for (QString& domain : domains)
        domain = domain.trimmed();
    domains.removeAll(QString());
    if (domains.isEmpty())
        return false;
    QList<ListOperations::Entry> entries;
    for (const QString& domain : domains)
        entries << ListOperations::Entry{direction, domain};
    const Status edited = m_document->apply(ListOperations::add(m_document->workspace(), entries));
    s.errorLabel->setText(edited.ok() ? QString() : edited.errorMessage());
    s.errorLabel->setVisible(!edited.ok());
    return edited.ok();
}

void DomainSecurityPage::removeSelected(DomainSecureLists::Direction direction)
{
    Side& s = side(direction);
    QStringList domains;
    for (const QModelIndex& index : s.view->selectionModel()->selectedRows())
        domains << index.siblingAtColumn(DomainSecureListModel::DomainColumn).data().toString();
    if (domains.isEmpty())
        return;
    QList<ListOperations::Entry> entries;
    for (const QString& domain : domains)
        entries << ListOperations::Entry{direction, domain};
    MessageBox::failure(this, tr("Remove Domain-Secure Domain"),
                        m_document->apply(ListOperations::remove(m_document->workspace(), entries)));
}

} // namespace ds::ui
