#pragma once

#include "importpreview.h"
#include "model/workspace.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>

// Reads an import file and builds its ImportPreview on the thread pool (a 10,000-certificate
// bundle takes seconds), so the wizard stays responsive. cancel() drops the result: the worker
// finishes in the background and reports to nobody.
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
    static Result<ImportPreview> run(const QString& path, const QString& password,
                                     const Workspace& workspace);

signals:
    void finished(const ImportPreview& preview);
    void failed(const QString& message);
    void cancelled();

private:
    QFutureWatcher<Result<ImportPreview>>* m_watcher = nullptr;
};
