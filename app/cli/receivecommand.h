#pragma once

#include "command.h"
#include "model/receiveconnector.h"
#include "model/server.h"
#include "util/result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

// domainsecure-cli receive new|list|show|set|remove
class ReceiveCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReceiveCommand)

public:
    QString name() const override { return QStringLiteral("receive"); }
    QString summary() const override;
    int run(CliSession& session, const QStringList& arguments) override;

    // The connector as `show --json` prints it: identity, server and the model's JSON fields.
    static QJsonObject toJson(const Server& server, const ReceiveConnector& connector);

private:
    int create(CliSession& session, const QStringList& arguments);
    int list(CliSession& session, const QStringList& arguments);
    int show(CliSession& session, const QStringList& arguments);
    int set(CliSession& session, const QStringList& arguments);
    int remove(CliSession& session, const QStringList& arguments);

    static void addFieldOptions(QCommandLineParser& parser, bool forSet);
    // Applies the options the user gave; Usage errors for malformed option values from a fixed
    // set, BadInput for values that do not parse.
    static Status applyFieldOptions(const QCommandLineParser& parser, ReceiveConnector& connector,
                                    bool forSet);
    // The server from --server, or the only server of the workspace.
    static Result<Server*> findServer(CliSession& session, const QCommandLineParser& parser);
    // The connector named by IDENTITY (SERVER\Name) or --server/--name.
    static Result<std::pair<Server*, qsizetype>> findConnector(CliSession& session,
                                                               const QCommandLineParser& parser);
    static void printText(CliSession& session, const Server& server, const ReceiveConnector& connector);
};
