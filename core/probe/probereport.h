#pragma once

#include "crypto/certificate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ds::core {

// Everything one probe found out: steps with times, the transcript, TLS parameters, both chains,
// name matching, trust, mutual TLS and a final RFC 8460 result with a fix hint. Serialized by
// toJson() (schema in docs/probe.md).
struct ProbeReport
{
    Q_DECLARE_TR_FUNCTIONS(ProbeReport)

public:
    // RFC 8460 result types (plus success). Connection and protocol failures are
    // ValidationFailure with failedStep and error saying what happened.
    enum class Result {
        Success,
        StarttlsNotSupported,
        CertificateHostMismatch,
        CertificateExpired,
        CertificateNotTrusted,
        ValidationFailure,
        Cancelled,
    };

    struct Step
    {
        QString name; // connect, banner, ehlo, starttls, tls, ehlo-tls, quit
        qint64 startMs = 0;
        qint64 durationMs = 0;
        bool ok = false;
        QString detail;
    };

    struct TranscriptLine
    {
        enum class Direction { Client, Server, Info };
        Direction direction = Direction::Info;
        qint64 elapsedMs = 0;
        QString text;
        QString prefix() const; // "C:", "S:", "*"
        // "    12 S: 220 mx.b.example ESMTP", the text with its controls escaped (terminalSafe).
        QString toText() const;
    };

    // A certificate of a chain the server sent or the probe built, with its days left at the time
    // the probe judged the chain.
    struct ChainCertificate
    {
        Certificate certificate;
        qint64 daysLeft = 0; // whole days (24 h) until notAfter; negative when expired
        static ChainCertificate at(const Certificate& certificate, const QDateTime& now);
        QJsonObject toJson() const; // the "Certificate" object of docs/probe.md
    };

    struct NameMatch
    {
        QString reference;     // "b.example", ".b.example", "mx.b.example"
        QString referenceKind; // domain, subdomain, host
        QString matchedName;   // the certificate name that matched, empty when none
        QString source;        // san or cn
        bool counts = true;    // false: shown for information (the MX host at level secure)
    };

    // Mutual TLS as seen from our side.
    struct ClientAuth
    {
        bool requested = false;
        QStringList acceptableCas; // RFC 4514 names the server sent
        bool certificateConfigured = false;
        bool certificateSent = false;
        bool chainsToAcceptableCa = false;
        bool hasClientAuthEku = false;
        QString subject;
        // not-requested, not-sent, accepted, rejected-alert, rejected-reply, unknown
        QString verdict = QStringLiteral("unknown");
        QString verdictDetail;
    };

    QString host;
    quint16 port = 0;
    QString address; // the IP actually connected to
    QString ehloName;
    QString serverName; // SNI sent, empty when none
    QString level;
    QDateTime startedAt;
    qint64 totalMs = 0;

    QList<Step> steps;
    QList<TranscriptLine> transcript;

    QString banner;
    QStringList extensions;
    QStringList extensionsAfterTls;
    bool starttlsOffered = false;

    bool tlsEstablished = false;
    QString protocol;
    QString cipher;
    int cipherBits = 0;
    QString group; // key-exchange group
    QList<ChainCertificate> chainSent;
    QList<ChainCertificate> chainBuilt;

    QStringList referenceNames;
    QList<NameMatch> nameMatches;
    bool nameMatched = false;
    bool nameOnlyInCn = false;

    bool trusted = false;
    bool expired = false;
    QString trustError; // OpenSSL's verification error, translated summary
    int trustErrorCode = 0;
    QStringList trustSources; // "system:/etc/ssl/certs", "workspace:2", "file:…"

    ClientAuth clientAuth;

    Result result = Result::ValidationFailure;
    QString failedStep;
    QString error; // one line: what went wrong
    QString hint;  // plain-language fix

    bool success() const { return result == Result::Success; }
    static QString resultName(Result result);
    QJsonObject toJson() const;
    // A readable multi-line summary for the CLI (the transcript first unless it was shown live);
    // the values in it have their controls escaped (terminalSafe), toJson() keeps them exact.
    QString toText(bool withTranscript = true) const;
};

} // namespace ds::core

Q_DECLARE_METATYPE(ds::core::ProbeReport)
Q_DECLARE_METATYPE(ds::core::ProbeReport::TranscriptLine)
