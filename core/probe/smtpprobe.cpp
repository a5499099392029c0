#include "smtpprobe.h"

#include "crypto/certificate.h"
#include "crypto/distinguishedname.h"
#include "crypto/opensslptr.h"
#include "crypto/privatekey.h"
#include "model/ipaddress.h"
#include "probeconnection.h"
#include "util/clock.h"
#include "util/logging.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSysInfo>
#include <csignal>
#include <ctime>
#include <pthread.h>

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {

// A certificate the TLS session holds, as our own (one more reference to it).
Certificate shared(X509* x509)
{
    if (!x509 || X509_up_ref(x509) != 1)
        return {};
    return Certificate::fromNative(x509);
}

// Blocks SIGPIPE in the probing thread: OpenSSL writes to the socket with write(), and a server
// that hangs up must not kill the process. A pending SIGPIPE is consumed before unblocking.
class SigpipeGuard
{
public:
    SigpipeGuard()
    {
        sigemptyset(&m_set);
        sigaddset(&m_set, SIGPIPE);
        pthread_sigmask(SIG_BLOCK, &m_set, &m_old);
    }
    ~SigpipeGuard()
    {
        const timespec zero{0, 0};
        while (sigtimedwait(&m_set, nullptr, &zero) > 0) {
        }
        pthread_sigmask(SIG_SETMASK, &m_old, nullptr);
    }

private:
    sigset_t m_set;
    sigset_t m_old;
};

bool isIpLiteral(const QString& host)
{
    return IpAddress::fromString(host).has_value();
}

// One run of the probe; the state the OpenSSL callbacks write into.
class ProbeSession
{
    Q_DECLARE_TR_FUNCTIONS(SmtpProbe)

public:
    ProbeSession(const ProbeOptions& options, const std::atomic<bool>& cancelled,
                 const SmtpProbe::Callbacks& callbacks)
        : m_options(options)
        , m_cancelled(cancelled)
        , m_callbacks(callbacks)
        , m_connection(options.timeoutMs, &cancelled)
    {}

    ProbeReport run();

private:
    static int certificateCallback(SSL* ssl, void* arg);
    void transcript(ProbeReport::TranscriptLine::Direction direction, const QString& text);
    void beginStep(const QString& name, int percent);
    void endStep(bool ok, const QString& detail = {});
    bool send(const QString& command);
    bool expectReply(ProbeConnection::Reply* reply, const QString& what);
    // Records the first failure; step names the failing step (default: the last one begun).
    void fail(ProbeReport::Result result, const QString& error, const QString& hint,
              const QString& step = {});
    void failConnection(ProbeConnection::Status status, const QString& what);
    void quit();
    Status prepareCredentials();
    Status prepareTrust();
    void inspectPeer(SSL* ssl);
    void analyseClientCertificate();
    void decideResult();

    const ProbeOptions& m_options;
    const std::atomic<bool>& m_cancelled;
    const SmtpProbe::Callbacks& m_callbacks;
    ProbeConnection m_connection;
    ProbeReport m_report;
    QElapsedTimer m_clock;
    bool m_finished = false; // result already decided by a failure
    Certificate m_clientCertificate;
    PrivateKey m_clientKey;
    QList<Certificate> m_clientChain;
    X509StorePtr m_store;
    std::vector<X509NamePtr> m_caNames;
};

void ProbeSession::transcript(ProbeReport::TranscriptLine::Direction direction, const QString& text)
{
    ProbeReport::TranscriptLine line{direction, m_clock.elapsed(), text};
    m_report.transcript << line;
    qCDebug(lcProbe).noquote() << line.prefix() << text;
    if (m_callbacks.transcript)
        m_callbacks.transcript(line);
}

void ProbeSession::beginStep(const QString& name, int percent)
{
    m_report.steps << ProbeReport::Step{name, m_clock.elapsed(), 0, false, {}};
    if (m_callbacks.progress)
        m_callbacks.progress(name, percent);
}

void ProbeSession::endStep(bool ok, const QString& detail)
{
    ProbeReport::Step& step = m_report.steps.last();
    step.durationMs = m_clock.elapsed() - step.startMs;
    step.ok = ok;
    step.detail = detail;
}

bool ProbeSession::send(const QString& command)
{
    transcript(ProbeReport::TranscriptLine::Direction::Client, command);
    const ProbeConnection::Status status = m_connection.writeAll(command.toUtf8() + "\r\n");
    if (status != ProbeConnection::Status::Ok) {
        failConnection(status, tr("sending %1").arg(command.section(QLatin1Char(' '), 0, 0)));
        return false;
    }
    return true;
}

bool ProbeSession::expectReply(ProbeConnection::Reply* reply, const QString& what)
{
    const ProbeConnection::Status status = m_connection.readReply(reply);
    for (qsizetype i = 0; i < reply->lines.size(); ++i) {
        const QString separator = i + 1 < reply->lines.size() ? u"-"_s : u" "_s;
        transcript(ProbeReport::TranscriptLine::Direction::Server,
                   QString::number(reply->code) + separator + reply->lines[i]);
    }
    if (status != ProbeConnection::Status::Ok) {
        failConnection(status, what);
        return false;
    }
    return true;
}

void ProbeSession::fail(ProbeReport::Result result, const QString& error, const QString& hint,
                        const QString& step)
{
    if (m_finished)
        return;
    m_finished = true;
    m_report.result = result;
    m_report.failedStep = !step.isEmpty()            ? step
                          : m_report.steps.isEmpty() ? u"setup"_s
                                                     : m_report.steps.last().name;
    m_report.error = error;
    m_report.hint = hint;
    transcript(ProbeReport::TranscriptLine::Direction::Info, error);
}

void ProbeSession::failConnection(ProbeConnection::Status status, const QString& what)
{
    const QString target = u"%1:%2"_s.arg(m_report.host).arg(m_report.port);
    switch (status) {
    case ProbeConnection::Status::Ok:
        return;
    case ProbeConnection::Status::Cancelled:
        fail(ProbeReport::Result::Cancelled, tr("The probe of %1 was cancelled.").arg(target), {});
        return;
    case ProbeConnection::Status::Timeout:
        fail(ProbeReport::Result::ValidationFailure,
             tr("%1 did not answer while %2: %3").arg(target, what, m_connection.errorString()),
             tr("The server is silent: it may be overloaded or tarpitting, or a firewall drops the traffic. "
                "Check the server's log, or try a longer --timeout."));
        return;
    case ProbeConnection::Status::Closed:
        fail(ProbeReport::Result::ValidationFailure,
             tr("%1 closed the connection while %2: %3").arg(target, what, m_connection.errorString()),
             tr("The server hung up. Its log says why (often a client restriction on our address or name)."));
        return;
    case ProbeConnection::Status::Error:
        fail(ProbeReport::Result::ValidationFailure,
             tr("%1: protocol error while %2: %3").arg(target, what, m_connection.errorString()),
             tr("The service on this port does not behave like an SMTP server. Check the host and port "
                "(25 for MX, 587 for submission)."));
        return;
    }
}

void ProbeSession::quit()
{
    beginStep(u"quit"_s, 95);
    if (!send(u"QUIT"_s)) {
        endStep(false, m_connection.errorString());
        return;
    }
    ProbeConnection::Reply reply;
    const ProbeConnection::Status status = m_connection.readReply(&reply);
    for (const QString& line : reply.lines)
        transcript(ProbeReport::TranscriptLine::Direction::Server,
                   QString::number(reply.code) + u" "_s + line);
    endStep(status == ProbeConnection::Status::Ok && reply.code == 221,
            status == ProbeConnection::Status::Ok ? QString() : m_connection.errorString());
}

Status ProbeSession::prepareCredentials()
{
    if (!m_options.hasClientCertificate())
        return {};
    auto certificate = Certificate::fromDer(m_options.clientCertificateDer);
    if (!certificate.ok())
        return Status::failure(ErrorCode::BadInput, tr("our client certificate is not a DER certificate"));
    m_clientCertificate = certificate.value();
    auto key = PrivateKey::fromPkcs8Der(m_options.clientKeyDer);
    if (!key.ok())
        return Status::failure(ErrorCode::BadInput, tr("our client key is not an unencrypted PKCS#8 key"));
    m_clientKey = key.value();
    if (X509_check_private_key(m_clientCertificate.native(), m_clientKey.native()) != 1) {
        OpenSsl::clearErrors();
        return Status::failure(ErrorCode::BadInput, tr("our client key does not belong to our certificate"));
    }
    for (const QByteArray& der : m_options.clientChainDer) {
        auto issuer = Certificate::fromDer(der);
        if (!issuer.ok())
            return Status::failure(ErrorCode::BadInput, tr("a certificate of our client chain is not DER"));
        m_clientChain.append(issuer.value());
    }
    m_report.clientAuth.certificateConfigured = true;
    m_report.clientAuth.subject = m_clientCertificate.subject();
    // Not extendedKeyUsages(): without the extension OpenSSL (and so the partner) allows every use.
    const uint32_t xku = X509_get_extended_key_usage(m_clientCertificate.native());
    m_report.clientAuth.hasClientAuthEku = (xku & XKU_SSL_CLIENT) != 0;
    return {};
}

Status ProbeSession::prepareTrust()
{
    m_store.reset(X509_STORE_new());
    if (m_options.useSystemStore && QFileInfo(m_options.systemCaPath).isDir()) {
        if (X509_STORE_load_path(m_store.get(), m_options.systemCaPath.toLocal8Bit().constData()) == 1)
            m_report.trustSources << u"system:"_s + m_options.systemCaPath;
        OpenSsl::clearErrors();
    }
    int roots = 0;
    for (const QByteArray& der : m_options.trustedRootsDer) {
        const auto root = Certificate::fromDer(der);
        if (root.ok() && X509_STORE_add_cert(m_store.get(), root->native()) == 1)
            ++roots;
        OpenSsl::clearErrors();
    }
    if (roots > 0)
        m_report.trustSources << u"workspace:%1"_s.arg(roots);
    for (const QString& file : m_options.caFiles) {
        if (!QFileInfo(file).isReadable()) {
            return Status::failure(ErrorCode::BadInput, tr("%1: cannot read the CA file").arg(file));
        }
        if (X509_STORE_load_file(m_store.get(), file.toLocal8Bit().constData()) != 1) {
            OpenSsl::clearErrors();
            return Status::failure(ErrorCode::BadInput,
                                   tr("%1: the CA file holds no PEM certificate").arg(file));
        }
        m_report.trustSources << u"file:"_s + file;
    }
    return {};
}

int ProbeSession::certificateCallback(SSL* ssl, void* arg)
{
    auto* self = static_cast<ProbeSession*>(arg);
    ProbeReport::ClientAuth& auth = self->m_report.clientAuth;
    auth.requested = true;
    if (const STACK_OF(X509_NAME)* names = SSL_get_client_CA_list(ssl)) {
        for (int i = 0; i < sk_X509_NAME_num(names); ++i) {
            const X509_NAME* name = sk_X509_NAME_value(names, i);
            auth.acceptableCas << DistinguishedName::fromX509Name(name).toString();
            self->m_caNames.emplace_back(X509_NAME_dup(name));
        }
    }
    self->transcript(ProbeReport::TranscriptLine::Direction::Info,
                     tr("The server asks for a client certificate (%n acceptable CA name(s)).", nullptr,
                        int(auth.acceptableCas.size())));
    if (self->m_clientCertificate.isNull() || self->m_clientKey.isNull())
        return 1; // answer with no certificate
    if (SSL_use_certificate(ssl, self->m_clientCertificate.native()) != 1 ||
        SSL_use_PrivateKey(ssl, self->m_clientKey.native()) != 1)
        return 0;
    for (const Certificate& issuer : std::as_const(self->m_clientChain))
        SSL_add1_chain_cert(ssl, issuer.native());
    auth.certificateSent = true;
    return 1;
}

void ProbeSession::analyseClientCertificate()
{
    ProbeReport::ClientAuth& auth = m_report.clientAuth;
    if (m_clientCertificate.isNull())
        return;
    // Our certificate chains to an acceptable CA when one of the names is its issuer or the
    // subject or issuer of a certificate in the chain we send. An empty list accepts any CA.
    if (auth.requested && m_caNames.empty()) {
        auth.chainsToAcceptableCa = true;
        return;
    }
    std::vector<const X509_NAME*> ours{X509_get_issuer_name(m_clientCertificate.native())};
    for (const Certificate& issuer : std::as_const(m_clientChain)) {
        ours.push_back(X509_get_subject_name(issuer.native()));
        ours.push_back(X509_get_issuer_name(issuer.native()));
    }
    for (const auto& acceptable : m_caNames) {
        for (const X509_NAME* name : ours) {
            if (X509_NAME_cmp(acceptable.get(), name) == 0)
                auth.chainsToAcceptableCa = true;
        }
    }
}

void ProbeSession::inspectPeer(SSL* ssl)
{
    m_report.tlsEstablished = true;
    m_report.protocol = QString::fromLatin1(SSL_get_version(ssl));
    if (const SSL_CIPHER* cipher = SSL_get_current_cipher(ssl)) {
        m_report.cipher = QString::fromLatin1(SSL_CIPHER_get_name(cipher));
        m_report.cipherBits = SSL_CIPHER_get_bits(cipher, nullptr);
    }
    const int group = SSL_get_negotiated_group(ssl);
    if (group != 0) {
        if (const char* name = SSL_group_to_name(ssl, group))
            m_report.group = QString::fromLatin1(name);
    }
    if (m_report.group.isEmpty()) {
        EVP_PKEY* temporary = nullptr;
        const bool got = SSL_get_peer_tmp_key(ssl, &temporary) == 1;
        const EvpPkeyPtr key(temporary);
        if (got && key)
            m_report.group = QString::fromLatin1(EVP_PKEY_get0_type_name(key.get()));
    }
    transcript(ProbeReport::TranscriptLine::Direction::Info,
               tr("TLS established: %1, %2 (%3 bits), key exchange %4")
                   .arg(m_report.protocol, m_report.cipher)
                   .arg(m_report.cipherBits)
                   .arg(m_report.group));

    const QDateTime now = Clock::current().now();
    STACK_OF(X509)* sent = SSL_get_peer_cert_chain(ssl);
    X509* leaf = SSL_get0_peer_certificate(ssl);
    for (int i = 0; sent && i < sk_X509_num(sent); ++i)
        m_report.chainSent << ProbeReport::ChainCertificate::at(shared(sk_X509_value(sent, i)), now);
    if (!leaf) {
        m_report.trustError = tr("the server sent no certificate");
        return;
    }

    // Trust: verify the chain as sent against our store, at the injected "now".
    const X509StoreCtxPtr context(X509_STORE_CTX_new());
    X509_STORE_CTX_init(context.get(), m_store.get(), leaf, sent);
    X509_STORE_CTX_set_purpose(context.get(), X509_PURPOSE_SSL_SERVER);
    X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(context.get()), time_t(now.toSecsSinceEpoch()));
    m_report.trusted = X509_verify_cert(context.get()) == 1;
    OpenSsl::clearErrors();
    if (!m_report.trusted) {
        m_report.trustErrorCode = X509_STORE_CTX_get_error(context.get());
        m_report.trustError = QString::fromLatin1(X509_verify_cert_error_string(m_report.trustErrorCode));
    }
    if (const X509StackPtr built(X509_STORE_CTX_get1_chain(context.get())); built) {
        for (int i = 0; i < sk_X509_num(built.get()); ++i)
            m_report.chainBuilt << ProbeReport::ChainCertificate::at(shared(sk_X509_value(built.get(), i)),
                                                                     now);
    }
    for (const ProbeReport::ChainCertificate& sentCertificate : std::as_const(m_report.chainSent)) {
        const QDateTime notAfter = sentCertificate.certificate.notAfter();
        if (notAfter.isValid() && notAfter < now)
            m_report.expired = true;
    }
    if (m_report.trustErrorCode == X509_V_ERR_CERT_HAS_EXPIRED)
        m_report.expired = true;

    // Names, checked by OpenSSL as RFC 6125 says (the CN only when there is no DNS name).
    const Certificate leafCertificate = shared(leaf);
    const QString source = leafCertificate.dnsNames().isEmpty() ? u"cn"_s : u"san"_s;
    for (const QString& reference : std::as_const(m_report.referenceNames)) {
        ProbeReport::NameMatch match;
        match.reference = reference;
        if (reference.startsWith(QLatin1Char('.')))
            match.referenceKind = u"subdomain"_s;
        else if (reference.compare(m_options.domain, Qt::CaseInsensitive) == 0)
            match.referenceKind = u"domain"_s;
        else
            match.referenceKind = u"host"_s;
        if (leafCertificate.matchesHost(reference, &match.matchedName))
            match.source = source;
        match.counts = match.referenceKind != u"host"_s || m_options.level != ProbeLevel::Secure ||
                       m_options.domain.trimmed().isEmpty();
        if (match.counts && !match.matchedName.isEmpty()) {
            m_report.nameMatched = true;
            if (match.source == u"cn"_s)
                m_report.nameOnlyInCn = true;
        }
        m_report.nameMatches << match;
    }
    transcript(ProbeReport::TranscriptLine::Direction::Info,
               tr("Certificate %1: %2; names %3")
                   .arg(leafCertificate.subject(),
                        m_report.trusted ? tr("trusted") : tr("not trusted (%1)").arg(m_report.trustError),
                        m_report.nameMatched ? tr("match") : tr("do not match")));
}

