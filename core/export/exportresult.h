#pragma once

#include "exportfile.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ds::core {

// What an export produced: the files (in the order a reader should look at them) and warnings
// that do not stop the export but that the administrator must read.
struct ExportResult
{
    Q_DECLARE_TR_FUNCTIONS(ExportResult)

public:
    QList<ExportFile> files;
    QStringList warnings;

    const ExportFile* file(const QString& name) const;
    QStringList fileNames() const;

    // Writes every file below directory (created if missing) with its mode, durably (DurableFile):
    // all files replace their old versions, or, on any failure, none does. Other files in
    // directory are left alone.
    Status writeTo(const QString& directory) const;
};

} // namespace ds::core
