// The floor of "CSR with a new key" for a Qt program: exactly what `openssl genpkey` does (generate
// one key, write it as PEM, no fsync) in a process that links Qt Core and starts a
// QCoreApplication, as domainsecure-cli does, but without the workspace, the request and the
// durable saves. bench/crypto/run.sh times it next to genpkey and the real command.
//
//   keygenfloor KEYSPEC OUT.pem     (KEYSPEC as for `cert request --key`: rsa:2048, ec:p256, ...)

#include "crypto/keyspec.h"
#include "crypto/privatekey.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace ds::core;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        QTextStream(stderr) << "usage: keygenfloor KEYSPEC OUT.pem\n";
        return 2;
    }
    const auto spec = KeySpec::parse(arguments.at(1));
    if (!spec) {
        QTextStream(stderr) << spec.error().message << '\n';
        return 2;
    }
    const auto key = PrivateKey::generate(*spec);
    if (!key) {
        QTextStream(stderr) << key.error().message << '\n';
        return 1;
    }
    QFile out(arguments.at(2));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(key->toPem()) < 0)
        return 1;
    return 0;
}
