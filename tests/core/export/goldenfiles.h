#pragma once

#include "export/exportresult.h"

#include <QString>

using namespace ds::core;

// Golden-file comparison for exporter tests: the files of an ExportResult against
// tests/data/export/expected/<caseName>/. With DS_REGENERATE_GOLDEN=1 in the environment the
// expected files are rewritten instead (then review the diff with git and commit it).
namespace GoldenFiles {
void compare(const ExportResult& result, const QString& caseName);
QString inputPath(const QString& fileName); // tests/data/export/<fileName>
} // namespace GoldenFiles
