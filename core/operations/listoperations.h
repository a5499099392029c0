#pragma once

#include "change.h"
#include "model/domainsecurelists.h"
#include "model/workspace.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ds::core {

// Adds domains to and removes them from the domain-secure send and receive lists
// (TLSSendDomainSecureList, TLSReceiveDomainSecureList). All or nothing: one invalid domain
// refuses the whole edit.
class ListOperations
{
    Q_DECLARE_TR_FUNCTIONS(ListOperations)

public:
    using Direction = DomainSecureLists::Direction;

    struct Entry
    {
        Direction direction = Direction::Send;
        QString domain; // as typed; parsed as an SmtpDomain
    };
    // What happened to each entry: the domain as stored, and whether the list changed (false: it
    // was on the list already when adding, not on it when removing).
    struct EntryResult
    {
        Direction direction = Direction::Send;
        QString domain;
        bool changed = false;
    };
    struct ListChange : Change
    {
        QList<EntryResult> entries;
    };

    // Every domain in both directions (the New Partner set-up, "Add Domain-Secure Domain").
    static QList<Entry> bothDirections(const QStringList& domains);

    static Result<ListChange> add(const Workspace& workspace, const QList<Entry>& entries);
    static Result<ListChange> remove(const Workspace& workspace, const QList<Entry>& entries);

    // "Added fabrikam.example to the send list", one line per entry (the CLI's output).
    static QString describe(const EntryResult& entry, bool added);
};

} // namespace ds::core
