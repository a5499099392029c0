#pragma once

#include "model/workspace.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>

namespace ds::core {

// The workspace file (*.dsw): versioned JSON, written atomically with mode 0600.
class WorkspaceFile
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceFile)

public:
    static constexpr int kCurrentVersion = 1;

    static Result<Workspace> load(const QString& path);
    // Parses a document; name says where the bytes came from in error messages.
    static Result<Workspace> parse(const QByteArray& data, const QString& name);
    static QByteArray serialize(const Workspace& workspace);
    // Writes the document to device piece by piece (what save() does); false on a write error.
    static bool write(const Workspace& workspace, QIODevice& device);
    // Writes through DurableFile (mode 0600): either the whole new file is on disk, or the old one
    // is untouched.
    static Status save(const Workspace& workspace, const QString& path);
};

} // namespace ds::core
