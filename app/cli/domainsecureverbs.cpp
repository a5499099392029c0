#include "domainsecureverbs.h"

#include "clisession.h"
#include "connectoroptions.h"
#include "model/domainsecurelists.h"
#include "operations/listoperations.h"
#include "util/terminaltext.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ds::cli {

using namespace ds::core;

using Direction = DomainSecureLists::Direction;

QString DomainSecureChangeVerb::name() const
{
    return m_add ? u"add"_s : u"remove"_s;
}

QString DomainSecureChangeVerb::description() const
{
    return m_add ? tr("Add domains to the domain-secure lists.")
                 : tr("Remove domains from the domain-secure lists.");
}

QList<CliOption> DomainSecureChangeVerb::options() const
{
    return {{{u"send"_s}, tr("A domain for TLSSendDomainSecureList (repeatable)."), tr("DOMAIN")},
            {{u"receive"_s}, tr("A domain for TLSReceiveDomainSecureList (repeatable)."), tr("DOMAIN")}};
}

Status DomainSecureChangeVerb::check(CliSession&, const QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty()) {
        return Status::failure(ErrorCode::Usage,
                               tr("domain-secure: give domains with --send or --receive, not \"%1\"")
                                   .arg(parser.positionalArguments().first()));
    }
    if (!parser.isSet(u"send"_s) && !parser.isSet(u"receive"_s))
        return Status::failure(ErrorCode::Usage,
                               tr("domain-secure: give at least one --send or --receive domain"));
    return {};
}

Result<WorkspaceVerb::Outcome> DomainSecureChangeVerb::act(CliSession& session,
                                                           const QCommandLineParser& parser)
{
    QList<ListOperations::Entry> entries;
    for (const auto direction : {Direction::Send, Direction::Receive}) {
        const QStringList values = parser.values(DomainSecureLists::directionName(direction));
        for (const QString& domain : ConnectorOptions::splitValues(values))
            entries << ListOperations::Entry{direction, domain};
    }
    auto change = m_add ? ListOperations::add(session.workspace(), entries)
                        : ListOperations::remove(session.workspace(), entries);
    if (change.ok())
        m_entries = change->entries;
    return adopt(session, change);
}

void DomainSecureChangeVerb::report(CliSession& session, const QCommandLineParser&)
{
    if (session.json()) {
        QJsonArray changes;
        for (const auto& entry : std::as_const(m_entries))
            changes.append(QJsonObject{{u"list"_s, DomainSecureLists::directionName(entry.direction)},
                                       {u"domain"_s, entry.domain},
                                       {u"changed"_s, entry.changed}});
        session.printJson(changes);
        return;
    }
    for (const auto& entry : std::as_const(m_entries))
        session.out() << terminalSafe(ListOperations::describe(entry, m_add)) << Qt::endl;
}

QString DomainSecureListVerb::description() const
{
    return tr("Show the domain-secure send and receive lists.");
}

Result<WorkspaceVerb::Outcome> DomainSecureListVerb::act(CliSession& session, const QCommandLineParser&)
{
    const DomainSecureLists& lists = session.workspace().domainSecure;
    if (session.json()) {
        session.printJson(QJsonObject{{u"send"_s, QJsonArray::fromStringList(lists.send)},
                                      {u"receive"_s, QJsonArray::fromStringList(lists.receive)}});
        return Outcome::Unchanged;
    }
    // One line per entry, "send\tdomain", so that scripts can grep it.
    for (const QString& domain : lists.send)
        session.out() << u"send\t"_s << terminalSafe(domain) << Qt::endl;
    for (const QString& domain : lists.receive)
        session.out() << u"receive\t"_s << terminalSafe(domain) << Qt::endl;
    return Outcome::Unchanged;
}

} // namespace ds::cli
