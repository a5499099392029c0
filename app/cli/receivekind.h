#pragma once

#include "cliverb.h"
#include "model/receiveconnector.h"
#include "model/server.h"
#include "operations/connectoroperations.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ds::cli {

using namespace ds::core;

class CliSession;

// The receive connectors of a server for the connector verbs (connectorverbs.h): named
// SERVER\Name (or --server/--name), created for a usage as New-ReceiveConnector does.
class ReceiveKind
{
    Q_DECLARE_TR_FUNCTIONS(ReceiveKind)

public:
    using Connector = ReceiveConnector;
    using Usage = ReceiveUsage;
    using Edit = ConnectorOperations::ReceiveEdit;
    struct Where
    {
        QString server;
        QString name;
    };

    static QString group() { return QStringLiteral("receive"); }
    static QString newDescription();
    static QString listDescription();
    static QString showDescription();
    static QString setDescription();
    static QString removeDescription();
    static QString created(const QString& identity);
    static QString updated(const QString& identity);
    static QString removed(const QString& identity);

    static QList<CliOption> newOptions();
    static QList<CliOption> listOptions();
    static QList<CliOption> identityOptions();
    static CliArgument identityArgument();
    static QList<CliOption> fieldOptions(bool forSet);

    // The usage of "receive new" once the options it needs are there.
    static Result<Usage> checkNew(const QCommandLineParser& parser);
    // Where "receive new" puts the connector: --server, or the only server.
    static Result<Where> newTarget(CliSession& session, const QCommandLineParser& parser,
                                   const QString& name);
    // The connector named by IDENTITY (SERVER\Name) or --server/--name.
    static Result<Where> find(CliSession& session, const QCommandLineParser& parser);
    // Applies the options the user gave; Usage errors for malformed option values from a fixed
    // set, BadInput for values that do not parse.
    static Status applyFields(const QCommandLineParser& parser, Connector& connector, bool forSet);

    static Result<Change> create(const Workspace& workspace, const Where& where, Usage usage,
                                 const Edit& fields);
    static Result<Change> change(const Workspace& workspace, const Where& where, const Edit& edit);
    static Result<Change> remove(const Workspace& workspace, const Where& where);

    static QString identity(const Workspace& workspace, const Where& where);
    // The connector as `show --json` prints it: identity, server and the model's JSON fields.
    static QJsonObject toJson(const Workspace& workspace, const Where& where);
    static QJsonObject toJson(const Server& server, const ReceiveConnector& connector);
    static void printText(CliSession& session, const Workspace& workspace, const Where& where);
    static Status list(CliSession& session, const QCommandLineParser& parser);

private:
    // The server from --server, or the only server of the workspace.
    static Result<Server*> findServer(CliSession& session, const QCommandLineParser& parser);
};

} // namespace ds::cli
