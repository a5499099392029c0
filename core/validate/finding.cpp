#include "finding.h"

#include <QHash>

using namespace Qt::StringLiterals;

QString Finding::tab() const
{
    static const QHash<QString, QString> tabs = {
        {u"name"_s, u"General"_s},
        {u"fqdn"_s, u"General"_s},
        {u"banner"_s, u"General"_s},
        {u"comment"_s, u"General"_s},
        {u"maxMessageSize"_s, u"General"_s},
        {u"maxRecipientsPerMessage"_s, u"General"_s},
        {u"connectionTimeout"_s, u"General"_s},
        {u"connectionInactivityTimeout"_s, u"General"_s},
        {u"protocolLoggingLevel"_s, u"General"_s},
        {u"usage"_s, u"General"_s},
        {u"enabled"_s, u"General"_s},
        {u"bindings"_s, u"Network"_s},
        {u"remoteIPRanges"_s, u"Network"_s},
        {u"dnsRoutingEnabled"_s, u"Network"_s},
        {u"smartHosts"_s, u"Network"_s},
        {u"port"_s, u"Network"_s},
        {u"smartHostAuthMechanism"_s, u"Network"_s},
        {u"ignoreStartTls"_s, u"Network"_s},
        {u"authMechanism"_s, u"Authentication"_s},
        {u"domainSecureEnabled"_s, u"Authentication"_s},
        {u"requireTLS"_s, u"Authentication"_s},
        {u"partnerDomains"_s, u"Authentication"_s},
        {u"permissionGroups"_s, u"Permission Groups"_s},
        {u"addressSpaces"_s, u"Address Space"_s},
        {u"sourceTransportServers"_s, u"Source Server"_s},
    };
    return tabs.value(field);
}

QString Finding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return u"error"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Info:
        return u"info"_s;
    }
    return {};
}

QString Finding::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("error");
    case Severity::Warning:
        return tr("warning");
    case Severity::Info:
        return tr("info");
    }
    return {};
}

QJsonObject Finding::toJson() const
{
    QJsonObject json{{u"severity"_s, severityName(severity)},
                     {u"code"_s, code},
                     {u"object"_s, object},
                     {u"message"_s, message},
                     {u"hint"_s, hint}};
    if (!field.isEmpty()) {
        json[u"field"_s] = field;
        json[u"tab"_s] = tab();
    }
    return json;
}

QString Finding::toText() const
{
    QString text = tr("%1 %2 %3: %4").arg(severityText(severity), code, object, message);
    if (!hint.isEmpty())
        text += u" "_s + tr("(fix: %1)").arg(hint);
    return text;
}

bool Finding::hasErrors(const QList<Finding>& findings)
{
    for (const Finding& finding : findings) {
        if (finding.severity == Severity::Error)
            return true;
    }
    return false;
}
