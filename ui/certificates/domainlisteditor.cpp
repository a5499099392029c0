#include "domainlisteditor.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace ds::ui {

DomainListEditor::DomainListEditor(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_list(new QListWidget(this))
    , m_suggestions(new QListWidget(this))
    , m_addSuggested(new QPushButton(tr("Add &Suggested"), this))
{
    m_edit->setObjectName(u"domainEdit"_s);
    m_edit->setPlaceholderText(tr("mail.contoso.com"));
    m_edit->setAccessibleName(tr("Domain name to add"));
    m_add->setObjectName(u"addDomainButton"_s);
    m_remove->setObjectName(u"removeDomainButton"_s);
    m_list->setObjectName(u"domainList"_s);
    m_list->setAccessibleName(tr("Domain names of the certificate"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_suggestions->setObjectName(u"suggestionList"_s);
    m_suggestions->setAccessibleName(tr("Suggested domain names"));
    m_suggestions->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_addSuggested->setObjectName(u"addSuggestedButton"_s);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* listLabel = new QLabel(tr("&Domain names:"), this);
    listLabel->setBuddy(m_list);
    auto* suggestionLabel = new QLabel(tr("Su&ggestions:"), this);
    suggestionLabel->setBuddy(m_suggestions);
    layout->addWidget(m_edit, 0, 0);
    layout->addWidget(m_add, 0, 1);
    layout->addWidget(listLabel, 1, 0);
    layout->addWidget(m_list, 2, 0);
    layout->addWidget(m_remove, 2, 1, Qt::AlignTop);
    layout->addWidget(suggestionLabel, 3, 0);
    layout->addWidget(m_suggestions, 4, 0);
    layout->addWidget(m_addSuggested, 4, 1, Qt::AlignTop);

    connect(m_add, &QPushButton::clicked, this, &DomainListEditor::addTyped);
    connect(m_edit, &QLineEdit::returnPressed, this, &DomainListEditor::addTyped);
    connect(m_edit, &QLineEdit::textChanged, this, &DomainListEditor::updateButtons);
    connect(m_remove, &QPushButton::clicked, this, &DomainListEditor::removeSelected);
    connect(m_addSuggested, &QPushButton::clicked, this, &DomainListEditor::addSuggested);
    connect(m_suggestions, &QListWidget::itemDoubleClicked, this, &DomainListEditor::addSuggested);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &DomainListEditor::updateButtons);
    connect(m_suggestions, &QListWidget::itemSelectionChanged, this, &DomainListEditor::updateButtons);
    updateButtons();
}

QStringList DomainListEditor::domains() const
{
    QStringList result;
    for (int row = 0; row < m_list->count(); ++row)
        result << m_list->item(row)->text();
    return result;
}

void DomainListEditor::setDomains(const QStringList& domains)
{
    m_list->clear();
    for (const QString& domain : domains)
        addDomain(domain);
    emit domainsChanged();
}

void DomainListEditor::setSuggestions(const QStringList& suggestions)
{
    m_suggestions->clear();
    for (const QString& name : suggestions) {
        if (!name.isEmpty() && m_suggestions->findItems(name, Qt::MatchFixedString).isEmpty())
            m_suggestions->addItem(name);
    }
    updateButtons();
}

bool DomainListEditor::addDomain(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || !m_list->findItems(trimmed, Qt::MatchFixedString).isEmpty())
        return false;
    m_list->addItem(trimmed);
    updateButtons();
    emit domainsChanged();
    return true;
}

void DomainListEditor::addTyped()
{
    if (addDomain(m_edit->text()))
        m_edit->clear();
}

void DomainListEditor::removeSelected()
{
    const QList<QListWidgetItem*> selected = m_list->selectedItems();
    for (QListWidgetItem* item : selected)
        delete item;
    updateButtons();
    emit domainsChanged();
}

void DomainListEditor::addSuggested()
{
    QList<QListWidgetItem*> chosen = m_suggestions->selectedItems();
    if (chosen.isEmpty()) {
        for (int row = 0; row < m_suggestions->count(); ++row)
            chosen << m_suggestions->item(row);
    }
    for (QListWidgetItem* item : chosen)
        addDomain(item->text());
}

void DomainListEditor::updateButtons()
{
    m_add->setEnabled(!m_edit->text().trimmed().isEmpty());
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
    m_addSuggested->setEnabled(m_suggestions->count() > 0);
}

} // namespace ds::ui
