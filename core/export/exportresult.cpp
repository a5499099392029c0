#include "exportresult.h"

#include "util/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

const ExportFile* ExportResult::file(const QString& name) const
{
    for (const ExportFile& file : files) {
        if (file.name == name)
            return &file;
    }
    return nullptr;
}

QStringList ExportResult::fileNames() const
{
    QStringList names;
    for (const ExportFile& file : files)
        names << file.name;
    return names;
}

Status ExportResult::writeTo(const QString& directory) const
{
    const QDir dir(directory);
    if (!dir.mkpath(u"."_s))
        return Status::failure(ErrorCode::Io, tr("cannot create the directory %1").arg(directory));
    for (const ExportFile& file : files) {
        // Names come from the exporters, but never let one escape the output directory.
        if (file.name.isEmpty() || QDir::isAbsolutePath(file.name) || file.name.split(u'/').contains(u".."_s))
            return Status::failure(ErrorCode::Io,
                                   tr("refusing to write the file name \"%1\"").arg(file.name));
        const QString path = dir.filePath(file.name);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return Status::failure(ErrorCode::Io, tr("cannot create the directory for %1").arg(path));
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return Status::failure(ErrorCode::Io, tr("cannot write %1: %2").arg(path, out.errorString()));
        // Set the mode on the temporary file before any secret byte is written.
        out.setPermissions(file.secret ? ExportFile::secretMode() : file.mode);
        if (out.write(file.content) != file.content.size() || !out.commit())
            return Status::failure(ErrorCode::Io, tr("cannot write %1: %2").arg(path, out.errorString()));
        qCDebug(lcExport) << "wrote" << path << file.content.size() << "bytes";
    }
    return {};
}
