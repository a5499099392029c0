#pragma once

#include <QHash>
#include <QIcon>
#include <QIconEngine>
#include <QPixmap>
#include <QString>

namespace ds::ui {

// One of our icons. Its SVG (resources/icons) is the source; the sizes the window uses are shipped
// as PNGs rendered from it at build time (:/icons/<size>/<name>.png, by resources/rendericons.cpp)
// and read only when first painted, so start-up neither loads Qt's SVG icon engine nor parses an
// SVG. Any other size is rendered from the SVG, as Qt's SVG icon engine would, when first asked for.
class ShippedIconEngine : public QIconEngine
{
public:
    explicit ShippedIconEngine(const QString& name);

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QIconEngine* clone() const override;
    QString key() const override;
    bool isNull() override;

private:
    QIcon& svgIcon();

    QString m_name;
    QIcon m_svg; // Qt's SVG icon engine, created for the first size we do not ship
    QHash<quint64, QPixmap> m_pixmaps;
};

} // namespace ds::ui
