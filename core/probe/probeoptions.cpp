#include "probeoptions.h"

#include "crypto/keyprotector.h"
#include "crypto/pbebounds.h"
#include "model/workspace.h"

using namespace Qt::StringLiterals;

namespace ds::core {

Status ProbeOptions::setTarget(const QString& target)
{
    QString text = target.trimmed();
    QString portText;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return Status::failure(ErrorCode::Usage,
                                   tr("\"%1\": missing \"]\" after the IPv6 address").arg(target));
        if (close + 1 < text.size()) {
            if (text[close + 1] != QLatin1Char(':'))
                return Status::failure(ErrorCode::Usage,
                                       tr("\"%1\": expected \":PORT\" after \"]\"").arg(target));
            portText = text.mid(close + 2);
        }
        text = text.mid(1, close - 1);
    } else if (text.count(QLatin1Char(':')) == 1) {
        portText = text.section(QLatin1Char(':'), 1);
        text = text.section(QLatin1Char(':'), 0, 0);
    }
    if (text.isEmpty())
        return Status::failure(ErrorCode::Usage, tr("\"%1\": no host name or address").arg(target));
    if (!portText.isNull()) {
        bool ok = false;
        const uint value = portText.toUInt(&ok);
        if (!ok || value == 0 || value > 65535) {
            return Status::failure(ErrorCode::Usage,
                                   tr("\"%1\": the port must be a number from 1 to 65535").arg(target));
        }
        port = quint16(value);
    }
    host = text;
    return {};
}

QString ProbeOptions::levelName(ProbeLevel level)
{
    switch (level) {
    case ProbeLevel::Encrypt:
        return u"encrypt"_s;
    case ProbeLevel::Verify:
        return u"verify"_s;
    case ProbeLevel::Secure:
        break;
    }
    return u"secure"_s;
}

std::optional<ProbeLevel> ProbeOptions::levelFromName(const QString& name)
{
    for (ProbeLevel level : {ProbeLevel::Encrypt, ProbeLevel::Verify, ProbeLevel::Secure}) {
        if (name.compare(levelName(level), Qt::CaseInsensitive) == 0)
            return level;
    }
    return std::nullopt;
}

Status ProbeOptions::useWorkspace(const Workspace& workspace, const QString& serverName,
                                  const QString& passphrase)
{
    trustedRootsDer = workspace.trustedRoots;
    if (serverName.isEmpty())
        return {};
    const Server* server = workspace.server(serverName);
    if (!server)
        return Status::failure(ErrorCode::BadInput, tr("no server \"%1\" in the workspace").arg(serverName));
    if (ehloName.isEmpty())
        ehloName = server->fqdn;
    const CertificateEntry* entry = server->smtpCertificate();
    if (!entry) {
        return Status::failure(ErrorCode::BadInput,
                               tr("server \"%1\" has no certificate enabled for SMTP").arg(serverName));
    }
    if (!entry->hasPrivateKey()) {
        return Status::failure(ErrorCode::BadInput,
                               tr("the SMTP certificate %1 of server \"%2\" has no private key")
                                   .arg(entry->thumbprint, serverName));
    }
    QByteArray key = entry->privateKey;
    if (entry->keyEncrypted) {
        if (passphrase.isEmpty()) {
            return Status::failure(
                ErrorCode::BadInput,
                tr("the workspace keys are protected by a passphrase: give --passphrase-file FILE"));
        }
        if (const QString tooLarge = PbeBounds::checkEncryptedPrivateKey(key); !tooLarge.isEmpty()) {
            return Status::failure(ErrorCode::BadInput,
                                   tr("the key of certificate %1: %2").arg(entry->thumbprint, tooLarge));
        }
        // EncryptedPrivateKeyInfo → PrivateKeyInfo, in memory only.
        auto plain = KeyProtector::decrypt(key, passphrase);
        if (!plain.ok()) {
            return Status::failure(
                ErrorCode::BadInput,
                tr("cannot decrypt the key of certificate %1: wrong passphrase?").arg(entry->thumbprint));
        }
        key = plain.value();
    }
    clientCertificateDer = entry->certificateDer;
    clientChainDer = entry->chainDer;
    clientKeyDer = key;
    return {};
}

} // namespace ds::core
