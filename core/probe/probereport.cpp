#include "probereport.h"

#include "util/terminaltext.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QString isoUtc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QString ProbeReport::resultName(Result result)
{
    switch (result) {
    case Result::Success:
        return u"success"_s;
    case Result::StarttlsNotSupported:
        return u"starttls-not-supported"_s;
    case Result::CertificateHostMismatch:
        return u"certificate-host-mismatch"_s;
    case Result::CertificateExpired:
        return u"certificate-expired"_s;
    case Result::CertificateNotTrusted:
        return u"certificate-not-trusted"_s;
    case Result::ValidationFailure:
        return u"validation-failure"_s;
    case Result::Cancelled:
        return u"cancelled"_s;
    }
    return u"validation-failure"_s;
}

ProbeReport::ChainCertificate ProbeReport::ChainCertificate::at(const Certificate& certificate,
                                                                const QDateTime& now)
{
    ChainCertificate result{certificate, 0};
    const QDateTime notAfter = certificate.notAfter();
    if (notAfter.isValid())
        result.daysLeft = now.secsTo(notAfter) / 86400;
    return result;
}

QJsonObject ProbeReport::ChainCertificate::toJson() const
{
    const Certificate& c = certificate;
    return QJsonObject{
        {u"subject"_s, c.subject()},
        {u"issuer"_s, c.issuer()},
        {u"commonName"_s, c.commonName()},
        {u"dnsNames"_s, toArray(c.dnsNames())},
        {u"serialNumber"_s, c.serialNumber()},
        {u"notBefore"_s, isoUtc(c.notBefore())},
        {u"notAfter"_s, isoUtc(c.notAfter())},
        {u"daysLeft"_s, daysLeft},
        {u"keyType"_s, c.keyType()},
        {u"keyBits"_s, c.keyBits()},
        {u"curve"_s, c.keyGroup()},
        {u"extendedKeyUsages"_s, toArray(c.extendedKeyUsages())},
        {u"isCa"_s, c.actsAsCa()},
        {u"selfIssued"_s, c.isSelfIssued()},
        {u"sha256"_s, c.sha256Fingerprint()},
    };
}

QJsonObject ProbeReport::toJson() const
{
    QJsonArray stepArray;
    for (const Step& step : steps) {
        stepArray.append(QJsonObject{{u"name"_s, step.name},
                                     {u"startMs"_s, step.startMs},
                                     {u"durationMs"_s, step.durationMs},
                                     {u"ok"_s, step.ok},
                                     {u"detail"_s, step.detail}});
    }
    QJsonArray transcriptArray;
    for (const TranscriptLine& line : transcript) {
        const QString direction = line.direction == TranscriptLine::Direction::Client   ? u"client"_s
                                  : line.direction == TranscriptLine::Direction::Server ? u"server"_s
                                                                                        : u"info"_s;
        transcriptArray.append(
            QJsonObject{{u"ms"_s, line.elapsedMs}, {u"direction"_s, direction}, {u"text"_s, line.text}});
    }
    auto chain = [](const QList<ChainCertificate>& certificates) {
        QJsonArray array;
        for (const ChainCertificate& certificate : certificates)
            array.append(certificate.toJson());
        return array;
    };
    QJsonArray matches;
    for (const NameMatch& match : nameMatches) {
        matches.append(QJsonObject{{u"reference"_s, match.reference},
                                   {u"kind"_s, match.referenceKind},
                                   {u"matched"_s, !match.matchedName.isEmpty()},
                                   {u"certificateName"_s, match.matchedName},
                                   {u"source"_s, match.source},
                                   {u"counts"_s, match.counts}});
    }
    return QJsonObject{
        {u"schema"_s, u"domainsecure-probe/2"_s},
        {u"host"_s, host},
        {u"port"_s, port},
        {u"address"_s, address},
        {u"ehloName"_s, ehloName},
        {u"serverName"_s, serverName},
        {u"level"_s, level},
        {u"startedAt"_s, isoUtc(startedAt)},
        {u"totalMs"_s, totalMs},
        {u"result"_s, resultName(result)},
        {u"success"_s, success()},
        {u"failedStep"_s, failedStep},
        {u"error"_s, error},
        {u"hint"_s, hint},
        {u"steps"_s, stepArray},
        {u"transcript"_s, transcriptArray},
        {u"smtp"_s, QJsonObject{{u"banner"_s, banner},
                                {u"extensions"_s, toArray(extensions)},
                                {u"starttlsOffered"_s, starttlsOffered},
                                {u"extensionsAfterTls"_s, toArray(extensionsAfterTls)}}},
        {u"tls"_s, QJsonObject{{u"established"_s, tlsEstablished},
                               {u"protocol"_s, protocol},
                               {u"cipher"_s, cipher},
                               {u"cipherBits"_s, cipherBits},
                               {u"group"_s, group},
                               {u"chainSent"_s, chain(chainSent)},
                               {u"chainBuilt"_s, chain(chainBuilt)}}},
        {u"names"_s, QJsonObject{{u"references"_s, toArray(referenceNames)},
                                 {u"matches"_s, matches},
                                 {u"matched"_s, nameMatched},
                                 {u"onlyInCommonName"_s, nameOnlyInCn}}},
        {u"trust"_s, QJsonObject{{u"trusted"_s, trusted},
                                 {u"expired"_s, expired},
                                 {u"error"_s, trustError},
                                 {u"errorCode"_s, trustErrorCode},
                                 {u"sources"_s, toArray(trustSources)}}},
        {u"clientAuth"_s, QJsonObject{{u"requested"_s, clientAuth.requested},
                                      {u"acceptableCas"_s, toArray(clientAuth.acceptableCas)},
                                      {u"certificateConfigured"_s, clientAuth.certificateConfigured},
                                      {u"certificateSent"_s, clientAuth.certificateSent},
                                      {u"subject"_s, clientAuth.subject},
                                      {u"chainsToAcceptableCa"_s, clientAuth.chainsToAcceptableCa},
                                      {u"hasClientAuthEku"_s, clientAuth.hasClientAuthEku},
                                      {u"verdict"_s, clientAuth.verdict},
                                      {u"verdictDetail"_s, clientAuth.verdictDetail}}},
    };
}

