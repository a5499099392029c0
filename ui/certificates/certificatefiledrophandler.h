#pragma once

#include <QObject>
#include <QStringList>

namespace ds::ui {

class MainWindow;

// Files dropped on the main window: a workspace (.dsw) is opened, anything else starts the Import
// Certificate wizard with the file (an event filter, so the window needs no drop code of its own).
class CertificateFileDropHandler : public QObject
{
    Q_OBJECT

public:
    explicit CertificateFileDropHandler(MainWindow* window);

    // What a drop of these local files does (also what the event filter calls).
    void handle(const QStringList& paths);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    MainWindow* m_window;
};

} // namespace ds::ui
