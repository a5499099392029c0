#include "domainsecuretablemodel.h"

#include "document/workspacedocument.h"
#include "widgets/icons.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace ds::ui {

QStringList DomainSecureTableModel::domains() const
{
    const DomainSecureLists& lists = document()->workspace().domainSecure;
    QStringList result = lists.send;
    for (const QString& domain : lists.receive) {
        if (!result.contains(domain, Qt::CaseInsensitive))
            result << domain;
    }
    return result;
}

int DomainSecureTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !document() ? 0 : int(domains().size());
}

int DomainSecureTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DomainSecureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DomainColumn:
        return tr("Domain");
    case SendListColumn:
        return tr("Send list");
    case ReceiveListColumn:
        return tr("Receive list");
    case SendConnectorColumn:
        return tr("Send connector");
    case ReceiveConnectorColumn:
        return tr("Receive connector");
    case CertificateColumn:
        return tr("SMTP certificate");
    case PinsColumn:
        return tr("Pinned keys");
    case FindingsColumn:
        return tr("Findings");
    }
    return {};
}

void DomainSecureTableModel::setFindings(const QList<Finding>& findings)
{
    if (findings == m_findings)
        return;
    m_findings = findings;
    if (rowCount() > 0)
        emit dataChanged(index(0, FindingsColumn), index(rowCount() - 1, FindingsColumn));
}

QString DomainSecureTableModel::idAt(int row) const
{
    return domains().value(row);
}

QVariant DomainSecureTableModel::cell(int row, int column, int role) const
{
    const Workspace& workspace = document()->workspace();
    const QString domain = domains().at(row);
    if (role == Qt::DecorationRole && column == DomainColumn)
        return Icons::get(u"domain"_s);
    if (column == FindingsColumn && (role == Qt::DisplayRole || role == Qt::DecorationRole)) {
        int errors = 0;
        int warnings = 0;
        for (const Finding& finding : m_findings) {
            if (finding.location.kind != FindingLocation::Kind::SecureDomain ||
                finding.location.id.compare(domain, Qt::CaseInsensitive) != 0)
                continue;
            errors += finding.severity == Finding::Severity::Error;
            warnings += finding.severity == Finding::Severity::Warning;
        }
        if (role == Qt::DecorationRole)
            return Icons::get(errors ? u"status-error"_s : warnings ? u"status-warning"_s : u"status-ok"_s);
        if (errors == 0 && warnings == 0)
            return tr("None");
        return tr("%1, %2").arg(tr("%n error(s)", nullptr, errors), tr("%n warning(s)", nullptr, warnings));
    }
    if (column == PinsColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
        const QList<PartnerCertificate> pinned = workspace.partnerCertificatesOf(domain);
        if (pinned.isEmpty())
            return role == Qt::DisplayRole
                       ? tr("None")
                       : tr("No key is pinned: any certificate from a trusted partner root "
                            "is accepted for this partner.");
        QStringList lines;
        for (const PartnerCertificate& entry : pinned) {
            const QString expiry =
                QLocale().toString(entry.notAfter.toLocalTime().date(), QLocale::ShortFormat);
            lines << (role == Qt::DisplayRole
                          ? tr("%1… until %2").arg(entry.pin.left(12), expiry)
                          : tr("%1 (%2), until %3").arg(entry.pin, entry.subject, expiry));
        }
        return lines.join(role == Qt::DisplayRole ? u"; "_s : u"\n"_s);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case DomainColumn:
        return domain;
    case SendListColumn:
        return workspace.domainSecure.contains(DomainSecureLists::Direction::Send, domain) ? tr("Yes")
                                                                                           : tr("No");
    case ReceiveListColumn:
        return workspace.domainSecure.contains(DomainSecureLists::Direction::Receive, domain) ? tr("Yes")
                                                                                              : tr("No");
    case SendConnectorColumn: {
        QStringList names;
        for (const SendConnector& connector : workspace.sendConnectors) {
            if (!connector.domainSecureEnabled)
                continue;
            for (const AddressSpace& space : connector.addressSpaces) {
                if (!space.isWildcard() && space.matches(domain)) {
                    names << connector.name;
                    break;
                }
            }
        }
        return names.isEmpty() ? tr("None") : names.join(u", "_s);
    }
    case ReceiveConnectorColumn: {
        QStringList names;
        for (const Server& server : workspace.servers) {
            for (const ReceiveConnector& connector : server.receiveConnectors) {
                if (!connector.domainSecureEnabled)
                    continue;
                for (const SmtpDomain& partner : connector.partnerDomains) {
                    if (partner.toString().compare(domain, Qt::CaseInsensitive) == 0)
                        names << connector.identity(server.name);
                }
            }
        }
        return names.isEmpty() ? tr("None") : names.join(u", "_s);
    }
    case CertificateColumn: {
        for (const Server& server : workspace.servers) {
            if (!server.smtpCertificate())
                return tr("Missing on %1").arg(server.name);
        }
        return workspace.servers.isEmpty() ? tr("No server") : tr("Ready");
    }
    }
    return {};
}

} // namespace ds::ui
