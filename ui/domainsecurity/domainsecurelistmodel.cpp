#include "domainsecurelistmodel.h"

#include "document/workspacedocument.h"
#include "validate/finding.h"
#include "validate/validator.h"
#include "widgets/icons.h"

#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

DomainSecureListModel::DomainSecureListModel(WorkspaceDocument* document,
                                             DomainSecureLists::Direction direction, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_direction(direction)
{
    connect(document, &WorkspaceDocument::workspaceChanged, this, &DomainSecureListModel::rebuild);
    rebuild();
}

void DomainSecureListModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    const Workspace& w = m_document->workspace();
    const bool send = m_direction == DomainSecureLists::Direction::Send;
    const QList<Finding> findings = Validator::run(w);

    // Certificate state per server, from the certificate findings.
    auto certificateOf = [&](const Server& server, QStringList* problems, bool* error) {
        QStringList objects{FindingLocation::ofServer(server.name).toString()};
        for (const CertificateEntry& certificate : server.certificates)
            objects << FindingLocation::ofCertificate(server.name, certificate.thumbprint).toString();
        for (const Finding& f : findings) {
            if (!f.code.startsWith(u"CERT-"_s) || !objects.contains(f.object()))
                continue;
            if (f.severity == Finding::Severity::Error)
                *error = true;
            if (f.severity != Finding::Severity::Info)
                problems->append(u"%1: %2"_s.arg(server.name, f.message));
        }
    };

    for (const QString& domain : w.domainSecure.list(m_direction)) {
        Row row;
        row.domain = domain;
        QStringList objects{
            FindingLocation::ofListDomain(DomainSecureLists::directionName(m_direction), domain).toString()};
        QList<const Server*> servers;
        if (send) {
            for (const SendConnector& c : w.sendConnectors) {
                const bool routes =
                    std::any_of(c.addressSpaces.cbegin(), c.addressSpaces.cend(),
                                [&](const AddressSpace& s) { return !s.isWildcard() && s.matches(domain); });
                if (!routes)
                    continue;
                row.connectors << c.name;
                objects << FindingLocation::ofSendConnector(c.name).toString();
                if (c.domainSecureEnabled && c.enabled) {
                    row.domainSecure = true;
                    row.requireTls = row.requireTls || c.requireTLS;
                }
                for (const Server& s : w.servers) {
                    if (c.sourceTransportServers.isEmpty() ||
                        c.sourceTransportServers.contains(s.name, Qt::CaseInsensitive))
                        servers << &s;
                }
            }
        } else {
            for (const Server& s : w.servers) {
                for (const ReceiveConnector& c : s.receiveConnectors) {
                    const bool serves = std::any_of(
                        c.partnerDomains.cbegin(), c.partnerDomains.cend(), [&](const SmtpDomain& d) {
                            return d.toString().compare(domain, Qt::CaseInsensitive) == 0;
                        });
                    if (!serves)
                        continue;
                    row.connectors << c.identity(s.name);
                    objects << c.identity(s.name);
                    if (c.domainSecureEnabled && c.enabled && c.authMechanism.testFlag(AuthMechanism::Tls)) {
                        row.domainSecure = true;
                        row.requireTls = row.requireTls || c.requireTLS;
                    }
                    if (!servers.contains(&s))
                        servers << &s;
                }
            }
        }
        QStringList problems;
        bool certificateError = false;
        QSet<const Server*> seen;
        for (const Server* s : servers) {
            if (seen.contains(s))
                continue;
            seen.insert(s);
            certificateOf(*s, &problems, &certificateError);
        }
        row.certificateOk = !servers.isEmpty() && !certificateError;
        if (servers.isEmpty())
            row.certificate = tr("No server");
        else if (problems.isEmpty())
            row.certificate = tr("OK");
        else
            row.certificate = problems.join(u"; "_s);
        for (const Finding& f : findings) {
            if (objects.contains(f.object()))
                row.findings << f;
        }
        const bool hasError = std::any_of(row.findings.cbegin(), row.findings.cend(), [](const Finding& f) {
            return f.severity == Finding::Severity::Error;
        });
        const bool hasWarning = std::any_of(row.findings.cbegin(), row.findings.cend(), [](const Finding& f) {
            return f.severity == Finding::Severity::Warning;
        });
        if (row.connectors.isEmpty() || !row.domainSecure || certificateError || hasError)
            row.state = State::Error;
        else if (hasWarning || !problems.isEmpty())
            row.state = State::Warning;
        m_rows << row;
    }
    endResetModel();
}

QString DomainSecureListModel::domainAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).domain : QString();
}

DomainSecureListModel::State DomainSecureListModel::stateAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).state : State::Ok;
}

QList<Finding> DomainSecureListModel::findingsAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).findings : QList<Finding>();
}

int DomainSecureListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DomainSecureListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DomainSecureListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == StateRole)
        return int(row.state);
    if (role == Qt::DecorationRole && index.column() == DomainColumn) {
        switch (row.state) {
        case State::Ok:
            return Icons::get(u"status-ok"_s);
        case State::Warning:
            return Icons::get(u"status-warning"_s);
        case State::Error:
            return Icons::get(u"status-error"_s);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == FindingsColumn) {
        QStringList lines;
        for (const Finding& f : row.findings)
            lines << f.toText();
        return lines.join(u'\n');
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DomainColumn:
        return row.domain;
    case ConnectorColumn:
        return row.connectors.isEmpty() ? tr("None") : row.connectors.join(u", "_s);
    case DomainSecurityColumn:
        if (row.connectors.isEmpty())
            return tr("No connector");
        if (!row.domainSecure)
            return tr("Off");
        return row.requireTls ? tr("On, TLS required") : tr("On");
    case CertificateColumn:
        return row.certificate;
    case FindingsColumn: {
        int errors = 0;
        int warnings = 0;
        for (const Finding& f : row.findings) {
            errors += f.severity == Finding::Severity::Error;
            warnings += f.severity == Finding::Severity::Warning;
        }
        if (errors == 0 && warnings == 0)
            return tr("None");
        return tr("%1 error(s), %2 warning(s)").arg(errors).arg(warnings);
    }
    }
    return {};
}

QVariant DomainSecureListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DomainColumn:
        return tr("Domain");
    case ConnectorColumn:
        return tr("Connector");
    case DomainSecurityColumn:
        return tr("Domain security");
    case CertificateColumn:
        return tr("Certificate");
    case FindingsColumn:
        return tr("Findings");
    }
    return {};
}

} // namespace ds::ui
