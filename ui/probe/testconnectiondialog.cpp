#include "testconnectiondialog.h"

#include "document/workspacedocument.h"
#include "operations/partnerpinoperations.h"
#include "probe/mxresolver.h"
#include "probe/probejob.h"
#include "proberesulttree.h"
#include "util/backgroundjob.h"
#include "util/durablefile.h"
#include "widgets/icons.h"
#include "widgets/messagebox.h"
#include "widgets/secretlineedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

TestConnectionDialog::TestConnectionDialog(WorkspaceDocument* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
{
    setObjectName(u"testConnectionDialog"_s);
    setWindowTitle(tr("Test Connection"));
    buildUi();
    const Workspace& workspace = m_document->workspace();
    m_server->addItem(tr("(none)"), QString());
    for (const Server& server : workspace.servers)
        m_server->addItem(Icons::get(u"server"_s), server.name, server.name);
    if (!workspace.servers.isEmpty())
        m_server->setCurrentIndex(1);
    m_passphrase->setVisible(workspace.keysProtected());
    m_passphraseLabel->setVisible(workspace.keysProtected());
    updateButtons();
}

TestConnectionDialog::~TestConnectionDialog() = default; // ProbeJob's destructor cancels and waits

void TestConnectionDialog::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    m_origin = new QLabel(this);
    m_origin->setObjectName(u"originLabel"_s);
    m_origin->setWordWrap(true);
    layout->addWidget(m_origin);

    auto* options = new QGroupBox(tr("Target and options"), this);
    auto* grid = new QGridLayout(options);
    m_host = new QComboBox(options);
    m_host->setObjectName(u"hostComboBox"_s);
    m_host->setEditable(true);
    m_host->setAccessibleName(tr("Host"));
    m_host->setMinimumContentsLength(24);
    m_port = new QSpinBox(options);
    m_port->setObjectName(u"portSpinBox"_s);
    m_port->setAccessibleName(tr("Port"));
    m_port->setRange(1, 65535);
    m_port->setValue(25);
    auto* hostLabel = new QLabel(tr("&Host:"), options);
    hostLabel->setBuddy(m_host);
    auto* portLabel = new QLabel(tr("P&ort:"), options);
    portLabel->setBuddy(m_port);
    grid->addWidget(hostLabel, 0, 0);
    grid->addWidget(m_host, 0, 1);
    grid->addWidget(portLabel, 0, 2);
    grid->addWidget(m_port, 0, 3);

    m_domain = new QLineEdit(options);
    m_domain->setObjectName(u"domainEdit"_s);
    m_domain->setAccessibleName(tr("Partner domain"));
    m_domain->setPlaceholderText(tr("partner.example"));
    auto* domainLabel = new QLabel(tr("&Domain:"), options);
    domainLabel->setBuddy(m_domain);
    m_level = new QComboBox(options);
    m_level->setObjectName(u"levelComboBox"_s);
    m_level->setAccessibleName(tr("Level"));
    m_level->addItem(tr("encrypt – TLS required, certificate not judged"), int(ProbeLevel::Encrypt));
    m_level->addItem(tr("verify – trusted chain and a matching host name"), int(ProbeLevel::Verify));
    m_level->addItem(tr("secure – trusted chain naming the partner domain"), int(ProbeLevel::Secure));
    m_level->setCurrentIndex(2);
    auto* levelLabel = new QLabel(tr("&Level:"), options);
    levelLabel->setBuddy(m_level);
    grid->addWidget(domainLabel, 1, 0);
    grid->addWidget(m_domain, 1, 1);
    grid->addWidget(levelLabel, 1, 2);
    grid->addWidget(m_level, 1, 3);

    m_server = new QComboBox(options);
    m_server->setObjectName(u"clientServerComboBox"_s);
    m_server->setAccessibleName(tr("Server whose certificate is presented"));
    m_noClientCert = new QCheckBox(tr("&No client certificate"), options);
    m_noClientCert->setObjectName(u"noClientCertCheckBox"_s);
    auto* serverLabel = new QLabel(tr("&Our server:"), options);
    serverLabel->setBuddy(m_server);
    grid->addWidget(serverLabel, 2, 0);
    grid->addWidget(m_server, 2, 1);
    grid->addWidget(m_noClientCert, 2, 2, 1, 2);

    m_caFile = new QLineEdit(options);
    m_caFile->setObjectName(u"caFileEdit"_s);
    m_caFile->setAccessibleName(tr("Extra CA file"));
    m_caFile->setPlaceholderText(tr("PEM file with more CA certificates (optional)"));
    auto* caLabel = new QLabel(tr("&CA file:"), options);
    caLabel->setBuddy(m_caFile);
    auto* caBrowse = new QPushButton(tr("Bro&wse…"), options);
    caBrowse->setObjectName(u"caFileBrowseButton"_s);
    connect(caBrowse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("CA Certificates"), m_caFile->text(),
                                         tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    m_timeout = new QDoubleSpinBox(options);
    m_timeout->setObjectName(u"timeoutSpinBox"_s);
    m_timeout->setAccessibleName(tr("Timeout per step in seconds"));
    m_timeout->setRange(0.1, 3600);
    m_timeout->setDecimals(1);
    m_timeout->setValue(30);
    m_timeout->setSuffix(tr(" s"));
    auto* timeoutLabel = new QLabel(tr("&Timeout:"), options);
    timeoutLabel->setBuddy(m_timeout);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(caBrowse);
    grid->addWidget(caLabel, 3, 0);
    grid->addLayout(caRow, 3, 1);
    grid->addWidget(timeoutLabel, 3, 2);
    grid->addWidget(m_timeout, 3, 3);

    m_passphrase = new SecretLineEdit(options);
    m_passphrase->setObjectName(u"passphraseEdit"_s);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Workspace passphrase"));
    m_passphraseLabel = new QLabel(tr("&Passphrase:"), options);
    m_passphraseLabel->setBuddy(m_passphrase);
    grid->addWidget(m_passphraseLabel, 4, 0);
    grid->addWidget(m_passphrase, 4, 1);
    grid->setColumnStretch(1, 1);
    layout->addWidget(options);

    auto* runRow = new QHBoxLayout;
    m_start = new QPushButton(Icons::get(u"probe"_s), tr("&Start"), this);
    m_start->setObjectName(u"startButton"_s);
    m_start->setDefault(true);
    m_cancel = new QPushButton(tr("&Cancel Test"), this);
    m_cancel->setObjectName(u"cancelTestButton"_s);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"probeProgressBar"_s);
    m_progress->setAccessibleName(tr("Test progress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_step = new QLabel(this);
    m_step->setObjectName(u"stepLabel"_s);
    runRow->addWidget(m_start);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_step);
    layout->addLayout(runRow);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_transcript = new QPlainTextEdit(splitter);
    m_transcript->setObjectName(u"transcriptView"_s);
    m_transcript->setAccessibleName(tr("SMTP transcript"));
    m_transcript->setReadOnly(true);
    m_transcript->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_transcript->setMaximumBlockCount(5000);
    m_transcript->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tree = new ProbeResultTree(splitter);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"testConnectionButtonBox"_s);
    m_save = buttons->addButton(tr("Sa&ve Report…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(u"saveReportButton"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &TestConnectionDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    m_trust = buttons->addButton(tr("T&rust This Partner's Certificate…"), QDialogButtonBox::ActionRole);
    m_trust->setObjectName(u"trustPartnerCertificateButton"_s);
    m_trust->setToolTip(tr("Pin the public key of the certificate the partner's gateway presented, so that "
                           "only this key (or another pinned one) is accepted for the partner domain."));
    connect(m_trust, &QPushButton::clicked, this, [this] { trustPartnerCertificate(); });
    layout->addWidget(buttons);

    connect(m_start, &QPushButton::clicked, this, &TestConnectionDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &TestConnectionDialog::cancel);
    connect(m_host, &QComboBox::editTextChanged, this, &TestConnectionDialog::updateButtons);
    connect(m_noClientCert, &QCheckBox::toggled, m_server, &QWidget::setDisabled);
    resize(820, 720);
}

void TestConnectionDialog::setSendConnector(const QString& name)
{
    const Workspace& workspace = m_document->workspace();
    const SendConnector* connector = workspace.sendConnector(name);
    if (!connector)
        return;
    const QStringList domains = connector->plainDomains();
    const QString domain = domains.value(0);
    setDomain(domain);
    setLevel(connector->domainSecureEnabled ? ProbeLevel::Secure : ProbeLevel::Encrypt);
    m_host->clear();
    if (!connector->dnsRoutingEnabled && !connector->smartHosts.isEmpty()) {
        for (const QString& host : connector->smartHosts)
            m_host->addItem(host);
        m_port->setValue(connector->port);
        m_origin->setText(
            tr("Send connector %1: its smart host, as Postfix or Exchange would connect.").arg(name));
    } else {
        // The MX lookup fills in the real gateways where DNS answers; the domain itself until then.
        m_host->addItem(domain);
        m_port->setValue(25);
        m_origin->setText(tr("Send connector %1: the MX hosts of %2 (looked up in DNS; type a host when DNS "
                             "does not answer).")
                              .arg(name, domain));
        if (!domain.isEmpty())
            lookupMx(domain);
    }
    const QString source = connector->sourceTransportServers.value(0);
    if (!source.isEmpty())
        setServer(source);
    m_ehloName = connector->fqdn.toString();
    updateButtons();
}

void TestConnectionDialog::setReceiveConnector(const QString& serverName, const QString& name)
{
    const Workspace& workspace = m_document->workspace();
    const Server* server = workspace.server(serverName);
    const ReceiveConnector* connector = server ? server->receiveConnector(name) : nullptr;
    if (!connector)
        return;
    m_host->clear();
    for (const Binding& binding : connector->bindings) {
        // The any-address is reachable on loopback of its family.
        QString host = binding.address().toString();
        if (binding.isAnyAddress())
            host = binding.address().isIPv6() ? u"::1"_s : u"127.0.0.1"_s;
        if (m_host->findText(host) < 0)
            m_host->addItem(host);
    }
    if (!connector->bindings.isEmpty())
        m_port->setValue(connector->bindings.first().port());
    // What a partner checks: our organization's domain (the certificate names a host below it).
    setDomain(workspace.domains.value(0, server->fqdn));
    setLevel(connector->domainSecureEnabled ? ProbeLevel::Secure : ProbeLevel::Encrypt);
    setServer(serverName);
    m_ehloName = server->fqdn;
    m_origin->setText(
        tr("Receive connector %1\\%2: a self-test against our own binding, as a partner would connect.")
            .arg(serverName, name));
    updateButtons();
}

void TestConnectionDialog::setHost(const QString& host, quint16 port)
{
    m_host->setEditText(host);
    m_port->setValue(port);
}

void TestConnectionDialog::setDomain(const QString& domain)
{
    m_domain->setText(domain);
}

void TestConnectionDialog::setServer(const QString& server)
{
    const int index = m_server->findData(server);
    if (index >= 0)
        m_server->setCurrentIndex(index);
}

void TestConnectionDialog::setLevel(ProbeLevel level)
{
    m_level->setCurrentIndex(qMax(0, m_level->findData(int(level))));
}

void TestConnectionDialog::setTimeoutSeconds(double seconds)
{
    m_timeout->setValue(seconds);
}

void TestConnectionDialog::setClientCertificate(bool present)
{
    m_noClientCert->setChecked(!present);
}

void TestConnectionDialog::lookupMx(const QString& domain)
{
    using Hosts = Result<QList<MxResolver::Host>>;
    if (m_mxLookup) { // its answer is no longer wanted
        m_mxLookup->abandon();
        m_mxLookup->deleteLater();
    }
    auto* job = new BackgroundJob<Hosts>(this);
    m_mxLookup = job;
    connect(job, &BackgroundJobBase::finished, this, [this, job, domain] {
        job->deleteLater();
        const Hosts hosts = *job->result();
        if (!hosts.ok() || hosts->isEmpty() || hosts->first().implicit) {
            m_origin->setText(m_origin->text() + u' ' +
                              tr("No MX answer for %1; testing %1 itself.").arg(domain));
            return;
        }
        const QString typed = m_host->currentText();
        m_host->clear();
        for (const MxResolver::Host& host : hosts.value())
            m_host->addItem(host.name);
        if (typed != domain) // the user typed a host meanwhile: keep it
            m_host->setEditText(typed);
    });
    job->start([domain, nameserver = m_nameserver](JobContext&) {
        return MxResolver::lookup(domain, 5000, nameserver);
    });
}

Result<ProbeOptions> TestConnectionDialog::options() const
{
    ProbeOptions options;
    const QString host = m_host->currentText().trimmed();
    if (host.isEmpty())
        return Result<ProbeOptions>::failure(ErrorCode::Usage, tr("Enter the host to test."));
    // Bracket a bare IPv6 literal so that setTarget does not read its last group as a port.
    const QString target = host.contains(u':') && !host.startsWith(u'[') ? u"[%1]"_s.arg(host) : host;
    if (Status s = options.setTarget(u"%1:%2"_s.arg(target).arg(m_port->value())); !s.ok())
        return s.error();
    options.domain = m_domain->text().trimmed();
    options.level = ProbeLevel(m_level->currentData().toInt());
    options.timeoutMs = qMax(100, int(m_timeout->value() * 1000));
    options.ehloName = m_ehloName;
    const QString caFile = m_caFile->text().trimmed();
    if (!caFile.isEmpty()) {
        if (!QFileInfo(caFile).isFile() || !QFileInfo(caFile).isReadable())
            return Result<ProbeOptions>::failure(ErrorCode::BadInput,
                                                 tr("%1: cannot read the CA file").arg(caFile));
        options.caFiles << caFile;
    }
    const Workspace& workspace = m_document->workspace();
    QString server = m_server->currentData().toString();
    if (m_noClientCert->isChecked()) {
        if (const Server* s = workspace.server(server); s && options.ehloName.isEmpty())
            options.ehloName = s->fqdn;
        server.clear();
    }
    if (Status s = options.useWorkspace(workspace, server, m_passphrase->text()); !s.ok())
        return s.error();
    return options;
}

bool TestConnectionDialog::isRunning() const
{
    // Until onFinished() has shown the report (the worker may already have returned).
    return m_running;
}

bool TestConnectionDialog::start()
{
    if (isRunning())
        return false;
    const auto prepared = options();
    if (!prepared.ok()) {
        m_summary->setText(tr("Cannot start: %1").arg(prepared.errorMessage()));
        return false;
    }
    m_report.reset();
    m_probedDomain = prepared->domain;
    m_tree->clear();
    m_transcript->clear();
    m_summary->setText(tr("Testing %1:%2…").arg(prepared->host).arg(prepared->port));
    m_progress->setValue(0);
    if (!m_job) {
        m_job = new ProbeJob(this);
        connect(m_job, &ProbeJob::transcriptLine, this, [this](const ProbeReport::TranscriptLine& line) {
            m_transcript->appendPlainText(line.toText());
        });
        connect(m_job, &ProbeJob::progress, this, [this](int percent, int, const QString& step) {
            m_progress->setValue(percent);
            m_step->setText(step);
        });
        connect(m_job, &ProbeJob::finished, this, &TestConnectionDialog::onFinished);
    }
    const bool started = m_job->start(*prepared);
    m_running = started;
    updateButtons();
    return started;
}

void TestConnectionDialog::cancel()
{
    if (isRunning()) {
        m_step->setText(tr("Cancelling…"));
        m_job->cancel();
    }
}

void TestConnectionDialog::onFinished()
{
    if (!m_job || !m_job->result())
        return;
    const ProbeReport report = *m_job->result();
    m_running = false;
    m_report = report;
    m_tree->setReport(report);
    m_progress->setValue(100);
    m_step->clear();
    QString summary = report.success() ? tr("Success: %1").arg(ProbeReport::resultName(report.result))
                                       : tr("Failed: %1").arg(ProbeReport::resultName(report.result));
    if (!report.error.isEmpty())
        summary += u" — "_s + report.error;
    if (!report.hint.isEmpty())
        summary += u"\n"_s + tr("How to fix: %1").arg(report.hint);
    m_summary->setText(summary);
    updateButtons();
    emit probeFinished(report);
}

void TestConnectionDialog::updateButtons()
{
    const bool running = isRunning();
    m_start->setEnabled(!running && !m_host->currentText().trimmed().isEmpty());
    m_cancel->setEnabled(running);
    m_save->setEnabled(!running && m_report.has_value());
    // Only a certificate the probe verified (trusted chain, the partner's name) may become a pin.
    m_trust->setEnabled(!running && m_document && m_report &&
                        PartnerPinOperations::verifiedByProbe(*m_report) && !m_probedDomain.isEmpty());
}

bool TestConnectionDialog::save(const QString& path)
{
    if (!m_report)
        return false;
    QString file = path;
    if (file.isEmpty()) {
        file = QFileDialog::getSaveFileName(
            this, tr("Save Test Report"), u"probe-%1.json"_s.arg(m_report->host), tr("JSON files (*.json)"));
        if (file.isEmpty())
            return false;
    }
    if (const Status written =
            DurableFile::writeFile(file, QJsonDocument(m_report->toJson()).toJson(QJsonDocument::Indented),
                                   DurableFile::kPublicMode);
        !written.ok()) {
        MessageBox::critical(this, tr("Save Test Report"), written.errorMessage());
        return false;
    }
    return true;
}

void TestConnectionDialog::reject()
{
    if (isRunning()) {
        // Close once the worker has returned (it checks the cancel flag at every step).
        cancel();
        connect(m_job, &ProbeJob::finished, this, &TestConnectionDialog::reject, Qt::SingleShotConnection);
        return;
    }
    QDialog::reject();
}

bool TestConnectionDialog::trustPartnerCertificate()
{
    if (!m_trust->isEnabled())
        return false;
    const Certificate certificate = m_report->chainSent.first().certificate;
    const QString pin = Certificate::fingerprint(certificate.spkiDer(), Certificate::Digest::Sha256);
    const QString title = tr("Trust This Partner's Certificate");
    const QString text =
        tr("Pin this certificate's public key for partner %1? Only a gateway that presents this key (or "
           "another "
           "pinned one) will be accepted for %1.\n\nSubject: %2\nNames: %3\nPublic key SHA-256: %4\nValid "
           "from %5 until %6")
            .arg(m_probedDomain, certificate.subject(),
                 certificate.dnsNames().isEmpty() ? tr("none") : certificate.dnsNames().join(u", "_s), pin,
                 QLocale().toString(certificate.notBefore().toLocalTime(), QLocale::ShortFormat),
                 QLocale().toString(certificate.notAfter().toLocalTime(), QLocale::ShortFormat));
    if (MessageBox::question(this, title, text) != QMessageBox::Yes)
        return false;
    const Status applied = m_document->apply(
        PartnerPinOperations::addFromProbe(m_document->workspace(), m_probedDomain, *m_report));
    MessageBox::failure(this, title, applied);
    return applied.ok();
}

} // namespace ds::ui
