#include "command.h"

namespace ds::ui {

Command::Command(const CommandContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{}

void Command::cancel()
{
    abort();
}

void Command::done()
{
    emit finished();
    deleteLater();
}

void Command::abort()
{
    emit canceled();
    deleteLater();
}

} // namespace ds::ui