void ProbeSession::decideResult()
{
    if (m_finished)
        return;
    using R = ProbeReport::Result;
    const QString target = u"%1:%2"_s.arg(m_report.host).arg(m_report.port);
    ProbeReport::ClientAuth& auth = m_report.clientAuth;
    const bool judgeCertificate = m_options.level != ProbeLevel::Encrypt;
    const QString issuer =
        m_report.chainBuilt.isEmpty() ? QString() : m_report.chainBuilt.last().certificate.issuer();
    if (judgeCertificate && !m_report.trusted) {
        const int code = m_report.trustErrorCode;
        if (m_report.expired || code == X509_V_ERR_CERT_HAS_EXPIRED) {
            const QString when =
                m_report.chainSent.isEmpty()
                    ? QString()
                    : m_report.chainSent.first().certificate.notAfter().toString(Qt::ISODate);
            fail(R::CertificateExpired, tr("The certificate of %1 has expired (%2).").arg(target, when),
                 tr("The partner must renew its certificate and enable the new one for SMTP; until then "
                    "mail to it waits in the queue."),
                 u"tls"_s);
        } else if (code == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY ||
                   code == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT ||
                   code == X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT ||
                   code == X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN || code == X509_V_ERR_CERT_UNTRUSTED ||
                   code == X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE) {
            fail(R::CertificateNotTrusted,
                 tr("The certificate of %1 is not trusted: %2 (issuer \"%3\").")
                     .arg(target, m_report.trustError, issuer),
                 tr("Add the partner's root CA to the workspace (trust add FILE) or give it with --ca-file; "
                    "if the partner uses a public CA, ask it to send the intermediate certificates."),
                 u"tls"_s);
        } else {
            fail(R::ValidationFailure,
                 tr("The certificate of %1 failed verification: %2.").arg(target, m_report.trustError),
                 tr("Ask the partner for a valid certificate for SMTP (serverAuth, valid dates)."), u"tls"_s);
        }
        return;
    }
    if (judgeCertificate && !m_report.nameMatched) {
        QString names;
        if (!m_report.chainSent.isEmpty()) {
            const Certificate& sent = m_report.chainSent.first().certificate;
            const QStringList dnsNames = sent.dnsNames();
            names = dnsNames.isEmpty() ? sent.commonName() : dnsNames.join(u", "_s);
        }
        QStringList counted;
        for (const ProbeReport::NameMatch& match : std::as_const(m_report.nameMatches)) {
            if (match.counts)
                counted << match.reference;
        }
        if (counted.isEmpty()) {
            fail(R::CertificateHostMismatch,
                 tr("No reference name to check the certificate of %1 against (it names %2).")
                     .arg(target, names),
                 tr("Give the partner domain with --domain, or probe the gateway by its host name."),
                 u"tls"_s);
        } else {
            fail(R::CertificateHostMismatch,
                 tr("The certificate of %1 names %2, none of which matches %3.")
                     .arg(target, names, counted.join(u", "_s)),
                 tr("Ask the partner for a certificate whose subject alternative names include its domain "
                    "or its gateway's host name, or check that you probe the right host and --domain."),
                 u"tls"_s);
        }
        return;
    }
    if (auth.verdict.startsWith(u"rejected"_s)) {
        const QString step = auth.verdict == u"rejected-reply"_s ? u"ehlo-tls"_s : QString();
        const QString accepted =
            auth.acceptableCas.isEmpty() ? tr("(no CA names sent)") : auth.acceptableCas.join(u"; "_s);
        if (!auth.certificateSent) {
            fail(R::ValidationFailure,
                 tr("%1 requires a client certificate and refused the session without one: %2")
                     .arg(target, auth.verdictDetail),
                 auth.certificateConfigured
                     ? tr("Our certificate was not sent; check its key in the workspace.")
                     : tr("Probe with the workspace server (--server) whose SMTP certificate the partner "
                          "trusts; it accepts certificates from: %1.")
                           .arg(accepted),
                 step);
        } else {
            fail(R::ValidationFailure,
                 tr("%1 refused our client certificate: %2").arg(target, auth.verdictDetail),
                 auth.chainsToAcceptableCa
                     ? tr("Our certificate comes from a CA the partner accepts; check that it is valid and "
                          "carries clientAuth, and that the partner allows our IP address.")
                     : tr("The partner trusts only: %1. Ask it to trust our CA (send it our root "
                          "certificate), or use a certificate from one of those CAs (with clientAuth).")
                           .arg(accepted),
                 step);
        }
        return;
    }
    m_report.result = R::Success;
    m_report.hint.clear();
    if (judgeCertificate && m_report.nameOnlyInCn) {
        m_report.hint = tr("The certificate carries its name only in the CN; current clients ignore the CN. "
                           "Ask the partner for a certificate with subject alternative names.");
    } else if (!m_report.chainSent.isEmpty() && m_report.chainSent.first().daysLeft < 30) {
        m_report.hint = tr("The partner's certificate expires in %n day(s).", nullptr,
                           int(m_report.chainSent.first().daysLeft));
    } else if (auth.requested && !auth.certificateSent) {
        m_report.hint = tr("The server asked for a client certificate and we sent none; a domain-secure "
                           "partner may refuse mail without one.");
    }
}

