// libFuzzer harness for the certificate import parser: CertificateImporter (PEM, DER, PKCS#7,
// PKCS#12 detection and parsing) and the second half of an import in CertificateManager (leaf and
// chain detection, request matching) on a one-server workspace. The seed PKCS#12 files use the
// password below, so the fuzzer gets past their MAC.
//
// Built two ways: with clang and -fsanitize=fuzzer,address (cmake --preset fuzz) as the libFuzzer
// target fuzz_certificateimporter, and with the default compiler plus fuzzsmokemain.cpp as the
// fuzz_smoke test that feeds the seed corpus through this same entry point.

#include "crypto/certificateimporter.h"
#include "model/certificatemanager.h"

#include <cstddef>
#include <cstdint>

using namespace ds::core;

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // No copy: the importer only reads.
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString password = u"fuzz"_s;
    auto bundle = CertificateImporter::importData(input, u"fuzz-input"_s, password);
    if (!bundle.ok()) {
        if (bundle.errorMessage().isEmpty() || bundle.error().code != ErrorCode::BadInput)
            __builtin_trap(); // every failure is a BadInput with a message
        return 0;
    }
    if (bundle->certificates.isEmpty())
        __builtin_trap(); // success means at least one certificate
    for (const Certificate& certificate : bundle->certificates) {
        // The fields every view shows must not crash on odd certificates.
        const CertificateEntry entry = CertificateEntry::fromCertificate(certificate);
        if (entry.thumbprint.size() != 40)
            __builtin_trap();
        (void)certificate.keyUsage();
        (void)certificate.isCa();
        (void)certificate.textDump();
    }
    Workspace workspace;
    Server server;
    server.name = u"EDGE01"_s;
    workspace.servers.append(server);
    CertificateManager::ImportOptions options;
    (void)CertificateManager::importBundle(workspace, bundle.value(), u"fuzz-input"_s, QString(), options,
                                           QString());
    return 0;
}
