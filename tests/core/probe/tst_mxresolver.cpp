// MxResolver without the internet: the selection logic on given answers, domain checks, and
// real QDnsLookup queries against a tiny DNS server on 127.0.0.153:53 that this test runs (it
// answers MX/A queries from a table, or refuses), plus a nameserver that never answers.
#include "probe/mxresolver.h"

#include <QtTest>
#include <arpa/inet.h>
#include <atomic>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Answer = MxResolver::Answer;
using Outcome = MxResolver::Answer::Outcome;
using Host = MxResolver::Host;

namespace {

// Answers DNS queries over UDP: MX records for "b.example", an A record for "implicit.example",
// REFUSED for "refused.example", NXDOMAIN for anything else.
class FakeDnsServer
{
public:
    static constexpr const char* kAddress = "127.0.0.153";

    FakeDnsServer()
    {
        m_fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(53);
        ::inet_pton(AF_INET, kAddress, &address.sin_addr);
        m_bound = ::bind(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
        if (m_bound)
            m_thread = std::thread([this]() { serve(); });
    }
    ~FakeDnsServer()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        ::close(m_fd);
    }
    bool isListening() const { return m_bound; }
    int queries() const { return m_queries; }

private:
    static void appendName(QByteArray& out, const QByteArray& name)
    {
        if (name.isEmpty()) { // the root
            out += '\0';
            return;
        }
        for (const QByteArray& label : name.split('.')) {
            out += char(label.size());
            out += label;
        }
        out += '\0';
    }
    static void appendRecord(QByteArray& out, quint16 type, const QByteArray& data)
    {
        out += "\xc0\x0c"; // pointer to the question name
        out += char(type >> 8);
        out += char(type & 0xff);
        out += QByteArray("\x00\x01\x00\x00\x01\x2c", 6); // IN, TTL 300
        out += char(data.size() >> 8);
        out += char(data.size() & 0xff);
        out += data;
    }
    static QByteArray mx(quint16 preference, const QByteArray& exchange)
    {
        QByteArray data;
        data += char(preference >> 8);
        data += char(preference & 0xff);
        appendName(data, exchange);
        return data;
    }

    QByteArray answer(const QByteArray& query)
    {
        if (query.size() < 12)
            return {};
        // The question: labels from offset 12, then type and class.
        QByteArray name;
        qsizetype i = 12;
        while (i < query.size() && query[i] != 0) {
            const int length = quint8(query[i]);
            if (!name.isEmpty())
                name += '.';
            name += query.mid(i + 1, length);
            i += length + 1;
        }
        if (i + 5 > query.size())
            return {};
        const quint16 type = quint16(quint8(query[i + 1]) << 8 | quint8(query[i + 2]));
        const QByteArray question = query.mid(12, i + 5 - 12);
        name = name.toLower();

        QList<QByteArray> mxData;
        QByteArray aData;
        int rcode = 0;
        if (name == "b.example") {
            // Deliberately out of order, with a tie and a duplicate.
            mxData = {mx(20, "mx3.b.example"), mx(10, "mx2.b.example"), mx(10, "mx1.b.example"),
                      mx(20, "mx3.b.example")};
        } else if (name == "nullmx.example") {
            mxData = {mx(0, "")};
        } else if (name == "implicit.example") {
            aData = QByteArray("\xc0\x00\x02\x0a", 4); // 192.0.2.10
        } else if (name == "refused.example") {
            rcode = 5;
        } else {
            rcode = 3;
        }
        QList<QByteArray> records;
        if (type == 15)
            records = mxData;
        else if (type == 1 && !aData.isEmpty())
            records = {aData};
        QByteArray out = query.left(2);
        out += char(0x84 | (query[2] & 0x01)); // QR, AA, RD copied
        out += char(0x80 | rcode);             // RA, RCODE
        out += QByteArray("\x00\x01", 2);
        out += char(0);
        out += char(records.size());
        out += QByteArray(4, '\0');
        out += question;
        for (const QByteArray& data : std::as_const(records))
            appendRecord(out, type, data);
        return out;
    }

