#include "filterlineedit.h"

namespace ds::ui {

FilterLineEdit::FilterLineEdit(QWidget* parent)
    : QLineEdit(parent)
{
    connect(this, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (!text.isEmpty() && !isClearButtonEnabled())
            setClearButtonEnabled(true);
    });
}

} // namespace ds::ui
