#pragma once

#include "model/ipaddress.h"
#include "probe/probeoptions.h"
#include "probe/probereport.h"

#include <QDialog>
#include <QPointer>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace ds::core {
class BackgroundJobBase;
class ProbeJob;
} // namespace ds::core

namespace ds::ui {

using namespace ds::core;

class ProbeResultTree;
class WorkspaceDocument;

// Test Connection: an SMTP STARTTLS / mutual-TLS probe of a partner's gateway (from a send
// connector: its smart host, or the partner domain's MX where DNS answers) or of our own binding
// (from a receive connector), with our server's certificate as client certificate. The probe runs
// in a worker (ProbeJob); the dialog shows the live transcript, progress, the result tree, and
// saves the report as JSON.
class TestConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TestConnectionDialog(WorkspaceDocument* document, QWidget* parent = nullptr);
    ~TestConnectionDialog() override;

    // Fill host, port, domain, EHLO name and level from a connector of the workspace.
    void setSendConnector(const QString& name);
    void setReceiveConnector(const QString& server, const QString& name);
    // Explicit values (also what the user types).
    void setHost(const QString& host, quint16 port = 25);
    void setDomain(const QString& domain);
    void setServer(const QString& server);
    void setLevel(ProbeLevel level);
    void setTimeoutSeconds(double seconds);
    void setClientCertificate(bool present);
    // The DNS server that the MX look-up of setSendConnector asks (as the CLI's --nameserver);
    // the system's resolver configuration when null. Set it before setSendConnector.
    void setNameserver(const IpAddress& nameserver) { m_nameserver = nameserver; }

    // The options the Start button would use, or the error that keeps it from starting.
    Result<ProbeOptions> options() const;
    bool isRunning() const;
    const std::optional<ProbeReport>& report() const { return m_report; }
    ProbeResultTree* resultTree() const { return m_tree; }

public slots:
    void reject() override;
    bool start();
    void cancel();
    // Writes the last report as JSON (core's ProbeReport::toJson); asks for a file when path is empty.
    bool save(const QString& path = {});
    // "Trust this partner's certificate": after a successful probe, shows the certificate the
    // partner's gateway presented (subject, names, public-key SHA-256, validity) and, when the
    // user confirms, pins it for the probed domain (PartnerPinOperations, one undo step).
    bool trustPartnerCertificate();

signals:
    void probeFinished(const ProbeReport& report);

private:
    void buildUi();
    void lookupMx(const QString& domain);
    void onFinished();
    void updateButtons();

    WorkspaceDocument* m_document;
    QPointer<ProbeJob> m_job;
    std::optional<ProbeReport> m_report;
    QString m_ehloName;
    QPointer<BackgroundJobBase> m_mxLookup; // the MX lookup whose answer is still wanted
    IpAddress m_nameserver;
    bool m_running = false;

    QLabel* m_origin = nullptr;
    QComboBox* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_domain = nullptr;
    QComboBox* m_server = nullptr;
    QComboBox* m_level = nullptr;
    QLineEdit* m_caFile = nullptr;
    QCheckBox* m_noClientCert = nullptr;
    QDoubleSpinBox* m_timeout = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLabel* m_passphraseLabel = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_trust = nullptr;
    QString m_probedDomain; // the partner domain of the last started probe
    QProgressBar* m_progress = nullptr;
    QLabel* m_step = nullptr;
    QLabel* m_summary = nullptr;
    QPlainTextEdit* m_transcript = nullptr;
    ProbeResultTree* m_tree = nullptr;
};

} // namespace ds::ui
