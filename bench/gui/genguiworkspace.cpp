// Writes the GUI start-up benchmark workspace: the demo workspace plus N real certificates
// (distinct serials and names, issued by one EC CA for one EC key) on its server EDGE01.
//
//   genguiworkspace OUT.dsw [certificates=10000]

#include "crypto/certificateauthority.h"
#include "crypto/keyspec.h"
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
        err << "usage: genguiworkspace OUT.dsw [certificates]\n";
        return 2;
    }
    const int count = args.value(2, u"10000"_s).toInt();
    auto demo = DemoWorkspace::create();
    if (!demo.ok()) {
        err << demo.errorMessage() << '\n';
        return 1;
    }
    Workspace workspace = demo.value();
    const auto caKey = PrivateKey::generate(KeySpec::ecP256());
    const auto leafKey = PrivateKey::generate(KeySpec::ecP256());
    const auto caName = DistinguishedName::parse(u"CN=Bench CA,O=Contoso"_s);
    if (!caKey.ok() || !leafKey.ok() || !caName.ok()) {
        err << "cannot make the bench CA\n";
        return 1;
    }
    const auto ca = CertificateAuthority::makeRoot(caName.value(), caKey.value());
    if (!ca.ok()) {
        err << ca.errorMessage() << '\n';
        return 1;
    }
    Server& server = workspace.servers.first();
    CertificateAuthority::IssueOptions options;
    options.days = 30 + 3650 / qMax(1, count / 100);
    for (int i = 0; i < count; ++i) {
        const QString host = u"host%1.contoso.example"_s.arg(i, 5, 10, QLatin1Char('0'));
        const auto subject = DistinguishedName::parse(u"CN=%1,O=Contoso"_s.arg(host));
        options.days = 1 + (i * 37) % 1200; // spread expiry dates (some expiring soon)
        const auto issued = ca->issue(leafKey->spkiDer(), subject.value(), {host}, options);
        if (!issued.ok()) {
            err << issued.errorMessage() << '\n';
            return 1;
        }
        CertificateEntry entry = CertificateEntry::fromCertificate(issued.value());
        entry.friendlyName = u"Bench %1"_s.arg(i);
        server.certificates << entry;
    }
    if (const Status saved = WorkspaceFile::save(workspace, args.at(1)); !saved.ok()) {
        err << saved.errorMessage() << '\n';
        return 1;
    }
    return 0;
}
