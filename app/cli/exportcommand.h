#pragma once

#include "command.h"

#include <QCoreApplication>

// domainsecure-cli export …
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(CliSession& session, const QStringList& arguments) override;
};
