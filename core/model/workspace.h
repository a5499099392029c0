#pragma once

#include "domainsecurelists.h"
#include "exchangeversion.h"
#include "partnercertificate.h"
#include "sendconnector.h"
#include "server.h"
#include "util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ds::core {

// Everything an administrator manages for one organization: its gateways, the organization-wide
// send connectors, the domain-secure lists and the partner root CAs it trusts.
struct Workspace
{
    QString organization;
    QStringList domains; // the organization's accepted domains, "contoso.example"
    QList<Server> servers;
    QList<SendConnector> sendConnectors;
    DomainSecureLists domainSecure;
    QList<QByteArray> trustedRoots; // DER certificates of partner root CAs
    // Partner gateways' certificates whose public keys are pinned, per partner domain.
    QList<PartnerCertificate> partnerCertificates;
    // The Exchange release the organization runs: what `export exchange` and `lint` use when no
    // release is given ("exchangeVersion": "2016"; absent, as in older files, means 2007).
    ExchangeVersion exchangeVersion = ExchangeVersion::Exchange2007;
    // Empty when keys are stored unencrypted; else the verifier of the workspace passphrase
    // (see KeyProtector), and every stored private key is encrypted PKCS#8.
    QString passphraseVerifier;
    QJsonObject unknown;

    bool keysProtected() const { return !passphraseVerifier.isEmpty(); }
    Server* server(const QString& name);
    const Server* server(const QString& name) const;
    SendConnector* sendConnector(const QString& name);
    const SendConnector* sendConnector(const QString& name) const;
    // The partner certificates of domain (case-insensitive), in workspace order.
    QList<PartnerCertificate> partnerCertificatesOf(const QString& domain) const;
    // The distinct pins of domain, in workspace order.
    QStringList pinsOf(const QString& domain) const;

    // The document body (without the file envelope that WorkspaceFile adds).
    QJsonObject toJson() const;
    // Strict: wrong JSON types and invalid values are errors that start with their JSON path
    // (path names where json sits in the document, "servers[0]").
    static Result<Workspace> fromJson(const QJsonObject& json, const QString& path = QString());
    bool operator==(const Workspace&) const = default;
};

} // namespace ds::core
