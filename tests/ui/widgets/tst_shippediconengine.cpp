#include "widgets/icons.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPixmap>
#include <QTest>

using namespace ds::ui;

using namespace Qt::StringLiterals;

// The shipped icons must look exactly like their SVG sources painted by Qt's SVG icon engine: the
// pre-rendered sizes (from resources/rendericons.cpp) as well as any other size, in every mode.
class TestShippedIconEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesSvg_data();
    void matchesSvg();
    void behavesLikeSvgIcon();
    void unknownIconIsNull();

private:
    QStringList m_names;
};

void TestShippedIconEngine::initTestCase()
{
    const QStringList files = QDir(u":/icons"_s).entryList({u"*.svg"_s}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        m_names << file.chopped(4);
    QVERIFY(m_names.size() >= 20);
    QVERIFY(m_names.contains(u"domainsecure"_s));
}

void TestShippedIconEngine::matchesSvg_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<qreal>("ratio");
    // Shipped: 16 24 32 48 64 128; rendered from the SVG: 20, 22 x 2.
    for (const int size : {16, 24, 32, 48, 64, 128, 20})
        QTest::addRow("%d", size) << size << 1.0;
    QTest::addRow("16@2x") << 16 << 2.0;
    QTest::addRow("24@2x") << 24 << 2.0;
    QTest::addRow("22@2x") << 22 << 2.0;
}

void TestShippedIconEngine::matchesSvg()
{
    QFETCH(int, size);
    QFETCH(qreal, ratio);
    for (const QString& name : std::as_const(m_names)) {
        const QIcon shipped = Icons::get(name);
        const QIcon svg(u":/icons/%1.svg"_s.arg(name));
        for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Disabled, QIcon::Active, QIcon::Selected}) {
            const QPixmap expected = svg.pixmap(QSize(size, size), ratio, mode);
            const QPixmap actual = shipped.pixmap(QSize(size, size), ratio, mode);
            const QByteArray what =
                QStringLiteral("%1 %2 mode %3").arg(name).arg(size).arg(int(mode)).toUtf8();
            QVERIFY2(!actual.isNull(), what.constData());
            QCOMPARE(actual.size(), expected.size());
            QCOMPARE(actual.devicePixelRatio(), expected.devicePixelRatio());
            QVERIFY2(actual.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied) ==
                         expected.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied),
                     what.constData());
            QCOMPARE(shipped.actualSize(QSize(size, size), mode), svg.actualSize(QSize(size, size), mode));
        }
    }
}

void TestShippedIconEngine::behavesLikeSvgIcon()
{
    const QIcon shipped = Icons::get(u"domainsecure"_s);
    const QIcon svg(u":/icons/domainsecure.svg"_s);
    QCOMPARE(shipped.isNull(), svg.isNull());
    // No fixed sizes: the X11 window icon is rendered at 16, 32, 64 and 128 pixels.
    QCOMPARE(shipped.availableSizes(), svg.availableSizes());
    QCOMPARE(shipped.actualSize(QSize(30, 20)), svg.actualSize(QSize(30, 20)));
    QCOMPARE(shipped.pixmap(QSize(30, 20)).toImage(), svg.pixmap(QSize(30, 20)).toImage());
}

void TestShippedIconEngine::unknownIconIsNull()
{
    QVERIFY(Icons::get(u"no-such-icon"_s).isNull());
}

QTEST_MAIN(TestShippedIconEngine)
#include "tst_shippediconengine.moc"
