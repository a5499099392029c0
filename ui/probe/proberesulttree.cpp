#include "proberesulttree.h"

#include "widgets/datetimetext.h"
#include "widgets/icons.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace ds::ui {

namespace {
QString yesNo(bool value)
{
    return value ? ProbeResultTree::tr("yes") : ProbeResultTree::tr("no");
}
} // namespace

ProbeResultTree::ProbeResultTree(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(u"resultTree"_s);
    setAccessibleName(tr("Test result"));
    setHeaderLabels({tr("Item"), tr("Value")});
    // Sized once per report (a ResizeToContents column would re-measure on every insertion).
    header()->setDefaultSectionSize(220);
    setUniformRowHeights(true);
}

QTreeWidgetItem* ProbeResultTree::add(QTreeWidgetItem* parent, const QString& label, const QString& value,
                                      const QString& icon)
{
    auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
    item->setText(0, label);
    item->setText(1, value);
    item->setToolTip(1, value);
    if (!icon.isEmpty())
        item->setIcon(0, Icons::get(icon));
    return item;
}

QTreeWidgetItem* ProbeResultTree::section(const QString& label) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->text(0) == label)
            return topLevelItem(i);
    }
    return nullptr;
}

void ProbeResultTree::addCertificate(QTreeWidgetItem* parent, int index,
                                     const ProbeReport::ChainCertificate& chainCertificate)
{
    const Certificate& certificate = chainCertificate.certificate;
    const qint64 daysLeft = chainCertificate.daysLeft;
    const QString status = daysLeft < 0    ? u"status-error"_s
                           : daysLeft < 30 ? u"status-warning"_s
                                           : u"certificate"_s;
    QTreeWidgetItem* item = add(parent, tr("[%1]").arg(index), certificate.subject(), status);
    add(item, tr("Issuer"), certificate.issuer());
    if (const QStringList dnsNames = certificate.dnsNames(); !dnsNames.isEmpty())
        add(item, tr("DNS names"), dnsNames.join(u", "_s));
    add(item, tr("Valid"),
        tr("%1 to %2 (%n day(s) left)", nullptr, int(daysLeft))
            .arg(DateTimeText::shortDateTime(certificate.notBefore()),
                 DateTimeText::shortDateTime(certificate.notAfter())));
    QString key = certificate.keyType();
    if (const int bits = certificate.keyBits(); bits > 0)
        key += tr(" %1 bits").arg(bits);
    if (const QString curve = certificate.keyGroup(); !curve.isEmpty())
        key += u" ("_s + curve + u')';
    add(item, tr("Key"), key);
    if (const QStringList usages = certificate.extendedKeyUsages(); !usages.isEmpty())
        add(item, tr("Extended key usage"), usages.join(u", "_s));
    add(item, tr("CA"), yesNo(certificate.actsAsCa()));
    add(item, tr("Serial number"), certificate.serialNumber());
    add(item, tr("SHA-256"), certificate.sha256Fingerprint());
}

void ProbeResultTree::addChain(const QString& label, const QList<ProbeReport::ChainCertificate>& chain)
{
    if (chain.isEmpty())
        return;
    QTreeWidgetItem* item = add(nullptr, label, tr("%n certificate(s)", nullptr, int(chain.size())));
    for (int i = 0; i < chain.size(); ++i)
        addCertificate(item, i, chain[i]);
}

