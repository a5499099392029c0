#pragma once

#include "command.h"
#include "commandcontext.h"

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <functional>

class QAction;

namespace ds::ui {

// The user actions of the window, each backed by a Command: one QAction per command, shared by
// menu, toolbar, context menu and actions pane; an enable rule re-evaluated whenever the context
// (document, page, selection) changes.
class ActionRegistry : public QObject
{
    Q_OBJECT

public:
    struct Spec
    {
        QString id;          // "receive.properties"; the QAction's objectName is "action_" + id
        const char* text;    // source text in the "Commands" context (QT_TRANSLATE_NOOP)
        const char* toolTip; // idem, may be nullptr
        QString icon;        // resource icon name, may be empty
        QKeySequence shortcut;
        // Pages whose actions pane lists the action; with selectionKind set, only while such
        // objects are selected.
        QList<PageKind> pages;
        ObjectKind selectionKind = ObjectKind::None;
        std::function<bool(const CommandContext&)> enabled; // empty: always
        std::function<Command*(const CommandContext&)> create;
    };

    using ContextProvider = std::function<CommandContext()>;
    explicit ActionRegistry(ContextProvider provider, QObject* parent = nullptr);

    QAction* add(Spec spec);
    QAction* action(const QString& id) const;
    QStringList ids() const { return m_order; }

    // Actions for the actions pane: general ones of page, then those for the selection's kind.
    QList<QAction*> pageActions(PageKind page) const;
    QList<QAction*> selectionActions(PageKind page, const Selection& selection) const;

    void updateEnabled();
    void retranslate();
    // Runs the action's command now with the current context (what triggering the action does).
    Command* run(const QString& id);

    // Common rules.
    static std::function<bool(const CommandContext&)> needsOne(ObjectKind kind);
    static std::function<bool(const CommandContext&)> needsAny(ObjectKind kind);
    static std::function<bool(const CommandContext&)> needsServer();

signals:
    void commandStarted(Command* command);

private:
    void translate(const QString& id);

    ContextProvider m_provider;
    QHash<QString, Spec> m_specs;
    QHash<QString, QAction*> m_actions;
    QStringList m_order;
};

} // namespace ds::ui
