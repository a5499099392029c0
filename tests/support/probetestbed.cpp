#include "probetestbed.h"

#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// A config without the distribution's default extensions (v3_ca would make every leaf a CA).
const QByteArray kMinimalConfig = "[req]\ndistinguished_name = dn\n[dn]\n";

QByteArray pemBody(const QByteArray& pem)
{
    const qsizetype begin = pem.indexOf("-----BEGIN");
    if (begin < 0)
        return {};
    const qsizetype bodyStart = pem.indexOf('\n', begin);
    const qsizetype end = pem.indexOf("-----END", bodyStart);
    if (bodyStart < 0 || end < 0)
        return {};
    return QByteArray::fromBase64(pem.mid(bodyStart + 1, end - bodyStart - 1));
}

} // namespace

ProbeTestbed::ProbeTestbed(const QString& name, int firstAddressOctet)
    : m_name(name)
    , m_firstOctet(firstAddressOctet)
{}

ProbeTestbed::~ProbeTestbed() = default;

bool ProbeTestbed::fail(const QString& error)
{
    m_error = error;
    return false;
}

QString ProbeTestbed::address(Listener listener) const
{
    return u"127.0.0.%1"_s.arg(m_firstOctet + int(listener));
}

QString ProbeTestbed::target(Listener listener) const
{
    return u"%1:%2"_s.arg(address(listener)).arg(port());
}

QString ProbeTestbed::path(const QString& name) const
{
    return m_pki ? m_pki->filePath(name) : QString();
}

QByteArray ProbeTestbed::der(const QString& pemName) const
{
    return pemBody(TestSupport::readFile(path(pemName)));
}

QByteArray ProbeTestbed::keyDer(const QString& keyName) const
{
    return pemBody(TestSupport::readFile(path(keyName)));
}

bool ProbeTestbed::makeCa(const QString& name, const QString& commonName)
{
    const auto r = TestSupport::openssl({u"req"_s,
                                         u"-config"_s,
                                         path(u"min.cnf"_s),
                                         u"-x509"_s,
                                         u"-newkey"_s,
                                         u"ec"_s,
                                         u"-pkeyopt"_s,
                                         u"ec_paramgen_curve:P-256"_s,
                                         u"-nodes"_s,
                                         u"-keyout"_s,
                                         path(name + u".key"_s),
                                         u"-out"_s,
                                         path(name + u".pem"_s),
                                         u"-days"_s,
                                         u"30"_s,
                                         u"-subj"_s,
                                         u"/O=DomainSecure Tests/CN="_s + commonName,
                                         u"-addext"_s,
                                         u"basicConstraints=critical,CA:TRUE"_s,
                                         u"-addext"_s,
                                         u"keyUsage=critical,keyCertSign,cRLSign"_s});
    return r.exitCode == 0 || fail(u"openssl req (CA %1): %2"_s.arg(name, QString::fromUtf8(r.err)));
}

