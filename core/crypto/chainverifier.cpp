#include "chainverifier.h"

#include "opensslptr.h"
#include "util/clock.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <map>

using namespace Qt::StringLiterals;

namespace ds::core {

struct ChainVerifier::Private
{
    QString systemPath = u"/etc/ssl/certs"_s;
    QList<Certificate> roots;
    QList<Certificate> intermediates;
    QSet<QByteArray> knownDer;
    QDateTime time;
    mutable X509StorePtr store; // built on first use; X509_STORE is safe for concurrent verification
};

namespace {

// Collects every problem per chain depth while letting OpenSSL go on to the end of the chain.
struct VerifyLog
{
    std::map<int, int> errors; // depth -> first X509_V_ERR
};

int verifyCallback(int ok, X509_STORE_CTX* ctx)
{
    if (!ok) {
        auto* log = static_cast<VerifyLog*>(X509_STORE_CTX_get_app_data(ctx));
        const int error = X509_STORE_CTX_get_error(ctx);
        const int depth = X509_STORE_CTX_get_error_depth(ctx);
        if (log)
            log->errors.emplace(depth, error);
    }
    return 1;
}

QString describeError(int error, const Certificate& certificate, ChainVerifier::Purpose purpose)
{
    switch (error) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return ChainVerifier::tr("expired on %1").arg(certificate.notAfter().toString(Qt::ISODate));
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return ChainVerifier::tr("not valid before %1").arg(certificate.notBefore().toString(Qt::ISODate));
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
        return ChainVerifier::tr("its issuer \"%1\" is neither a trusted root nor an imported intermediate")
            .arg(certificate.issuer());
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        return ChainVerifier::tr("self-signed and not among the trusted roots (add it with \"trust add\")");
    case X509_V_ERR_INVALID_PURPOSE:
        return ChainVerifier::tr("not allowed for TLS %1 authentication (key usage or extended key usage)")
            .arg(ChainVerifier::purposeName(purpose));
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
        return ChainVerifier::tr("its signature does not verify");
    case X509_V_ERR_INVALID_CA:
        return ChainVerifier::tr("it signs other certificates but is not a CA");
    default:
        return QString::fromLatin1(X509_verify_cert_error_string(error));
    }
}

} // namespace

ChainVerifier::ChainVerifier()
    : d(std::make_unique<Private>())
{}
ChainVerifier::~ChainVerifier() = default;
ChainVerifier::ChainVerifier(ChainVerifier&&) noexcept = default;
ChainVerifier& ChainVerifier::operator=(ChainVerifier&&) noexcept = default;

void ChainVerifier::setSystemStorePath(const QString& path)
{
    d->systemPath = path;
    d->store.reset();
}

void ChainVerifier::addTrustedRoot(const Certificate& root)
{
    if (root.isNull())
        return;
    d->roots.append(root);
    d->store.reset();
}

void ChainVerifier::addIntermediate(const Certificate& certificate)
{
    if (certificate.isNull() || d->knownDer.contains(certificate.toDer()))
        return;
    d->knownDer.insert(certificate.toDer());
    d->intermediates.append(certificate);
}

bool ChainVerifier::hasIntermediate(const QByteArray& der) const
{
    return d->knownDer.contains(der);
}

void ChainVerifier::setTime(const QDateTime& time)
{
    d->time = time;
}

QString ChainVerifier::purposeName(Purpose purpose)
{
    return purpose == Purpose::TlsServer ? tr("server") : tr("client");
}

ChainResult ChainVerifier::verify(const Certificate& leaf, Purpose purpose) const
{
    ChainResult result;
    if (leaf.isNull()) {
        result.reason = tr("no certificate");
        return result;
    }
    OpenSsl::clearErrors();
    if (!d->store) {
        d->store.reset(X509_STORE_new());
        if (!d->systemPath.isEmpty()) {
            const QByteArray path = QFile::encodeName(d->systemPath);
            X509_STORE_load_path(d->store.get(), path.constData());
        }
        for (const Certificate& root : d->roots)
            X509_STORE_add_cert(d->store.get(), root.native());
        OpenSsl::clearErrors();
    }
    X509StackPtr untrusted(sk_X509_new_null());
    for (const Certificate& certificate : d->intermediates) {
        X509_up_ref(certificate.native());
        sk_X509_push(untrusted.get(), certificate.native());
    }
    X509StoreCtxPtr ctx(X509_STORE_CTX_new());
    if (!ctx || !X509_STORE_CTX_init(ctx.get(), d->store.get(), leaf.native(), untrusted.get())) {
        result.reason = tr("cannot set up chain verification: %1").arg(OpenSsl::errorString());
        return result;
    }
    VerifyLog log;
    X509_STORE_CTX_set_app_data(ctx.get(), &log);
    X509_STORE_CTX_set_verify_cb(ctx.get(), verifyCallback);
    X509_STORE_CTX_set_purpose(ctx.get(), purpose == Purpose::TlsServer ? X509_PURPOSE_SSL_SERVER
                                                                        : X509_PURPOSE_SSL_CLIENT);
    const QDateTime when = d->time.isValid() ? d->time : Clock::current().now();
    X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(ctx.get()),
                               static_cast<time_t>(when.toSecsSinceEpoch()));
    const int verified = X509_verify_cert(ctx.get());
    STACK_OF(X509)* chain = X509_STORE_CTX_get0_chain(ctx.get());
    for (int depth = 0; depth < sk_X509_num(chain); ++depth) {
        X509* x509 = sk_X509_value(chain, depth);
        X509_up_ref(x509);
        ChainLink link;
        link.certificate = Certificate::fromNative(x509);
        if (auto it = log.errors.find(depth); it != log.errors.end()) {
            link.ok = false;
            link.status = describeError(it->second, link.certificate, purpose);
        } else {
            link.status = tr("OK");
        }
        result.chain.append(link);
    }
    // Errors deeper than the built chain (a missing issuer) belong to its last certificate.
    for (const auto& [depth, error] : log.errors) {
        if (depth >= result.chain.size() && !result.chain.isEmpty()) {
            result.chain.last().ok = false;
            result.chain.last().status = describeError(error, result.chain.last().certificate, purpose);
        }
    }
    result.trusted = verified == 1 && log.errors.empty();
    if (!result.trusted) {
        int depth = 0;
        int error = X509_STORE_CTX_get_error(ctx.get());
        if (!log.errors.empty()) {
            depth = log.errors.begin()->first;
            error = log.errors.begin()->second;
        }
        result.opensslError = error;
        result.timeProblem = error == X509_V_ERR_CERT_HAS_EXPIRED || error == X509_V_ERR_CERT_NOT_YET_VALID;
        const Certificate& culprit = depth < result.chain.size() ? result.chain.at(depth).certificate
                                     : result.chain.isEmpty()    ? leaf
                                                                 : result.chain.last().certificate;
        const QString what = describeError(error, culprit, purpose);
        result.reason = depth == 0 ? tr("the certificate: %1").arg(what)
                                   : tr("\"%1\" in the chain: %2").arg(culprit.subject(), what);
    }
    OpenSsl::clearErrors();
    return result;
}

ChainResult ChainVerifier::verifyForMutualTls(const Certificate& leaf) const
{
    ChainResult server = verify(leaf, Purpose::TlsServer);
    if (!server.trusted)
        return server;
    ChainResult client = verify(leaf, Purpose::TlsClient);
    if (!client.trusted)
        return client;
    return server;
}

} // namespace ds::core
