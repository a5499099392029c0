#pragma once

#include "change.h"
#include "model/connectorenums.h"
#include "model/workspace.h"
#include "util/result.h"
#include "validate/finding.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace ds::core {

// Create, change (and rename) and remove receive and send connectors: the usage presets, the
// uniqueness of names (RC-NAME-DUPLICATE, SC-NAME-DUPLICATE) and the validation gate in one
// place. Every operation works on a copy of the workspace; a refused one names the refusing rule.
class ConnectorOperations
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorOperations)

public:
    // Sets fields of a connector: the caller's explicit settings (CLI options, a dialog's editors).
    using ReceiveEdit = std::function<Status(ReceiveConnector&)>;
    using SendEdit = std::function<Status(SendConnector&)>;

    // A receive connector set up for usage as Exchange's New-ReceiveConnector does, then fields.
    struct NewReceive
    {
        QString server;
        QString name;
        ReceiveUsage usage = ReceiveUsage::Custom;
        ReceiveEdit fields; // may be empty
    };
    struct NewSend
    {
        QString name;
        SendUsage usage = SendUsage::Custom;
        SendEdit fields; // may be empty
    };

    // What the validator reports about candidate once it is in the workspace in place of the
    // connector named replacing (added when replacing is empty). Wizards check pages with this.
    static QList<Finding> checkReceive(const Workspace& workspace, const QString& server,
                                       const ReceiveConnector& candidate, const QString& replacing = {});
    static QList<Finding> checkSend(const Workspace& workspace, const SendConnector& candidate,
                                    const QString& replacing = {});
    // The finding object of a connector ("EDGE01\From Fabrikam", "send:To Fabrikam").
    static QString receiveObject(const QString& server, const ReceiveConnector& connector);
    static QString sendObject(const SendConnector& connector);

    static Result<Change> createReceive(const Workspace& workspace, const NewReceive& request);
    // Adds a connector the caller set up completely (a wizard's result).
    static Result<Change> addReceive(const Workspace& workspace, const QString& server,
                                     const ReceiveConnector& connector);
    // Changes the connector named name; refused only for what the edit breaks.
    static Result<Change> changeReceive(const Workspace& workspace, const QString& server,
                                        const QString& name, const ReceiveEdit& edit);
    static Result<Change> replaceReceive(const Workspace& workspace, const QString& server,
                                         const QString& name, const ReceiveConnector& candidate);
    static Result<Change> renameReceive(const Workspace& workspace, const QString& server,
                                        const QString& name, const QString& newName);
    static Result<Change> removeReceive(const Workspace& workspace, const QString& server,
                                        const QStringList& names);

    static Result<Change> createSend(const Workspace& workspace, const NewSend& request);
    static Result<Change> addSend(const Workspace& workspace, const SendConnector& connector);
    static Result<Change> changeSend(const Workspace& workspace, const QString& name, const SendEdit& edit);
    static Result<Change> replaceSend(const Workspace& workspace, const QString& name,
                                      const SendConnector& candidate);
    static Result<Change> renameSend(const Workspace& workspace, const QString& name, const QString& newName);
    static Result<Change> removeSend(const Workspace& workspace, const QStringList& names);
};

} // namespace ds::core
