// What Qt itself needs for a window of the console's shape, measured like guistartup (first paint,
// then quit): a 1180x720 main window with a menu bar of six menus, a tool bar of ten icon actions,
// a status bar, a navigation tree dock, an actions dock of tool buttons, a validation dock (filter,
// combo box, table) and a central pane (bold title, filter, sortable table). Plain Qt widgets and
// item models, no DomainSecure code and no OpenSSL: the distance from guihello to this is the cost
// of the window's design on this machine, the distance from this to guistartup is our code's.
//
//   DS_STARTUP_T0_NS=$(date +%s%N) guiskeleton

#include "firstpaintreporter.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPainter>
#include <QPixmap>
#include <QProxyStyle>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// A drawn 16x16 icon: the console's icons are PNGs decoded on first paint, this is cheaper.
QIcon squareIcon(int n)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setBrush(QColor::fromHsv((n * 37) % 360, 160, 200));
    painter.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}

// As ShippedIconStyle in the console: Qt's own extension arrows are read through image format
// detection, which loads every image format plugin while the menu bar is built.
class ArrowStyle : public QProxyStyle
{
public:
    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option, const QWidget* widget) const override
    {
        if (icon == SP_ToolBarHorizontalExtensionButton || icon == SP_ToolBarVerticalExtensionButton)
            return squareIcon(int(icon));
        return QProxyStyle::standardIcon(icon, option, widget);
    }
};

QTableView* table(QWidget* parent, const QStringList& headers, int rows)
{
    auto* model = new QStandardItemModel(rows, int(headers.size()), parent);
    model->setHorizontalHeaderLabels(headers);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < headers.size(); ++column)
            model->setItem(row, column, new QStandardItem(u"%1 %2"_s.arg(headers.at(column)).arg(row + 1)));
    }
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    auto* view = new QTableView(parent);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}

// Docked as the console docks its panes: movable and closable, not floatable.
QDockWidget* addDock(QMainWindow& window, const QString& title, QWidget* content, Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(title, &window);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    dock->setWidget(content);
    window.addDockWidget(area, dock);
    return dock;
}

QWidget* filterRow(QWidget* parent, QLayout* into)
{
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(u"&Filter:"_s, parent);
    auto* edit = new QLineEdit(parent);
    edit->setPlaceholderText(u"Type to filter"_s);
    label->setBuddy(edit);
    row->addWidget(label);
    row->addWidget(edit);
    static_cast<QBoxLayout*>(into)->addLayout(row);
    return edit;
}
} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setStyle(new ArrowStyle);
    QMainWindow window;

    QList<QAction*> actions;
    for (int i = 0; i < 40; ++i) {
        auto* action = new QAction(squareIcon(i), u"Action number %1..."_s.arg(i + 1), &window);
        action->setShortcut(QKeySequence(u"Ctrl+Shift+%1"_s.arg(QChar(u'A' + i % 26))));
        actions << action;
    }
    for (int m = 0; m < 6; ++m) {
        QMenu* menu = window.menuBar()->addMenu(u"&Menu %1"_s.arg(m + 1));
        menu->addActions(actions.mid(m * 6, 6));
    }
    QToolBar* toolBar = window.addToolBar(u"Main"_s);
    toolBar->addActions(actions.mid(0, 10));
    window.statusBar()->showMessage(u"Ready"_s);

    auto* central = new QWidget(&window);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(u"Organization"_s, central);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    title->setFont(bold);
    centralLayout->addWidget(title);
    filterRow(central, centralLayout);
    centralLayout->addWidget(
        table(central, {u"Name"_s, u"Role"_s, u"FQDN"_s, u"Certificates"_s, u"Connectors"_s}, 1));
    window.setCentralWidget(central);

    auto* navigationModel = new QStandardItemModel(&window);
    auto* root = new QStandardItem(squareIcon(0), u"Organization"_s);
    navigationModel->appendRow(root);
    for (int i = 0; i < 6; ++i)
        root->appendRow(new QStandardItem(squareIcon(i + 1), u"Page %1"_s.arg(i + 1)));
    auto* navigation = new QTreeView(&window);
    navigation->setModel(navigationModel);
    navigation->setHeaderHidden(true);
    navigation->expandAll();
    QDockWidget* navigationDock = addDock(window, u"Navigation"_s, navigation, Qt::LeftDockWidgetArea);

    auto* actionsPane = new QWidget(&window);
    auto* actionsLayout = new QVBoxLayout(actionsPane);
    auto* actionsTitle = new QLabel(u"Organization"_s, actionsPane);
    QFont boldHeader = actionsTitle->font();
    boldHeader.setBold(true);
    actionsTitle->setFont(boldHeader);
    actionsLayout->addWidget(actionsTitle);
    for (QAction* action : actions.mid(10, 6)) {
        auto* button = new QToolButton(actionsPane);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        actionsLayout->addWidget(button);
    }
    actionsLayout->addStretch();
    QDockWidget* actionsDock = addDock(window, u"Actions"_s, actionsPane, Qt::RightDockWidgetArea);

    auto* validation = new QWidget(&window);
    auto* validationLayout = new QVBoxLayout(validation);
    auto* validationTop = new QHBoxLayout;
    validationTop->addWidget(new QLabel(u"No problems found."_s, validation), 1);
    auto* severity = new QComboBox(validation);
    severity->addItems({u"All"_s, u"Errors"_s, u"Warnings"_s});
    validationTop->addWidget(severity);
    validationLayout->addLayout(validationTop);
    filterRow(validation, validationLayout);
    validationLayout->addWidget(table(validation, {u"Severity"_s, u"Object"_s, u"Finding"_s}, 0));
    QDockWidget* validationDock = addDock(window, u"Validation"_s, validation, Qt::BottomDockWidgetArea);

    window.resize(1180, 720);
    window.resizeDocks({navigationDock, actionsDock}, {230, 240}, Qt::Horizontal);
    window.resizeDocks({validationDock}, {170}, Qt::Vertical);

    FirstPaintReporter reporter(sinceMain, &window);
    app.installEventFilter(&reporter);
    window.show();
    return app.exec();
}
