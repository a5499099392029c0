#include "postfixapplywidget.h"

#include "export/postfixapplyjob.h"
#include "widgets/messagebox.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

PostfixApplyWidget::PostfixApplyWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"postfixApplyWidget"_s);
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* label = new QLabel(tr("Postfix &configuration directory:"), this);
    m_directory = new QLineEdit(this);
    m_directory->setObjectName(u"configDirectoryEdit"_s);
    m_directory->setAccessibleName(tr("Postfix configuration directory"));
    m_directory->setPlaceholderText(u"/etc/postfix"_s);
    label->setBuddy(m_directory);
    m_browse = new QPushButton(tr("Bro&wse…"), this);
    m_browse->setObjectName(u"configDirectoryBrowseButton"_s);
    m_apply = new QPushButton(tr("&Apply"), this);
    m_apply->setObjectName(u"applyButton"_s);
    m_apply->setToolTip(tr("Write the configuration into the directory with postconf and postmap, then run "
                           "\"postfix check\". Settings DomainSecure does not own are left alone."));
    m_cancel = new QPushButton(tr("Cancel A&pply"), this);
    m_cancel->setObjectName(u"cancelApplyButton"_s);
    m_allowGlobalChange = new QCheckBox(tr("Also replace &global settings set by the administrator"), this);
    m_allowGlobalChange->setObjectName(u"allowGlobalChangeCheckBox"_s);
    m_allowGlobalChange->setToolTip(
        tr("Without it, the apply refuses to replace main.cf settings the administrator set to other "
           "values (server certificate, myhostname, a smaller message_size_limit) and services it did "
           "not create. TLS security levels and CA files are never replaced."));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"applyProgressBar"_s);
    m_progress->setAccessibleName(tr("Apply progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setObjectName(u"applyStatusLabel"_s);
    m_status->setWordWrap(true);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(u"applyLogView"_s);
    m_log->setAccessibleName(tr("Changes made by the apply"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    m_log->setFixedHeight(80);

    layout->addWidget(label, 0, 0);
    layout->addWidget(m_directory, 0, 1);
    layout->addWidget(m_browse, 0, 2);
    layout->addWidget(m_apply, 0, 3);
    layout->addWidget(m_allowGlobalChange, 1, 0, 1, 4);
    layout->addWidget(m_progress, 2, 0, 1, 3);
    layout->addWidget(m_cancel, 2, 3);
    layout->addWidget(m_status, 3, 0, 1, 4);
    layout->addWidget(m_log, 4, 0, 1, 4);

    connect(m_directory, &QLineEdit::textChanged, this, &PostfixApplyWidget::updateButtons);
    connect(m_browse, &QPushButton::clicked, this, &PostfixApplyWidget::browse);
    connect(m_apply, &QPushButton::clicked, this, &PostfixApplyWidget::apply);
    connect(m_cancel, &QPushButton::clicked, this, &PostfixApplyWidget::cancel);
    updateButtons();
}

PostfixApplyWidget::~PostfixApplyWidget() = default; // the job (a child) waits for its worker

void PostfixApplyWidget::setBundle(const std::optional<PostfixBundle>& bundle)
{
    m_bundle = bundle;
    updateButtons();
}

void PostfixApplyWidget::setConfigDirectory(const QString& directory)
{
    m_directory->setText(directory);
}

QString PostfixApplyWidget::configDirectory() const
{
    return m_directory->text().trimmed();
}

bool PostfixApplyWidget::isRunning() const
{
    // Until onFinished() has shown the result (the worker may already have returned).
    return !m_job.isNull();
}

void PostfixApplyWidget::browse()
{
    const QString directory =
        QFileDialog::getExistingDirectory(this, tr("Postfix Configuration Directory"), configDirectory());
    if (!directory.isEmpty())
        m_directory->setText(directory);
}

void PostfixApplyWidget::updateButtons()
{
    const bool running = isRunning();
    m_apply->setEnabled(!running && m_bundle.has_value() && !configDirectory().isEmpty());
    m_cancel->setEnabled(running);
    m_directory->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_allowGlobalChange->setEnabled(!running);
}

void PostfixApplyWidget::apply()
{
    if (!m_bundle || isRunning())
        return;
    const QString directory = configDirectory();
    if (!QFileInfo(directory + u"/main.cf"_s).isFile()) {
        MessageBox::warning(
            this, tr("Apply to Postfix"),
            tr("%1 is not a Postfix configuration directory: it has no main.cf.").arg(directory));
        return;
    }
    if (MessageBox::question(this, tr("Apply to Postfix"),
                             tr("Change the Postfix configuration in %1? Only settings and services that "
                                "DomainSecure owns are written.")
                                 .arg(directory),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes)
        return;
    m_log->clear();
    m_status->setText(tr("Applying…"));
    m_progress->setRange(0, 0);
    m_job = new PostfixApplyJob(directory, *m_bundle, this);
    m_job->setAllowGlobalChange(m_allowGlobalChange->isChecked());
    connect(m_job, &PostfixApplyJob::progress, this, [this](int step, int total, const QString& what) {
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(step);
        m_status->setText(what);
    });
    connect(m_job, &PostfixApplyJob::finished, this, &PostfixApplyWidget::onFinished);
    m_job->start();
    updateButtons();
    emit runningChanged(true);
}

void PostfixApplyWidget::cancel()
{
    if (isRunning()) {
        m_status->setText(tr("Cancelling after the current step…"));
        m_job->cancel();
    }
}

void PostfixApplyWidget::onFinished()
{
    PostfixApplyJob* job = m_job;
    if (!job)
        return;
    bool ok = false;
    const auto& result = job->result();
    if (result && result->ok()) {
        ok = true;
        const PostfixApplyReport& report = result->value();
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        m_status->setText(report.changed() ? tr("Applied: %n change(s).", nullptr, int(report.changes.size()))
                                           : tr("Applied: the configuration was already up to date."));
        for (const QString& change : report.changes)
            m_log->appendPlainText(change);
        for (const QString& warning : report.checkWarnings)
            m_log->appendPlainText(tr("postfix check: %1").arg(warning));
    } else {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        const bool cancelled = result && result->error().code == ErrorCode::Cancelled;
        m_status->setText(cancelled
                              ? tr("Apply cancelled; steps already done stay done.")
                              : tr("Apply failed: %1").arg(result ? result->errorMessage() : QString()));
    }
    job->deleteLater();
    m_job.clear();
    updateButtons();
    emit runningChanged(false);
    emit applied(ok);
}

} // namespace ds::ui
