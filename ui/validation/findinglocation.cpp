#include "findinglocation.h"

#include "model/workspace.h"
#include "validate/finding.h"

using namespace Qt::StringLiterals;

FindingLocation FindingLocation::of(const Finding& finding, const Workspace& workspace)
{
    FindingLocation location;
    location.field = finding.field;
    const QString& object = finding.object;
    if (object.startsWith(u"send:"_s)) {
        location.kind = ObjectKind::SendConnector;
        location.id = object.mid(5);
    } else if (object.startsWith(u"certificate:"_s)) {
        location.id = object.mid(12);
        for (const Server& server : workspace.servers) {
            for (const CertificateEntry& entry : server.certificates) {
                if (entry.thumbprint.compare(location.id, Qt::CaseInsensitive) == 0) {
                    location.kind = ObjectKind::Certificate;
                    location.server = server.name;
                    location.id = entry.thumbprint;
                    return location;
                }
            }
        }
    } else if (object.startsWith(u"domain-secure:"_s)) {
        location.kind = ObjectKind::SecureDomain;
        location.id = object.section(u':', 2);
    } else if (object.startsWith(u"server:"_s)) {
        // What a server lacks (an SMTP certificate) is fixed on its Certificates page.
        location.kind = ObjectKind::Server;
        location.server = object.mid(7);
        location.id = location.server;
    } else if (const qsizetype slash = object.indexOf(u'\\'); slash > 0) {
        location.kind = ObjectKind::ReceiveConnector;
        location.server = object.left(slash);
        location.id = object.mid(slash + 1);
    }
    return location;
}
