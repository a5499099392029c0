#pragma once

#include "postfixinstance.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

// The servers a probe test talks to: a test PKI made with the openssl CLI and one private Postfix
// (mx.b.example) with a listener per case, each on its own loopback address. Used by
// tests/e2e/tst_probe, tests/app/cli/tst_probecli and bench/probe; needs root and Debian's postfix.
//
//   Mutual     STARTTLS required, client certificate required from the test CA (req_ccert)
//   UnknownCa  certificate for mx.b.example from a CA nobody trusts
//   WrongName  certificate from the test CA, but for mx.c.example
//   NoStarttls TLS switched off
//   Plain      certificate for mx.b.example from the test CA, no client certificate asked for,
//              no CA file (so Postfix sends its leaf only; the others send leaf + test CA)
//   CnOnly     certificate from the test CA with CN=mx.b.example and no subjectAltName
//
// posttls-finger() runs Debian's posttls-finger against the same listener with the same trust
// anchors and client certificate, for comparison.
class ProbeTestbed
{
public:
    enum class Listener { Mutual, UnknownCa, WrongName, NoStarttls, Plain, CnOnly };

    // Listeners use 127.0.0.N .. 127.0.0.N+5, port 2525. name labels the Postfix instance.
    ProbeTestbed(const QString& name, int firstAddressOctet);
    ~ProbeTestbed();

    bool setUp(); // PKI, Postfix config, start; false with errorString() on failure
    QString errorString() const { return m_error; }

    QString address(Listener listener) const;
    quint16 port() const { return 2525; }
    QString target(Listener listener) const; // "127.0.0.N:2525"

    // PEM files of the test PKI (under a temporary directory).
    QString path(const QString& name) const; // ca.pem, ca.key, unknown.pem, ours.pem, ours.key, …
    QString caFile() const { return path(QStringLiteral("ca.pem")); }
    // Our certificate (mx.a.example from the test CA) with its key and the CA, one PEM file, as
    // an administrator would import it into the workspace.
    QString ourBundle() const { return path(QStringLiteral("ours-bundle.pem")); }
    // A certificate for the same names from the unknown CA (+ key): a client the server refuses.
    QString rogueBundle() const { return path(QStringLiteral("rogue-bundle.pem")); }
    QByteArray der(const QString& pemName) const;    // DER of one PEM certificate file
    QByteArray keyDer(const QString& keyName) const; // PKCS#8 DER of one PEM key file

    PostfixInstance& postfix() { return *m_postfix; }

    // What posttls-finger said about one connection.
    struct Finger
    {
        int exitCode = -1;
        QString output;
        QString verdict; // Verified, Trusted, Untrusted, Anonymous; empty when TLS failed
        QString protocol;
        QString cipher;
        QString group;
        QString failureReason;    // "untrusted issuer /O=…", "num=62:hostname mismatch"
        QStringList matchedNames; // "matched peername: b.example"
        QString ehloRejected;     // "421 4.7.1 mx.b.example Error: No client certificate presented"
        bool starttlsOffered = false;
        bool ok() const { return !verdict.isEmpty(); }
    };
    // posttls-finger -l level -F ca.pem [-k/-K client] "[address]:port" match... (chat shown)
    Finger posttlsFinger(Listener listener, const QString& level, const QString& clientCert,
                         const QString& clientKey, const QStringList& match) const;
    static Finger parseFinger(const QString& output);

private:
    bool makePki();
    bool makeCa(const QString& name, const QString& commonName);
    bool makeLeaf(const QString& name, const QString& ca, const QString& commonName,
                  const QStringList& dnsNames);
    bool configurePostfix();
    bool fail(const QString& error);

    QString m_name;
    int m_firstOctet;
    std::unique_ptr<QTemporaryDir> m_pki;
    std::unique_ptr<PostfixInstance> m_postfix;
    QString m_error;
};
