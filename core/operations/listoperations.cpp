#include "listoperations.h"

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {
Result<ListOperations::ListChange> edit(const Workspace& workspace,
                                        const QList<ListOperations::Entry>& entries, bool add)
{
    using Direction = ListOperations::Direction;
    if (entries.isEmpty())
        return Error{ErrorCode::Usage, ListOperations::tr("no domain given")};
    ListOperations::ListChange change;
    change.workspace = workspace;
    QStringList domains;
    bool send = false;
    bool receive = false;
    for (const auto& entry : entries) {
        auto changed = add ? change.workspace.domainSecure.add(entry.direction, entry.domain)
                           : change.workspace.domainSecure.remove(entry.direction, entry.domain);
        if (!changed.ok()) {
            return Error{ErrorCode::BadInput,
                         ListOperations::tr("%1 list: %2")
                             .arg(DomainSecureLists::directionName(entry.direction), changed.errorMessage())};
        }
        const QString domain = entry.domain.trimmed().toLower();
        change.entries << ListOperations::EntryResult{entry.direction, domain, changed.value()};
        if (!domains.contains(domain))
            domains << domain;
        (entry.direction == Direction::Send ? send : receive) = true;
    }
    const QString list = send && receive ? ListOperations::tr("the domain-secure lists")
                         : send          ? ListOperations::tr("the domain-secure send list")
                                         : ListOperations::tr("the domain-secure receive list");
    change.object = domains.join(u", "_s);
    change.description = add ? ListOperations::tr("Add %1 to %2").arg(change.object, list)
                             : ListOperations::tr("Remove %1 from %2").arg(change.object, list);
    return change;
}
} // namespace

QList<ListOperations::Entry> ListOperations::bothDirections(const QStringList& domains)
{
    QList<Entry> entries;
    for (const auto direction : {Direction::Send, Direction::Receive}) {
        for (const QString& domain : domains)
            entries << Entry{direction, domain};
    }
    return entries;
}

Result<ListOperations::ListChange> ListOperations::add(const Workspace& workspace,
                                                       const QList<Entry>& entries)
{
    return edit(workspace, entries, true);
}

Result<ListOperations::ListChange> ListOperations::remove(const Workspace& workspace,
                                                          const QList<Entry>& entries)
{
    return edit(workspace, entries, false);
}

QString ListOperations::describe(const EntryResult& entry, bool added)
{
    const QString list = DomainSecureLists::directionName(entry.direction);
    if (added)
        return entry.changed ? tr("Added %1 to the %2 list").arg(entry.domain, list)
                             : tr("%1 is on the %2 list already").arg(entry.domain, list);
    return entry.changed ? tr("Removed %1 from the %2 list").arg(entry.domain, list)
                         : tr("%1 was not on the %2 list").arg(entry.domain, list);
}

} // namespace ds::core
