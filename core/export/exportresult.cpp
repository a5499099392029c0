#include "exportresult.h"

#include "util/durablefile.h"
#include "util/logging.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ds::core {

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
    // Missing folders are created (refusing a dangling link); an existing one is used as it is.
    auto ensureFolder = [](const QString& folder) -> Status {
        return QFileInfo(folder).isDir() ? Status() : DurableFile::makeDirectory(folder, 0755);
    };
    if (Status made = ensureFolder(directory); !made.ok())
        return made;
    const QDir dir(directory);
    // Every file is written and synced beside its target first; then all replace their targets,
    // or, if one fails, none does (the ones already replaced get their old bytes back).
    DurableBatch batch;
    for (const ExportFile& file : files) {
        // Names come from the exporters, but never let one escape the output directory.
        if (file.name.isEmpty() || QDir::isAbsolutePath(file.name) || file.name.split(u'/').contains(u".."_s))
            return Status::failure(ErrorCode::Io,
                                   tr("refusing to write the file name \"%1\"").arg(file.name));
        const QString path = dir.filePath(file.name);
        if (Status made = ensureFolder(QFileInfo(path).absolutePath()); !made.ok())
            return made;
        // The mode is set on the temporary file before any secret byte is written.
        const int mode = DurableFile::unixMode(file.secret ? ExportFile::secretMode() : file.mode);
        if (Status prepared = batch.prepare(path, file.content, mode); !prepared.ok())
            return prepared;
    }
    if (Status committed = batch.commit(); !committed.ok())
        return committed;
    for (const ExportFile& file : files)
        qCDebug(lcExport) << "wrote" << dir.filePath(file.name) << file.content.size() << "bytes";
    return {};
}

} // namespace ds::core
