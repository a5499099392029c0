#pragma once

#include "export/postfixbundle.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace ds::core {
class PostfixApplyJob;
} // namespace ds::core

namespace ds::ui {

using namespace ds::core;

// The "Apply to a Postfix configuration directory" part of the Export dialog: the directory, an
// Apply button that runs PostfixApplyJob off the GUI thread, progress, Cancel, and what changed.
class PostfixApplyWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PostfixApplyWidget(QWidget* parent = nullptr);
    ~PostfixApplyWidget() override;

    // The bundle to apply; an empty optional disables Apply (export refused or failed).
    void setBundle(const std::optional<PostfixBundle>& bundle);
    void setConfigDirectory(const QString& directory);
    QString configDirectory() const;
    bool isRunning() const;

public slots:
    void apply();
    void cancel();

signals:
    void runningChanged(bool running);
    void applied(bool ok);

private:
    void browse();
    void updateButtons();
    void onFinished();

    std::optional<PostfixBundle> m_bundle;
    QLineEdit* m_directory;
    QPushButton* m_browse;
    QPushButton* m_apply;
    QPushButton* m_cancel;
    QCheckBox* m_allowGlobalChange;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPlainTextEdit* m_log;
    QPointer<PostfixApplyJob> m_job;
};

} // namespace ds::ui
