#include "keygenerationpage.h"

#include "certificaterequestwizard.h"
#include "crypto/keygenerationjob.h"
#include "util/logging.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

KeyGenerationPage::KeyGenerationPage(QWidget* parent)
    : QWizardPage(parent)
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(u"generationPage"_s);
    setTitle(tr("Key Generation"));
    setSubTitle(tr("The private key is generated in the background; the window stays usable."));
    m_progress->setObjectName(u"generationProgress"_s);
    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Key generation progress"));
    m_status->setObjectName(u"generationStatusLabel"_s);
    m_status->setWordWrap(true);
    m_cancel->setObjectName(u"cancelGenerationButton"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel, 0, Qt::AlignRight);
    layout->addStretch();
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (isRunning())
            stop();
        else
            start();
    });
}

KeyGenerationPage::~KeyGenerationPage()
{
    stop();
}

bool KeyGenerationPage::isRunning() const
{
    return m_job && m_job->isRunning();
}

void KeyGenerationPage::initializePage()
{
    if (!m_done)
        start();
}

void KeyGenerationPage::cleanupPage()
{
    stop();
}

bool KeyGenerationPage::isComplete() const
{
    return m_done;
}

void KeyGenerationPage::start()
{
    auto* wizard = qobject_cast<CertificateRequestWizard*>(this->wizard());
    if (!wizard || m_done)
        return;
    stop();
    const KeySpec spec = wizard->keySpec();
    m_job = new KeyGenerationJob(this);
    connect(m_job, &KeyGenerationJob::progress, m_progress, [this](int done) { m_progress->setValue(done); });
    connect(m_job, &KeyGenerationJob::finished, this, &KeyGenerationPage::onFinished);
    m_progress->setValue(0);
    m_status->setText(tr("Generating a %1 key…").arg(spec.description()));
    m_cancel->setText(tr("&Cancel Generation"));
    m_cancel->setEnabled(true);
    qCDebug(lcUi) << "key generation started" << spec.toString();
    m_job->start(spec);
}

void KeyGenerationPage::onFinished()
{
    if (!m_job || !m_job->result())
        return;
    const Result<PrivateKey> generated = *m_job->result();
    if (generated.ok())
        finish(generated.value());
    else if (m_job->state() == KeyGenerationJob::State::Cancelled ||
             generated.error().code == ErrorCode::Cancelled)
        fail(tr("Key generation was cancelled."));
    else
        fail(generated.errorMessage());
}

void KeyGenerationPage::stop()
{
    if (m_job) {
        // The worker stops on its own (cancelled) and reports to nobody.
        m_job->abandon();
        m_job->deleteLater();
        m_job = nullptr;
        if (!m_done) {
            m_status->setText(tr("Key generation was cancelled."));
            m_cancel->setText(tr("&Retry"));
        }
    }
}

void KeyGenerationPage::finish(const PrivateKey& key)
{
    auto* wizard = qobject_cast<CertificateRequestWizard*>(this->wizard());
    if (!wizard)
        return;
    const Status added = wizard->addRequest(key);
    if (!added.ok()) {
        fail(added.errorMessage());
        return;
    }
    m_done = true;
    m_progress->setValue(100);
    m_status->setText(tr("The %1 key was generated and the request was added to %2 as pending.")
                          .arg(key.description(), wizard->server()));
    m_cancel->setEnabled(false);
    m_cancel->hide();
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    emit completeChanged();
}

void KeyGenerationPage::fail(const QString& message)
{
    m_status->setText(message);
    m_cancel->setText(tr("&Retry"));
    m_cancel->setEnabled(true);
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    emit completeChanged();
}

} // namespace ds::ui
