#pragma once

#include <QIcon>
#include <QString>

namespace ds::ui {

// The application's icons: simple SVG shapes in resources/icons, looked up by name; the sizes the
// window paints are pre-rendered at build time (see ShippedIconEngine).
namespace Icons {
QIcon get(const QString& name);
// A server by its role: an Edge Transport server (shield) or a Hub Transport server (hub).
QIcon server(bool edge);
} // namespace Icons

} // namespace ds::ui
