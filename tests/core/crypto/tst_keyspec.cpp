#include "crypto/keyspec.h"

#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

class TestKeySpec : public QObject
{
    Q_OBJECT

private slots:
    void defaultIsRsa2048();
    void parseAccepted_data();
    void parseAccepted();
    void parseRejects_data();
    void parseRejects();
    void allAndNames();
};

void TestKeySpec::defaultIsRsa2048()
{
    const KeySpec spec;
    QCOMPARE(spec.type(), KeySpec::Type::Rsa);
    QCOMPARE(spec.bits(), 2048);
    QCOMPARE(spec.toString(), u"rsa:2048"_s);
    QCOMPARE(spec.description(), u"RSA 2048"_s);
    QVERIFY(spec.curveName().isEmpty());
}

void TestKeySpec::parseAccepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("bits");
    QTest::addColumn<QString>("curve");
    QTest::addColumn<QString>("description");
    QTest::newRow("rsa:2048") << u"rsa:2048"_s << u"rsa:2048"_s << 2048 << QString() << u"RSA 2048"_s;
    QTest::newRow("rsa:3072") << u"rsa:3072"_s << u"rsa:3072"_s << 3072 << QString() << u"RSA 3072"_s;
    QTest::newRow("rsa:4096") << u"rsa:4096"_s << u"rsa:4096"_s << 4096 << QString() << u"RSA 4096"_s;
    QTest::newRow("ec:p256") << u"ec:p256"_s << u"ec:p256"_s << 256 << u"P-256"_s << u"EC P-256"_s;
    QTest::newRow("ec:p384") << u"ec:p384"_s << u"ec:p384"_s << 384 << u"P-384"_s << u"EC P-384"_s;
    QTest::newRow("upper case, spaces")
        << u"  RSA:4096 "_s << u"rsa:4096"_s << 4096 << QString() << u"RSA 4096"_s;
    QTest::newRow("prime256v1") << u"ec:prime256v1"_s << u"ec:p256"_s << 256 << u"P-256"_s << u"EC P-256"_s;
    QTest::newRow("secp384r1") << u"ec:secp384r1"_s << u"ec:p384"_s << 384 << u"P-384"_s << u"EC P-384"_s;
}

void TestKeySpec::parseAccepted()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(int, bits);
    QFETCH(QString, curve);
    QFETCH(QString, description);
    auto spec = KeySpec::parse(text);
    QVERIFY2(spec.ok(), qPrintable(spec.errorMessage()));
    QCOMPARE(spec->toString(), canonical);
    QCOMPARE(spec->bits(), bits);
    QCOMPARE(spec->curveName(), curve);
    QCOMPARE(spec->description(), description);
    QCOMPARE(spec->type(), curve.isEmpty() ? KeySpec::Type::Rsa : KeySpec::Type::Ec);
    // The canonical text parses to the same spec.
    QCOMPARE(KeySpec::parse(spec->toString()).value(), spec.value());
}

void TestKeySpec::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("rsa:1024 (too weak)") << u"rsa:1024"_s;
    QTest::newRow("rsa:8192") << u"rsa:8192"_s;
    QTest::newRow("ec:p521") << u"ec:p521"_s;
    QTest::newRow("ed25519") << u"ed25519"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("rsa") << u"rsa"_s;
}

void TestKeySpec::parseRejects()
{
    QFETCH(QString, text);
    auto spec = KeySpec::parse(text);
    QVERIFY(!spec.ok());
    QCOMPARE(spec.error().code, ErrorCode::Usage);
    // The message names the text and every accepted value.
    QVERIFY2(spec.errorMessage().contains(u'"' + text + u'"'), qPrintable(spec.errorMessage()));
    for (const QString& name : KeySpec::names())
        QVERIFY2(spec.errorMessage().contains(name), qPrintable(spec.errorMessage()));
}

void TestKeySpec::allAndNames()
{
    QCOMPARE(KeySpec::names(),
             (QStringList{u"rsa:2048"_s, u"rsa:3072"_s, u"rsa:4096"_s, u"ec:p256"_s, u"ec:p384"_s}));
    const QList<KeySpec> all = KeySpec::all();
    QCOMPARE(all.size(), 5);
    QCOMPARE(all.first(), KeySpec());
    QCOMPARE(all.at(3), KeySpec::ecP256());
    QCOMPARE(all.at(4), KeySpec::ecP384());
    QVERIFY(!(KeySpec::rsa(3072) == KeySpec::rsa(4096)));
}

QTEST_GUILESS_MAIN(TestKeySpec)
#include "tst_keyspec.moc"
