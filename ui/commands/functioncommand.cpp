#include "functioncommand.h"

FunctionCommand::FunctionCommand(const CommandContext& context, Function function, QObject* parent)
    : Command(context, parent)
    , m_function(std::move(function))
{}

void FunctionCommand::start()
{
    m_function(context());
    done();
}
