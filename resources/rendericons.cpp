// Build-time tool: renders each SVG icon to PNGs at the given sizes with Qt's own SVG icon engine,
// so the shipped pixmaps are exactly what that engine would paint at run time.
//
//   rendericons OUT_DIR SIZE[,SIZE…] ICON.svg…   writes OUT_DIR/<size>/<name>.png

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QPixmap>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    // No display is needed to render into a pixmap.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    QTextStream err(stderr);
    if (arguments.size() < 4) {
        err << "usage: rendericons OUT_DIR SIZE[,SIZE...] ICON.svg...\n";
        return 2;
    }
    const QDir out(arguments.at(1));
    QList<int> sizes;
    for (const QString& size : arguments.at(2).split(u',')) {
        bool ok = false;
        sizes << size.toInt(&ok);
        if (!ok || sizes.last() <= 0) {
            err << "rendericons: bad size " << size << '\n';
            return 2;
        }
    }
    for (const QString& svg : arguments.mid(3)) {
        const QIcon icon(svg);
        if (icon.isNull() || !QFileInfo::exists(svg)) {
            err << "rendericons: cannot read " << svg << '\n';
            return 1;
        }
        for (const int size : sizes) {
            const QString dir = QString::number(size);
            const QString path = out.filePath(dir + u'/' + QFileInfo(svg).completeBaseName() + u".png"_s);
            if (!out.mkpath(dir) || !icon.pixmap(QSize(size, size), 1.0).save(path, "PNG")) {
                err << "rendericons: cannot write " << path << '\n';
                return 1;
            }
        }
    }
    return 0;
}