bool ProbeTestbed::makeLeaf(const QString& name, const QString& ca, const QString& commonName,
                            const QStringList& dnsNames)
{
    QStringList arguments{u"req"_s,
                          u"-config"_s,
                          path(u"min.cnf"_s),
                          u"-x509"_s,
                          u"-newkey"_s,
                          u"rsa:2048"_s,
                          u"-nodes"_s,
                          u"-keyout"_s,
                          path(name + u".key"_s),
                          u"-out"_s,
                          path(name + u".pem"_s),
                          u"-days"_s,
                          u"20"_s,
                          u"-subj"_s,
                          u"/O=DomainSecure Tests/CN="_s + commonName};
    arguments << u"-CA"_s << path(ca + u".pem"_s) << u"-CAkey"_s << path(ca + u".key"_s);
    arguments << u"-addext"_s << u"basicConstraints=critical,CA:FALSE"_s;
    arguments << u"-addext"_s << u"keyUsage=critical,digitalSignature,keyEncipherment"_s;
    arguments << u"-addext"_s << u"extendedKeyUsage=serverAuth,clientAuth"_s;
    QStringList san;
    for (const QString& dns : dnsNames)
        san << u"DNS:"_s + dns;
    if (!san.isEmpty())
        arguments << u"-addext"_s << u"subjectAltName="_s + san.join(u',');
    const auto r = TestSupport::openssl(arguments);
    if (r.exitCode != 0)
        return fail(u"openssl req (%1): %2"_s.arg(name, QString::fromUtf8(r.err)));
    // Postfix reads keys as root before dropping privileges: 0600 like a real gateway.
    QFile::setPermissions(path(name + u".key"_s), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const auto verify =
        TestSupport::openssl({u"verify"_s, u"-CAfile"_s, path(ca + u".pem"_s), path(name + u".pem"_s)});
    return verify.exitCode == 0 ||
           fail(u"openssl verify %1: %2"_s.arg(name, QString::fromUtf8(verify.out + verify.err)));
}

bool ProbeTestbed::makePki()
{
    m_pki = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/ds-probe-pki-XXXXXX"_s);
    if (!m_pki->isValid())
        return fail(u"cannot create a temporary directory"_s);
    QFile::setPermissions(m_pki->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                             QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                             QFileDevice::ExeOther);
    if (!TestSupport::writeFile(path(u"min.cnf"_s), kMinimalConfig))
        return fail(u"cannot write min.cnf"_s);
    if (!makeCa(u"ca"_s, u"DomainSecure Test CA"_s) || !makeCa(u"unknown"_s, u"Unknown Test CA"_s))
        return false;
    if (!makeLeaf(u"mxb"_s, u"ca"_s, u"mx.b.example"_s, {u"mx.b.example"_s, u"b.example"_s}) ||
        !makeLeaf(u"mxb-unknown"_s, u"unknown"_s, u"mx.b.example"_s, {u"mx.b.example"_s, u"b.example"_s}) ||
        !makeLeaf(u"mxc"_s, u"ca"_s, u"mx.c.example"_s, {u"mx.c.example"_s, u"c.example"_s}) ||
        !makeLeaf(u"ours"_s, u"ca"_s, u"mx.a.example"_s, {u"mx.a.example"_s, u"a.example"_s}) ||
        !makeLeaf(u"rogue"_s, u"unknown"_s, u"mx.a.example"_s, {u"mx.a.example"_s, u"a.example"_s}) ||
        !makeLeaf(u"mxb-cn"_s, u"ca"_s, u"mx.b.example"_s, {}))
        return false;
    auto read = [this](const QString& name) { return TestSupport::readFile(path(name)); };
    if (!TestSupport::writeFile(ourBundle(), read(u"ours.pem"_s) + read(u"ours.key"_s) + read(u"ca.pem"_s)) ||
        !TestSupport::writeFile(rogueBundle(), read(u"rogue.pem"_s) + read(u"rogue.key"_s)))
        return fail(u"cannot write the import bundles"_s);
    return true;
}

bool ProbeTestbed::configurePostfix()
{
    PostfixInstance& mx = *m_postfix;
    if (!mx.create())
        return fail(mx.errorString());
    if (!mx.setMain({{u"smtpd_tls_cert_file"_s, path(u"mxb.pem"_s)},
                     {u"smtpd_tls_key_file"_s, path(u"mxb.key"_s)},
                     {u"smtpd_tls_CAfile"_s, caFile()},
                     {u"smtpd_tls_security_level"_s, u"may"_s},
                     {u"smtpd_tls_received_header"_s, u"yes"_s}}))
        return fail(mx.errorString());
    const QString service = u"%1 inet n - n - - smtpd"_s;
    auto add = [&](Listener listener, const QStringList& options) {
        return mx.addService(service.arg(target(listener)),
                             QStringList{u"syslog_name=postfix-%1/%2"_s.arg(m_name).arg(int(listener))} +
                                 options);
    };
    const bool ok = add(Listener::Mutual, {u"smtpd_tls_security_level=encrypt"_s,
                                           u"smtpd_tls_ask_ccert=yes"_s, u"smtpd_tls_req_ccert=yes"_s}) &&
                    add(Listener::UnknownCa, {u"smtpd_tls_cert_file="_s + path(u"mxb-unknown.pem"_s),
                                              u"smtpd_tls_key_file="_s + path(u"mxb-unknown.key"_s)}) &&
                    add(Listener::WrongName, {u"smtpd_tls_cert_file="_s + path(u"mxc.pem"_s),
                                              u"smtpd_tls_key_file="_s + path(u"mxc.key"_s)}) &&
                    add(Listener::NoStarttls, {u"smtpd_tls_security_level=none"_s}) &&
                    add(Listener::Plain, {}) &&
                    add(Listener::CnOnly, {u"smtpd_tls_cert_file="_s + path(u"mxb-cn.pem"_s),
                                           u"smtpd_tls_key_file="_s + path(u"mxb-cn.key"_s)});
    return ok || fail(mx.errorString());
}

bool ProbeTestbed::setUp()
{
    if (!makePki())
        return false;
    m_postfix = std::make_unique<PostfixInstance>(PostfixInstance::Identity{
        m_name, address(Listener::Mutual), u"b.example"_s, u"mx.b.example"_s, QString()});
    if (!configurePostfix())
        return false;
    if (!m_postfix->start())
        return fail(m_postfix->errorString());
    return true;
}

ProbeTestbed::Finger ProbeTestbed::posttlsFinger(Listener listener, const QString& level,
                                                 const QString& clientCert, const QString& clientKey,
                                                 const QStringList& match) const
{
    QStringList arguments{u"-t"_s, u"10"_s, u"-T"_s,  u"10"_s, u"-l"_s,
                          level,   u"-F"_s, caFile(), u"-o"_s, u"myhostname=mx.a.example"_s};
    if (!clientCert.isEmpty())
        arguments << u"-k"_s << clientCert << u"-K"_s << clientKey;
    arguments << u"[%1]:%2"_s.arg(address(listener)).arg(port());
    arguments << match;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MAIL_CONFIG"_s, m_postfix->configDir());
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"/usr/sbin/posttls-finger"_s, arguments);
    Finger finger;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        finger.output = u"posttls-finger did not finish"_s;
        return finger;
    }
    finger = parseFinger(QString::fromUtf8(process.readAll()));
    finger.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return finger;
}

