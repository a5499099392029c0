#include "trustcommand.h"

#include "clisession.h"
#include "model/certificatemanager.h"
#include "util/terminaltext.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

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

QString TrustCommand::summary() const
{
    return tr("Trusted partner root CAs");
}

int TrustCommand::run(CliSession& session, const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    if (sub != u"add"_s && sub != u"list"_s && sub != u"remove"_s)
        return session.usageError(tr("trust: expected add, list or remove"));
    QCommandLineParser parser;
    if (sub == u"add"_s) {
        parser.setApplicationDescription(tr("Trust a partner's root CA (PEM, DER or PKCS#7 file)."));
        parser.addPositionalArgument(u"FILE"_s, tr("The CA certificate file."));
    } else if (sub == u"remove"_s) {
        parser.setApplicationDescription(tr("Stop trusting a partner root CA."));
        parser.addPositionalArgument(u"THUMBPRINT"_s, tr("SHA-1 thumbprint."));
    } else {
        parser.setApplicationDescription(tr("List the trusted partner root CAs."));
    }
    if (auto code = session.parse(parser, QStringList{u"domainsecure-cli trust "_s + sub} + arguments.mid(1)))
        return *code;
    const QStringList positional = parser.positionalArguments();
    if (sub != u"list"_s && positional.size() != 1)
        return session.usageError(tr("trust %1: give exactly one argument").arg(sub));
    if (sub == u"list"_s && !positional.isEmpty())
        return session.usageError(tr("unexpected argument \"%1\"").arg(positional.first()));
    if (auto loaded = session.loadWorkspace(); !loaded.ok())
        return session.fail(loaded.error());
    Workspace& workspace = session.workspace();
    QTextStream& out = session.out();

    if (sub == u"list"_s) {
        const QList<Certificate> roots = CertificateManager::trustedRoots(workspace);
        if (session.json()) {
            QJsonArray array;
            for (const Certificate& root : roots)
                array.append(rootJson(root));
            session.printJson(array);
        } else {
            for (const Certificate& root : roots)
                out << root.thumbprint() << u"  "_s << root.notAfter().toString(Qt::ISODate) << u"  "_s
                    << terminalSafe(root.subject()) << '\n';
            out.flush();
        }
        return 0;
    }
    if (sub == u"remove"_s) {
        if (auto removed = CertificateManager::removeTrustedRoot(workspace, positional.first());
            !removed.ok())
            return session.fail(removed.error());
        if (auto saved = session.saveWorkspace(); !saved.ok())
            return session.fail(saved.error());
        if (session.json())
            session.printJson(QJsonObject{{u"removed"_s, positional.first().toUpper()}});
        else
            out << tr("Removed trusted root %1").arg(positional.first().toUpper()) << Qt::endl;
        return 0;
    }
    const QString path = positional.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return session.fail(ErrorCode::BadInput,
                            tr("%1: cannot read the file: %2").arg(path, file.errorString()));
    if (file.size() > 16 * 1024 * 1024)
        return session.fail(ErrorCode::BadInput,
                            tr("%1: the file is too large for a CA certificate").arg(path));
    auto added = CertificateManager::addTrustedRoots(workspace, file.readAll(), path);
    if (!added.ok())
        return session.fail(added.error());
    if (auto saved = session.saveWorkspace(); !saved.ok())
        return session.fail(saved.error());
    if (session.json()) {
        QJsonArray array;
        for (const Certificate& root : added.value())
            array.append(rootJson(root));
        session.printJson(QJsonObject{{u"added"_s, array}});
    } else if (added->isEmpty()) {
        out << tr("%1: already trusted").arg(path) << Qt::endl;
    } else {
        for (const Certificate& root : added.value())
            out << tr("Trusted %1 %2").arg(root.thumbprint(), terminalSafe(root.subject())) << '\n';
        out.flush();
    }
    return 0;
}
