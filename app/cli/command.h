#pragma once

#include <QString>
#include <QStringList>

class CliSession;

// One command group of domainsecure-cli ("cert", "receive", …). run() gets the arguments after
// the group name and returns the process exit code.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual int run(CliSession& session, const QStringList& arguments) = 0;
};
