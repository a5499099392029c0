#pragma once

#include <QLineEdit>

namespace ds::ui {

// A line edit for "type to filter" fields. Its clear button is turned on with the first text:
// the button's icon comes from the style's icon theme lookup, which costs ~15 ms at start-up for
// a button that is hidden while the field is empty anyway.
class FilterLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit FilterLineEdit(QWidget* parent = nullptr);
};

} // namespace ds::ui
