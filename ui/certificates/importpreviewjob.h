#pragma once

#include "importpreview.h"
#include "model/workspace.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <memory>

// Reads an import file and builds its ImportPreview on the thread pool (a 10,000-certificate
// bundle takes seconds), so the wizard stays responsive. cancel() stops the worker between two
// PEM blocks and drops whatever it still returns.
class ImportPreviewJob : public QObject
{
    Q_OBJECT

public:
    explicit ImportPreviewJob(QObject* parent = nullptr);
    ~ImportPreviewJob() override;

    // workspace is copied (cheap: implicitly shared) for the pending requests and trust anchors.
    void start(const QString& path, const QString& password, const Workspace& workspace);
    void cancel();
    bool isRunning() const;

    // The whole analysis, callable from any thread (also used by tests).
    static Result<ImportPreview> run(const QString& path, const QString& password, const Workspace& workspace,
                                     const std::atomic_bool* cancel = nullptr);

signals:
    void finished(const ImportPreview& preview);
    void failed(const QString& message);
    void cancelled();

private:
    QFutureWatcher<Result<ImportPreview>>* m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel; // shared with the worker, which may outlive the job
};
