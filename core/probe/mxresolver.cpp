#include "mxresolver.h"

#include "util/logging.h"

#include <QRegularExpression>
#include <QUrl>
#include <algorithm>
#include <arpa/nameser.h>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <netinet/in.h>
#include <optional>
#include <resolv.h>

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {

QString withoutRootDot(QString name)
{
    name = name.trimmed().toLower();
    while (name.endsWith(u'.'))
        name.chop(1);
    return name;
}

// The resolver settings of the system (/etc/resolv.conf) for one query, or one given nameserver
// on port 53; one try of timeoutMs rounded up to whole seconds (the resolver counts in seconds).
class ResolverState
{
public:
    ResolverState() = default;
    ResolverState(const ResolverState&) = delete;
    ResolverState& operator=(const ResolverState&) = delete;
    ~ResolverState()
    {
        if (m_open)
            res_nclose(&m_state);
    }

    std::optional<QString> open(int timeoutMs, const IpAddress& nameserver)
    {
        if (res_ninit(&m_state) != 0)
            return MxResolver::tr("no DNS resolver configuration (/etc/resolv.conf)");
        m_open = true;
        m_state.retrans = qBound(1, (timeoutMs + 999) / 1000, 30);
        m_state.retry = 1;
        if (nameserver.isNull())
            return m_state.nscount > 0 ? std::nullopt
                                       : std::optional(MxResolver::tr("no nameserver in /etc/resolv.conf"));
        m_state.nscount = 1;
        if (nameserver.isIPv4()) {
            m_state.nsaddr_list[0] = sockaddr_in{};
            m_state.nsaddr_list[0].sin_family = AF_INET;
            m_state.nsaddr_list[0].sin_port = htons(53);
            m_state.nsaddr_list[0].sin_addr.s_addr = htonl(nameserver.toIPv4());
            return std::nullopt;
        }
        // glibc keeps IPv6 servers in malloc'ed _ext.nsaddrs (freed by res_nclose) and uses one when
        // nsaddr_list's family is 0 (resolv/res_send.c, get_nsaddr).
        auto* address = static_cast<sockaddr_in6*>(calloc(1, sizeof(sockaddr_in6)));
        if (!address)
            return MxResolver::tr("out of memory");
        address->sin6_family = AF_INET6;
        address->sin6_port = htons(53);
        const IpAddress::IPv6Bytes bytes = nameserver.toIPv6();
        std::memcpy(&address->sin6_addr, bytes.data(), bytes.size());
        free(m_state._u._ext.nsaddrs[0]);
        m_state._u._ext.nsaddrs[0] = address;
        m_state.nsaddr_list[0].sin_family = 0;
        return std::nullopt;
    }

    res_state get() { return &m_state; }

private:
    struct __res_state m_state
    {
    }; // "struct": glibc also has a function named __res_state
    bool m_open = false;
};

MxResolver::Answer query(ns_type type, const QByteArray& domain, int timeoutMs, const IpAddress& nameserver)
{
    MxResolver::Answer answer;
    ResolverState state;
    if (const auto problem = state.open(timeoutMs, nameserver)) {
        answer.error = *problem;
        return answer;
    }
    unsigned char request[NS_PACKETSZ];
    const int requestSize = res_nmkquery(state.get(), ns_o_query, domain.constData(), ns_c_in, type, nullptr,
                                         0, nullptr, request, sizeof request);
    if (requestSize < 0) {
        answer.error = MxResolver::tr("cannot build a DNS query for %1").arg(QString::fromLatin1(domain));
        return answer;
    }
    // Large enough for any UDP answer and for a truncated one retried over TCP.
    QByteArray reply(65535, Qt::Uninitialized);
    auto* base = reinterpret_cast<unsigned char*>(reply.data());
    errno = 0;
    const int replySize = res_nsend(state.get(), request, requestSize, base, int(reply.size()));
    if (replySize < 0) {
        // glibc gives up the same way on silence and on SERVFAIL/REFUSED answers.
        answer.error = errno == ECONNREFUSED
                           ? MxResolver::tr("the DNS server refused the query or is not reachable")
                           : MxResolver::tr("no answer within %n second(s), or the server failed", nullptr,
                                            qBound(1, (timeoutMs + 999) / 1000, 30));
        return answer;
    }
    ns_msg message;
    if (ns_initparse(base, replySize, &message) != 0) {
        answer.error = MxResolver::tr("the DNS answer is malformed");
        return answer;
    }
    switch (ns_msg_getflag(message, ns_f_rcode)) {
    case ns_r_noerror:
        break;
    case ns_r_nxdomain:
        answer.outcome = MxResolver::Answer::Outcome::NotFound;
        return answer;
    default:
        answer.error = MxResolver::tr("the DNS server answered with error code %1")
                           .arg(ns_msg_getflag(message, ns_f_rcode));
        return answer;
    }
    for (int i = 0; i < ns_msg_count(message, ns_s_an); ++i) {
        ns_rr record;
        if (ns_parserr(&message, ns_s_an, i, &record) != 0) {
            answer.error = MxResolver::tr("the DNS answer is malformed");
            return answer;
        }
        if (ns_rr_type(record) != type || ns_rr_class(record) != ns_c_in)
            continue; // a CNAME on the way, or another type
        const unsigned char* data = ns_rr_rdata(record);
        if (type == ns_t_mx) {
            char exchange[NS_MAXDNAME];
            if (ns_rr_rdlen(record) < 3 || dn_expand(ns_msg_base(message), ns_msg_end(message), data + 2,
                                                     exchange, sizeof exchange) < 0) {
                answer.error = MxResolver::tr("the DNS answer is malformed");
                return answer;
            }
            answer.records << MxResolver::Host{QString::fromLatin1(exchange), quint16(ns_get16(data)), false};
        } else {
            answer.records << MxResolver::Host{QString::fromLatin1(domain), 0, true};
        }
    }
    answer.outcome =
        answer.records.isEmpty() ? MxResolver::Answer::Outcome::NoData : MxResolver::Answer::Outcome::Records;
    return answer;
}

} // namespace

