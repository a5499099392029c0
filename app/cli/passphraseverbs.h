#pragma once

#include "cliverb.h"

#include <QCoreApplication>

namespace ds::cli {

// domainsecure-cli passphrase set|change|remove: the passphrase that encrypts the private keys.
class PassphraseVerb : public WorkspaceVerb
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseVerb)

public:
    ~PassphraseVerb() override; // wipes the new passphrase
    QString name() const override;
    QString description() const override;
    QList<CliOption> options() const override;

protected:
    enum class Mode { Set, Change, Remove };
    explicit PassphraseVerb(Mode mode)
        : m_mode(mode)
    {}
    Status check(CliSession& session, const QCommandLineParser& parser) override;
    Result<Outcome> act(CliSession& session, const QCommandLineParser& parser) override;
    void report(CliSession& session, const QCommandLineParser& parser) override;

private:
    const Mode m_mode;
    QString m_newPassphrase;
};

class PassphraseSetVerb : public PassphraseVerb
{
public:
    PassphraseSetVerb()
        : PassphraseVerb(Mode::Set)
    {}
};

class PassphraseChangeVerb : public PassphraseVerb
{
public:
    PassphraseChangeVerb()
        : PassphraseVerb(Mode::Change)
    {}
};

class PassphraseRemoveVerb : public PassphraseVerb
{
public:
    PassphraseRemoveVerb()
        : PassphraseVerb(Mode::Remove)
    {}
};

} // namespace ds::cli
