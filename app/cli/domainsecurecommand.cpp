#include "domainsecurecommand.h"

#include "clisession.h"
#include "model/domainsecurelists.h"
#include "util/terminaltext.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

using Direction = DomainSecureLists::Direction;

QString DomainSecureCommand::summary() const
{
    return tr("The domain-secure send and receive lists (add, remove, list)");
}

int DomainSecureCommand::run(CliSession& session, const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    if (sub == u"add"_s || sub == u"remove"_s)
        return change(session, sub == u"add"_s, arguments.mid(1));
    if (sub == u"list"_s)
        return list(session, arguments.mid(1));
    return session.usageError(tr("domain-secure: expected add, remove or list"));
}

int DomainSecureCommand::change(CliSession& session, bool add, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(add ? tr("Add domains to the domain-secure lists.")
                                         : tr("Remove domains from the domain-secure lists."));
    parser.addOption({u"send"_s, tr("A domain for TLSSendDomainSecureList (repeatable)."), tr("DOMAIN")});
    parser.addOption(
        {u"receive"_s, tr("A domain for TLSReceiveDomainSecureList (repeatable)."), tr("DOMAIN")});
    const QString command =
        add ? u"domainsecure-cli domain-secure add"_s : u"domainsecure-cli domain-secure remove"_s;
    if (auto code = session.parse(parser, QStringList{command} + arguments))
        return *code;
    if (!parser.positionalArguments().isEmpty()) {
        return session.usageError(tr("domain-secure: give domains with --send or --receive, not \"%1\"")
                                      .arg(parser.positionalArguments().first()));
    }
    if (!parser.isSet(u"send"_s) && !parser.isSet(u"receive"_s))
        return session.usageError(tr("domain-secure: give at least one --send or --receive domain"));
    if (auto loaded = session.loadWorkspace(); !loaded.ok())
        return session.fail(loaded.error());
    DomainSecureLists& lists = session.workspace().domainSecure;
    QJsonArray changes;
    QStringList lines;
    for (const auto direction : {Direction::Send, Direction::Receive}) {
        const QString option = DomainSecureLists::directionName(direction);
        for (const QString& value : parser.values(option)) {
            for (const QString& text : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                auto changed = add ? lists.add(direction, text) : lists.remove(direction, text);
                if (!changed.ok())
                    return session.fail(ErrorCode::BadInput,
                                        u"--%1: %2"_s.arg(option, changed.errorMessage()));
                const QString domain = text.trimmed().toLower();
                changes.append(
                    QJsonObject{{u"list"_s, option}, {u"domain"_s, domain}, {u"changed"_s, changed.value()}});
                if (add) {
                    lines << (changed.value() ? tr("Added %1 to the %2 list").arg(domain, option)
                                              : tr("%1 is on the %2 list already").arg(domain, option));
                } else {
                    lines << (changed.value() ? tr("Removed %1 from the %2 list").arg(domain, option)
                                              : tr("%1 was not on the %2 list").arg(domain, option));
                }
            }
        }
    }
    if (auto saved = session.saveWorkspace(); !saved.ok())
        return session.fail(saved.error());
    if (session.json()) {
        session.printJson(changes);
    } else {
        for (const QString& line : lines)
            session.out() << terminalSafe(line) << Qt::endl;
    }
    return 0;
}

int DomainSecureCommand::list(CliSession& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show the domain-secure send and receive lists."));
    if (auto code = session.parse(parser, QStringList{u"domainsecure-cli domain-secure list"_s} + arguments))
        return *code;
    if (auto loaded = session.loadWorkspace(); !loaded.ok())
        return session.fail(loaded.error());
    const DomainSecureLists& lists = session.workspace().domainSecure;
    if (session.json()) {
        session.printJson(QJsonObject{{u"send"_s, QJsonArray::fromStringList(lists.send)},
                                      {u"receive"_s, QJsonArray::fromStringList(lists.receive)}});
        return 0;
    }
    // One line per entry, "send\tdomain", so that scripts can grep it.
    for (const QString& domain : lists.send)
        session.out() << u"send\t"_s << terminalSafe(domain) << Qt::endl;
    for (const QString& domain : lists.receive)
        session.out() << u"receive\t"_s << terminalSafe(domain) << Qt::endl;
    return 0;
}
