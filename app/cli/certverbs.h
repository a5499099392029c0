#pragma once

#include "cliverb.h"
#include "crypto/keyspec.h"
#include "model/certificatemanager.h"
#include "util/durablefile.h"

#include <QCoreApplication>
#include <optional>

namespace ds::cli {

using namespace ds::core;

// domainsecure-cli cert request|self-signed|import|list|show|enable|export|remove

// cert request (and, with selfSigned, cert self-signed): a key and a request for a CA, written
// to --out together with the workspace, or a self-signed certificate.
class CertRequestVerb : public WorkspaceVerb
{
    Q_DECLARE_TR_FUNCTIONS(CertRequestVerb)

public:
    CertRequestVerb()
        : CertRequestVerb(false)
    {}
    QString name() const override;
    QString description() const override;
    QList<CliOption> options() const override;

protected:
    explicit CertRequestVerb(bool selfSigned)
        : m_selfSigned(selfSigned)
    {}
    PassphraseNeed passphraseNeed() const override { return PassphraseNeed::Required; }
    Status check(CliSession& session, const QCommandLineParser& parser) override;
    Result<Outcome> act(CliSession& session, const QCommandLineParser& parser) override;
    Status save(CliSession& session) override;
    void report(CliSession& session, const QCommandLineParser& parser) override;

private:
    const bool m_selfSigned;
    int m_days = 365;
    std::optional<KeySpec> m_spec;
    std::optional<CertificateEntry> m_entry;
    std::optional<CertificateManager::CreatedRequest> m_created;
    DurableBatch m_requestFile;
};

class CertSelfSignedVerb : public CertRequestVerb
{
public:
    CertSelfSignedVerb()
        : CertRequestVerb(true)
    {}
};

class CertImportVerb : public WorkspaceVerb
{
    Q_DECLARE_TR_FUNCTIONS(CertImportVerb)

public:
    ~CertImportVerb() override; // wipes the password
    QString name() const override { return QStringLiteral("import"); }
    QString description() const override;
    QList<CliOption> options() const override;
    QList<CliArgument> arguments() const override;
    // The services of --services / --enable; a Usage error names the bad word.
    static Result<Services> parseServices(const QString& text);

protected:
    PassphraseNeed passphraseNeed() const override { return PassphraseNeed::Optional; }
    Status check(CliSession& session, const QCommandLineParser& parser) override;
    Result<Outcome> act(CliSession& session, const QCommandLineParser& parser) override;
    void report(CliSession& session, const QCommandLineParser& parser) override;

private:
    CertificateManager::ImportOptions m_options;
    QString m_password;
    QList<CertificateManager::ImportReport> m_reports;
};

class CertListVerb : public WorkspaceVerb
{
    Q_DECLARE_TR_FUNCTIONS(CertListVerb)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString description() const override;
    QList<CliOption> options() const override;

protected:
    Status check(CliSession&, const QCommandLineParser&) override { return {}; }
    Result<Outcome> act(CliSession& session, const QCommandLineParser& parser) override;
};

class CertShowVerb : public WorkspaceVerb
{
    Q_DECLARE_TR_FUNCTIONS(CertShowVerb)

public:
    QString name() const override { return QStringLiteral("show"); }
    QString description() const override;
    QList<CliArgument> arguments() const override;

protected:
    Status check(CliSession& session, const QCommandLineParser& parser) override;
    Result<Outcome> act(CliSession& session, const QCommandLineParser& parser) override;
};

class CertEnableVerb : public WorkspaceVerb
{
    Q_DECLARE_TR_FUNCTIONS(CertEnableVerb)

public:
    QString name() const override { return QStringLiteral("enable"); }
    QString description() const override;
    QList<CliOption> options() const override;
    QList<CliArgument> arguments() const override;

protected:
    Status check(CliSession& session, const QCommandLineParser& parser) override;
    Result<Outcome> act(CliSession& session, const QCommandLineParser& parser) override;
    void report(CliSession& session, const QCommandLineParser& parser) override;

private:
    Services m_services;
    std::optional<CertificateManager::EnableReport> m_report;
};

class CertExportVerb : public WorkspaceVerb
{
    Q_DECLARE_TR_FUNCTIONS(CertExportVerb)

public:
    ~CertExportVerb() override; // wipes the password
    QString name() const override { return QStringLiteral("export"); }
    QString description() const override;
    QList<CliOption> options() const override;
    QList<CliArgument> arguments() const override;

protected:
    PassphraseNeed passphraseNeed() const override { return PassphraseNeed::Optional; }
    Status check(CliSession& session, const QCommandLineParser& parser) override;
    Result<Outcome> act(CliSession& session, const QCommandLineParser& parser) override;
    void report(CliSession& session, const QCommandLineParser& parser) override;

private:
    CertificateManager::ExportOptions m_options;
    QString m_format;
    qint64 m_bytes = 0;
};

// A straight port; the certificate operations will take its rule.
class CertRemoveVerb : public WorkspaceVerb
{
    Q_DECLARE_TR_FUNCTIONS(CertRemoveVerb)

public:
    QString name() const override { return QStringLiteral("remove"); }
    QString description() const override;
    QList<CliArgument> arguments() const override;

protected:
    Status check(CliSession& session, const QCommandLineParser& parser) override;
    Result<Outcome> act(CliSession& session, const QCommandLineParser& parser) override;
    void report(CliSession& session, const QCommandLineParser& parser) override;

private:
    bool m_pending = false;
};

} // namespace ds::cli
