#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace ds::ui {

// Edits a list of DNS names: a line to type a name, Add and Remove, and a list of suggestions
// (the server's FQDN, the organization's domains) that a double click or "Add Suggested" takes over.
class DomainListEditor : public QWidget
{
    Q_OBJECT

public:
    explicit DomainListEditor(QWidget* parent = nullptr);

    QStringList domains() const;
    void setDomains(const QStringList& domains);
    void setSuggestions(const QStringList& suggestions);
    // Adds name unless it is listed already (case-insensitive); true when added.
    bool addDomain(const QString& name);

signals:
    void domainsChanged();

private:
    void addTyped();
    void removeSelected();
    void addSuggested();
    void updateButtons();

    QLineEdit* m_edit;
    QPushButton* m_add;
    QPushButton* m_remove;
    QListWidget* m_list;
    QListWidget* m_suggestions;
    QPushButton* m_addSuggested;
};

} // namespace ds::ui
