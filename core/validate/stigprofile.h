#pragma once

#include "validationcontext.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ds::core {

// The optional lint profile "stig-ex19-edge": the items of DISA's Microsoft Exchange 2019 Edge
// Server STIG (V2R2, benchmark date 30 Jan 2025) that concern TLS, domain security and the
// connectors and that the workspace model can check. Each finding's code is the STIG id
// ("EX19-ED-000098") and its message names the Vuln id ("V-259594"). CAT I items are errors,
// CAT II items warnings.
//
// Scope: the receive connectors of the Edge servers, and the organization's send connectors whose
// source servers include an Edge (in a Hub + subscribed Edge topology those are the connectors that
// EdgeSync replicates to the Edge, where the STIG's Get-SendConnector lists them). Postfix hosts
// and Hub-only connectors are out of scope; a Postfix target checks nothing.
//
// Source: the DISA XCCDF benchmark U_MS_Exchange_2019_Edge_Server_STIG_V2R2_Manual-xccdf.xml, as
// published on https://public.cyber.mil/stigs/ and listed on
// https://www.stigviewer.com/stig/microsoft_exchange_2019_edge_server/
class StigEx19EdgeProfile
{
    Q_DECLARE_TR_FUNCTIONS(StigEx19EdgeProfile)

public:
    // One STIG item the profile checks.
    struct Rule
    {
        QString stigId; // "EX19-ED-000098"
        QString vulnId; // "V-259594"
        QString ruleId; // "SV-259594r1043178_rule"
        Finding::Severity severity;
        QString title; // DISA's title, in English as published
    };

    static QString id(); // "stig-ex19-edge"
    // "DISA STIG: Exchange 2019 Edge" (translated).
    static QString displayName();
    static QString sourceUrl();
    static QList<Rule> rules();
    static void check(ValidationContext& context);

    // Whether a connector faces the internet or partners in the STIG's sense (its "external" or
    // "internet-facing" connectors); the others are its "internal" connectors.
    static bool isExternal(const ReceiveConnector& connector);
    static bool isInternetFacing(const SendConnector& connector);

private:
    static void checkReceive(ValidationContext& context, const Server& server,
                             const ReceiveConnector& connector);
    static void checkSend(ValidationContext& context, const SendConnector& connector);
};

} // namespace ds::core
