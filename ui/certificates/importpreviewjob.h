#pragma once

#include "importpreview.h"
#include "model/workspace.h"
#include "util/backgroundjob.h"

#include <atomic>

namespace ds::ui {

using namespace ds::core;

// Reads an import file and builds its ImportPreview on the thread pool (a 10,000-certificate
// bundle takes seconds), so the wizard stays responsive. result() holds the preview or the error
// once finished() is emitted; cancel() stops the worker between two PEM blocks, abandon() also
// drops whatever it still returns.
class ImportPreviewJob : public BackgroundJob<Result<ImportPreview>>
{
    Q_OBJECT

public:
    explicit ImportPreviewJob(QObject* parent = nullptr);

    // workspace is copied (cheap: implicitly shared) for the pending requests and trust anchors.
    void start(const QString& path, const QString& password, const Workspace& workspace);

    // The whole analysis, callable from any thread (also used by tests).
    static Result<ImportPreview> run(const QString& path, const QString& password, const Workspace& workspace,
                                     const std::atomic_bool* cancel = nullptr);
};

} // namespace ds::ui
