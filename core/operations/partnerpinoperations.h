#pragma once

#include "change.h"
#include "crypto/certificate.h"
#include "model/partnercertificate.h"
#include "model/workspace.h"
#include "probe/probereport.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ds::core {

// The pins of partner identities as changes: a partner gateway's certificate imported for a
// partner domain (its public key becomes a pin), and a pin removed. What validation still says
// about the partner's certificates comes with the change.
class PartnerPinOperations
{
    Q_DECLARE_TR_FUNCTIONS(PartnerPinOperations)

public:
    struct AddChange : Change
    {
        PartnerCertificate added;
        bool alreadyPresent = false; // the same certificate was pinned for the domain already
    };

    // A partner gateway's certificate for domain: the first certificate of data (PEM or DER; the
    // leaf of a chain), read from fileName (used in messages). A CA certificate is refused: the
    // pin is the gateway's own key, not its issuer's.
    static Result<AddChange> addCertificate(const Workspace& workspace, const QString& domain,
                                            const QByteArray& data, const QString& fileName);
    static Result<AddChange> addCertificate(const Workspace& workspace, const QString& domain,
                                            const Certificate& certificate);
    // The certificate a probe of the partner's gateway was presented, only when the probe verified
    // it (TLS up, trusted chain, the partner's name, not expired): an unverified certificate could
    // be anyone's on the path to the partner. What Test Connection's "Trust this partner's
    // certificate" and probe --save-partner-cert pin.
    static bool verifiedByProbe(const ProbeReport& report);
    static Result<AddChange> addFromProbe(const Workspace& workspace, const QString& domain,
                                          const ProbeReport& report);
    // Every certificate of domain whose public key is pin (64 hex digits, ':' allowed).
    static Result<Change> removePin(const Workspace& workspace, const QString& domain, const QString& pin);
};

} // namespace ds::core
