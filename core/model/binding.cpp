#include "binding.h"

#include "freetext.h"
#include "iprange.h"

using namespace Qt::StringLiterals;

namespace ds::core {

Result<Binding> Binding::parse(const QString& raw)
{
    const QString text = raw.trimmed();
    auto fail = [&](const QString& why) {
        return Result<Binding>::failure(ErrorCode::BadInput,
                                        tr("binding \"%1\" %2").arg(FreeText::printable(raw), why));
    };
    if (text.isEmpty())
        return fail(tr("is empty; write IP:PORT, e.g. 0.0.0.0:25"));
    if (auto why = FreeText::problem(text))
        return fail(*why);
    QString host;
    QString portText;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return fail(tr("opens [ without closing ]"));
        host = text.mid(1, close - 1);
        if (text.mid(close + 1, 1) != u":"_s)
            return fail(tr("needs :PORT after the bracketed IPv6 address, e.g. [::]:25"));
        portText = text.mid(close + 2);
        if (!host.contains(QLatin1Char(':')))
            return fail(
                tr("has brackets around \"%1\"; only IPv6 addresses are written in brackets").arg(host));
    } else {
        const qsizetype colons = text.count(QLatin1Char(':'));
        if (colons == 0)
            return fail(tr("has no port; write IP:PORT, e.g. 0.0.0.0:25"));
        if (colons > 1)
            return fail(
                tr("looks like an IPv6 address; write it in brackets with the port, e.g. [2001:db8::1]:25"));
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        host = text.left(colon);
        portText = text.mid(colon + 1);
    }
    auto address = IpRange::parseAddress(host);
    if (!address.ok())
        return fail(address.errorMessage());
    bool ok = false;
    const uint port = portText.toUInt(&ok);
    bool digits = !portText.isEmpty();
    for (QChar c : portText)
        digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    if (!ok || !digits || port < 1 || port > 65535)
        return fail(tr("has the port \"%1\"; it must be a number from 1 to 65535")
                        .arg(FreeText::printable(portText)));
    return Binding(*address, static_cast<quint16>(port));
}

bool Binding::isAnyAddress() const
{
    return m_address.isAny();
}

bool Binding::conflictsWith(const Binding& other) const
{
    if (m_port != other.m_port || m_address.family() != other.m_address.family())
        return false;
    return m_address == other.m_address || isAnyAddress() || other.isAnyAddress();
}

QString Binding::toString() const
{
    if (isNull())
        return {};
    if (m_address.isIPv6())
        return u"[%1]:%2"_s.arg(m_address.toString()).arg(m_port);
    return u"%1:%2"_s.arg(m_address.toString()).arg(m_port);
}

} // namespace ds::core
