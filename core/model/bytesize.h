#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace ds::core {

// A message size as Exchange writes it ("10MB", "64KB", "2GB", "unlimited"); units are binary
// (1 KB = 1024 bytes), as in ByteQuantifiedSize.
class ByteSize
{
    Q_DECLARE_TR_FUNCTIONS(ByteSize)

public:
    ByteSize() = default;
    static ByteSize fromBytes(quint64 bytes);
    static ByteSize unlimited();

    // "10MB", "10 mb", "65536", "65536B", "unlimited", and Exchange's display form
    // "10 MB (10,485,760 bytes)".
    static Result<ByteSize> parse(const QString& text);

    bool isUnlimited() const { return m_unlimited; }
    quint64 bytes() const { return m_bytes; }
    // The largest unit that divides exactly: "10MB", "65537B", "unlimited".
    QString toString() const;

    bool operator==(const ByteSize&) const = default;

private:
    quint64 m_bytes = 0;
    bool m_unlimited = false;
};

} // namespace ds::core
