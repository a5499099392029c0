#pragma once

#include <QProxyStyle>

namespace ds::ui {

// The application's style (the -style option or the platform's choice) with the tool bar and menu
// bar extension arrows ("»") taken from our shipped icons. Qt's own style loads those arrows from
// PNG resources through image format detection, which loads every image format plugin (SVG with
// Qt SVG, JPEG with libjpeg, GIF, ICO) while the first menu bar is built: start-up time for an
// icon that shows only when the window is too narrow for its menus.
class ShippedIconStyle : public QProxyStyle
{
    Q_OBJECT

public:
    explicit ShippedIconStyle(QStyle* base = nullptr);

    // Makes a ShippedIconStyle over the current application style the application's style.
    static void install();

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;
};

} // namespace ds::ui
