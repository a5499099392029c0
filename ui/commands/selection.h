#pragma once

#include <QString>
#include <QStringList>

namespace ds::ui {

// What the navigation tree shows in the result pane.
enum class PageKind {
    Organization,
    SendConnectors,
    DomainSecurity,
    TrustedRoots,
    Servers,
    Server,
    Certificates,
    ReceiveConnectors,
};

// The kinds of objects a result pane row can stand for.
enum class ObjectKind {
    None,
    Server,
    Certificate,
    PendingRequest,
    ReceiveConnector,
    SendConnector,
    SecureDomain,
    TrustedRoot,
};

// The selected rows of the result pane: one kind, the server they belong to, their ids
// (thumbprint, connector name, domain).
struct Selection
{
    ObjectKind kind = ObjectKind::None;
    QString server;
    QStringList ids;

    bool isEmpty() const { return ids.isEmpty(); }
    int count() const { return int(ids.size()); }
    QString first() const { return ids.value(0); }
};

} // namespace ds::ui
