#include "partnercertverbs.h"

#include "clisession.h"
#include "fixcommand.h"
#include "operations/partnerpinoperations.h"
#include "util/terminaltext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ds::cli {

using namespace ds::core;

namespace {
QJsonObject pinJson(const PartnerCertificate& entry)
{
    return QJsonObject{{u"domain"_s, entry.domain.toString()},
                       {u"pin"_s, entry.pin},
                       {u"sha256"_s, entry.sha256},
                       {u"subject"_s, entry.subject},
                       {u"issuer"_s, entry.issuer},
                       {u"names"_s, QJsonArray::fromStringList(entry.names)},
                       {u"notBefore"_s, entry.notBefore.toString(Qt::ISODate)},
                       {u"notAfter"_s, entry.notAfter.toString(Qt::ISODate)}};
}

QJsonArray findingsJson(const QList<Finding>& findings)
{
    QJsonArray array;
    for (const Finding& finding : findings)
        array.append(FixCommand::toJson(finding));
    return array;
}
} // namespace

// partner cert add

QString PartnerCertAddVerb::description() const
{
    return tr("Pin a partner's identity: import the certificate of the partner's gateway (PEM or DER) for a "
              "partner domain; its public key (SHA-256 of the SubjectPublicKeyInfo) is what the partner's "
              "gateway must present.");
}

QList<CliOption> PartnerCertAddVerb::options() const
{
    return {{{u"domain"_s}, tr("The partner domain the certificate stands for."), tr("DOMAIN")}};
}

QList<CliArgument> PartnerCertAddVerb::arguments() const
{
    return {{u"FILE"_s, tr("The partner gateway's certificate."), {}}};
}

Status PartnerCertAddVerb::check(CliSession&, const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return Status::failure(ErrorCode::Usage, tr("partner cert add: give exactly one FILE"));
    if (!parser.isSet(u"domain"_s))
        return Status::failure(ErrorCode::Usage, tr("partner cert add: --domain is required"));
    return {};
}

Result<WorkspaceVerb::Outcome> PartnerCertAddVerb::act(CliSession& session, const QCommandLineParser& parser)
{
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Outcome>::failure(ErrorCode::BadInput,
                                        tr("%1: cannot read the file: %2").arg(path, file.errorString()));
    // Bounded before reading; PartnerPinOperations refuses what is larger than a certificate.
    const QByteArray data = file.read(2 * 1024 * 1024);
    auto change =
        PartnerPinOperations::addCertificate(session.workspace(), parser.value(u"domain"_s), data, path);
    if (!change.ok())
        return change.error();
    m_added = change->added;
    m_alreadyPresent = change->alreadyPresent;
    m_findings = change->findings;
    if (m_alreadyPresent)
        return Outcome::Unchanged;
    return adopt(session, change);
}

void PartnerCertAddVerb::report(CliSession& session, const QCommandLineParser&)
{
    if (session.json()) {
        QJsonObject json = pinJson(m_added);
        json[u"added"_s] = !m_alreadyPresent;
        json[u"findings"_s] = findingsJson(m_findings);
        session.printJson(json);
        return;
    }
    QTextStream& out = session.out();
    if (m_alreadyPresent)
        out << tr("Partner %1: this certificate is pinned already (public key %2)")
                   .arg(m_added.domain.toString(), m_added.pin)
            << '\n';
    else
        out << tr("Partner %1: pinned public key %2 of %3, valid until %4")
                   .arg(m_added.domain.toString(), m_added.pin, terminalSafe(m_added.subject),
                        m_added.notAfter.toString(Qt::ISODate))
            << '\n';
    for (const Finding& finding : std::as_const(m_findings))
        out << FixCommand::report(finding) << '\n';
    out.flush();
}

// partner cert list

QString PartnerCertListVerb::description() const
{
    return tr("List the pinned partner certificates: domain, public-key pin, expiry and subject.");
}

QList<CliOption> PartnerCertListVerb::options() const
{
    return {{{u"domain"_s}, tr("Only the certificates of this partner domain."), tr("DOMAIN")}};
}

Status PartnerCertListVerb::check(CliSession&, const QCommandLineParser& parser)
{
    return noArguments(parser, u"partner cert list"_s);
}

Result<WorkspaceVerb::Outcome> PartnerCertListVerb::act(CliSession& session, const QCommandLineParser& parser)
{
    QList<PartnerCertificate> entries = session.workspace().partnerCertificates;
    if (parser.isSet(u"domain"_s)) {
        auto domain = SmtpDomain::parse(parser.value(u"domain"_s));
        if (!domain.ok())
            return Result<Outcome>::failure(ErrorCode::Usage, domain.errorMessage());
        entries = session.workspace().partnerCertificatesOf(domain->toString());
    }
    if (session.json()) {
        QJsonArray array;
        for (const PartnerCertificate& entry : std::as_const(entries))
            array.append(pinJson(entry));
        session.printJson(array);
        return Outcome::Unchanged;
    }
    QTextStream& out = session.out();
    for (const PartnerCertificate& entry : std::as_const(entries))
        out << entry.domain.toString() << u"  "_s << entry.pin << u"  "_s
            << entry.notAfter.toString(Qt::ISODate) << u"  "_s << terminalSafe(entry.subject) << '\n';
    out.flush();
    return Outcome::Unchanged;
}

// partner cert remove

QString PartnerCertRemoveVerb::description() const
{
    return tr("Remove a pinned public key of a partner domain (every certificate with that key).");
}

QList<CliOption> PartnerCertRemoveVerb::options() const
{
    return {
        {{u"domain"_s}, tr("The partner domain."), tr("DOMAIN")},
        {{u"pin"_s}, tr("The public-key pin (64 hex digits, as partner cert list shows it)."), tr("PIN")}};
}

Status PartnerCertRemoveVerb::check(CliSession&, const QCommandLineParser& parser)
{
    if (Status s = noArguments(parser, u"partner cert remove"_s); !s.ok())
        return s;
    if (!parser.isSet(u"domain"_s) || !parser.isSet(u"pin"_s))
        return Status::failure(ErrorCode::Usage, tr("partner cert remove: --domain and --pin are required"));
    return {};
}

Result<WorkspaceVerb::Outcome> PartnerCertRemoveVerb::act(CliSession& session,
                                                          const QCommandLineParser& parser)
{
    auto change = PartnerPinOperations::removePin(session.workspace(), parser.value(u"domain"_s),
                                                  parser.value(u"pin"_s));
    if (change.ok()) {
        m_description = change->description;
        m_findings = change->findings;
    }
    return adopt(session, change);
}

void PartnerCertRemoveVerb::report(CliSession& session, const QCommandLineParser& parser)
{
    if (session.json()) {
        session.printJson(
            QJsonObject{{u"domain"_s, parser.value(u"domain"_s).trimmed().toLower()},
                        {u"removed"_s, PartnerCertificate::parsePin(parser.value(u"pin"_s)).value()},
                        {u"findings"_s, findingsJson(m_findings)}});
        return;
    }
    QTextStream& out = session.out();
    out << terminalSafe(m_description) << '\n';
    for (const Finding& finding : std::as_const(m_findings))
        out << FixCommand::report(finding) << '\n';
    out.flush();
}

} // namespace ds::cli
