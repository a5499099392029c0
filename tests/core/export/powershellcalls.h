#pragma once

#include "export/cmdletcontract.h"

#include <QList>
#include <QString>

using namespace ds::core;

// Finds every command call in a PowerShell script (statement starts, pipelines, and commands
// nested in ( ), $( ), @( ) and { }) with its arguments, using PowerShellTokenizer. A parameter
// that the contract table calls a switch takes no value; values of other parameters are the next
// argument (items joined by commas), member accesses (".Identity") included.
namespace PowerShellCalls {
// False (with *error) when the script does not tokenize.
bool parse(const QString& script, QList<CmdletCall>* calls, QString* error = nullptr);
} // namespace PowerShellCalls
