#pragma once

#include "finding.h"
#include "model/exchangeversion.h"
#include "model/workspace.h"
#include "util/clock.h"
#include "validationcontext.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

namespace ds::core {

// Runs every rule over a workspace and returns all findings, errors first in workspace order
// (receive connectors per server, certificates and trusted roots, send connectors, topology,
// domain-secure lists).
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    static QList<Finding> run(const Workspace& workspace,
                              ValidationTarget target = ValidationTarget::Exchange2007,
                              const Clock& clock = Clock::current());
    // The same, plus the optional lint profiles named by id (profiles()); unknown ids are ignored
    // (the front ends refuse them first, see parseProfile). Profiles never gate an export.
    static QList<Finding> run(const Workspace& workspace, ValidationTarget target,
                              const QStringList& profiles, const Clock& clock = Clock::current());

    // The optional lint profiles' ids: "stig-ex19-edge".
    static QStringList profiles();
    // "DISA STIG: Exchange 2019 Edge"; empty for an unknown id.
    static QString profileDisplayName(const QString& id);
    // The id (case-insensitive match), or nullopt.
    static std::optional<QString> parseProfile(const QString& text);
    // "stig-ex19-edge" (usage messages).
    static QString profileList();

    // Every target in the order the CLI and the GUI list them: exchange2007, exchange2010,
    // exchange2013, exchange2016, exchange-online, postfix (the same ids as Exporter::targets()).
    static QList<ValidationTarget> targets();
    static QString targetName(ValidationTarget target); // "exchange2016", "postfix"
    // "Exchange Server 2016, 2019 and Subscription Edition", "Postfix".
    static QString targetDisplayName(ValidationTarget target);
    // "exchange2010", "postfix"; "exchange" is Exchange 2007.
    static std::optional<ValidationTarget> parseTarget(const QString& text);
    // The Exchange release of a target; nullopt for Postfix.
    static std::optional<ExchangeVersion> exchangeVersion(ValidationTarget target);
    static ValidationTarget target(ExchangeVersion version);
    // "exchange2007, exchange2010, exchange2013, exchange2016, exchange-online or postfix" (usage
    // messages).
    static QString targetList();
};

} // namespace ds::core
