#include "findingref.h"

using namespace Qt::StringLiterals;

namespace ds::core {

FindingLocation FindingLocation::workspace()
{
    return {Kind::Workspace, {}, {}, {}};
}

FindingLocation FindingLocation::ofServer(const QString& server)
{
    return {Kind::Server, server, server, {}};
}

FindingLocation FindingLocation::ofCertificate(const QString& server, const QString& thumbprint)
{
    return {Kind::Certificate, server, thumbprint, {}};
}

FindingLocation FindingLocation::ofReceiveConnector(const QString& server, const QString& name)
{
    return {Kind::ReceiveConnector, server, name, {}};
}

FindingLocation FindingLocation::ofSendConnector(const QString& name)
{
    return {Kind::SendConnector, {}, name, {}};
}

FindingLocation FindingLocation::ofListDomain(const QString& list, const QString& domain)
{
    return {Kind::SecureDomain, {}, domain, list};
}

FindingLocation FindingLocation::ofTrustedRoot(const QString& thumbprint)
{
    return {Kind::TrustedRoot, {}, thumbprint, {}};
}

FindingLocation FindingLocation::at(const QString& modelField) const
{
    FindingLocation location = *this;
    location.field = modelField;
    return location;
}

QString FindingLocation::toString() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Workspace:
        return u"workspace"_s;
    case Kind::Server:
        return u"server:"_s + server;
    case Kind::Certificate:
        return u"certificate:"_s + id;
    case Kind::ReceiveConnector:
        return server + u'\\' + id;
    case Kind::SendConnector:
        return u"send:"_s + id;
    case Kind::SecureDomain:
        return u"domain-secure:"_s + field + u':' + id;
    case Kind::TrustedRoot:
        return u"trusted-root:"_s + id;
    }
    return {};
}

QString FindingLocation::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::Workspace:
        return u"workspace"_s;
    case Kind::Server:
        return u"server"_s;
    case Kind::Certificate:
        return u"certificate"_s;
    case Kind::ReceiveConnector:
        return u"receive-connector"_s;
    case Kind::SendConnector:
        return u"send-connector"_s;
    case Kind::SecureDomain:
        return u"domain-secure-list"_s;
    case Kind::TrustedRoot:
        return u"trusted-root"_s;
    }
    return {};
}

QJsonObject FindingLocation::toJson() const
{
    QJsonObject json{{u"kind"_s, kindName(kind)}};
    if (!server.isEmpty())
        json[u"server"_s] = server;
    if (!id.isEmpty())
        json[u"id"_s] = id;
    if (!field.isEmpty())
        json[u"field"_s] = field;
    return json;
}

QString FindingFix::actionName(Action action)
{
    switch (action) {
    case Action::None:
        return u"none"_s;
    case Action::EditField:
        return u"edit-field"_s;
    case Action::EnableSmtpCertificate:
        return u"enable-smtp-certificate"_s;
    case Action::ProtectKeys:
        return u"protect-keys"_s;
    case Action::AddToReceiveList:
        return u"add-to-receive-list"_s;
    case Action::AddToSendList:
        return u"add-to-send-list"_s;
    case Action::NewPartnerReceiveConnector:
        return u"new-partner-receive-connector"_s;
    case Action::NewPartnerSendConnector:
        return u"new-partner-send-connector"_s;
    case Action::TrustPartnerRoot:
        return u"trust-partner-root"_s;
    case Action::AddHubServer:
        return u"add-hub-server"_s;
    case Action::PinPartnerCertificate:
        return u"pin-partner-certificate"_s;
    }
    return {};
}

QJsonObject FindingFix::toJson() const
{
    QJsonObject json{{u"action"_s, actionName(action)}};
    if (!argument.isEmpty())
        json[u"argument"_s] = argument;
    return json;
}

} // namespace ds::core