    void serve()
    {
        while (!m_stop) {
            pollfd pfd{m_fd, POLLIN, 0};
            if (::poll(&pfd, 1, 50) <= 0)
                continue;
            char buffer[512];
            sockaddr_in peer{};
            socklen_t length = sizeof peer;
            const ssize_t n =
                ::recvfrom(m_fd, buffer, sizeof buffer, 0, reinterpret_cast<sockaddr*>(&peer), &length);
            if (n <= 0)
                continue;
            ++m_queries;
            const QByteArray reply = answer(QByteArray(buffer, int(n)));
            if (!reply.isEmpty())
                ::sendto(m_fd, reply.constData(), size_t(reply.size()), 0, reinterpret_cast<sockaddr*>(&peer),
                         length);
        }
    }

    int m_fd = -1;
    bool m_bound = false;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_queries{0};
    std::thread m_thread;
};

Answer records(const QList<Host>& hosts)
{
    return Answer{Outcome::Records, hosts, {}};
}

QStringList names(const QList<Host>& hosts)
{
    QStringList result;
    for (const Host& host : hosts)
        result << host.name;
    return result;
}

} // namespace

class TestMxResolver : public QObject
{
    Q_OBJECT

private slots:
    void ordersByPreferenceThenName()
    {
        const auto hosts = MxResolver::select(u"b.example"_s,
                                              records({{u"mx3.b.example."_s, 20},
                                                       {u"MX2.b.example"_s, 10},
                                                       {u"mx1.b.example"_s, 10},
                                                       {u"mx3.b.example"_s, 30}}),
                                              {});
        QVERIFY(hosts.ok());
        QCOMPARE(names(hosts.value()),
                 (QStringList{u"mx1.b.example"_s, u"mx2.b.example"_s, u"mx3.b.example"_s}));
        QCOMPARE(int(hosts->at(0).preference), 10);
        QCOMPARE(int(hosts->at(2).preference), 20); // the duplicate keeps its best preference
        QVERIFY(!hosts->at(0).implicit);
    }

