#include "connectoreditor.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace ds::ui {

ConnectorEditor::ConnectorEditor(QWidget* parent)
    : QWidget(parent)
{}

QLabel* ConnectorEditor::createErrorLabel()
{
    auto* label = new QLabel(this);
    label->setObjectName(u"editorErrorLabel"_s);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #b00020;"_s);
    label->setVisible(false);
    return label;
}

} // namespace ds::ui
