#pragma once

#include "cliverb.h"
#include "operations/listoperations.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ds::cli {

using namespace ds::core;

// domainsecure-cli domain-secure add|remove|list over ListOperations.

// add and remove: --send and --receive domains.
class DomainSecureChangeVerb : public WorkspaceVerb
{
    Q_DECLARE_TR_FUNCTIONS(DomainSecureChangeVerb)

public:
    QString name() const override;
    QString description() const override;
    QList<CliOption> options() const override;

protected:
    explicit DomainSecureChangeVerb(bool add)
        : m_add(add)
    {}
    Status check(CliSession& session, const QCommandLineParser& parser) override;
    Result<Outcome> act(CliSession& session, const QCommandLineParser& parser) override;
    void report(CliSession& session, const QCommandLineParser& parser) override;

private:
    const bool m_add;
    QList<ListOperations::EntryResult> m_entries;
};

class DomainSecureAddVerb : public DomainSecureChangeVerb
{
public:
    DomainSecureAddVerb()
        : DomainSecureChangeVerb(true)
    {}
};

class DomainSecureRemoveVerb : public DomainSecureChangeVerb
{
public:
    DomainSecureRemoveVerb()
        : DomainSecureChangeVerb(false)
    {}
};

class DomainSecureListVerb : public WorkspaceVerb
{
    Q_DECLARE_TR_FUNCTIONS(DomainSecureListVerb)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString description() const override;

protected:
    Status check(CliSession&, const QCommandLineParser&) override { return {}; }
    Result<Outcome> act(CliSession& session, const QCommandLineParser& parser) override;
};

} // namespace ds::cli
