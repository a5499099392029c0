#pragma once

#include "probereport.h"

#include <QDateTime>
#include <QStringList>

struct x509_st;

// The little certificate inspection the probe needs (summary fields and RFC 6125 / Postfix
// name matching) for certificates a server sent over the wire.
class CertificateInspector
{
public:
    static ProbeReport::Certificate describe(x509_st* certificate, const QDateTime& now);

    // Matches the certificate's DNS SANs (or, only when it has none, its CN) against reference
    // names: "name" is an exact host or domain (one-label wildcards in the certificate count),
    // ".domain" accepts any subdomain, as Postfix's match= patterns do.
    static QList<ProbeReport::NameMatch> matchNames(const ProbeReport::Certificate& certificate,
                                                    const QStringList& references,
                                                    const QStringList& referenceKinds);
    static bool nameMatches(const QString& presented, const QString& reference);
};