QString ProbeReport::TranscriptLine::toText() const
{
    return u"%1 %2 %3"_s.arg(elapsedMs, 6).arg(prefix(), terminalSafe(text));
}

QString ProbeReport::toText(bool withTranscript) const
{
    QStringList out;
    if (withTranscript) {
        for (const TranscriptLine& line : transcript)
            out << line.toText();
        out << QString();
    }
    const qsizetype transcriptLines = out.size();
    out << tr("Steps:");
    for (const Step& step : steps) {
        out << u"  %1 %2 ms %3 %4"_s.arg(step.name, -9)
                   .arg(step.durationMs, 5)
                   .arg(step.ok ? tr("ok") : tr("FAILED"), step.detail);
    }
    if (tlsEstablished) {
        out << tr("TLS: %1, %2 (%3 bits), key exchange %4").arg(protocol, cipher).arg(cipherBits).arg(group);
        auto printChain = [&out](const QString& title, const QList<ChainCertificate>& certificates) {
            out << title;
            for (qsizetype i = 0; i < certificates.size(); ++i) {
                const Certificate& c = certificates[i].certificate;
                const QString curve = c.keyGroup();
                const QStringList dnsNames = c.dnsNames();
                const QStringList extendedKeyUsages = c.extendedKeyUsages();
                out << tr("  [%1] %2").arg(i).arg(c.subject());
                out << tr("      issuer %1").arg(c.issuer());
                out << tr("      valid %1 to %2 (%n day(s) left), %3 %4", nullptr,
                          int(certificates[i].daysLeft))
                           .arg(c.notBefore().toString(Qt::ISODate), c.notAfter().toString(Qt::ISODate),
                                c.keyType())
                           .arg(curve.isEmpty() ? QString::number(c.keyBits()) : curve);
                if (!dnsNames.isEmpty())
                    out << tr("      names %1").arg(dnsNames.join(u", "_s));
                if (!extendedKeyUsages.isEmpty())
                    out << tr("      extended key usage %1").arg(extendedKeyUsages.join(u", "_s));
            }
        };
        printChain(tr("Chain as sent:"), chainSent);
        printChain(tr("Chain as built:"), chainBuilt);
        out << (trusted ? tr("Trust: trusted (%1)").arg(trustSources.join(u", "_s))
                        : tr("Trust: NOT trusted: %1 (%2)").arg(trustError, trustSources.join(u", "_s)));
        out << tr("Names:");
        if (nameOnlyInCn)
            out << tr("  WARNING: the name is only in the CN; the certificate has no DNS subject alternative "
                      "names");
        for (const NameMatch& match : nameMatches) {
            QString line =
                match.matchedName.isEmpty()
                    ? tr("  %1 (%2): no match").arg(match.reference, match.referenceKind)
                    : tr("  %1 (%2): matched by %3 (%4)")
                          .arg(match.reference, match.referenceKind, match.matchedName, match.source);
            if (!match.counts)
                line += tr(" [information only at level %1]").arg(level);
            out << line;
        }
    }
    if (clientAuth.requested) {
        out << tr("Client certificate requested; acceptable CAs: %1")
                   .arg(clientAuth.acceptableCas.isEmpty() ? tr("(any)")
                                                           : clientAuth.acceptableCas.join(u"; "_s));
        if (clientAuth.certificateConfigured) {
            out << tr("  ours: %1; chains to an acceptable CA: %2; clientAuth: %3")
                       .arg(clientAuth.subject, clientAuth.chainsToAcceptableCa ? tr("yes") : tr("no"),
                            clientAuth.hasClientAuthEku ? tr("yes") : tr("no"));
        }
        out << tr("  verdict: %1 %2").arg(clientAuth.verdict, clientAuth.verdictDetail);
    } else if (tlsEstablished) {
        out << tr("Client certificate: not requested");
    }
    out << tr("Result: %1 (level %2, %3 ms)").arg(resultName(result), level).arg(totalMs);
    if (!error.isEmpty())
        out << tr("Error: %1").arg(error);
    if (!hint.isEmpty())
        out << tr("Hint: %1").arg(hint);
    // Each line is one of ours with values from the server in it (names, issuers, replies, errors
    // quoting them); our own text has no controls, so escaping the line escapes those values.
    for (qsizetype i = transcriptLines; i < out.size(); ++i)
        out[i] = terminalSafe(out.at(i));
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace ds::core
