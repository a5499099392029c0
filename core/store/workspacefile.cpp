#include "workspacefile.h"

#include "util/durablefile.h"
#include "util/logging.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {
const QString kFormat = u"domainsecure-workspace"_s;
// A workspace file of this size is certainly not ours; refuse before reading it.
constexpr qint64 kMaxFileSize = 1024LL * 1024 * 1024;

Result<Workspace> notRegular(const QString& path)
{
    return Result<Workspace>::failure(
        ErrorCode::BadInput,
        QCoreApplication::translate("WorkspaceFile",
                                    "%1: not a regular file (a device, FIFO or directory cannot be a "
                                    "workspace)")
            .arg(path));
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

// The offset of the first key that appears twice in one object of data (valid JSON), or -1.
// QJsonDocument keeps the last of duplicate keys silently; a file that says two things is refused.
qsizetype duplicateKeyOffset(const QByteArray& data)
{
    struct Frame
    {
        bool object = false;
        bool expectKey = false;
        QSet<QString> keys;
    };
    QList<Frame> stack;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (c == '{' || c == '[') {
            stack.append(Frame{c == '{', c == '{', {}});
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
        } else if (c == ',') {
            if (!stack.isEmpty() && stack.last().object)
                stack.last().expectKey = true;
        } else if (c == '"') {
            const qsizetype start = i;
            bool escaped = false;
            for (++i; i < data.size(); ++i) {
                if (data.at(i) == '"' && !escaped)
                    break;
                escaped = data.at(i) == '\\' && !escaped;
            }
            if (stack.isEmpty() || !stack.last().object || !stack.last().expectKey)
                continue;
            stack.last().expectKey = false;
            const QByteArray raw = data.mid(start, i - start + 1);
            const QString key = raw.contains('\\')
                                    ? QJsonDocument::fromJson("[" + raw + "]").array().at(0).toString()
                                    : QString::fromUtf8(raw.mid(1, raw.size() - 2));
            if (stack.last().keys.contains(key))
                return start;
            stack.last().keys.insert(key);
        }
    }
    return -1;
}

// value as compact JSON text (any JSON type, including a bare string or number).
QByteArray compact(const QJsonValue& value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

// Arrays one element per line (compact), anything else compact on the current line.
bool writeValue(const QJsonValue& value, QIODevice& device, int indent)
{
    if (!value.isArray() || value.toArray().isEmpty())
        return device.write(compact(value)) >= 0;
    const QJsonArray array = value.toArray();
    const QByteArray pad(indent + 4, ' ');
    bool ok = device.write("[\n") >= 0;
    for (qsizetype i = 0; ok && i < array.size(); ++i)
        ok = device.write(pad + compact(array.at(i)) + (i + 1 < array.size() ? ",\n" : "\n")) >= 0;
    return ok && device.write(QByteArray(indent, ' ') + "]") >= 0;
}

bool writeServer(const Server& server, QIODevice& device, int indent)
{
    Server shell = server;
    shell.certificates.clear();
    const QJsonObject json = shell.toJson();
    const QByteArray pad(indent, ' ');
    const QByteArray inner(indent + 4, ' ');
    bool ok = device.write(pad + "{\n") >= 0;
    for (auto it = json.constBegin(); ok && it != json.constEnd(); ++it) {
        ok = device.write(inner + compact(it.key()) + ": ") >= 0;
        if (it.key() == u"certificates"_s && !server.certificates.isEmpty()) {
            // Made one entry at a time.
            ok = ok && device.write("[\n") >= 0;
            for (qsizetype i = 0; ok && i < server.certificates.size(); ++i) {
                ok = device.write(inner + "    " + compact(server.certificates.at(i).toJson()) +
                                  (i + 1 < server.certificates.size() ? ",\n" : "\n")) >= 0;
            }
            ok = ok && device.write(inner + "]") >= 0;
        } else {
            ok = ok && writeValue(it.value(), device, indent + 4);
        }
        ok = ok && device.write(std::next(it) == json.constEnd() ? "\n" : ",\n") >= 0;
    }
    return ok && device.write(pad + "}") >= 0;
}
} // namespace

