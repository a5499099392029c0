#include "clisession.h"

#include "crypto/secrets.h"
#include "store/workspacefile.h"
#include "util/terminaltext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ds::cli {

using namespace ds::core;

CliSession::CliSession(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{}

CliSession::~CliSession()
{
    if (m_passphrase)
        Secrets::wipe(*m_passphrase);
}

QList<CliOption> CliSession::globalOptions()
{
    return {
        {{u"w"_s, u"workspace"_s}, tr("The workspace file (default: $DOMAINSECURE_WORKSPACE)."), tr("FILE")},
        {{u"passphrase-file"_s},
         tr("Read the workspace passphrase from the first line of FILE."),
         tr("FILE")},
        {{u"json"_s}, tr("Print machine-readable JSON.")}};
}

void CliSession::configure(const QCommandLineParser& parser)
{
    m_json = parser.isSet(u"json"_s);
    m_workspacePath = parser.value(u"workspace"_s);
    if (m_workspacePath.isEmpty())
        m_workspacePath = qEnvironmentVariable("DOMAINSECURE_WORKSPACE");
    m_passphraseFile = parser.value(u"passphrase-file"_s);
}

Status CliSession::loadWorkspace()
{
    if (m_workspacePath.isEmpty()) {
        return Status::failure(ErrorCode::Usage,
                               tr("no workspace: give -w FILE or set DOMAINSECURE_WORKSPACE"));
    }
    auto loaded = WorkspaceFile::load(m_workspacePath);
    if (!loaded.ok())
        return loaded.error();
    m_workspace = std::move(loaded).value();
    return {};
}

Status CliSession::saveWorkspace()
{
    return WorkspaceFile::save(m_workspace, m_workspacePath);
}

Result<QString> CliSession::readSecretFile(const QString& path)
{
    QFile file(path);
    // Unbuffered: no copy of the secret stays in QFile's read buffer.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return Result<QString>::failure(
            ErrorCode::BadInput, tr("%1: cannot read the password file: %2").arg(path, file.errorString()));
    }
    QByteArray line = file.readLine(64 * 1024);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    const QString secret = QString::fromUtf8(line);
    Secrets::wipe(line);
    return secret;
}

Result<QString> CliSession::passphrase()
{
    if (!m_passphrase) {
        if (m_passphraseFile.isEmpty()) {
            m_passphrase = QString();
        } else {
            auto secret = readSecretFile(m_passphraseFile);
            if (!secret.ok())
                return secret.error();
            m_passphrase = secret.value();
        }
    }
    return *m_passphrase;
}

Result<QString> CliSession::requirePassphraseIfProtected()
{
    auto secret = passphrase();
    if (!secret.ok())
        return secret;
    if (m_workspace.keysProtected() && secret.value().isEmpty()) {
        return Result<QString>::failure(
            ErrorCode::BadInput,
            tr("%1: the workspace keys are protected by a passphrase: give --passphrase-file FILE")
                .arg(m_workspacePath));
    }
    return secret;
}

int CliSession::fail(const Error& error)
{
    // Messages quote values from files and certificates; a message of several lines keeps them.
    QStringList lines = error.message.split(u'\n');
    for (QString& line : lines)
        line = terminalSafe(line);
    m_err << "domainsecure-cli: " << lines.join(u'\n') << Qt::endl;
    return static_cast<int>(error.code) == static_cast<int>(ErrorCode::Cancelled)
               ? 1
               : static_cast<int>(error.code);
}

int CliSession::fail(ErrorCode code, const QString& message)
{
    return fail(Error{code, message});
}

void CliSession::printJson(const QJsonValue& value)
{
    QJsonDocument doc;
    if (value.isArray())
        doc = QJsonDocument(value.toArray());
    else
        doc = QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

} // namespace ds::cli
