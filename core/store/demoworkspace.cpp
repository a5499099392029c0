#include "demoworkspace.h"

#include "model/connectorpresets.h"
#include "workspacefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
// The demo's fixed texts are valid by construction; value() on them cannot fail.
template <typename T> T valid(const QString& text)
{
    return T::parse(text).value();
}

ReceiveConnector fromFabrikam()
{
    ReceiveConnector connector =
        ConnectorPresets::receiveConnector(u"From Fabrikam"_s, ReceiveUsage::Partner);
    connector.bindings = {valid<Binding>(u"0.0.0.0:25"_s)};
    // Fabrikam's gateways (documentation address ranges, RFC 5737).
    connector.remoteIPRanges = {valid<IpRange>(u"198.51.100.0/28"_s), valid<IpRange>(u"203.0.113.25"_s)};
    connector.fqdn = valid<Fqdn>(u"mail.contoso.example"_s);
    connector.requireTLS = true;
    connector.protocolLoggingLevel = ProtocolLoggingLevel::Verbose;
    connector.partnerDomains = {valid<SmtpDomain>(u"fabrikam.example"_s)};
    connector.comment = u"Mutual TLS with Fabrikam"_s;
    return connector;
}

SendConnector toFabrikam()
{
    SendConnector connector = ConnectorPresets::sendConnector(u"To Fabrikam"_s, SendUsage::Partner);
    connector.addressSpaces = {valid<AddressSpace>(u"SMTP:fabrikam.example;1"_s)};
    connector.fqdn = valid<Fqdn>(u"mail.contoso.example"_s);
    connector.requireTLS = true;
    connector.protocolLoggingLevel = ProtocolLoggingLevel::Verbose;
    connector.comment = u"Mutual TLS with Fabrikam"_s;
    return connector;
}
} // namespace

Result<Workspace> DemoWorkspace::create()
{
    Workspace workspace;
    workspace.organization = u"Contoso"_s;
    workspace.domains = {u"contoso.example"_s};
    Server edge;
    edge.name = u"EDGE01"_s;
    edge.fqdn = u"mail.contoso.example"_s;
    edge.receiveConnectors << fromFabrikam();
    workspace.servers << edge;
    workspace.sendConnectors << toFabrikam();
    workspace.domainSecure.send = {u"fabrikam.example"_s};
    workspace.domainSecure.receive = {u"fabrikam.example"_s};
    return workspace;
}

Result<QString> DemoWorkspace::ensureInDataFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString path = folder + u"/demo.dsw"_s;
    if (QFileInfo::exists(path))
        return path;
    if (!QDir().mkpath(folder)) {
        return Result<QString>::failure(
            ErrorCode::Io,
            QCoreApplication::translate("DemoWorkspace", "%1: cannot create the folder").arg(folder));
    }
    auto demo = create();
    if (!demo.ok())
        return demo.error();
    if (auto saved = WorkspaceFile::save(demo.value(), path); !saved.ok())
        return saved.error();
    return path;
}
