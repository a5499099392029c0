#include "shippediconstyle.h"

#include "icons.h"

#include <QApplication>
#include <QStyleFactory>
#include <QStyleOption>

using namespace Qt::StringLiterals;

namespace ds::ui {

ShippedIconStyle::ShippedIconStyle(QStyle* base)
    : QProxyStyle(base)
{}

void ShippedIconStyle::install()
{
    if (qobject_cast<ShippedIconStyle*>(QApplication::style()))
        return;
    QApplication::setStyle(new ShippedIconStyle(QStyleFactory::create(QApplication::style()->name())));
}

QIcon ShippedIconStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption* option,
                                     const QWidget* widget) const
{
    switch (standardIcon) {
    case SP_ToolBarHorizontalExtensionButton: {
        const Qt::LayoutDirection direction =
            option ? option->direction
                   : (widget ? widget->layoutDirection() : QGuiApplication::layoutDirection());
        return Icons::get(direction == Qt::RightToLeft ? u"toolbar-extension-h-rtl"_s
                                                       : u"toolbar-extension-h"_s);
    }
    case SP_ToolBarVerticalExtensionButton:
        return Icons::get(u"toolbar-extension-v"_s);
    default:
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
}

} // namespace ds::ui
