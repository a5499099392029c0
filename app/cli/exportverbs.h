#pragma once

#include "cliverb.h"

#include <QCoreApplication>

namespace ds::cli {

// domainsecure-cli export exchange|postfix …: refuses while `lint --target` reports errors (and
// prints the findings), writes the exporter's files, and for postfix optionally applies them to a
// Postfix configuration directory.
class ExportVerb : public CliVerb
{
    Q_DECLARE_TR_FUNCTIONS(ExportVerb)

public:
    QString name() const override;
    QStringList aliases() const override;
    QString description() const override;
    QList<CliOption> options() const override;
    int run(CliSession& session, const QCommandLineParser& parser) override;

protected:
    explicit ExportVerb(bool postfix)
        : m_postfix(postfix)
    {}

private:
    const bool m_postfix;
};

class ExportExchangeVerb : public ExportVerb
{
public:
    ExportExchangeVerb()
        : ExportVerb(false)
    {}
};

class ExportPostfixVerb : public ExportVerb
{
public:
    ExportPostfixVerb()
        : ExportVerb(true)
    {}
};

} // namespace ds::cli
