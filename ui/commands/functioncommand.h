#pragma once

#include "command.h"

#include <functional>

namespace ds::ui {

// A command whose whole work is one synchronous function (copy, remove, open a file dialog).
class FunctionCommand : public Command
{
    Q_OBJECT

public:
    using Function = std::function<void(const CommandContext&)>;
    FunctionCommand(const CommandContext& context, Function function, QObject* parent = nullptr);

    void start() override;

private:
    Function m_function;
};

} // namespace ds::ui
