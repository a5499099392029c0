#include "workspacefile.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {
const QString kFormat = u"domainsecure-workspace"_s;
// A workspace file of this size is certainly not ours; refuse before reading it.
constexpr qint64 kMaxFileSize = 1024LL * 1024 * 1024;

QString tr(const char* text)
{
    return QCoreApplication::translate("WorkspaceFile", text);
}

void lineAndColumn(const QByteArray& data, qsizetype offset, int* line, int* column)
{
    *line = 1;
    *column = 1;
    for (qsizetype i = 0; i < offset && i < data.size(); ++i) {
        if (data.at(i) == '\n') {
            ++*line;
            *column = 1;
        } else if ((data.at(i) & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++*column;
        }
    }
}
} // namespace

Result<Workspace> WorkspaceFile::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<Workspace>::failure(
            ErrorCode::Io, tr("%1: cannot open the workspace: %2").arg(path, file.errorString()));
    }
    if (file.size() > kMaxFileSize)
        return Result<Workspace>::failure(ErrorCode::BadInput,
                                          tr("%1: file is too large for a workspace").arg(path));
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return Result<Workspace>::failure(
            ErrorCode::Io, tr("%1: cannot read the workspace: %2").arg(path, file.errorString()));
    }
    qCDebug(lcStore) << "loading workspace" << path << data.size() << "bytes";
    return parse(data, path);
}

Result<Workspace> WorkspaceFile::parse(const QByteArray& data, const QString& name)
{
    if (data.trimmed().isEmpty())
        return Result<Workspace>::failure(ErrorCode::BadInput, tr("%1: the file is empty").arg(name));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        int line = 0;
        int column = 0;
        lineAndColumn(data, parseError.offset, &line, &column);
        return Result<Workspace>::failure(ErrorCode::BadInput, tr("%1:%2:%3: damaged workspace file: %4")
                                                                   .arg(name)
                                                                   .arg(line)
                                                                   .arg(column)
                                                                   .arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return Result<Workspace>::failure(ErrorCode::BadInput,
                                          tr("%1: not a DomainSecure workspace").arg(name));
    const QJsonObject root = doc.object();
    if (root[u"format"_s].toString() != kFormat)
        return Result<Workspace>::failure(ErrorCode::BadInput,
                                          tr("%1: not a DomainSecure workspace").arg(name));
    const int version = root[u"version"_s].toInt(-1);
    if (version > kCurrentVersion) {
        return Result<Workspace>::failure(ErrorCode::BadInput,
                                          tr("%1: the workspace was written by a newer DomainSecure (format "
                                             "version %2; this version reads up to %3)")
                                              .arg(name)
                                              .arg(version)
                                              .arg(kCurrentVersion));
    }
    if (version < 1) {
        return Result<Workspace>::failure(ErrorCode::BadInput,
                                          tr("%1: the workspace has no valid format version").arg(name));
    }
    QJsonObject body = root;
    body.remove(u"format"_s);
    body.remove(u"version"_s);
    auto workspace = Workspace::fromJson(body);
    if (!workspace.ok()) {
        return Result<Workspace>::failure(workspace.error().code,
                                          u"%1: %2"_s.arg(name, workspace.error().message));
    }
    return workspace;
}

QByteArray WorkspaceFile::serialize(const Workspace& workspace)
{
    QJsonObject root = workspace.toJson();
    root[u"format"_s] = kFormat;
    root[u"version"_s] = kCurrentVersion;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status WorkspaceFile::save(const Workspace& workspace, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(ErrorCode::Io,
                               tr("%1: cannot write the workspace: %2").arg(path, file.errorString()));
    // The file holds private keys: owner read/write only, before any byte is written.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return Status::failure(ErrorCode::Io, tr("%1: cannot restrict the file mode to 0600").arg(path));
    }
    const QByteArray data = serialize(workspace);
    // Qt 6.4's QSaveFile::commit() ignores a failed flush of its write buffer and would commit a
    // truncated file (seen with EFBIG): flush explicitly and check before committing.
    if (file.write(data) != data.size() || !file.flush() || file.error() != QFileDevice::NoError) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Status::failure(ErrorCode::Io, tr("%1: cannot write the workspace: %2").arg(path, reason));
    }
    if (!file.commit()) {
        return Status::failure(ErrorCode::Io,
                               tr("%1: cannot write the workspace: %2").arg(path, file.errorString()));
    }
    qCDebug(lcStore) << "saved workspace" << path << data.size() << "bytes";
    return {};
}
