#include "widgets/icons.h"
#include "widgets/shippediconstyle.h"

#include <QApplication>
#include <QImage>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <memory>

using namespace ds::ui;

using namespace Qt::StringLiterals;

namespace {
QImage image(const QIcon& icon)
{
    return icon.pixmap(QSize(16, 16)).toImage().convertToFormat(QImage::Format_ARGB32);
}
} // namespace

// The application style keeps the platform's look and takes only the tool bar and menu bar
// extension arrows from our shipped icons.
class TestShippedIconStyle : public QObject
{
    Q_OBJECT

private slots:
    void installWrapsTheCurrentStyle()
    {
        QApplication::setStyle(u"fusion"_s);
        ShippedIconStyle::install();
        auto* style = qobject_cast<ShippedIconStyle*>(QApplication::style());
        QVERIFY(style);
        QCOMPARE(style->baseStyle()->name(), u"fusion"_s);
        ShippedIconStyle::install(); // once is enough: no proxy of a proxy
        QCOMPARE(QApplication::style(), style);
    }

    void extensionArrowsAreShippedIcons()
    {
        ShippedIconStyle style;
        QCOMPARE(image(style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton)),
                 image(Icons::get(u"toolbar-extension-h"_s)));
        QCOMPARE(image(style.standardIcon(QStyle::SP_ToolBarVerticalExtensionButton)),
                 image(Icons::get(u"toolbar-extension-v"_s)));
        QStyleOption rtl;
        rtl.direction = Qt::RightToLeft;
        QCOMPARE(image(style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton, &rtl)),
                 image(Icons::get(u"toolbar-extension-h-rtl"_s)));
        QVERIFY(image(Icons::get(u"toolbar-extension-h-rtl"_s)) !=
                image(Icons::get(u"toolbar-extension-h"_s)));
    }

    void otherIconsComeFromTheBaseStyle()
    {
        ShippedIconStyle style(QStyleFactory::create(u"fusion"_s));
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"fusion"_s));
        for (QStyle::StandardPixmap pixmap :
             {QStyle::SP_MessageBoxWarning, QStyle::SP_DialogOkButton, QStyle::SP_ArrowUp}) {
            QCOMPARE(image(style.standardIcon(pixmap)), image(fusion->standardIcon(pixmap)));
        }
    }

    // Qt's menu bar and tool bar take their extension buttons' arrows from the application style.
    void menuAndToolBarUseTheArrows()
    {
        ShippedIconStyle::install();
        QMainWindow window;
        window.menuBar()->addMenu(u"Menu"_s);
        QToolBar* toolBar = window.addToolBar(u"Tools"_s);
        toolBar->addAction(u"Action"_s);
        auto* menuExtension = window.menuBar()->findChild<QToolButton*>(u"qt_menubar_ext_button"_s);
        QVERIFY(menuExtension);
        QCOMPARE(image(menuExtension->icon()), image(Icons::get(u"toolbar-extension-h"_s)));
        auto* toolExtension = toolBar->findChild<QToolButton*>(u"qt_toolbar_ext_button"_s);
        QVERIFY(toolExtension);
        QCOMPARE(image(toolExtension->icon()), image(Icons::get(u"toolbar-extension-h"_s)));
    }
};

QTEST_MAIN(TestShippedIconStyle)
#include "tst_shippediconstyle.moc"
