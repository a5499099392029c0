#pragma once

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ds::core {
class KeyGenerationJob;
class PrivateKey;
} // namespace ds::core

namespace ds::ui {

using namespace ds::core;

// Generates the key with a KeyGenerationJob (thread pool) as the page opens, shows progress, can
// cancel and retry; Next is enabled once the key exists and the request was added to the server.
class KeyGenerationPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit KeyGenerationPage(QWidget* parent = nullptr);
    ~KeyGenerationPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool isRunning() const;

private:
    void start();
    void stop();
    void onFinished();
    void finish(const PrivateKey& key);
    void fail(const QString& message);

    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_cancel;
    QPointer<KeyGenerationJob> m_job;
    bool m_done = false;
};

} // namespace ds::ui