Result<QString> MxResolver::normalizedDomain(const QString& domain)
{
    const QString name = withoutRootDot(domain);
    const QString ace = QString::fromLatin1(QUrl::toAce(name));
    static const QRegularExpression label(u"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"_s);
    bool valid = !ace.isEmpty() && ace.size() <= 253;
    for (const QString& part : ace.split(u'.'))
        valid = valid && label.match(part).hasMatch();
    if (!valid)
        return Result<QString>::failure(ErrorCode::Usage, tr("\"%1\" is not a domain name").arg(domain));
    return ace;
}

Result<QList<MxResolver::Host>> MxResolver::select(const QString& domain, const Answer& mx,
                                                   const Answer& address)
{
    using Outcome = Answer::Outcome;
    using R = Result<QList<Host>>;
    const QString unavailable =
        tr("DNS gave no usable answer for %1 (%2). Give the partner gateway's host name or address instead.");
    if (mx.outcome == Outcome::Failed)
        return R::failure(ErrorCode::Io, unavailable.arg(domain, mx.error));

    if (mx.outcome == Outcome::Records) {
        QList<Host> hosts;
        bool nullMx = false;
        for (Host host : mx.records) {
            host.name = withoutRootDot(host.name);
            host.implicit = false;
            if (host.name.isEmpty()) {
                nullMx = true;
                continue;
            }
            hosts << host;
        }
        if (hosts.isEmpty() && nullMx) {
            return R::failure(
                ErrorCode::Validation,
                tr("%1 publishes a null MX record (RFC 7505): the domain accepts no mail.").arg(domain));
        }
        std::stable_sort(hosts.begin(), hosts.end(), [](const Host& a, const Host& b) {
            return a.preference != b.preference ? a.preference < b.preference : a.name < b.name;
        });
        QList<Host> unique;
        for (const Host& host : std::as_const(hosts)) {
            const bool seen = std::any_of(unique.cbegin(), unique.cend(),
                                          [&host](const Host& other) { return other.name == host.name; });
            if (!seen)
                unique << host;
        }
        return unique;
    }

    // No MX record: RFC 5321 §5.1 treats the domain's own address record as an implicit MX.
    if (address.outcome == Outcome::Records)
        return QList<Host>{Host{domain, 0, true}};
    if (address.outcome == Outcome::Failed)
        return R::failure(ErrorCode::Io, unavailable.arg(domain, address.error));
    if (mx.outcome == Outcome::NotFound && address.outcome == Outcome::NotFound)
        return R::failure(ErrorCode::Validation, tr("The domain %1 does not exist in DNS.").arg(domain));
    return R::failure(
        ErrorCode::Validation,
        tr("%1 has neither an MX record nor an address record: mail cannot be delivered to it.").arg(domain));
}

Result<QList<MxResolver::Host>> MxResolver::lookup(const QString& domain, int timeoutMs,
                                                   const IpAddress& nameserver)
{
    const Result<QString> name = normalizedDomain(domain);
    if (!name.ok())
        return name.error();
    const QByteArray ace = name.value().toLatin1();
    const Answer mx = query(ns_t_mx, ace, timeoutMs, nameserver);
    Answer address;
    auto noRecord = [](const Answer& answer) {
        return answer.outcome == Answer::Outcome::NoData || answer.outcome == Answer::Outcome::NotFound;
    };
    if (noRecord(mx)) {
        address = query(ns_t_a, ace, timeoutMs, nameserver);
        if (noRecord(address)) {
            const Answer v6 = query(ns_t_aaaa, ace, timeoutMs, nameserver);
            if (v6.outcome == Answer::Outcome::Records || v6.outcome == Answer::Outcome::Failed)
                address = v6;
        }
    }
    Result<QList<Host>> hosts = select(name.value(), mx, address);
    qCDebug(lcProbe) << "MX lookup" << name.value() << (hosts.ok() ? hosts->size() : -1)
                     << hosts.errorMessage();
    return hosts;
}

} // namespace ds::core
