#pragma once

#include <QWidget>

class QLabel;

namespace ds::ui {

// Base of the connector editor widgets that the wizard pages and the property dialog tabs share
// (one widget, two entry points). Each subclass has typed load() and apply(): load shows a
// connector, apply writes the fields it shows back and says precisely which text is wrong.
class ConnectorEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectorEditor(QWidget* parent = nullptr);

    // The required fields are filled and every list entry parses (what Next waits for).
    virtual bool isComplete() const { return true; }
    // Adds text the user typed into an entry field but did not add yet; false when it did not
    // parse (the editor shows why).
    virtual bool commitPending() { return true; }

signals:
    // The user changed something.
    void changed();

protected:
    // A label for validation messages under the editor.
    QLabel* createErrorLabel();
};

} // namespace ds::ui