ProbeTestbed::Finger ProbeTestbed::parseFinger(const QString& output)
{
    // "posttls-finger: Verified TLS connection established to 127.0.0.71[127.0.0.71]:2525: TLSv1.3
    //  with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519 server-signature …"
    Finger finger;
    finger.output = output;
    static const QRegularExpression established(
        uR"((\w+) TLS connection established to \S+: (\S+) with cipher (\S+) \(\d+/\d+ bits\)(?: key-exchange (\S+))?)"_s);
    const QRegularExpressionMatch m = established.match(output);
    if (m.hasMatch()) {
        finger.verdict = m.captured(1);
        finger.protocol = m.captured(2);
        finger.cipher = m.captured(3);
        finger.group = m.captured(4);
    }
    static const QRegularExpression matched(uR"(matched peername: (\S+))"_s);
    for (auto it = matched.globalMatch(output); it.hasNext();)
        finger.matchedNames << it.next().captured(1);
    static const QRegularExpression failed(uR"(verification failed for \S+: ([^\n]*))"_s);
    finger.failureReason = failed.match(output).captured(1).trimmed();
    static const QRegularExpression rejected(uR"(EHLO rejected: ([^\n]*))"_s);
    finger.ehloRejected = rejected.match(output).captured(1).trimmed();
    static const QRegularExpression starttls(uR"(< 250[- ]STARTTLS\s*$)"_s,
                                             QRegularExpression::MultilineOption);
    finger.starttlsOffered = starttls.match(output).hasMatch();
    return finger;
}
