#pragma once

#include "command.h"

#include <QCoreApplication>

// domainsecure-cli passphrase …
class PassphraseCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseCommand)

public:
    QString name() const override { return QStringLiteral("passphrase"); }
    QString summary() const override;
    int run(CliSession& session, const QStringList& arguments) override;
};
