#pragma once

#include "crypto/secrets.h"

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace ds::core {

// One file an exporter produces: a relative name, its bytes and the mode it must be written with.
struct ExportFile
{
    QString name; // relative path inside the export directory, "/" separated, no ".."
    QByteArray content;
    QFileDevice::Permissions mode =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    bool secret = false; // holds a private key: written 0600, never previewed in full
    QString description; // one translated line: what the file is for

    // The last copy of a key file wipes its content (copies share it; Secrets::wipe lets shared
    // bytes go).
    ~ExportFile()
    {
        if (secret)
            Secrets::wipe(content);
    }

    static QFileDevice::Permissions secretMode() { return QFileDevice::ReadOwner | QFileDevice::WriteOwner; }
    bool operator==(const ExportFile&) const = default;
};

} // namespace ds::core
