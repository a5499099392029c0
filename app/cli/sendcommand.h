#pragma once

#include "command.h"
#include "model/sendconnector.h"
#include "util/result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

// domainsecure-cli send new|list|show|set|remove
class SendCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SendCommand)

public:
    QString name() const override { return QStringLiteral("send"); }
    QString summary() const override;
    int run(CliSession& session, const QStringList& arguments) override;

private:
    int create(CliSession& session, const QStringList& arguments);
    int list(CliSession& session, const QStringList& arguments);
    int show(CliSession& session, const QStringList& arguments);
    int set(CliSession& session, const QStringList& arguments);
    int remove(CliSession& session, const QStringList& arguments);

    static void addFieldOptions(QCommandLineParser& parser, bool forSet);
    static Status applyFieldOptions(const QCommandLineParser& parser, SendConnector& connector, bool forSet);
    // The connector named by the positional NAME or --name; its index in the workspace.
    static Result<qsizetype> findConnector(CliSession& session, const QCommandLineParser& parser);
    static void printText(CliSession& session, const SendConnector& connector);
};
