#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QAction;
class QLabel;
class QVBoxLayout;

namespace ds::ui {

// The Exchange console's Actions pane: the page's actions, then the selected object's actions.
// Buttons reuse the window's QActions, so text, shortcut and enabled state stay in step.
class ActionsPane : public QWidget
{
    Q_OBJECT

public:
    explicit ActionsPane(QWidget* parent = nullptr);

    void setActions(const QString& pageTitle, const QList<QAction*>& pageActions,
                    const QString& selectionTitle, const QList<QAction*>& selectionActions);
    // The actions currently listed, in order (for tests and accessibility).
    QList<QAction*> actions() const { return m_listed; }

private:
    void addSection(const QString& title, const QList<QAction*>& actions, const QString& name);

    QVBoxLayout* m_sections;
    QWidget* m_content;
    QList<QAction*> m_listed;
    // What the sections show, so that asking again for the same thing rebuilds nothing (the window
    // asks several times while it starts).
    QList<QAction*> m_shownActions;
    QStringList m_shownTexts;
};

} // namespace ds::ui