    void nullMx()
    {
        const auto none = MxResolver::select(u"n.example"_s, records({{u"."_s, 0}}), {});
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, ErrorCode::Validation);
        QVERIFY2(none.errorMessage().contains(u"null MX"_s), qPrintable(none.errorMessage()));
        // A null MX beside real ones is ignored.
        const auto mixed =
            MxResolver::select(u"n.example"_s, records({{u""_s, 0}, {u"mx.n.example"_s, 5}}), {});
        QVERIFY(mixed.ok());
        QCOMPARE(names(mixed.value()), QStringList{u"mx.n.example"_s});
    }

    void implicitMxFromAddress_data()
    {
        QTest::addColumn<int>("mxOutcome");
        QTest::newRow("no data") << int(Outcome::NoData);
        QTest::newRow("not found") << int(Outcome::NotFound);
    }
    void implicitMxFromAddress()
    {
        QFETCH(int, mxOutcome);
        const auto hosts = MxResolver::select(u"c.example"_s, Answer{Outcome(mxOutcome), {}, {}},
                                              records({{u"192.0.2.1"_s, 0, true}}));
        QVERIFY(hosts.ok());
        QCOMPARE(hosts->size(), 1);
        QCOMPARE(hosts->first().name, u"c.example"_s);
        QVERIFY(hosts->first().implicit);
    }

    void noMailServer()
    {
        const auto missing = MxResolver::select(u"gone.example"_s, Answer{Outcome::NotFound, {}, {}},
                                                Answer{Outcome::NotFound, {}, {}});
        QCOMPARE(missing.error().code, ErrorCode::Validation);
        QVERIFY(missing.errorMessage().contains(u"does not exist"_s));
        const auto empty = MxResolver::select(u"e.example"_s, Answer{Outcome::NoData, {}, {}},
                                              Answer{Outcome::NoData, {}, {}});
        QVERIFY(empty.errorMessage().contains(u"neither an MX record nor an address record"_s));
    }

    void dnsUnavailable()
    {
        const auto mx =
            MxResolver::select(u"b.example"_s, Answer{Outcome::Failed, {}, u"Connection refused"_s}, {});
        QCOMPARE(mx.error().code, ErrorCode::Io);
        QVERIFY(
            mx.errorMessage().contains(u"DNS gave no usable answer for b.example (Connection refused)"_s));
        QVERIFY(mx.errorMessage().contains(u"host name or address"_s));
        const auto a = MxResolver::select(u"b.example"_s, Answer{Outcome::NoData, {}, {}},
                                          Answer{Outcome::Failed, {}, u"timeout"_s});
        QCOMPARE(a.error().code, ErrorCode::Io);
    }

    void normalizedDomain()
    {
        QCOMPARE(MxResolver::normalizedDomain(u" B.Example. "_s).value(), u"b.example"_s);
        QCOMPARE(MxResolver::normalizedDomain(u"bücher.example"_s).value(), u"xn--bcher-kva.example"_s);
        for (const QString& bad : {u""_s, u"a..b"_s, u"-a.example"_s, u"a_b.example"_s, u"a b.example"_s}) {
            const auto r = MxResolver::normalizedDomain(bad);
            QVERIFY2(!r.ok(), qPrintable(bad));
            QCOMPARE(r.error().code, ErrorCode::Usage);
        }
        QCOMPARE(MxResolver::lookup(u"not a domain"_s).error().code, ErrorCode::Usage);
    }

    // Real QDnsLookup queries, answered by the fake server.
    void lookupThroughDns()
    {
        FakeDnsServer dns;
        QVERIFY2(dns.isListening(), "binding UDP 127.0.0.153:53 needs root, as the e2e tests do");
        const QHostAddress server(QString::fromLatin1(FakeDnsServer::kAddress));

        const auto mx = MxResolver::lookup(u"b.example"_s, 5000, server);
        QVERIFY2(mx.ok(), qPrintable(mx.errorMessage()));
        QCOMPARE(names(mx.value()),
                 (QStringList{u"mx1.b.example"_s, u"mx2.b.example"_s, u"mx3.b.example"_s}));

        const auto implicit = MxResolver::lookup(u"implicit.example"_s, 5000, server);
        QVERIFY2(implicit.ok(), qPrintable(implicit.errorMessage()));
        QCOMPARE(names(implicit.value()), QStringList{u"implicit.example"_s});
        QVERIFY(implicit->first().implicit);

        const auto nullMx = MxResolver::lookup(u"nullmx.example"_s, 5000, server);
        QVERIFY2(nullMx.errorMessage().contains(u"null MX"_s), qPrintable(nullMx.errorMessage()));

        const auto missing = MxResolver::lookup(u"gone.example"_s, 5000, server);
        QCOMPARE(missing.error().code, ErrorCode::Validation);

        const auto refused = MxResolver::lookup(u"refused.example"_s, 5000, server);
        QCOMPARE(refused.error().code, ErrorCode::Io);
        QVERIFY2(refused.errorMessage().contains(u"DNS gave no usable answer for refused.example"_s),
                 qPrintable(refused.errorMessage()));
        QVERIFY(dns.queries() >= 5);
    }

    // A nameserver that never answers (TEST-NET-1): a clear error within the timeout, no hang.
    void lookupWithoutDns()
    {
        const auto r = MxResolver::lookup(u"b.example"_s, 1000, QHostAddress(u"192.0.2.1"_s));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Io);
        QVERIFY2(r.errorMessage().contains(u"DNS gave no usable answer for b.example"_s),
                 qPrintable(r.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestMxResolver)
#include "tst_mxresolver.moc"
