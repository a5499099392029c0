// Writes the lint benchmark workspace: N receive connectors (on one Edge server, all on
// 0.0.0.0:25 so that the binding/range overlap check sees one large group), N send connectors
// and M domain-secure list entries. Every list entry is served by a connector (several partner
// domains per connector), so the workspace is clean and lint walks every rule to the end.
//
//   genlintworkspace OUT.dsw [receive=1000] [send=1000] [listEntries=10000]

#include "model/connectorpresets.h"
#include "model/workspace.h"
#include "store/workspacefile.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QTextStream>
#include <algorithm>

using namespace ds::core;

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() < 2) {
        err << "usage: genlintworkspace OUT.dsw [receive] [send] [listEntries]\n";
        return 2;
    }
    const int receiveCount = args.value(2, u"1000"_s).toInt();
    const int sendCount = args.value(3, u"1000"_s).toInt();
    const int listCount = args.value(4, u"10000"_s).toInt();

    Workspace ws;
    ws.organization = u"Contoso"_s;
    ws.domains = {u"contoso.example"_s};
    ws.passphraseVerifier = u"bench-placeholder"_s;
    Server server;
    server.name = u"EDGE01"_s;
    server.fqdn = u"mail.contoso.example"_s;
    CertificateEntry cert;
    // Lint reads only the stored summary fields; the DER is a placeholder the loader accepts.
    cert.certificateDer = QByteArray("bench placeholder, not a certificate");
    cert.privateKey = QByteArray("bench placeholder key");
    cert.keyEncrypted = true;
    cert.thumbprint = u"78E1BE82F683EE6D8CB9B9266FC1185AE0890C41"_s;
    cert.services = Service::SMTP;
    cert.subject = u"CN=mail.contoso.example"_s;
    cert.domains = {u"mail.contoso.example"_s};
    cert.notBefore = Clock::current().now().addDays(-1);
    cert.notAfter = Clock::current().now().addDays(365);
    cert.extendedKeyUsages = {u"serverAuth"_s, u"clientAuth"_s};
    server.certificates << cert;

    // List entries are split evenly between the two lists; each connector covers its share.
    const int domainsPerList = listCount / 2;
    const int perReceive = receiveCount > 0 ? (domainsPerList + receiveCount - 1) / receiveCount : 0;
    const int perSend = sendCount > 0 ? (domainsPerList + sendCount - 1) / sendCount : 0;
    const Binding all = Binding::parse(u"0.0.0.0:25"_s).value();
    for (int i = 0; i < receiveCount; ++i) {
        ReceiveConnector c =
            ConnectorPresets::receiveConnector(u"From partner %1"_s.arg(i), ReceiveUsage::Partner);
        c.bindings = {all};
        // Two disjoint /28 blocks per partner in 10.0.0.0/8.
        const quint32 base = (10u << 24) | (quint32(i) << 5);
        c.remoteIPRanges = {IpRange::parse(u"%1/28"_s.arg(IpAddress(base).toString())).value(),
                            IpRange::parse(u"%1/28"_s.arg(IpAddress(base + 16).toString())).value()};
        for (int k = i * perReceive; k < std::min((i + 1) * perReceive, domainsPerList); ++k)
            c.partnerDomains << SmtpDomain::parse(u"partner%1.example"_s.arg(k)).value();
        server.receiveConnectors << c;
    }
    ws.servers << server;
    for (int i = 0; i < sendCount; ++i) {
        SendConnector c = ConnectorPresets::sendConnector(u"To partner %1"_s.arg(i), SendUsage::Partner);
        for (int k = i * perSend; k < std::min((i + 1) * perSend, domainsPerList); ++k)
            c.addressSpaces << AddressSpace::parse(u"partner%1.example"_s.arg(k)).value();
        if (c.addressSpaces.isEmpty())
            c.addressSpaces << AddressSpace::parse(u"spare%1.example"_s.arg(i)).value();
        ws.sendConnectors << c;
    }
    for (int k = 0; k < domainsPerList; ++k) {
        ws.domainSecure.send << u"partner%1.example"_s.arg(k);
        ws.domainSecure.receive << u"partner%1.example"_s.arg(k);
    }
    if (auto saved = WorkspaceFile::save(ws, args.at(1)); !saved.ok()) {
        err << saved.errorMessage() << '\n';
        return 4;
    }
    return 0;
}
