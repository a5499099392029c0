#include "mxresolver.h"

#include "util/logging.h"

#include <QDnsLookup>
#include <QEventLoop>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <mutex>

using namespace Qt::StringLiterals;

namespace {

QString withoutRootDot(QString name)
{
    name = name.trimmed().toLower();
    while (name.endsWith(u'.'))
        name.chop(1);
    return name;
}

// QDnsLookup cannot cancel the resolver call it runs in a thread pool, and the application waits
// for that pool when it ends. Unless the user set RES_OPTIONS, the system resolver is told (once,
// before its first use) to give up after our timeout, so an unanswered lookup ends with it.
void limitResolverTimeout(int timeoutMs)
{
    static std::once_flag once;
    std::call_once(once, [timeoutMs]() {
        if (qEnvironmentVariableIsSet("RES_OPTIONS"))
            return;
        const int seconds = qBound(1, (timeoutMs + 999) / 1000, 30);
        qputenv("RES_OPTIONS", QByteArray("timeout:") + QByteArray::number(seconds) + " attempts:1");
    });
}

MxResolver::Answer query(QDnsLookup::Type type, const QString& domain, int timeoutMs,
                         const QHostAddress& nameserver)
{
    limitResolverTimeout(timeoutMs);
    QDnsLookup lookup(type, domain);
    if (!nameserver.isNull())
        lookup.setNameserver(nameserver);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&lookup, &QDnsLookup::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&]() {
        timedOut = true;
        lookup.abort();
        loop.quit();
    });
    timer.start(timeoutMs);
    lookup.lookup();
    if (!lookup.isFinished())
        loop.exec();

    MxResolver::Answer answer;
    if (timedOut) {
        answer.error = MxResolver::tr("no answer within %n second(s)", nullptr, (timeoutMs + 999) / 1000);
        return answer;
    }
    switch (lookup.error()) {
    case QDnsLookup::NoError:
        break;
    case QDnsLookup::NotFoundError:
        answer.outcome = MxResolver::Answer::Outcome::NotFound;
        return answer;
    default:
        answer.error = lookup.errorString();
        return answer;
    }
    if (type == QDnsLookup::MX) {
        for (const QDnsMailExchangeRecord& record : lookup.mailExchangeRecords())
            answer.records << MxResolver::Host{record.exchange(), record.preference(), false};
    } else {
        for (const QDnsHostAddressRecord& record : lookup.hostAddressRecords())
            answer.records << MxResolver::Host{record.value().toString(), 0, true};
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
                                                   const QHostAddress& nameserver)
{
    const Result<QString> name = normalizedDomain(domain);
    if (!name.ok())
        return name.error();
    const Answer mx = query(QDnsLookup::MX, name.value(), timeoutMs, nameserver);
    Answer address;
    if (mx.outcome == Answer::Outcome::NoData || mx.outcome == Answer::Outcome::NotFound) {
        address = query(QDnsLookup::A, name.value(), timeoutMs, nameserver);
        if (address.outcome == Answer::Outcome::NoData || address.outcome == Answer::Outcome::NotFound) {
            const Answer v6 = query(QDnsLookup::AAAA, name.value(), timeoutMs, nameserver);
            if (v6.outcome == Answer::Outcome::Records || v6.outcome == Answer::Outcome::Failed)
                address = v6;
        }
    }
    Result<QList<Host>> hosts = select(name.value(), mx, address);
    qCDebug(lcProbe) << "MX lookup" << name.value() << (hosts.ok() ? hosts->size() : -1)
                     << hosts.errorMessage();
    return hosts;
}
