#include "trustverbs.h"

#include "clisession.h"
#include "model/certificatemanager.h"
#include "operations/certificateoperations.h"
#include "util/terminaltext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ds::cli {

using namespace ds::core;

namespace {
QJsonObject rootJson(const Certificate& root)
{
    return QJsonObject{{u"thumbprint"_s, root.thumbprint()},
                       {u"sha256"_s, root.sha256Fingerprint()},
                       {u"subject"_s, root.subject()},
                       {u"notBefore"_s, root.notBefore().toString(Qt::ISODate)},
                       {u"notAfter"_s, root.notAfter().toString(Qt::ISODate)}};
}
} // namespace

// trust add

QString TrustAddVerb::description() const
{
    return tr("Trust a partner's root CA (PEM, DER or PKCS#7 file).");
}

QList<CliArgument> TrustAddVerb::arguments() const
{
    return {{u"FILE"_s, tr("The CA certificate file."), {}}};
}

Status TrustAddVerb::check(CliSession&, const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return Status::failure(ErrorCode::Usage, tr("trust %1: give exactly one argument").arg(name()));
    return {};
}

Result<WorkspaceVerb::Outcome> TrustAddVerb::act(CliSession& session, const QCommandLineParser& parser)
{
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Outcome>::failure(ErrorCode::BadInput,
                                        tr("%1: cannot read the file: %2").arg(path, file.errorString()));
    if (file.size() > 16 * 1024 * 1024)
        return Result<Outcome>::failure(ErrorCode::BadInput,
                                        tr("%1: the file is too large for a CA certificate").arg(path));
    auto change = CertificateOperations::addTrustedRoots(session.workspace(), file.readAll(), path);
    if (change.ok())
        m_added = change->added;
    return adopt(session, change);
}

void TrustAddVerb::report(CliSession& session, const QCommandLineParser& parser)
{
    QTextStream& out = session.out();
    if (session.json()) {
        QJsonArray array;
        for (const Certificate& root : std::as_const(m_added))
            array.append(rootJson(root));
        session.printJson(QJsonObject{{u"added"_s, array}});
    } else if (m_added.isEmpty()) {
        out << tr("%1: already trusted").arg(parser.positionalArguments().first()) << Qt::endl;
    } else {
        for (const Certificate& root : std::as_const(m_added))
            out << tr("Trusted %1 %2").arg(root.thumbprint(), terminalSafe(root.subject())) << '\n';
        out.flush();
    }
}

// trust list

QString TrustListVerb::description() const
{
    return tr("List the trusted partner root CAs.");
}

Result<WorkspaceVerb::Outcome> TrustListVerb::act(CliSession& session, const QCommandLineParser&)
{
    const QList<Certificate> roots = CertificateManager::trustedRoots(session.workspace());
    if (session.json()) {
        QJsonArray array;
        for (const Certificate& root : roots)
            array.append(rootJson(root));
        session.printJson(array);
    } else {
        QTextStream& out = session.out();
        for (const Certificate& root : roots)
            out << root.thumbprint() << u"  "_s << root.notAfter().toString(Qt::ISODate) << u"  "_s
                << terminalSafe(root.subject()) << '\n';
        out.flush();
    }
    return Outcome::Unchanged;
}

// trust remove

QString TrustRemoveVerb::description() const
{
    return tr("Stop trusting a partner root CA.");
}

QList<CliArgument> TrustRemoveVerb::arguments() const
{
    return {{u"THUMBPRINT"_s, tr("SHA-1 thumbprint."), {}}};
}

Status TrustRemoveVerb::check(CliSession&, const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return Status::failure(ErrorCode::Usage, tr("trust %1: give exactly one argument").arg(name()));
    return {};
}

Result<WorkspaceVerb::Outcome> TrustRemoveVerb::act(CliSession& session, const QCommandLineParser& parser)
{
    return adopt(session, CertificateOperations::removeTrustedRoots(session.workspace(),
                                                                    parser.positionalArguments()));
}

void TrustRemoveVerb::report(CliSession& session, const QCommandLineParser& parser)
{
    const QString thumbprint = parser.positionalArguments().first().toUpper();
    if (session.json())
        session.printJson(QJsonObject{{u"removed"_s, thumbprint}});
    else
        session.out() << tr("Removed trusted root %1").arg(thumbprint) << Qt::endl;
}

} // namespace ds::cli
