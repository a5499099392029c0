#pragma once

#include "crypto/certificateimporter.h"
#include "crypto/chainverifier.h"
#include "model/certificatestatus.h"

#include <QString>

namespace ds::ui {

using namespace ds::core;

// What an import file holds and what importing it would do, computed off the GUI thread by
// ImportPreviewJob: the certificate shown (the leaf), its chain and status, the pending request it
// completes.
struct ImportPreview
{
    QString path;
    QString password;
    ImportedBundle bundle;
    int leafIndex = 0;
    CertificateEntry leaf; // summary of the certificate shown
    bool hasPrivateKey = false;
    ChainResult chain;
    CertificateStatusReport status;
    QString matchedServer;   // server of the pending request the leaf completes, if any
    QString matchedRequest;  // its thumbprint
    QString matchedFriendly; // its friendly name

    bool completesRequest() const { return !matchedRequest.isEmpty(); }
    // Leaves found in the file (the others are their issuers).
    int certificateCount() const { return int(bundle.certificates.size()); }
};

} // namespace ds::ui
