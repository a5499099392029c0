// Writes the certificate benchmark data: a root CA, N end-entity certificates it issued in one PEM
// bundle, and optionally M PKCS#12 files (leaf + key + root), all made with core/crypto.
//
//   gencertbundle OUTDIR [certificates=10000] [pkcs12Files=100]
//
// OUTDIR gets root.pem, bundle.pem (N certificates, leaf after leaf) and p12/NNN.p12 with the
// password in p12/password.txt. The bundle's certificates are typical RSA 2048 ones signed by an
// RSA 2048 root (about 2 KiB of PEM each); one key serves all of them. The PKCS#12 files hold
// EC P-256 keys (fast to generate).

#include "crypto/certificateauthority.h"
#include "crypto/pkcs12writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

using namespace ds::core;

using namespace Qt::StringLiterals;

namespace {
bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() < 2) {
        err << "usage: gencertbundle OUTDIR [certificates] [pkcs12Files]\n";
        return 2;
    }
    const QDir out(args.at(1));
    const int count = args.value(2, u"10000"_s).toInt();
    const int pkcs12Count = args.value(3, u"100"_s).toInt();
    QDir().mkpath(out.path());

    auto rootKey = PrivateKey::generate(KeySpec::rsa(2048));
    auto rootName = DistinguishedName::parse(u"CN=Bench Root CA,O=DomainSecure Bench,C=JP"_s);
    if (!rootKey.ok() || !rootName.ok()) {
        err << "cannot set up the root CA\n";
        return 1;
    }
    auto root = CertificateAuthority::makeRoot(rootName.value(), rootKey.value());
    auto leafKey = PrivateKey::generate(KeySpec::rsa(2048));
    if (!root.ok() || !leafKey.ok()) {
        err << "cannot make the root CA\n";
        return 1;
    }
    if (!writeFile(out.filePath(u"root.pem"_s), root->certificate().toPem()))
        return 1;

    QFile bundle(out.filePath(u"bundle.pem"_s));
    if (!bundle.open(QIODevice::WriteOnly))
        return 1;
    CertificateAuthority::IssueOptions options;
    const QByteArray spki = leafKey->spkiDer();
    for (int i = 0; i < count; ++i) {
        const QString host = u"host%1.bench.example"_s.arg(i, 5, 10, QLatin1Char('0'));
        auto subject = DistinguishedName::parse(u"CN=%1,O=DomainSecure Bench,C=JP"_s.arg(host));
        auto certificate = root->issue(spki, subject.value(), {host}, options);
        if (!certificate.ok()) {
            err << certificate.errorMessage() << '\n';
            return 1;
        }
        bundle.write(certificate->toPem());
    }
    bundle.close();

    if (pkcs12Count > 0) {
        QDir().mkpath(out.filePath(u"p12"_s));
        const QString password = u"bench-password"_s;
        writeFile(out.filePath(u"p12/password.txt"_s), password.toUtf8() + '\n');
        for (int i = 0; i < pkcs12Count; ++i) {
            auto key = PrivateKey::generate(KeySpec::ecP256());
            const QString host = u"pfx%1.bench.example"_s.arg(i, 3, 10, QLatin1Char('0'));
            auto subject = DistinguishedName::parse(u"CN=%1,O=DomainSecure Bench,C=JP"_s.arg(host));
            auto certificate = root->issue(key->spkiDer(), subject.value(), {host}, options);
            if (!certificate.ok())
                return 1;
            auto pfx =
                Pkcs12Writer::write(key.value(), certificate.value(), {root->certificate()}, password, host);
            if (!pfx.ok() ||
                !writeFile(out.filePath(u"p12/%1.p12"_s.arg(i, 3, 10, QLatin1Char('0'))), pfx.value()))
                return 1;
        }
    }
    QTextStream(stdout) << "wrote " << count << " certificates and " << pkcs12Count << " PKCS#12 files to "
                        << out.path() << '\n';
    return 0;
}
