#pragma once

#include "command.h"

#include <QCoreApplication>

// domainsecure-cli cert request|self-signed|import|list|show|enable|export|remove
class CertCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CertCommand)

public:
    QString name() const override { return QStringLiteral("cert"); }
    QString summary() const override;
    int run(CliSession& session, const QStringList& arguments) override;

private:
    int request(CliSession& session, const QStringList& arguments, bool selfSigned);
    int importFile(CliSession& session, const QStringList& arguments);
    int list(CliSession& session, const QStringList& arguments);
    int show(CliSession& session, const QStringList& arguments);
    int enable(CliSession& session, const QStringList& arguments);
    int exportFile(CliSession& session, const QStringList& arguments);
    int remove(CliSession& session, const QStringList& arguments);
};
