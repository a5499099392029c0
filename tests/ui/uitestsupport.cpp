#include "uitestsupport.h"

#include "crypto/certificate.h"
#include "crypto/certificaterequest.h"
#include "model/connectorpresets.h"
#include "store/demoworkspace.h"
#include "testsupport.h"
#include "widgets/messagebox.h"

#include <QCryptographicHash>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ds::core;
using namespace ds::ui;

using namespace Qt::StringLiterals;

namespace {
// Real DER made by the openssl CLI (the GUI only stores and shows them).
struct Material
{
    QByteArray certificate;
    QByteArray request;
    QByteArray key;
};

const Material& material()
{
    static Material made = [] {
        Material m;
        QTemporaryDir dir;
        const QString key = dir.filePath(u"key.der"_s);
        TestSupport::openssl({u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s,
                              u"ec_paramgen_curve:P-256"_s, u"-outform"_s, u"DER"_s, u"-out"_s, key});
        TestSupport::openssl({u"req"_s, u"-x509"_s, u"-new"_s, u"-key"_s, key, u"-keyform"_s, u"DER"_s,
                              u"-subj"_s, u"/O=Contoso/CN=mail.contoso.example"_s, u"-days"_s, u"3650"_s,
                              u"-outform"_s, u"DER"_s, u"-out"_s, dir.filePath(u"cert.der"_s)});
        TestSupport::openssl({u"req"_s, u"-new"_s, u"-key"_s, key, u"-keyform"_s, u"DER"_s, u"-subj"_s,
                              u"/CN=mail.contoso.example"_s, u"-outform"_s, u"DER"_s, u"-out"_s,
                              dir.filePath(u"req.der"_s)});
        // The workspace stores keys as PKCS#8; genpkey's DER for EC is the SEC1 form.
        TestSupport::openssl({u"pkcs8"_s, u"-topk8"_s, u"-nocrypt"_s, u"-inform"_s, u"DER"_s, u"-in"_s, key,
                              u"-outform"_s, u"DER"_s, u"-out"_s, dir.filePath(u"key8.der"_s)});
        m.key = TestSupport::readFile(dir.filePath(u"key8.der"_s));
        m.certificate = TestSupport::readFile(dir.filePath(u"cert.der"_s));
        m.request = TestSupport::readFile(dir.filePath(u"req.der"_s));
        if (m.key.isEmpty() || m.certificate.isEmpty() || m.request.isEmpty())
            qFatal("openssl did not make the test certificate");
        return m;
    }();
    return made;
}
} // namespace

Workspace UiTestSupport::demoWorkspace()
{
    auto demo = DemoWorkspace::create();
    if (!demo.ok())
        qFatal("demo workspace: %s", qPrintable(demo.errorMessage()));
    Workspace workspace = demo.value();
    Server& edge = workspace.servers.first();
    if (edge.receiveConnectors.isEmpty()) {
        ReceiveConnector connector =
            ConnectorPresets::receiveConnector(u"From Fabrikam"_s, ReceiveUsage::Partner);
        connector.bindings << Binding::parse(u"0.0.0.0:25"_s).value();
        connector.remoteIPRanges << IpRange::parse(u"198.51.100.0/24"_s).value();
        connector.partnerDomains << SmtpDomain::parse(u"fabrikam.example"_s).value();
        edge.receiveConnectors << connector;
    }
    if (workspace.sendConnectors.isEmpty()) {
        SendConnector connector = ConnectorPresets::sendConnector(u"To Fabrikam"_s, SendUsage::Partner);
        connector.addressSpaces << AddressSpace::parse(u"fabrikam.example"_s).value();
        connector.sourceTransportServers << edge.name;
        workspace.sendConnectors << connector;
    }
    if (edge.certificates.isEmpty()) {
        // The summary comes from the DER, as when a workspace is loaded.
        CertificateEntry entry =
            CertificateEntry::fromCertificate(Certificate::fromDer(material().certificate).value());
        entry.privateKey = material().key;
        entry.friendlyName = u"Contoso SMTP"_s;
        entry.services = Service::SMTP;
        edge.certificates << entry;
    }
    if (edge.pendingRequests.isEmpty()) {
        const CertificateRequest csr = CertificateRequest::fromDer(material().request).value();
        PendingRequest request;
        request.thumbprint = QString::fromLatin1(
            QCryptographicHash::hash(csr.spkiDer(), QCryptographicHash::Sha1).toHex().toUpper());
        request.csrDer = material().request;
        request.privateKey = material().key;
        request.friendlyName = u"Renewal"_s;
        request.subject = csr.subject();
        request.domains = csr.names();
        request.spkiSha256 = csr.spkiSha256();
        edge.pendingRequests << request;
    }
    return workspace;
}

void UiTestSupport::initGuiTest()
{
    QStandardPaths::setTestModeEnabled(true);
    MessageBox::setNoninteractive(true);
}
