// MxResolver without the internet: the selection logic on given answers, domain checks, and
// real resolver queries against a tiny DNS server on 127.0.0.153:53 that this test runs (it
// answers MX/A queries from a table, or refuses), plus a nameserver that never answers.
#include "fakednsserver.h"
#include "probe/mxresolver.h"

#include <QtTest>

using namespace ds::core;

using namespace Qt::StringLiterals;
using Answer = MxResolver::Answer;
using Outcome = MxResolver::Answer::Outcome;
using Host = MxResolver::Host;

namespace {

const QString kDnsAddress = QStringLiteral("127.0.0.153");

// The fake DNS data: MX records for "b.example" (out of order, with a tie and a duplicate), a null
// MX, an A record only, a name without records, REFUSED; NXDOMAIN for anything else.
QMap<QByteArray, FakeDnsServer::Zone> zones()
{
    return {
        {"b.example",
         {{{20, "mx3.b.example"}, {10, "mx2.b.example"}, {10, "mx1.b.example"}, {20, "mx3.b.example"}},
          {},
          0}},
        {"nullmx.example", {{{0, ""}}, {}, 0}},
        {"implicit.example", {{}, {QByteArray("\xc0\x00\x02\x0a", 4)}, 0}}, // 192.0.2.10
        {"empty.example", {{}, {}, 0}},
        {"refused.example", {{}, {}, 5}},
    };
}

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
        QCOMPARE(empty.error().code, ErrorCode::Validation);
        const auto implicit = MxResolver::select(u"e.example"_s, Answer{Outcome::NoData, {}, {}},
                                                 records({{u"192.0.2.1"_s, 0, true}}));
        QVERIFY(implicit.ok());
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
        // Refused before DNS is asked, with the reason.
        const auto notADomain = MxResolver::lookup(u"not a domain"_s);
        QCOMPARE(notADomain.error().code, ErrorCode::Usage);
        QVERIFY2(notADomain.errorMessage().contains(u"is not a domain name"_s),
                 qPrintable(notADomain.errorMessage()));
    }

    // Real queries through the system resolver library, answered by the fake server.
    void lookupThroughDns()
    {
        FakeDnsServer dns(kDnsAddress, zones());
        QVERIFY2(dns.isListening(), "binding UDP 127.0.0.153:53 needs root, as the e2e tests do");
        const IpAddress server = IpAddress::fromString(kDnsAddress).value();

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

        // The name exists but has no MX and no address record (NODATA three times).
        const auto empty = MxResolver::lookup(u"empty.example"_s, 5000, server);
        QCOMPARE(empty.error().code, ErrorCode::Validation);
        QVERIFY2(empty.errorMessage().contains(u"neither an MX record nor an address record"_s),
                 qPrintable(empty.errorMessage()));

        const auto refused = MxResolver::lookup(u"refused.example"_s, 5000, server);
        QCOMPARE(refused.error().code, ErrorCode::Io);
        QVERIFY2(refused.errorMessage().contains(u"DNS gave no usable answer for refused.example"_s),
                 qPrintable(refused.errorMessage()));
        QVERIFY(dns.queries() >= 5);
    }

    // The same server on IPv6 loopback: the resolver library keeps IPv6 nameservers apart.
    void lookupThroughIPv6Nameserver()
    {
        FakeDnsServer dns(u"::1"_s, zones());
        QVERIFY2(dns.isListening(), "binding UDP [::1]:53 needs root and IPv6 on loopback");
        const auto mx = MxResolver::lookup(u"b.example"_s, 5000, IpAddress::fromString(u"::1"_s).value());
        QVERIFY2(mx.ok(), qPrintable(mx.errorMessage()));
        QCOMPARE(mx->size(), 3);
        QCOMPARE(dns.queries(), 1);
    }

    // A nameserver that never answers (TEST-NET-1): a clear error within the timeout, no hang.
    void lookupWithoutDns()
    {
        const auto r =
            MxResolver::lookup(u"b.example"_s, 1000, IpAddress::fromString(u"192.0.2.1"_s).value());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Io);
        QVERIFY2(r.errorMessage().contains(u"DNS gave no usable answer for b.example"_s),
                 qPrintable(r.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestMxResolver)
#include "tst_mxresolver.moc"
