#include "certificatefiledrophandler.h"

#include "commands/commandcontext.h"
#include "importcertificatewizard.h"
#include "mainwindow/mainwindow.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ds::ui {

namespace {
QStringList localFiles(const QMimeData* mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
    }
    return files;
}
} // namespace

CertificateFileDropHandler::CertificateFileDropHandler(MainWindow* window)
    : QObject(window)
    , m_window(window)
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

bool CertificateFileDropHandler::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_window)
        return false;
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto* drag = static_cast<QDragMoveEvent*>(event);
        if (!localFiles(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
        return false;
    }
    if (event->type() == QEvent::Drop) {
        auto* drop = static_cast<QDropEvent*>(event);
        const QStringList files = localFiles(drop->mimeData());
        if (files.isEmpty())
            return false;
        drop->acceptProposedAction();
        handle(files);
        return true;
    }
    return false;
}

void CertificateFileDropHandler::handle(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    const QString path = paths.first();
    if (QFileInfo(path).suffix().compare(u"dsw"_s, Qt::CaseInsensitive) == 0) {
        if (m_window->maybeSave())
            m_window->openFile(path);
        return;
    }
    const CommandContext context = m_window->context();
    auto* wizard = new ImportCertificateWizard(context.document, context.server, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setFile(path);
    wizard->open();
}

} // namespace ds::ui
