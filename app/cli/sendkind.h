#pragma once

#include "cliverb.h"
#include "model/receiveconnector.h"
#include "operations/connectoroperations.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ds::cli {

using namespace ds::core;

class CliSession;

// The send connectors of the organization for the connector verbs (connectorverbs.h): named
// NAME (or --name), created for a usage as New-SendConnector does.
class SendKind
{
    Q_DECLARE_TR_FUNCTIONS(SendKind)

public:
    using Connector = SendConnector;
    using Usage = SendUsage;
    using Edit = ConnectorOperations::SendEdit;
    struct Where
    {
        QString server; // always empty: send connectors belong to the organization
        QString name;
    };

    static QString group() { return QStringLiteral("send"); }
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

    // The usage of "send new" once the options it needs are there.
    static Result<Usage> checkNew(const QCommandLineParser& parser);
    // Where "send new" puts the connector.
    static Result<Where> newTarget(CliSession& session, const QCommandLineParser& parser,
                                   const QString& name);
    // The connector named by the positional NAME or --name.
    static Result<Where> find(CliSession& session, const QCommandLineParser& parser);
    // Applies the options the user gave; Usage errors for malformed option values from a fixed
    // set, BadInput for values that do not parse.
    static Status applyFields(const QCommandLineParser& parser, Connector& connector, bool forSet);

    static Result<Change> create(const Workspace& workspace, const Where& where, Usage usage,
                                 const Edit& fields);
    static Result<Change> change(const Workspace& workspace, const Where& where, const Edit& edit);
    static Result<Change> remove(const Workspace& workspace, const Where& where);

    static QString identity(const Workspace& workspace, const Where& where);
    static QJsonObject toJson(const Workspace& workspace, const Where& where);
    static void printText(CliSession& session, const Workspace& workspace, const Where& where);
    static Status list(CliSession& session, const QCommandLineParser& parser);
};

} // namespace ds::cli
