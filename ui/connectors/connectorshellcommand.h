#pragma once

#include "model/receiveconnector.h"
#include "model/sendconnector.h"
#include "util/result.h"

#include <QCoreApplication>

namespace ds::ui {

using namespace ds::core;

// The Exchange Management Shell command equivalent to what a wizard created, for its Completion
// page (as the Exchange 2007 console shows it): every value a single-quoted literal through
// PowerShellQuote, and only the parameters that differ from what the usage already sets.
class ConnectorShellCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorShellCommand)

public:
    static Result<QString> newReceiveConnector(const ReceiveConnector& connector, const QString& server,
                                               bool edge = true);
    static Result<QString> newSendConnector(const SendConnector& connector);
    // The read-modify-write lines (Exchange 2007 replaces a whole list) that add domains.
    static Result<QString> addToDomainSecureLists(const QStringList& sendDomains,
                                                  const QStringList& receiveDomains);
};

} // namespace ds::ui
