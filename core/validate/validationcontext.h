#pragma once

#include "finding.h"
#include "model/workspace.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace ds::core {

// The validation target: each Exchange release an export is written for (the Exchange rules:
// strict about domain-secure send connectors), or Postfix, which can still match the partner's
// name through a smart host. The values are stable (Exchange2007 and Postfix come first; new ones
// are appended).
enum class ValidationTarget {
    Exchange2007,
    Postfix,
    Exchange2010,
    Exchange2013,
    Exchange2016,
    ExchangeOnline
};

// What the rule classes share during one Validator::run: the workspace, the target, "now", the
// findings being collected, and lookup sets computed once (so no rule is O(n²) over lists).
class ValidationContext
{
public:
    ValidationContext(const Workspace& workspace, ValidationTarget target, const QDateTime& now);

    const Workspace& workspace;
    const ValidationTarget target;
    const QDateTime now;
    QList<Finding> findings;

    // Any Exchange release, Exchange Online included.
    bool exchange() const { return target != ValidationTarget::Postfix; }
    // Send connectors take -TlsAuthLevel and -TlsDomain (Exchange 2010 and later).
    bool hasTlsAuthLevel() const;
    // Exchange Online: no servers of the organization's own, inbound and outbound connectors.
    bool online() const { return target == ValidationTarget::ExchangeOnline; }
    // An Exchange Server release (2007 to 2016/2019/SE): servers, receive and send connectors.
    bool onPremises() const { return exchange() && !online(); }
    // The target's display name for messages ("Exchange Server 2010"; "Postfix").
    QString targetDisplayName() const;

    // Domain-secure lists, lower case.
    QSet<QString> sendList;
    QSet<QString> receiveList;
    // Names (lower case) of the servers that need a partner-grade certificate: they have an
    // enabled domain-secure receive connector or send for a domain-secure send connector.
    QSet<QString> domainSecureServers;

    // The servers a send connector runs on: its sourceTransportServers that name servers of the
    // workspace, or every server when none does.
    QList<const Server*> sourceServers(const SendConnector& connector) const;

    // A finding with a field and no other fix is fixed by editing that field.
    void add(Finding::Severity severity, const QString& code, const FindingLocation& location,
             const QString& message, const QString& hint, const QString& field = {},
             const FindingFix& fix = {});
    void error(const QString& code, const FindingLocation& location, const QString& message,
               const QString& hint, const QString& field = {}, const FindingFix& fix = {})
    {
        add(Finding::Severity::Error, code, location, message, hint, field, fix);
    }
    void warning(const QString& code, const FindingLocation& location, const QString& message,
                 const QString& hint, const QString& field = {}, const FindingFix& fix = {})
    {
        add(Finding::Severity::Warning, code, location, message, hint, field, fix);
    }
    void info(const QString& code, const FindingLocation& location, const QString& message,
              const QString& hint, const QString& field = {}, const FindingFix& fix = {})
    {
        add(Finding::Severity::Info, code, location, message, hint, field, fix);
    }
};

} // namespace ds::core
