#include "functioncommand.h"

namespace ds::ui {

FunctionCommand::FunctionCommand(const CommandContext& context, Function function, QObject* parent)
    : Command(context, parent)
    , m_function(std::move(function))
{}

void FunctionCommand::start()
{
    m_function(context());
    done();
}

} // namespace ds::ui
