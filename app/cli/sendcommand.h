#pragma once

#include "command.h"

#include <QCoreApplication>

// domainsecure-cli send …
class SendCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SendCommand)

public:
    QString name() const override { return QStringLiteral("send"); }
    QString summary() const override;
    int run(CliSession& session, const QStringList& arguments) override;
};
