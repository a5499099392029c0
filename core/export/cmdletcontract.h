#pragma once

#include "model/exchangeversion.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace ds::core {

// Where a generated Exchange script runs: the contract of a cmdlet can depend on it. An Exchange
// Online script runs in a session of the organization (Connect-ExchangeOnline), not on a server:
// its calls are checked with version ExchangeOnline and the host is not used.
enum class ScriptHost { StandaloneEdge, SubscribedEdge, Hub };

// What one cmdlet the product emits accepts in Exchange 2007 (Windows PowerShell 1.0 for the
// shell's own cmdlets): its parameters, the parameters that take no value, the documented
// exclusions between -Usage and other parameters, and where it may not run. Every row names the
// public page it was taken from, and says when the Exchange 2007 page could not be consulted.
struct CmdletContract
{
    struct UsageRule
    {
        QString usage;     // the -Usage value ("Internet")
        QString parameter; // "RemoteIPRanges"
        bool required;     // true: needed with that usage; false: refused with it
    };

    QString cmdlet;
    QStringList parameters; // every accepted named parameter (common parameters are implied)
    QStringList switches;   // the subset that takes no value
    int positional = 0;     // how many positional arguments the product may pass
    QList<UsageRule> usageRules;
    QList<ScriptHost> refusedOn;       // hosts where the cmdlet must not run
    QStringList edgeRefusedParameters; // not valid on an Edge Transport server
    QStringList edgeRefusedUsages;     // -Usage values an Edge does not offer
    QString source;                    // public reference URL
    bool reference2007 = true;         // false: the Exchange 2007 page was not available
    QString note;                      // what the row relies on when reference2007 is false

    // Where the cmdlet exists: the on-premises releases (2007 to 2016/2019/SE), Exchange Online
    // (the ExchangeOnlineManagement module), or both (the Windows PowerShell cmdlets).
    enum class Availability { OnPremises, Online, Both };
    Availability availability = Availability::OnPremises;
    bool availableIn(ExchangeVersion version) const;

    // How a later Exchange release changed the cmdlet, from the current reference (each change
    // names its page). The parameters of a version are the 2007 ones with every change up to it.
    struct VersionChange
    {
        ExchangeVersion since;
        QStringList added;         // parameters new in that version
        QStringList addedSwitches; // the subset of added that takes no value
        QStringList removed;       // parameters gone from that version on
        QStringList addSyntax;     // multivalued parameters that take @{Add=…} from that version on
        QString source;            // public reference URL
    };
    QList<VersionChange> changes;

    QStringList parametersFor(ExchangeVersion version) const;
    QStringList switchesFor(ExchangeVersion version) const;
    QStringList addSyntaxFor(ExchangeVersion version) const;
};

// One parsed call: the cmdlet and its arguments in order ("" names a positional argument; a
// switch has an empty value).
struct CmdletCall
{
    QString cmdlet;
    QList<QPair<QString, QString>> arguments;
};

// The table of CmdletContract rows and the check of a call against it.
class CmdletContracts
{
    Q_DECLARE_TR_FUNCTIONS(CmdletContracts)

public:
    static const QList<CmdletContract>& table();
    // Case-insensitive, as PowerShell resolves names; nullptr for a cmdlet not in the table.
    static const CmdletContract* find(const QString& cmdlet);
    static bool isSwitch(const QString& cmdlet, const QString& parameter,
                         ExchangeVersion version = ExchangeVersion::Exchange2007);
    // Every way call breaks its contract on host (empty: it keeps it).
    static QStringList check(const CmdletCall& call, ScriptHost host,
                             ExchangeVersion version = ExchangeVersion::Exchange2007);
    static QString hostName(ScriptHost host);
    static QString hostName(ScriptHost host, ExchangeVersion version);
};

} // namespace ds::core