ProbeReport ProbeSession::run()
{
    using D = ProbeReport::TranscriptLine::Direction;
    SigpipeGuard sigpipe;
    m_clock.start();
    m_report.host = m_options.host;
    m_report.port = m_options.port;
    m_report.level = ProbeOptions::levelName(m_options.level);
    m_report.startedAt = Clock::current().now().toUTC();
    m_report.ehloName = m_options.ehloName;
    if (m_report.ehloName.isEmpty())
        m_report.ehloName = QSysInfo::machineHostName();
    if (m_report.ehloName.isEmpty())
        m_report.ehloName = u"localhost"_s;
    const bool hostIsName = !isIpLiteral(m_options.host);
    const QString domain = m_options.domain.trimmed().toLower();
    m_report.serverName = hostIsName ? m_options.host : domain;
    // The MX host is a reference name at verify (and always when no domain is given); at secure
    // it is matched for information only, as Postfix's secure level checks the domain's names.
    if (hostIsName)
        m_report.referenceNames << m_options.host.toLower();
    if (!domain.isEmpty())
        m_report.referenceNames << domain << u"."_s + domain;
    m_report.referenceNames.removeDuplicates();

    // Every return goes through finish(), while the SSL object (a local of this function) still
    // lives: the connection sends its close_notify and forgets the SSL before it is freed.
    auto finish = [this]() {
        m_connection.close();
        decideResult();
        m_report.totalMs = m_clock.elapsed();
        if (m_callbacks.progress)
            m_callbacks.progress(u"done"_s, 100);
        return m_report;
    };

    if (m_options.host.isEmpty()) {
        fail(ProbeReport::Result::ValidationFailure, tr("No host to probe."), tr("Give HOST[:PORT]."));
        return finish();
    }
    if (Status s = prepareCredentials(); !s.ok()) {
        fail(ProbeReport::Result::ValidationFailure, s.errorMessage(),
             tr("Check the server's SMTP certificate and key in the workspace."));
        return finish();
    }
    if (Status s = prepareTrust(); !s.ok()) {
        fail(ProbeReport::Result::ValidationFailure, s.errorMessage(), tr("Give a readable PEM file."));
        return finish();
    }

    // connect
    beginStep(u"connect"_s, 5);
    transcript(D::Info, tr("Connecting to %1 port %2").arg(m_options.host).arg(m_options.port));
    const ProbeConnection::Status connected =
        m_connection.connectTo(m_options.host, m_options.port, &m_report.address);
    if (connected != ProbeConnection::Status::Ok) {
        endStep(false, m_connection.errorString());
        if (connected == ProbeConnection::Status::Cancelled) {
            failConnection(connected, {});
        } else {
            fail(ProbeReport::Result::ValidationFailure,
                 tr("Cannot connect to %1:%2: %3")
                     .arg(m_options.host)
                     .arg(m_options.port)
                     .arg(m_connection.errorString()),
                 tr("Check the host and port, that the gateway is running, and that no firewall blocks "
                    "port %1.")
                     .arg(m_options.port));
        }
        return finish();
    }
    endStep(true, m_report.address);
    transcript(D::Info, tr("Connected to %1").arg(m_report.address));

    // banner
    beginStep(u"banner"_s, 15);
    ProbeConnection::Reply reply;
    if (!expectReply(&reply, tr("waiting for the greeting"))) {
        endStep(false, m_connection.errorString());
        return finish();
    }
    m_report.banner = reply.lines.join(u"\n"_s);
    if (reply.code != 220) {
        endStep(false, QString::number(reply.code));
        fail(ProbeReport::Result::ValidationFailure,
             tr("%1:%2 refused the session with %3 %4")
                 .arg(m_options.host)
                 .arg(m_options.port)
                 .arg(reply.code)
                 .arg(m_report.banner),
             tr("The partner's gateway does not accept connections from us; its administrator must allow "
                "our address."));
        return finish();
    }
    endStep(true);

    // EHLO
    beginStep(u"ehlo"_s, 25);
    if (!send(u"EHLO "_s + m_report.ehloName) || !expectReply(&reply, tr("waiting for the EHLO reply"))) {
        endStep(false, m_connection.errorString());
        return finish();
    }
    if (reply.code != 250) {
        endStep(false, QString::number(reply.code));
        fail(ProbeReport::Result::ValidationFailure,
             tr("The server refused EHLO %1: %2 %3")
                 .arg(m_report.ehloName)
                 .arg(reply.code)
                 .arg(reply.lines.join(u" "_s)),
             tr("Check the connector's FQDN: the partner may require a resolvable EHLO name."));
        quit();
        return finish();
    }
    m_report.extensions = reply.lines.mid(1);
    for (const QString& extension : std::as_const(m_report.extensions)) {
        if (extension.trimmed().compare(u"STARTTLS"_s, Qt::CaseInsensitive) == 0)
            m_report.starttlsOffered = true;
    }
    endStep(true);
    if (!m_report.starttlsOffered) {
        fail(ProbeReport::Result::StarttlsNotSupported,
             tr("%1:%2 does not offer STARTTLS.").arg(m_options.host).arg(m_options.port),
             tr("Enable TLS on the partner's receive side (Exchange: a certificate enabled for SMTP; "
                "Postfix: smtpd_tls_security_level = may or encrypt, with smtpd_tls_cert_file)."));
        quit();
        return finish();
    }

    // STARTTLS
    beginStep(u"starttls"_s, 35);
    if (!send(u"STARTTLS"_s) || !expectReply(&reply, tr("waiting for the STARTTLS reply"))) {
        endStep(false, m_connection.errorString());
        return finish();
    }
    if (reply.code != 220) {
        endStep(false, QString::number(reply.code));
        fail(ProbeReport::Result::StarttlsNotSupported,
             tr("%1:%2 offers STARTTLS but answered it with %3 %4")
                 .arg(m_options.host)
                 .arg(m_options.port)
                 .arg(reply.code)
                 .arg(reply.lines.join(u" "_s)),
             tr("The partner's TLS set-up is broken (often an unreadable certificate or key); its log says "
                "why."));
        quit();
        return finish();
    }
    if (m_connection.hasBufferedData()) {
        endStep(false);
        fail(ProbeReport::Result::ValidationFailure,
             tr("%1:%2 sent data after its STARTTLS reply, before the handshake.")
                 .arg(m_options.host)
                 .arg(m_options.port),
             tr("This is a protocol violation (or a STARTTLS injection by a middlebox); report it to the "
                "partner."));
        return finish();
    }
    endStep(true);

    // TLS handshake
    beginStep(u"tls"_s, 50);
    const SslCtxPtr context(SSL_CTX_new(TLS_client_method()));
    SSL_CTX_set_verify(context.get(), SSL_VERIFY_NONE, nullptr); // judged afterwards, see inspectPeer
    SSL_CTX_set_cert_cb(context.get(), &ProbeSession::certificateCallback, this);
    const SslPtr ssl(SSL_new(context.get()));
    if (!m_report.serverName.isEmpty())
        SSL_set_tlsext_host_name(ssl.get(), m_report.serverName.toUtf8().constData());
    transcript(D::Info, m_report.serverName.isEmpty() ? tr("TLS handshake without SNI")
                                                      : tr("TLS handshake, SNI %1").arg(m_report.serverName));
    const ProbeConnection::Status handshake = m_connection.startTls(ssl.get());
    analyseClientCertificate();
    if (handshake != ProbeConnection::Status::Ok) {
        endStep(false, m_connection.errorString());
        if (handshake == ProbeConnection::Status::Error && m_report.clientAuth.requested) {
            m_report.clientAuth.verdict = u"rejected-alert"_s;
            m_report.clientAuth.verdictDetail = m_connection.errorString();
        }
        if (handshake == ProbeConnection::Status::Error && m_report.clientAuth.requested &&
            m_report.clientAuth.certificateSent) {
            fail(ProbeReport::Result::ValidationFailure,
                 tr("%1:%2 ended the TLS handshake after our client certificate: %3")
                     .arg(m_options.host)
                     .arg(m_options.port)
                     .arg(m_connection.errorString()),
                 tr("The partner refused our certificate. It accepts certificates from: %1. Our certificate "
                    "must chain to one of them and carry clientAuth.")
                     .arg(m_report.clientAuth.acceptableCas.join(u"; "_s)));
        } else if (handshake == ProbeConnection::Status::Error) {
            fail(ProbeReport::Result::ValidationFailure,
                 tr("TLS handshake with %1:%2 failed: %3")
                     .arg(m_options.host)
                     .arg(m_options.port)
                     .arg(m_connection.errorString()),
                 m_report.clientAuth.requested
                     ? tr("The server requires a client certificate; give the workspace server (--server) "
                          "whose SMTP certificate the partner trusts.")
                     : tr("The two sides share no protocol version or cipher, or the server's TLS set-up is "
                          "broken; compare with the partner's TLS settings."));
        } else {
            failConnection(handshake, tr("doing the TLS handshake"));
        }
        return finish();
    }
    inspectPeer(ssl.get());
    endStep(true, m_report.protocol + u" "_s + m_report.cipher);

    // EHLO after TLS: also where the server gives its verdict on our certificate.
    beginStep(u"ehlo-tls"_s, 75);
    ProbeReport::ClientAuth& auth = m_report.clientAuth;
    if (!send(u"EHLO "_s + m_report.ehloName)) {
        endStep(false, m_connection.errorString());
        return finish();
    }
    const ProbeConnection::Status status = m_connection.readReply(&reply);
    for (qsizetype i = 0; i < reply.lines.size(); ++i) {
        transcript(D::Server, QString::number(reply.code) + (i + 1 < reply.lines.size() ? u"-"_s : u" "_s) +
                                  reply.lines[i]);
    }
    if (status == ProbeConnection::Status::Ok && reply.code == 250) {
        endStep(true);
        m_report.extensionsAfterTls = reply.lines.mid(1);
        if (!auth.requested)
            auth.verdict = u"not-requested"_s;
        else if (!auth.certificateSent)
            auth.verdict = u"not-sent"_s;
        else
            auth.verdict = u"accepted"_s;
        quit();
        return finish();
    }
    if (status == ProbeConnection::Status::Cancelled || status == ProbeConnection::Status::Timeout) {
        endStep(false, m_connection.errorString());
        failConnection(status, tr("waiting for the EHLO reply after TLS"));
        return finish();
    }
    if (status == ProbeConnection::Status::Ok) {
        endStep(false, QString::number(reply.code));
        auth.verdict = auth.requested ? u"rejected-reply"_s : u"unknown"_s;
        auth.verdictDetail = u"%1 %2"_s.arg(reply.code).arg(reply.lines.join(u" "_s));
        if (!auth.requested) {
            fail(ProbeReport::Result::ValidationFailure,
                 tr("%1:%2 refused EHLO after TLS: %3")
                     .arg(m_options.host)
                     .arg(m_options.port)
                     .arg(auth.verdictDetail),
                 tr("The partner's gateway refuses us after TLS; its log says why."));
        }
    } else {
        endStep(false, m_connection.errorString());
        auth.verdict = auth.requested ? u"rejected-alert"_s : u"unknown"_s;
        auth.verdictDetail = m_connection.errorString();
        if (!auth.requested)
            failConnection(status, tr("waiting for the EHLO reply after TLS"));
    }
    if (status == ProbeConnection::Status::Ok && reply.code != 421)
        quit();
    return finish();
}

} // namespace

QString ProbeReport::TranscriptLine::prefix() const
{
    switch (direction) {
    case Direction::Client:
        return u"C:"_s;
    case Direction::Server:
        return u"S:"_s;
    case Direction::Info:
        break;
    }
    return u"*"_s;
}

SmtpProbe::SmtpProbe(ProbeOptions options)
    : m_options(std::move(options))
{}

ProbeReport SmtpProbe::run(const Callbacks& callbacks)
{
    ProbeSession session(m_options, m_cancelled, callbacks);
    ProbeReport report = session.run();
    qCDebug(lcProbe) << "probe" << report.host << report.port << ProbeReport::resultName(report.result);
    return report;
}

} // namespace ds::core
