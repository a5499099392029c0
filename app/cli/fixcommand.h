#pragma once

#include <QJsonObject>
#include <QString>

namespace ds::core {
struct Finding;
} // namespace ds::core

namespace ds::cli {

using namespace ds::core;

// The domainsecure-cli command line that carries out a finding's fix, for the CLI's reports:
// core names the fix as an action, the CLI spells it in its own syntax. Words in capitals are
// for the administrator to fill in. Empty when the fix has no command.
class FixCommand
{
public:
    static QString of(const Finding& finding);
    // The finding as the CLI reports it: its text line, and the command on the next line,
    // indented, when there is one.
    static QString report(const Finding& finding);
    // Finding::toJson() with the command as "fix"."command" when there is one.
    static QJsonObject toJson(const Finding& finding);
    // The option of "receive set" / "send set" that edits a model field; empty when none does.
    static QString receiveOption(const QString& field);
    static QString sendOption(const QString& field);
};

} // namespace ds::cli