Result<Workspace> WorkspaceFile::load(const QString& path)
{
    // Checked before opening (opening a FIFO would wait for a writer) and again on the open file.
    struct stat before = {};
    if (::stat(QFile::encodeName(path).constData(), &before) == 0 && !S_ISREG(before.st_mode))
        return notRegular(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<Workspace>::failure(
            ErrorCode::Io, tr("%1: cannot open the workspace: %2").arg(path, file.errorString()));
    }
    struct stat opened = {};
    if (::fstat(file.handle(), &opened) != 0 || !S_ISREG(opened.st_mode))
        return notRegular(path);
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
    if (const qsizetype offset = duplicateKeyOffset(data); offset >= 0) {
        int line = 0;
        int column = 0;
        lineAndColumn(data, offset, &line, &column);
        return Result<Workspace>::failure(
            ErrorCode::BadInput,
            QCoreApplication::translate("WorkspaceFile",
                                        "%1:%2:%3: damaged workspace file: a key appears twice in one object")
                .arg(name)
                .arg(line)
                .arg(column));
    }
    const QJsonObject root = doc.object();
    if (root[u"format"_s].toString() != kFormat)
        return Result<Workspace>::failure(ErrorCode::BadInput,
                                          tr("%1: not a DomainSecure workspace").arg(name));
    const QJsonValue versionValue = root[u"version"_s];
    const int version = versionValue.isDouble() && versionValue.toDouble() == versionValue.toInt()
                            ? versionValue.toInt()
                            : -1;
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
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    write(workspace, buffer);
    return data;
}

bool WorkspaceFile::write(const Workspace& workspace, QIODevice& device)
{
    // The layout: one key per line at the top and inside each server, and one line per element of
    // the arrays that grow (servers, certificates, pending requests, connectors, trusted roots).
    // Each line is written as soon as it is made, so saving never holds a second copy of the whole
    // workspace as JSON text (a 10,000-certificate workspace would otherwise need ~100 MiB).
    Workspace shell = workspace; // implicitly shared lists: no deep copy
    shell.servers.clear();
    QJsonObject root = shell.toJson();
    root[u"format"_s] = kFormat;
    root[u"version"_s] = kCurrentVersion;
    root[u"servers"_s] = QJsonArray();
    bool ok = device.write("{\n") >= 0;
    for (auto it = root.constBegin(); ok && it != root.constEnd(); ++it) {
        const bool last = std::next(it) == root.constEnd();
        ok = device.write("    " + compact(it.key()) + ": ") >= 0;
        if (it.key() == u"servers"_s) {
            ok = ok && device.write("[") >= 0;
            for (qsizetype i = 0; ok && i < workspace.servers.size(); ++i) {
                ok = device.write(i == 0 ? "\n" : ",\n") >= 0 &&
                     writeServer(workspace.servers.at(i), device, 8);
            }
            ok = ok && device.write(workspace.servers.isEmpty() ? "]" : "\n    ]") >= 0;
        } else {
            ok = ok && writeValue(it.value(), device, 4);
        }
        ok = ok && device.write(last ? "\n" : ",\n") >= 0;
    }
    return ok && device.write("}\n") >= 0;
}

Status WorkspaceFile::save(const Workspace& workspace, const QString& path)
{
    // The file holds private keys: 0600 from its creation, before any byte is written; streamed
    // into the temporary file (see write()) and renamed over the old one only when all of it is on
    // disk.
    DurableFile file(path, DurableFile::kPrivateMode);
    if (Status begun = file.begin(); !begun.ok())
        return begun;
    if (!write(workspace, file)) {
        const QString reason = file.lastError();
        file.cancel();
        return Status::failure(ErrorCode::Io,
                               reason.isEmpty() ? tr("%1: cannot write the workspace").arg(path) : reason);
    }
    if (Status committed = file.commit(); !committed.ok())
        return committed;
    qCDebug(lcStore) << "saved workspace" << path;
    return {};
}

} // namespace ds::core
