#pragma once

#include "command.h"

#include <QPointer>
#include <functional>

class QDialog;

namespace ds::ui {

// A command that shows a dialog or wizard window-modally and ends when it closes.
class DialogCommand : public Command
{
    Q_OBJECT

public:
    using Factory = std::function<QDialog*(const CommandContext&)>;
    DialogCommand(const CommandContext& context, Factory factory, QObject* parent = nullptr);

    void start() override;
    void cancel() override;
    QDialog* dialog() const { return m_dialog; }

private:
    Factory m_factory;
    QPointer<QDialog> m_dialog;
};

} // namespace ds::ui
