#include "demoworkspace.h"

#include "workspacefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

Result<Workspace> DemoWorkspace::create()
{
    Workspace workspace;
    workspace.organization = u"Contoso"_s;
    workspace.domains = {u"contoso.example"_s};
    Server edge;
    edge.name = u"EDGE01"_s;
    edge.fqdn = u"mail.contoso.example"_s;
    workspace.servers << edge;
    workspace.domainSecure.send = {u"fabrikam.example"_s};
    workspace.domainSecure.receive = {u"fabrikam.example"_s};
    return workspace;
}

Result<QString> DemoWorkspace::ensureInDataFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString path = folder + u"/demo.dsw"_s;
    if (QFileInfo::exists(path))
        return path;
    if (!QDir().mkpath(folder)) {
        return Result<QString>::failure(
            ErrorCode::Io,
            QCoreApplication::translate("DemoWorkspace", "%1: cannot create the folder").arg(folder));
    }
    auto demo = create();
    if (!demo.ok())
        return demo.error();
    if (auto saved = WorkspaceFile::save(demo.value(), path); !saved.ok())
        return saved.error();
    return path;
}
