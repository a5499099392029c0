#include "actionregistry.h"

#include "widgets/icons.h"

#include <QAction>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ds::ui {

ActionRegistry::ActionRegistry(ContextProvider provider, QObject* parent)
    : QObject(parent)
    , m_provider(std::move(provider))
{}

QAction* ActionRegistry::add(Spec spec)
{
    auto* action = new QAction(this);
    action->setObjectName(u"action_"_s + spec.id);
    if (!spec.icon.isEmpty())
        action->setIcon(Icons::get(spec.icon));
    if (!spec.shortcut.isEmpty())
        action->setShortcut(spec.shortcut);
    const QString id = spec.id;
    connect(action, &QAction::triggered, this, [this, id] { run(id); });
    m_order << id;
    m_actions.insert(id, action);
    m_specs.insert(id, std::move(spec));
    translate(id);
    return action;
}

QAction* ActionRegistry::action(const QString& id) const
{
    return m_actions.value(id);
}

QList<QAction*> ActionRegistry::pageActions(PageKind page) const
{
    QList<QAction*> result;
    for (const QString& id : m_order) {
        const Spec& spec = m_specs[id];
        if (spec.selectionKind == ObjectKind::None && spec.pages.contains(page))
            result << m_actions[id];
    }
    return result;
}

QList<QAction*> ActionRegistry::selectionActions(PageKind page, const Selection& selection) const
{
    QList<QAction*> result;
    if (selection.isEmpty())
        return result;
    for (const QString& id : m_order) {
        const Spec& spec = m_specs[id];
        if (spec.selectionKind == selection.kind && spec.pages.contains(page))
            result << m_actions[id];
    }
    return result;
}

void ActionRegistry::updateEnabled()
{
    const CommandContext context = m_provider();
    for (const QString& id : m_order) {
        const Spec& spec = m_specs[id];
        m_actions[id]->setEnabled(!spec.enabled || spec.enabled(context));
    }
}

void ActionRegistry::retranslate()
{
    for (const QString& id : m_order)
        translate(id);
}

void ActionRegistry::translate(const QString& id)
{
    const Spec& spec = m_specs[id];
    QAction* action = m_actions[id];
    action->setText(QCoreApplication::translate("Commands", spec.text));
    if (spec.toolTip)
        action->setToolTip(QCoreApplication::translate("Commands", spec.toolTip));
    else
        action->setToolTip(action->text().remove(QLatin1Char('&')));
}

Command* ActionRegistry::run(const QString& id)
{
    const auto it = m_specs.constFind(id);
    if (it == m_specs.constEnd() || !it->create)
        return nullptr;
    const CommandContext context = m_provider();
    if (it->enabled && !it->enabled(context))
        return nullptr;
    Command* command = it->create(context);
    if (!command)
        return nullptr;
    command->setParent(this);
    emit commandStarted(command);
    command->start();
    return command;
}

std::function<bool(const CommandContext&)> ActionRegistry::needsOne(ObjectKind kind)
{
    return [kind](const CommandContext& c) { return c.selection.kind == kind && c.selection.count() == 1; };
}

std::function<bool(const CommandContext&)> ActionRegistry::needsAny(ObjectKind kind)
{
    return [kind](const CommandContext& c) { return c.selection.kind == kind && !c.selection.isEmpty(); };
}

std::function<bool(const CommandContext&)> ActionRegistry::needsServer()
{
    return [](const CommandContext& c) { return !c.server.isEmpty(); };
}

} // namespace ds::ui
