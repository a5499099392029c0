#pragma once

#include "util/result.h"

#include <QStringList>
#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace ds::ui {

using namespace ds::core;

// A list of values of one value type (IP ranges, bindings, address spaces, domains, smart hosts)
// with an entry field, Add, Remove and in-place editing. Every entry is parsed by the value type;
// an entry that does not parse is kept, marked and explained (the value type's own message), and
// the editor reports errors until it is fixed or removed.
class ValueListEditor : public QWidget
{
    Q_OBJECT

public:
    // Returns the normalized text of a value, or the value type's error.
    using Parser = std::function<Result<QString>(const QString&)>;

    explicit ValueListEditor(Parser parser, QWidget* parent = nullptr);

    void setValues(const QStringList& values);
    // The normalized texts of the entries that parse, in order.
    QStringList values() const;
    // One line per entry that does not parse: "'text': reason".
    QStringList errors() const;
    bool hasErrors() const { return !errors().isEmpty(); }
    int count() const;
    bool isEmpty() const { return count() == 0; }

    // Adds the text of the entry field (several values separated by commas or new lines);
    // values that do not parse stay in the field and their errors are shown. True when all parsed.
    bool addPending();
    // The entry field still holds text the user has not added.
    bool hasPendingText() const;

    void setPlaceholderText(const QString& text);
    QLineEdit* entryEdit() const { return m_entryEdit; }
    QListWidget* listWidget() const { return m_list; }
    QLabel* errorLabel() const { return m_errorLabel; }

signals:
    void changed();

private:
    void appendEntry(const QString& text);
    void checkItem(QListWidgetItem* item);
    void removeSelected();
    void updateErrors();

    Parser m_parser;
    QLineEdit* m_entryEdit;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
    QListWidget* m_list;
    QLabel* m_errorLabel;
    QStringList m_pendingErrors;
    bool m_updating = false;
};

} // namespace ds::ui
