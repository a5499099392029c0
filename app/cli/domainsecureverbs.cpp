#include "domainsecureverbs.h"

#include "clisession.h"
#include "model/domainsecurelists.h"
#include "util/terminaltext.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

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
    DomainSecureLists& lists = session.workspace().domainSecure;
    for (const auto direction : {Direction::Send, Direction::Receive}) {
        const QString option = DomainSecureLists::directionName(direction);
        for (const QString& value : parser.values(option)) {
            for (const QString& text : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                auto changed = m_add ? lists.add(direction, text) : lists.remove(direction, text);
                if (!changed.ok())
                    return Result<Outcome>::failure(ErrorCode::BadInput,
                                                    u"--%1: %2"_s.arg(option, changed.errorMessage()));
                const QString domain = text.trimmed().toLower();
                m_changes.append(
                    QJsonObject{{u"list"_s, option}, {u"domain"_s, domain}, {u"changed"_s, changed.value()}});
                if (m_add) {
                    m_lines << (changed.value() ? tr("Added %1 to the %2 list").arg(domain, option)
                                                : tr("%1 is on the %2 list already").arg(domain, option));
                } else {
                    m_lines << (changed.value() ? tr("Removed %1 from the %2 list").arg(domain, option)
                                                : tr("%1 was not on the %2 list").arg(domain, option));
                }
            }
        }
    }
    return Outcome::Changed;
}

void DomainSecureChangeVerb::report(CliSession& session, const QCommandLineParser&)
{
    if (session.json()) {
        session.printJson(m_changes);
        return;
    }
    for (const QString& line : std::as_const(m_lines))
        session.out() << terminalSafe(line) << Qt::endl;
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
