#pragma once

#include "model/ipaddress.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ds::core {

// Finds the gateways of a partner domain as a sending MTA does (RFC 5321 §5.1): the MX hosts
// by preference; without MX records the domain itself when it has an address (the "implicit
// MX"); a null MX (RFC 7505, "0 .") means the domain accepts no mail. lookup() asks DNS through
// the system resolver (libresolv); select() is the decision on the answers, kept apart so it can be tested
// without DNS.
class MxResolver
{
    Q_DECLARE_TR_FUNCTIONS(MxResolver)

public:
    struct Host
    {
        QString name;
        quint16 preference = 0;
        bool implicit = false; // no MX: the domain's own address record
    };

    // What one DNS query gave.
    struct Answer
    {
        enum class Outcome {
            Records,  // an answer with records
            NoData,   // the name exists, but has no record of this type
            NotFound, // NXDOMAIN
            Failed,   // no usable answer: timeout, SERVFAIL, refused, no resolver
        };
        Outcome outcome = Outcome::Failed;
        QList<Host> records; // MX: exchange + preference; address: unused
        QString error;       // the resolver's words for Failed
    };

    // The hosts to probe, most preferred first (equal preferences by name, so that runs are
    // comparable), duplicates removed. address is consulted only when there is no MX record.
    // Errors: Validation when the domain accepts no mail or has no MX and no address, Io when
    // DNS gave no usable answer.
    static Result<QList<Host>> select(const QString& domain, const Answer& mx, const Answer& address);

    // Looks up MX (and, without MX, A then AAAA) for domain; blocks at most timeoutMs, rounded up to
    // whole seconds, per query. nameserver: ask this server (port 53) instead of the system's.
    static Result<QList<Host>> lookup(const QString& domain, int timeoutMs = 10000,
                                      const IpAddress& nameserver = {});

    // A domain name a lookup can take ("b.example", IDN allowed): Usage error otherwise.
    static Result<QString> normalizedDomain(const QString& domain);
};

} // namespace ds::core
