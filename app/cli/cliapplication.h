#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>
#include <vector>

// domainsecure-cli: dispatches "GROUP [SUBCOMMAND] [OPTIONS]" to its Command.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    CliApplication();
    ~CliApplication();
    // arguments as from QCoreApplication::arguments(); returns the exit code.
    int run(const QStringList& arguments);

private:
    QString usage() const;
    std::vector<std::unique_ptr<Command>> m_commands;
};
