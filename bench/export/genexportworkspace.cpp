// Writes the export benchmark workspace: the bundled demo (Contoso's EDGE01 with a real SMTP
// certificate from the demo CA, partner Fabrikam) plus N partners, each with a domain-secure
// receive connector (two remote /28 blocks), a domain-secure send connector and its domain on
// both domain-secure lists. The workspace lints clean for both targets, so the export runs.
//
//   genexportworkspace OUT.dsw [partners=500] [shared|own]
//
// shared: every partner connector listens on one binding (Exchange's usual set-up; Postfix gets
// one listener with every partner's ranges). own: each partner has its own binding (one Postfix
// listener per partner: the worst case for master.cf).

#include "model/connectorpresets.h"
#include "model/workspace.h"
#include "store/demoworkspace.h"
#include "store/workspacefile.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace ds::core;

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() < 2) {
        err << "usage: genexportworkspace OUT.dsw [partners] [shared|own]\n";
        return 2;
    }
    const int partners = args.value(2, u"500"_s).toInt();
    const bool ownBinding = args.value(3, u"shared"_s) == u"own"_s;

    auto demo = DemoWorkspace::create();
    if (!demo.ok()) {
        err << demo.errorMessage() << '\n';
        return 1;
    }
    Workspace ws = demo.value();
    Server& server = ws.servers.first();
    for (int i = 0; i < partners; ++i) {
        const QString domain = u"partner%1.example"_s.arg(i);
        ReceiveConnector r =
            ConnectorPresets::receiveConnector(u"From partner %1"_s.arg(i), ReceiveUsage::Partner);
        const QString binding = ownBinding ? u"192.0.2.10:%1"_s.arg(10000 + i) : u"192.0.2.10:25"_s;
        r.bindings = {Binding::parse(binding).value()};
        const quint32 base = (10u << 24) | (quint32(i) << 5);
        r.remoteIPRanges = {IpRange::parse(u"%1/28"_s.arg(IpAddress(base).toString())).value(),
                            IpRange::parse(u"%1/28"_s.arg(IpAddress(base + 16).toString())).value()};
        r.partnerDomains = {SmtpDomain::parse(domain).value()};
        r.requireTLS = true;
        server.receiveConnectors << r;

        SendConnector s = ConnectorPresets::sendConnector(u"To partner %1"_s.arg(i), SendUsage::Partner);
        s.addressSpaces = {AddressSpace::parse(domain).value()};
        s.requireTLS = true;
        ws.sendConnectors << s;
        ws.domainSecure.send << domain;
        ws.domainSecure.receive << domain;
    }
    if (auto saved = WorkspaceFile::save(ws, args.at(1)); !saved.ok()) {
        err << saved.errorMessage() << '\n';
        return 4;
    }
    return 0;
}