void ProbeResultTree::setReport(const ProbeReport& report)
{
    setUpdatesEnabled(false);
    clear();
    const bool success = report.success();
    QTreeWidgetItem* result = add(nullptr, tr("Result"), ProbeReport::resultName(report.result),
                                  success ? u"status-ok"_s : u"status-error"_s);
    result->setData(1, Qt::UserRole, ProbeReport::resultName(report.result));
    if (!report.error.isEmpty())
        add(result, tr("Error"), report.error);
    if (!report.failedStep.isEmpty())
        add(result, tr("Failed step"), report.failedStep);
    if (!report.hint.isEmpty())
        add(result, tr("How to fix"), report.hint, u"status-info"_s);
    add(result, tr("Level"), report.level);
    add(result, tr("Total time"), tr("%1 ms").arg(report.totalMs));

    QTreeWidgetItem* steps = add(nullptr, tr("Steps"), tr("%n step(s)", nullptr, int(report.steps.size())));
    for (const ProbeReport::Step& step : report.steps) {
        QTreeWidgetItem* item = add(steps, step.name, tr("%1 ms  %2").arg(step.durationMs).arg(step.detail),
                                    step.ok ? u"status-ok"_s : u"status-error"_s);
        item->setToolTip(1, tr("started at %1 ms, took %2 ms").arg(step.startMs).arg(step.durationMs));
    }

    QTreeWidgetItem* connection =
        add(nullptr, tr("Connection"), u"%1:%2"_s.arg(report.host).arg(report.port));
    if (!report.address.isEmpty())
        add(connection, tr("Address"), report.address);
    add(connection, tr("EHLO name"), report.ehloName);
    if (!report.banner.isEmpty())
        add(connection, tr("Banner"), report.banner);
    if (!report.extensions.isEmpty())
        add(connection, tr("Extensions"), report.extensions.join(u", "_s));
    add(connection, tr("STARTTLS offered"), yesNo(report.starttlsOffered));

    if (report.tlsEstablished) {
        QTreeWidgetItem* tls = add(nullptr, tr("TLS"), report.protocol, u"key"_s);
        add(tls, tr("Protocol"), report.protocol);
        add(tls, tr("Cipher"), tr("%1 (%2 bits)").arg(report.cipher).arg(report.cipherBits));
        add(tls, tr("Key exchange"), report.group);
        add(tls, tr("SNI"), report.serverName.isEmpty() ? tr("(none)") : report.serverName);
        if (!report.extensionsAfterTls.isEmpty())
            add(tls, tr("Extensions after TLS"), report.extensionsAfterTls.join(u", "_s));
    }
    addChain(tr("Chain as sent"), report.chainSent);
    addChain(tr("Chain as built"), report.chainBuilt);

    if (!report.referenceNames.isEmpty() || !report.nameMatches.isEmpty()) {
        QTreeWidgetItem* names =
            add(nullptr, tr("Names"), report.nameMatched ? tr("matched") : tr("no match"),
                report.nameMatched ? u"status-ok"_s : u"status-error"_s);
        for (const ProbeReport::NameMatch& match : report.nameMatches) {
            add(names, u"%1 (%2)"_s.arg(match.reference, match.referenceKind),
                match.matchedName.isEmpty() ? tr("no match")
                                            : tr("matched by %1 (%2)").arg(match.matchedName, match.source));
        }
        if (report.nameOnlyInCn)
            add(names, tr("Warning"), tr("the name is only in the common name, not in the SAN"),
                u"status-warning"_s);
    }

    if (report.tlsEstablished) {
        QTreeWidgetItem* trust = add(nullptr, tr("Trust"), report.trusted ? tr("trusted") : tr("not trusted"),
                                     report.trusted ? u"status-ok"_s : u"status-error"_s);
        if (!report.trustError.isEmpty())
            add(trust, tr("Error"), report.trustError);
        add(trust, tr("Expired"), yesNo(report.expired));
        add(trust, tr("Trust sources"), report.trustSources.join(u", "_s));
    }

    const ProbeReport::ClientAuth& auth = report.clientAuth;
    const bool accepted = auth.verdict == u"accepted"_s;
    QTreeWidgetItem* mutual = add(nullptr, tr("Mutual TLS"), auth.verdict,
                                  accepted                             ? u"status-ok"_s
                                  : auth.verdict == u"not-requested"_s ? u"status-warning"_s
                                  : auth.verdict == u"unknown"_s       ? u"status-info"_s
                                                                       : u"status-error"_s);
    if (!auth.verdictDetail.isEmpty())
        add(mutual, tr("Detail"), auth.verdictDetail);
    add(mutual, tr("Certificate requested"), yesNo(auth.requested));
    if (auth.requested) {
        add(mutual, tr("Acceptable CAs"),
            auth.acceptableCas.isEmpty() ? tr("(any)") : auth.acceptableCas.join(u"; "_s));
    }
    add(mutual, tr("Our certificate configured"), yesNo(auth.certificateConfigured));
    if (auth.certificateConfigured) {
        add(mutual, tr("Our certificate"), auth.subject);
        add(mutual, tr("Sent"), yesNo(auth.certificateSent));
        add(mutual, tr("Chains to an acceptable CA"), yesNo(auth.chainsToAcceptableCa));
        add(mutual, tr("Has clientAuth"), yesNo(auth.hasClientAuthEku));
    }

    expandItem(result);
    expandItem(steps);
    expandItem(mutual);
    resizeColumnToContents(0);
    setUpdatesEnabled(true);
}

} // namespace ds::ui
