#pragma once

#include "command.h"

#include <QCoreApplication>

// domainsecure-cli receive …
class ReceiveCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReceiveCommand)

public:
    QString name() const override { return QStringLiteral("receive"); }
    QString summary() const override;
    int run(CliSession& session, const QStringList& arguments) override;
};
