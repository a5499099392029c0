#pragma once

#include "ipaddress.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace ds::core {

// A receive connector binding: the local address and port it listens on ("0.0.0.0:25",
// "[2001:db8::1]:25"); 0.0.0.0 and [::] mean every address of that family.
class Binding
{
    Q_DECLARE_TR_FUNCTIONS(Binding)

public:
    Binding() = default;
    Binding(const IpAddress& address, quint16 port)
        : m_address(address)
        , m_port(port)
    {}

    static Result<Binding> parse(const QString& text);

    bool isNull() const { return m_port == 0; }
    IpAddress address() const { return m_address; }
    quint16 port() const { return m_port; }
    bool isAnyAddress() const;
    // Two bindings that would receive the same connection: same port, and the same address or
    // one of them the any-address of the other's family.
    bool conflictsWith(const Binding& other) const;

    QString toString() const;

    bool operator==(const Binding& other) const
    {
        return m_port == other.m_port && m_address == other.m_address;
    }

private:
    IpAddress m_address;
    quint16 m_port = 0;
};

} // namespace ds::core
