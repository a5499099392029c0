#pragma once

#include <QIcon>
#include <QString>

// The application's icons: simple SVG shapes in resources/icons, looked up by name.
namespace Icons {
QIcon get(const QString& name);
} // namespace Icons
