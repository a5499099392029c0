#include "icons.h"

#include "shippediconengine.h"

#include <QHash>

namespace ds::ui {

QIcon Icons::get(const QString& name)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(new ShippedIconEngine(name)));
    return *it;
}

QIcon Icons::server(bool edge)
{
    return get(edge ? QStringLiteral("server-edge") : QStringLiteral("server-hub"));
}

} // namespace ds::ui
