#pragma once

#include "command.h"

#include <QCoreApplication>

// domainsecure-cli export exchange|postfix …: refuses while `lint --target` reports errors (and
// prints the findings), writes the exporter's files, and for postfix optionally applies them to a
// Postfix configuration directory.
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(CliSession& session, const QStringList& arguments) override;

private:
    int exportTo(CliSession& session, const QString& target, const QStringList& arguments);
};
