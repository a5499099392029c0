#pragma once

#include "cliverb.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>
#include <vector>

namespace ds::cli {

class CliSession;

// domainsecure-cli: the table of verbs, grouped ("cert list", "receive new", "lint"), and the
// dispatch of "GROUP [VERB] [OPTIONS]" to them. The usage text and "GROUP --help" are made from
// the table, and the global options may come before or after the command.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    CliApplication();
    ~CliApplication();
    // arguments as from QCoreApplication::arguments(); returns the exit code.
    int run(const QStringList& arguments);

private:
    struct Group
    {
        QString name;
        QString summary; // translated
        std::vector<std::unique_ptr<CliVerb>> verbs;

        // The group is one verb without a name ("lint", "probe").
        bool single() const { return verbs.size() == 1 && verbs.front()->name().isEmpty(); }
        CliVerb* verb(const QString& word) const;
    };

    template <typename... Verbs> void addGroup(const QString& name, const QString& summary);

    QString usage() const;
    QString groupUsage(const Group& group) const;
    // Moves a global option (with its value) at arguments[index] to globals; false when the
    // argument is not a global option.
    static bool takeGlobalOption(const QStringList& arguments, qsizetype& index, QStringList& globals);
    static int runVerb(CliSession& session, const Group& group, CliVerb& verb, const QStringList& arguments);

    std::vector<Group> m_groups;
};

} // namespace ds::cli
