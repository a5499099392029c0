#include "workspace.h"

#include "crypto/certificate.h"
#include "freetext.h"
#include "jsonfields.h"
#include "smtpdomain.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {
const QStringList kKnown = {u"organization"_s,
                            u"domains"_s,
                            u"servers"_s,
                            u"sendConnectors"_s,
                            u"domainSecure"_s,
                            u"trustedRoots"_s,
                            u"passphraseVerifier"_s,
                            u"partnerCertificates"_s,
                            u"exchangeVersion"_s};
}

Server* Workspace::server(const QString& name)
{
    for (Server& s : servers) {
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

const Server* Workspace::server(const QString& name) const
{
    return const_cast<Workspace*>(this)->server(name);
}

SendConnector* Workspace::sendConnector(const QString& name)
{
    for (SendConnector& c : sendConnectors) {
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

const SendConnector* Workspace::sendConnector(const QString& name) const
{
    return const_cast<Workspace*>(this)->sendConnector(name);
}

QList<PartnerCertificate> Workspace::partnerCertificatesOf(const QString& domain) const
{
    QList<PartnerCertificate> found;
    for (const PartnerCertificate& entry : partnerCertificates) {
        if (entry.domain.toString().compare(domain, Qt::CaseInsensitive) == 0)
            found.append(entry);
    }
    return found;
}

QStringList Workspace::pinsOf(const QString& domain) const
{
    QStringList pins;
    for (const PartnerCertificate& entry : partnerCertificatesOf(domain)) {
        if (!pins.contains(entry.pin))
            pins.append(entry.pin);
    }
    return pins;
}

QJsonObject Workspace::toJson() const
{
    QJsonObject json = unknown;
    json[u"organization"_s] = organization;
    json[u"domains"_s] = JsonFields::fromStringList(domains);
    QJsonArray serverArray;
    for (const Server& s : servers)
        serverArray.append(s.toJson());
    json[u"servers"_s] = serverArray;
    QJsonArray sendArray;
    for (const SendConnector& c : sendConnectors)
        sendArray.append(c.toJson());
    json[u"sendConnectors"_s] = sendArray;
    json[u"domainSecure"_s] = domainSecure.toJson();
    json[u"trustedRoots"_s] = JsonFields::fromBinaryList(trustedRoots);
    // Written only when there are some, so that a workspace without pins reads as before.
    if (partnerCertificates.isEmpty()) {
        json.remove(u"partnerCertificates"_s);
    } else {
        QJsonArray partnerArray;
        for (const PartnerCertificate& entry : partnerCertificates)
            partnerArray.append(entry.toJson());
        json[u"partnerCertificates"_s] = partnerArray;
    }
    // Written only when it is not the default, so that older workspaces read and write as before.
    if (exchangeVersion == ExchangeVersion::Exchange2007)
        json.remove(u"exchangeVersion"_s);
    else
        json[u"exchangeVersion"_s] = ExchangeVersions::name(exchangeVersion);
    if (passphraseVerifier.isEmpty())
        json.remove(u"passphraseVerifier"_s);
    else
        json[u"passphraseVerifier"_s] = passphraseVerifier;
    return json;
}

Result<Workspace> Workspace::fromJson(const QJsonObject& json, const QString& path)
{
    Workspace ws;
    JsonReader reader(json, path);
    ws.organization = reader.string(u"organization"_s);
    if (auto why = FreeText::problem(ws.organization))
        reader.fail(u"organization"_s, *why);
    const QStringList domains = reader.stringList(u"domains"_s);
    for (qsizetype i = 0; reader.ok() && i < domains.size(); ++i) {
        auto domain = SmtpDomain::parse(domains.at(i));
        if (!domain.ok())
            reader.fail(u"domains"_s, i, domain.errorMessage());
        else
            ws.domains.append(domain->toString());
    }
    const QJsonArray serverArray = reader.array(u"servers"_s);
    for (qsizetype i = 0; reader.ok() && i < serverArray.size(); ++i) {
        if (!serverArray.at(i).isObject()) {
            reader.fail(u"servers"_s, i, JsonReader::tr("expected an object"));
            break;
        }
        auto server = Server::fromJson(serverArray.at(i).toObject(), reader.path(u"servers"_s, i));
        if (!server.ok())
            return server.error();
        if (ws.server(server->name)) {
            reader.fail(
                u"servers"_s, i,
                QCoreApplication::translate("Workspace", "a second server named %1").arg(server->name));
            break;
        }
        ws.servers.append(std::move(server).value());
    }
    const QJsonArray sendArray = reader.array(u"sendConnectors"_s);
    for (qsizetype i = 0; reader.ok() && i < sendArray.size(); ++i) {
        if (!sendArray.at(i).isObject()) {
            reader.fail(u"sendConnectors"_s, i, JsonReader::tr("expected an object"));
            break;
        }
        auto connector =
            SendConnector::fromJson(sendArray.at(i).toObject(), reader.path(u"sendConnectors"_s, i));
        if (!connector.ok())
            return connector.error();
        ws.sendConnectors.append(std::move(connector).value());
    }
    const QJsonObject lists = reader.object(u"domainSecure"_s);
    if (reader.ok()) {
        auto parsed = DomainSecureLists::fromJson(lists, reader.path(u"domainSecure"_s));
        if (!parsed.ok())
            return parsed.error();
        ws.domainSecure = std::move(parsed).value();
    }
    ws.trustedRoots = reader.binaryList(u"trustedRoots"_s);
    for (qsizetype i = 0; reader.ok() && i < ws.trustedRoots.size(); ++i) {
        if (auto certificate = Certificate::fromDer(ws.trustedRoots.at(i)); !certificate.ok())
            reader.fail(u"trustedRoots"_s, i, certificate.errorMessage());
    }
    const QJsonArray partnerArray = reader.array(u"partnerCertificates"_s);
    for (qsizetype i = 0; reader.ok() && i < partnerArray.size(); ++i) {
        if (!partnerArray.at(i).isObject()) {
            reader.fail(u"partnerCertificates"_s, i, JsonReader::tr("expected an object"));
            break;
        }
        auto entry = PartnerCertificate::fromJson(partnerArray.at(i).toObject(),
                                                  reader.path(u"partnerCertificates"_s, i));
        if (!entry.ok())
            return entry.error();
        ws.partnerCertificates.append(std::move(entry).value());
    }
    const QString version = reader.string(u"exchangeVersion"_s, ExchangeVersions::name(ws.exchangeVersion));
    if (reader.ok()) {
        if (const auto parsed = ExchangeVersions::parse(version))
            ws.exchangeVersion = *parsed;
        else
            reader.fail(u"exchangeVersion"_s,
                        QCoreApplication::translate("Workspace",
                                                    "expected 2007, 2010, 2013, 2016 or online, not \"%1\"")
                            .arg(version));
    }
    ws.passphraseVerifier = reader.string(u"passphraseVerifier"_s);
    if (!reader.ok())
        return reader.error();
    ws.unknown = JsonFields::unknownMembers(json, kKnown);
    return ws;
}

} // namespace ds::core
