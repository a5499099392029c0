// In-process crypto timings (the whole-process ones are in run.sh):
//   cryptobench DATADIR [runs=15]
// DATADIR is what gencertbundle wrote. Prints one line per measurement: median (and min/max) of
// `runs` runs for key generation per type, CSR creation with a ready key and chain verification;
// single timings for importing the 10,000-certificate bundle and the 100 PKCS#12 files.

#include "crypto/certificateauthority.h"
#include "crypto/certificaterequest.h"
#include "crypto/chainverifier.h"
#include "model/certificatemanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <algorithm>
#include <ctime>

using namespace ds::core;

using namespace Qt::StringLiterals;

namespace {
QTextStream out(stdout);

// Median wall and CPU time (the process's CPU clock: on a shared machine wall time also measures
// the other processes).
template <typename F> void measure(const QString& what, int runs, F function)
{
    QList<qint64> times;
    QList<double> cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const std::clock_t start = std::clock();
        timer.start();
        function();
        times << timer.nsecsElapsed();
        cpu << double(std::clock() - start) * 1000.0 / CLOCKS_PER_SEC;
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    const auto ms = [](qint64 ns) { return QString::number(ns / 1e6, 'f', 3); };
    out << what << ": median wall " << ms(times.at(times.size() / 2)) << " ms, CPU "
        << QString::number(cpu.at(cpu.size() / 2), 'f', 3) << " ms (wall min " << ms(times.first())
        << ", max " << ms(times.last()) << ", " << runs << " runs)" << Qt::endl;
}

Workspace oneServer()
{
    Workspace workspace;
    Server server;
    server.name = u"EDGE01"_s;
    workspace.servers << server;
    return workspace;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: cryptobench DATADIR [runs]\n";
        return 2;
    }
    const QDir data(args.at(1));
    const int runs = args.value(2, u"15"_s).toInt();

    for (const KeySpec& spec : KeySpec::all()) {
        const int n = spec.type() == KeySpec::Type::Rsa && spec.bits() == 4096 ? std::max(3, runs / 3) : runs;
        measure(u"key generation %1"_s.arg(spec.toString()), n, [&] { (void)PrivateKey::generate(spec); });
    }

    const auto subject = DistinguishedName::parse(u"CN=mail.contoso.example,O=Contoso,C=JP"_s).value();
    for (const KeySpec& spec : {KeySpec::rsa(2048), KeySpec::ecP256()}) {
        const PrivateKey key = PrivateKey::generate(spec).value();
        measure(u"CSR creation with a ready %1 key"_s.arg(spec.toString()), runs * 10, [&] {
            (void)CertificateRequest::create(subject, {u"contoso.example"_s, u"bücher.example"_s}, key);
        });
    }

    // root -> intermediate -> leaf, verified for server and client.
    const PrivateKey rootKey = PrivateKey::generate(KeySpec::rsa(2048)).value();
    const PrivateKey intermediateKey = PrivateKey::generate(KeySpec::rsa(2048)).value();
    const PrivateKey leafKey = PrivateKey::generate(KeySpec::ecP256()).value();
    const auto root =
        CertificateAuthority::makeRoot(DistinguishedName::parse(u"CN=Bench Root"_s).value(), rootKey);
    const auto intermediate =
        root->makeIntermediate(DistinguishedName::parse(u"CN=Bench Intermediate"_s).value(), intermediateKey);
    const auto leaf = intermediate->issue(leafKey.spkiDer(), subject, {u"mail.contoso.example"_s}, {});
    {
        ChainVerifier verifier;
        verifier.setSystemStorePath(QString());
        verifier.addTrustedRoot(root->certificate());
        verifier.addIntermediate(intermediate->certificate());
        measure(u"chain verification (3 certificates, server+client, workspace roots)"_s, runs * 20,
                [&] { (void)verifier.verifyForMutualTls(leaf.value()); });
    }
    {
        ChainVerifier verifier; // with /etc/ssl/certs
        verifier.addTrustedRoot(root->certificate());
        verifier.addIntermediate(intermediate->certificate());
        measure(u"chain verification (3 certificates, server+client, + /etc/ssl/certs)"_s, runs * 20,
                [&] { (void)verifier.verifyForMutualTls(leaf.value()); });
    }

    const QString bundle = data.filePath(u"bundle.pem"_s);
    if (QFile::exists(bundle)) {
        measure(u"parse bundle.pem (CertificateImporter)"_s, 3,
                [&] { (void)CertificateImporter::importFile(bundle); });
        measure(u"import bundle.pem into a workspace (CertificateManager, no save)"_s, 3, [&] {
            Workspace workspace = oneServer();
            (void)CertificateManager::importFile(workspace, bundle, {}, {}, {}, {});
        });
    }
    const QDir p12(data.filePath(u"p12"_s));
    const QStringList files = p12.entryList({u"*.p12"_s}, QDir::Files, QDir::Name);
    if (!files.isEmpty()) {
        QFile passwordFile(p12.filePath(u"password.txt"_s));
        passwordFile.open(QIODevice::ReadOnly);
        const QString password = QString::fromUtf8(passwordFile.readLine().trimmed());
        measure(u"import %1 PKCS#12 files into a workspace (no save)"_s.arg(files.size()), 3, [&] {
            Workspace workspace = oneServer();
            for (const QString& name : files) {
                auto report =
                    CertificateManager::importFile(workspace, p12.filePath(name), password, {}, {}, {});
                if (!report.ok())
                    out << report.errorMessage() << Qt::endl;
            }
        });
    }
    return 0;
}
