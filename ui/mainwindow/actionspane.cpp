#include "actionspane.h"

#include <QAction>
#include <QLabel>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ds::ui {

ActionsPane::ActionsPane(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"actionsPane"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"actionsPaneScrollArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll);
    m_content = new QWidget(scroll);
    m_content->setObjectName(u"actionsPaneContent"_s);
    m_sections = new QVBoxLayout(m_content);
    m_sections->addStretch();
    scroll->setWidget(m_content);
}

void ActionsPane::setActions(const QString& pageTitle, const QList<QAction*>& pageActions,
                             const QString& selectionTitle, const QList<QAction*>& selectionActions)
{
    const QList<QAction*> shownActions = pageActions + QList<QAction*>{nullptr} + selectionActions;
    QStringList shownTexts{pageTitle, selectionTitle};
    for (const QAction* action : shownActions)
        shownTexts << (action ? action->text() : QString());
    if (m_sections->count() > 1 && shownActions == m_shownActions && shownTexts == m_shownTexts)
        return;
    m_shownActions = shownActions;
    m_shownTexts = shownTexts;
    while (m_sections->count() > 1) {
        QLayoutItem* item = m_sections->takeAt(0);
        delete item->widget();
        delete item;
    }
    m_listed.clear();
    addSection(pageTitle, pageActions, u"actionsPanePageSection"_s);
    if (!selectionActions.isEmpty())
        addSection(selectionTitle, selectionActions, u"actionsPaneSelectionSection"_s);
}

void ActionsPane::addSection(const QString& title, const QList<QAction*>& actions, const QString& name)
{
    auto* section = new QWidget(m_content);
    section->setObjectName(name);
    auto* layout = new QVBoxLayout(section);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(0);
    auto* header = new QLabel(title, section);
    header->setObjectName(name + u"Title"_s);
    QFont bold = header->font();
    bold.setBold(true);
    header->setFont(bold);
    header->setWordWrap(true);
    layout->addWidget(header);
    for (QAction* action : actions) {
        auto* button = new QToolButton(section);
        button->setObjectName(u"actionsPaneButton_"_s + action->objectName().mid(7));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setAccessibleName(action->text().remove(QLatin1Char('&')));
        layout->addWidget(button);
        m_listed << action;
    }
    m_sections->insertWidget(m_sections->count() - 1, section);
}

} // namespace ds::ui
