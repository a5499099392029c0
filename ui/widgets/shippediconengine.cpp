#include "shippediconengine.h"

#include "util/logging.h"

#include <QApplication>
#include <QFile>
#include <QImageReader>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

ShippedIconEngine::ShippedIconEngine(const QString& name)
    : m_name(name)
{}

QPixmap ShippedIconEngine::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state)
{
    const quint64 cacheKey = (quint64(quint32(size.width())) << 34) | (quint64(quint32(size.height())) << 4) |
                             quint64(mode) << 1 | quint64(state);
    if (const auto it = m_pixmaps.constFind(cacheKey); it != m_pixmaps.constEnd())
        return *it;
    const QString shipped = u":/icons/%1/%2.png"_s.arg(size.width()).arg(m_name);
    QPixmap pixmap;
    if (size.width() != size.height() || !QFile::exists(shipped)) {
        qCDebug(lcUi) << "icon" << m_name << "rendered from its SVG at" << size;
        pixmap = svgIcon().pixmap(size, 1.0, mode, state);
    } else if (mode == QIcon::Normal) {
        // PNG by name: Qt's image format plugins need not be asked whether they read it.
        QImageReader reader(shipped, "png");
        reader.setAutoDetectImageFormat(false);
        pixmap = QPixmap::fromImage(reader.read());
    } else {
        // What Qt's SVG icon engine does for the other modes: the style derives them from Normal.
        pixmap = this->pixmap(size, QIcon::Normal, state);
        if (qobject_cast<QApplication*>(QCoreApplication::instance())) {
            QStyleOption option(0);
            option.palette = QGuiApplication::palette();
            if (const QPixmap generated = QApplication::style()->generatedIconPixmap(mode, pixmap, &option);
                !generated.isNull())
                pixmap = generated;
        }
    }
    m_pixmaps.insert(cacheKey, pixmap);
    return pixmap;
}

void ShippedIconEngine::paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state)
{
    QSize size = rect.size();
    if (painter->device())
        size *= painter->device()->devicePixelRatio();
    painter->drawPixmap(rect, pixmap(size, mode, state));
}

QSize ShippedIconEngine::actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state)
{
    // Like the SVG engine: the size of the pixmap it would paint.
    const QPixmap pixmap = this->pixmap(size, mode, state);
    return pixmap.isNull() ? QSize() : pixmap.size();
}

QList<QSize> ShippedIconEngine::availableSizes(QIcon::Mode, QIcon::State)
{
    // Scalable, like an SVG icon: no fixed sizes, so a window icon is rendered at the sizes it needs.
    return {};
}

QIconEngine* ShippedIconEngine::clone() const
{
    return new ShippedIconEngine(m_name);
}

QString ShippedIconEngine::key() const
{
    return u"DomainSecureShippedIcon"_s;
}

bool ShippedIconEngine::isNull()
{
    return !QFile::exists(u":/icons/%1.svg"_s.arg(m_name));
}

QIcon& ShippedIconEngine::svgIcon()
{
    if (m_svg.isNull())
        m_svg = QIcon(u":/icons/%1.svg"_s.arg(m_name));
    return m_svg;
}

} // namespace ds::ui
