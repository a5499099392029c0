#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::cli;

// `domainsecure-cli export exchange|postfix` through the real binary: the lint gate (exit 1,
// findings printed, nothing written), written files and their modes, --json, --apply on Debian's
// stock configuration (twice: the second changes nothing) and the usage errors (exit 2, README "Exit codes").
class TestExportCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString& name) const { return m_dir->filePath(name); }

    // A copy of a golden-test input workspace in the temporary directory.
    QString input(const QString& name)
    {
        const QString copy = path(name);
        QFile::remove(copy);
        if (!QFile::copy(QString::fromUtf8(DS_TEST_DATA) + u"/export/"_s + name, copy))
            return {};
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return copy;
    }

    static QStringList filesBelow(const QString& dir)
    {
        QStringList files;
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << QDir(dir).relativeFilePath(it.next());
        files.sort();
        return files;
    }

    static QFileDevice::Permissions modeOf(const QString& file)
    {
        // Without the "User" bits that QFile adds for the current user.
        return QFile::permissions(file) &
               ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
    }

    QString stockConfig()
    {
        const QString dir = path(u"etc-postfix"_s);
        if (!QDir().mkpath(dir) ||
            !QFile::copy(u"/usr/share/postfix/main.cf.debian"_s, dir + u"/main.cf"_s) ||
            !QFile::copy(u"/usr/share/postfix/master.cf.dist"_s, dir + u"/master.cf"_s))
            return {};
        return dir;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void blockingFindingsWriteNothing()
    {
        // partner-a.dsw sends domain-secured mail through a smart host: fine for Postfix, an error
        // for Exchange 2007 (SC-DS-SMARTHOST).
        const QString ws = input(u"partner-a.dsw"_s);
        const QString out = path(u"out/EDGE01.ps1"_s);
        auto r = cli({u"export"_s, u"exchange"_s, u"-w"_s, ws, u"--server"_s, u"EDGE01"_s, u"--out"_s, out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("error SC-DS-SMARTHOST"), r.out.constData()); // the findings are printed
        QVERIFY2(r.err.contains("refused") && r.err.contains("lint --target exchange2007"),
                 r.err.constData());
        QVERIFY(!QFileInfo::exists(path(u"out"_s)));

        // The same through lint: the CLI and the exporter agree.
        QCOMPARE(cli({u"lint"_s, u"-w"_s, ws, u"--target"_s, u"exchange2007"_s}).exitCode, 1);

        r = cli({u"export"_s, u"exchange"_s, u"-w"_s, ws, u"--server"_s, u"EDGE01"_s, u"--out"_s, out,
                 u"--json"_s});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json[u"exported"_s].toBool(true), false);
        QVERIFY(json[u"errors"_s].toInt() >= 1);
        bool found = false;
        for (const QJsonValue& finding : json[u"findings"_s].toArray())
            found = found || finding[u"code"_s].toString() == u"SC-DS-SMARTHOST"_s;
        QVERIFY(found);
        QVERIFY(!QFileInfo::exists(path(u"out"_s)));

        // A Postfix error (a domain-secure send domain missing from the send list) blocks the bundle.
        QCOMPARE(cli({u"domain-secure"_s, u"remove"_s, u"-w"_s, ws, u"--send"_s, u"b.example"_s}).exitCode,
                 0);
        r = cli({u"export"_s, u"postfix"_s, u"-w"_s, ws, u"--server"_s, u"EDGE01"_s, u"--out"_s,
                 path(u"bundle"_s), u"--apply"_s, path(u"never"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("SC-DS-LIST"), r.out.constData());
        QVERIFY(!QFileInfo::exists(path(u"bundle"_s)));
        QVERIFY(!QFileInfo::exists(path(u"never"_s)));
    }

    void postfixWritesTheBundle()
    {
        const QString ws = input(u"partner-a.dsw"_s);
        const QString out = path(u"bundle"_s);
        auto r = cli({u"export"_s, u"postfix"_s, u"-w"_s, ws, u"--server"_s, u"EDGE01"_s, u"--out"_s, out,
                      u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json[u"exported"_s].toBool(), true);
        QCOMPARE(json[u"target"_s].toString(), u"postfix"_s);
        QVERIFY(!json.contains(u"apply"_s));
        QStringList names;
        for (const QJsonValue& file : json[u"files"_s].toArray()) {
            names << file[u"name"_s].toString();
            if (file[u"name"_s].toString() == u"domainsecure/smtp-key.pem"_s) {
                QCOMPARE(file[u"mode"_s].toString(), u"0600"_s);
                QCOMPARE(file[u"secret"_s].toBool(), true);
            }
        }
        names.sort();
        QCOMPARE(filesBelow(out), names);
        for (const QString& name : {u"README.txt"_s, u"main.cf.postconf"_s, u"master.cf.postconf"_s,
                                    u"apply.sh"_s, u"domainsecure/tls_policy"_s, u"domainsecure/transport"_s,
                                    u"domainsecure/smtp-cert.pem"_s, u"domainsecure/clients-1.cidr"_s})
            QVERIFY2(names.contains(name), qPrintable(name));
        QCOMPARE(modeOf(out + u"/domainsecure/smtp-key.pem"_s),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(modeOf(out + u"/apply.sh"_s) & QFileDevice::ExeOwner);
        // The key really is the certificate's key (openssl pairs them).
        const auto certKey = TestSupport::openssl(
            {u"x509"_s, u"-in"_s, out + u"/domainsecure/smtp-cert.pem"_s, u"-noout"_s, u"-pubkey"_s});
        const auto keyKey =
            TestSupport::openssl({u"pkey"_s, u"-in"_s, out + u"/domainsecure/smtp-key.pem"_s, u"-pubout"_s});
        QVERIFY(!certKey.out.isEmpty());
        QCOMPARE(certKey.out, keyKey.out);

        // Text mode, and a single-server workspace needs no --server.
        r = cli({u"export"_s, u"postfix"_s, u"-w"_s, ws, u"--out"_s, out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("domainsecure/smtp-key.pem (0600)"), r.out.constData());
    }

    void postfixApplyIsIdempotent()
    {
        const QString ws = input(u"partner-a.dsw"_s);
        const QString config = stockConfig();
        QVERIFY(!config.isEmpty());
        const QString out = path(u"bundle"_s);
        auto r = cli({u"export"_s, u"postfix"_s, u"-w"_s, ws, u"--server"_s, u"EDGE01"_s, u"--out"_s, out,
                      u"--apply"_s, config, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject apply = QJsonDocument::fromJson(r.out).object()[u"apply"_s].toObject();
        QCOMPARE(apply[u"changed"_s].toBool(), true);
        QCOMPARE(apply[u"configDirectory"_s].toString(), config);
        QVERIFY(!apply[u"changes"_s].toArray().isEmpty());
        QCOMPARE(modeOf(config + u"/domainsecure/smtp-key.pem"_s),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(QFile::exists(config + u"/domainsecure/tls_policy.db"_s));
        const auto check = TestSupport::run(u"/usr/sbin/postfix"_s, {u"-c"_s, config, u"check"_s});
        QVERIFY2(check.exitCode == 0, check.err.constData());

        const QByteArray mainCf = TestSupport::readFile(config + u"/main.cf"_s);
        const QByteArray masterCf = TestSupport::readFile(config + u"/master.cf"_s);
        r = cli({u"export"_s, u"postfix"_s, u"-w"_s, ws, u"--server"_s, u"EDGE01"_s, u"--out"_s, out,
                 u"--apply"_s, config});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("nothing changed"), r.out.constData());
        QCOMPARE(TestSupport::readFile(config + u"/main.cf"_s), mainCf);
        QCOMPARE(TestSupport::readFile(config + u"/master.cf"_s), masterCf);
    }

    void postfixApplyToANonConfigDirectory()
    {
        const QString ws = input(u"partner-a.dsw"_s);
        const QString empty = path(u"not-postfix"_s);
        QVERIFY(QDir().mkpath(empty));
        const auto r =
            cli({u"export"_s, u"postfix"_s, u"-w"_s, ws, u"--out"_s, path(u"bundle"_s), u"--apply"_s, empty});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("not a Postfix configuration directory"), r.err.constData());
        QVERIFY(!QFileInfo::exists(empty + u"/domainsecure"_s));
    }

    void postfixRefusesANonExportableKey()
    {
        // partner-a.dsw with its SMTP certificate's key marked non-exportable.
        const QString ws = input(u"partner-a.dsw"_s);
        QByteArray json = TestSupport::readFile(ws);
        QVERIFY(json.contains("\"exportable\": true"));
        QVERIFY(TestSupport::writeFile(ws, json.replace("\"exportable\": true", "\"exportable\": false")));
        const QByteArray workspace = TestSupport::readFile(ws);
        const QString config = stockConfig();
        QVERIFY(!config.isEmpty());
        const QByteArray mainCf = TestSupport::readFile(config + u"/main.cf"_s);
        const QByteArray masterCf = TestSupport::readFile(config + u"/master.cf"_s);
        const QString out = path(u"bundle"_s);

        auto r = cli({u"export"_s, u"postfix"_s, u"-w"_s, ws, u"--out"_s, out});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("not exportable") && r.err.contains("--include-private-key"),
                 r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(!QFileInfo::exists(out));

        r = cli({u"export"_s, u"postfix"_s, u"-w"_s, ws, u"--out"_s, out, u"--apply"_s, config});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("not exportable"), r.err.constData());
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(!QFileInfo::exists(config + u"/domainsecure"_s));
        QCOMPARE(TestSupport::readFile(config + u"/main.cf"_s), mainCf);
        QCOMPARE(TestSupport::readFile(config + u"/master.cf"_s), masterCf);
        QCOMPARE(TestSupport::readFile(ws), workspace);

        // The administrator's explicit choice: the key goes to that server.
        r = cli({u"export"_s, u"postfix"_s, u"-w"_s, ws, u"--out"_s, out, u"--include-private-key"_s,
                 u"--apply"_s, config});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(modeOf(out + u"/domainsecure/smtp-key.pem"_s),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(modeOf(config + u"/domainsecure/smtp-key.pem"_s),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(TestSupport::readFile(ws), workspace);
    }

    void exportableKeyNeedsNoOption()
    {
        const QString ws = input(u"partner-a.dsw"_s);
        const QString out = path(u"bundle"_s);
        // --include-private-key changes nothing for a key that is exportable anyway.
        auto r = cli({u"export"_s, u"postfix"_s, u"-w"_s, ws, u"--out"_s, out, u"--include-private-key"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFileInfo::exists(out + u"/domainsecure/smtp-key.pem"_s));
    }

    void exchangeWritesTheScript()
    {
        const QString ws = input(u"exchange-a.dsw"_s);
        QCOMPARE(cli({u"lint"_s, u"-w"_s, ws, u"--target"_s, u"exchange2007"_s}).exitCode, 0);
        const QString out = path(u"scripts/edge01.ps1"_s);
        QVERIFY(QDir().mkpath(path(u"scripts"_s)));
        auto r = cli({u"export"_s, u"exchange"_s, u"-w"_s, ws, u"--server"_s, u"EDGE01"_s, u"--out"_s, out,
                      u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Nothing on stderr: no option of another verb is asked for (QCommandLineParser would say so).
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        // The script, and beside it each partner root it puts into the Windows store, named by
        // its SHA-1 thumbprint (what openssl computes for the same DER).
        const QStringList written = filesBelow(path(u"scripts"_s));
        QVERIFY(written.contains(u"edge01.ps1"_s));
        const QByteArray script = TestSupport::readFile(out);
        static const QRegularExpression rootName(u"^partner-roots/([0-9A-F]{40})\\.cer$"_s);
        for (const QString& file : written) {
            if (file == u"edge01.ps1"_s)
                continue;
            const auto match = rootName.match(file);
            QVERIFY2(match.hasMatch(), qPrintable(file));
            QVERIFY(script.contains(match.captured(1).toUtf8()));
            const auto sha1 =
                TestSupport::openssl({u"x509"_s, u"-inform"_s, u"DER"_s, u"-in"_s, path(u"scripts/"_s) + file,
                                      u"-noout"_s, u"-fingerprint"_s, u"-sha1"_s});
            QVERIFY2(sha1.exitCode == 0, sha1.err.constData());
            QVERIFY(QString::fromUtf8(sha1.out).remove(u':').contains(match.captured(1)));
        }
        QVERIFY(script.startsWith("\xEF\xBB\xBF# DomainSecure export"));
        QVERIFY(script.contains("Read-Host -AsSecureString"));
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json[u"files"_s].toArray().size(), written.size());
        QVERIFY(json[u"warnings"_s].toArray().first().toString().contains(u".pfx"_s));

        // With --pfx-password-file the certificate goes beside the script, 0600, and opens with
        // that password.
        const QString password = path(u"pfx-password"_s);
        QVERIFY(TestSupport::writeFile(password, "pfx secret\n"));
        const QString dir = path(u"with-pfx"_s);
        QVERIFY(QDir().mkpath(dir));
        r = cli(
            {u"export"_s, u"exchange"_s, u"-w"_s, ws, u"--out"_s, dir, u"--pfx-password-file"_s, password});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList files = filesBelow(dir);
        QCOMPARE(files.size(), written.size() + 1);
        QVERIFY(files.contains(u"EDGE01-domainsecure.ps1"_s));
        const QStringList pfxFiles = files.filter(QRegularExpression(u"\\.pfx$"_s));
        QCOMPARE(pfxFiles.size(), 1);
        const QString pfx = dir + u'/' + pfxFiles.first();
        QCOMPARE(modeOf(pfx), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(TestSupport::readFile(dir + u"/EDGE01-domainsecure.ps1"_s)
                    .contains(QFileInfo(pfx).fileName().toUtf8()));
        auto info = TestSupport::openssl(
            {u"pkcs12"_s, u"-in"_s, pfx, u"-passin"_s, u"pass:pfx secret"_s, u"-nokeys"_s, u"-clcerts"_s});
        if (info.exitCode != 0) // RC2-protected certificate bags need the legacy provider in OpenSSL 3
            info = TestSupport::openssl({u"pkcs12"_s, u"-legacy"_s, u"-in"_s, pfx, u"-passin"_s,
                                         u"pass:pfx secret"_s, u"-nokeys"_s, u"-clcerts"_s});
        QVERIFY2(info.exitCode == 0, info.err.constData());
        QVERIFY(info.out.contains("subject=CN = mx.a.example"));
    }

    // --version picks the Exchange release; 2007 (the default) is unchanged.
    void exchangeVersions()
    {
        const QString ws = input(u"exchange-topology.dsw"_s);
        struct
        {
            QString version;
            QByteArray import;
            QByteArray header;
        } const cases[] = {
            {QString(), "Import-ExchangeCertificate -Path", "for Exchange Server 2007"},
            {u"2007"_s, "Import-ExchangeCertificate -Path", "for Exchange Server 2007"},
            {u"2010"_s, "Import-ExchangeCertificate -FileData", "for Exchange Server 2010"},
            {u"2013"_s, "Import-ExchangeCertificate -FileData", "for Exchange Server 2013"},
            {u"2016"_s, "Import-ExchangeCertificate -FileData", "for Exchange Server 2016, 2019"},
        };
        for (const auto& c : cases) {
            const QString dir = path(u"v"_s + c.version);
            QVERIFY(QDir().mkpath(dir));
            QStringList arguments{u"export"_s, u"exchange"_s, u"-w"_s, ws,         u"--server"_s,
                                  u"EDGE01"_s, u"--out"_s,    dir,     u"--json"_s};
            if (!c.version.isEmpty())
                arguments << u"--version"_s << c.version;
            const auto r = cli(arguments);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const QByteArray script = TestSupport::readFile(dir + u"/EDGE01-domainsecure.ps1"_s);
            QVERIFY2(script.contains(c.import), qPrintable(c.version));
            QVERIFY2(script.contains(c.header), qPrintable(c.version));
            const QJsonObject json = QJsonDocument::fromJson(r.out).object();
            QCOMPARE(json[u"target"_s].toString(),
                     u"exchange"_s + (c.version.isEmpty() ? u"2007"_s : c.version));
        }
        QCOMPARE(cli({u"export"_s, u"exchange"_s, u"-w"_s, ws, u"--server"_s, u"EDGE01"_s, u"--out"_s,
                      path(u"bad"_s), u"--version"_s, u"2003"_s})
                     .exitCode,
                 2);
    }

    // Each Exchange release is linted as its own target, and the export gates on that target.
    void lintTargetsPerRelease()
    {
        const QString ws = input(u"partner-a.dsw"_s);
        for (const QString& version : {u"2007"_s, u"2010"_s, u"2013"_s, u"2016"_s}) {
            const QString target = u"exchange"_s + version;
            auto r = cli({u"lint"_s, u"-w"_s, ws, u"--target"_s, target, u"--json"_s});
            QCOMPARE(r.exitCode, 1); // SC-DS-SMARTHOST: no release does domain security via smart hosts
            QCOMPARE(QJsonDocument::fromJson(r.out).object()[u"target"_s].toString(), target);
            r = cli({u"export"_s, u"exchange"_s, u"-w"_s, ws, u"--server"_s, u"EDGE01"_s, u"--out"_s,
                     path(u"out.ps1"_s), u"--version"_s, version});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QByteArray(u"lint --target "_s.toUtf8() + target.toUtf8())),
                     r.err.constData());
            QVERIFY2(r.out.contains("error SC-DS-SMARTHOST"), r.out.constData());
        }
        QVERIFY(!QFileInfo::exists(path(u"out.ps1"_s)));
        QCOMPARE(cli({u"lint"_s, u"-w"_s, ws, u"--target"_s, u"postfix"_s}).exitCode, 0);
        const auto bad = cli({u"lint"_s, u"-w"_s, ws, u"--target"_s, u"exchange2003"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("exchange2016"), bad.err.constData());
    }

    // lint --profile stig-ex19-edge adds the DISA STIG items, each named by its STIG and Vuln id;
    // the export is not gated by them; an unknown profile is a usage error.
    void lintStigProfile()
    {
        const QString ws = input(u"exchange-a.dsw"_s);
        QCOMPARE(cli({u"lint"_s, u"-w"_s, ws, u"--target"_s, u"exchange2007"_s}).exitCode, 0);
        auto r = cli({u"lint"_s, u"-w"_s, ws, u"--target"_s, u"exchange2007"_s, u"--profile"_s,
                      u"stig-ex19-edge"_s, u"--json"_s});
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json[u"profiles"_s].toArray(), QJsonArray{u"stig-ex19-edge"_s});
        QStringList codes;
        for (const QJsonValue& finding : json[u"findings"_s].toArray())
            codes << finding[u"code"_s].toString();
        // One Edge server (EX19-ED-000109), Exchange's default banner (EX19-ED-000231).
        QVERIFY2(codes.contains(u"EX19-ED-000109"_s), qPrintable(codes.join(u' ')));
        QVERIFY2(codes.contains(u"EX19-ED-000231"_s), qPrintable(codes.join(u' ')));
        QCOMPARE(r.exitCode, json[u"errors"_s].toInt() > 0 ? 1 : 0);

        r = cli(
            {u"lint"_s, u"-w"_s, ws, u"--target"_s, u"exchange2007"_s, u"--profile"_s, u"stig-ex19-edge"_s});
        QVERIFY2(r.out.contains("EX19-ED-000109") && r.out.contains("V-259596"), r.out.constData());
        QVERIFY2(r.out.contains("profile stig-ex19-edge"), r.out.constData());
        // Without the profile: none of its findings.
        r = cli({u"lint"_s, u"-w"_s, ws, u"--target"_s, u"exchange2007"_s});
        QVERIFY2(!r.out.contains("EX19-ED-"), r.out.constData());

        // The export ignores the optional profile.
        r = cli({u"export"_s, u"exchange"_s, u"-w"_s, ws, u"--server"_s, u"EDGE01"_s, u"--out"_s,
                 path(u"edge01.ps1"_s)});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        const auto bad = cli({u"lint"_s, u"-w"_s, ws, u"--profile"_s, u"stig-ex16-edge"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("--profile") && bad.err.contains("stig-ex19-edge") &&
                     bad.err.contains("stig-ex16-edge"),
                 bad.err.constData());
        QCOMPARE(bad.err.count('\n'), 1); // one line
    }

    // workspace set --exchange-version: stored in the workspace, the default of export and lint.
    void workspaceExchangeVersion()
    {
        const QString ws = input(u"exchange-topology.dsw"_s);
        auto r =
            cli({u"workspace"_s, u"set"_s, u"-w"_s, ws, u"--exchange-version"_s, u"2016"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object()[u"target"_s].toString(), u"exchange2016"_s);
        QVERIFY(TestSupport::readFile(ws).contains("\"exchangeVersion\": \"2016\""));

        r = cli({u"export"_s, u"exchange"_s, u"-w"_s, ws, u"--server"_s, u"EDGE01"_s, u"--out"_s,
                 path(u"a.ps1"_s), u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object()[u"target"_s].toString(), u"exchange2016"_s);
        QVERIFY(TestSupport::readFile(path(u"a.ps1"_s)).contains("for Exchange Server 2016, 2019"));
        // --version still wins.
        r = cli({u"export"_s, u"exchange"_s, u"-w"_s, ws, u"--server"_s, u"EDGE01"_s, u"--out"_s,
                 path(u"b.ps1"_s), u"--version"_s, u"2010"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object()[u"target"_s].toString(), u"exchange2010"_s);
        r = cli({u"lint"_s, u"-w"_s, ws, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out).object()[u"target"_s].toString(), u"exchange2016"_s);

        QCOMPARE(cli({u"workspace"_s, u"set"_s, u"-w"_s, ws, u"--exchange-version"_s, u"2003"_s}).exitCode,
                 2);
        QCOMPARE(cli({u"workspace"_s, u"set"_s, u"-w"_s, ws}).exitCode, 2);
        // Back to 2007: the field is dropped, as in files written before it existed.
        QCOMPARE(cli({u"workspace"_s, u"set"_s, u"-w"_s, ws, u"--exchange-version"_s, u"2007"_s}).exitCode,
                 0);
        QVERIFY(!TestSupport::readFile(ws).contains("exchangeVersion"));
    }

    // --version online: the organization's Exchange Online script, without a server; lint and
    // workspace set take the same target.
    void exchangeOnline()
    {
        const QString ws = input(u"exchange-topology.dsw"_s); // two servers: no --server needed
        const QString dir = path(u"online"_s);
        QVERIFY(QDir().mkpath(dir));
        auto r = cli({u"export"_s, u"exchange"_s, u"-w"_s, ws, u"--version"_s, u"online"_s, u"--out"_s, dir,
                      u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json[u"target"_s].toString(), u"exchange-online"_s);
        QCOMPARE(filesBelow(dir), QStringList{u"ExchangeOnline-domainsecure.ps1"_s});
        const QByteArray script = TestSupport::readFile(dir + u"/ExchangeOnline-domainsecure.ps1"_s);
        QVERIFY(script.contains("New-InboundConnector -Name 'DomainSecure inbound b.example'"));
        QVERIFY(script.contains("New-OutboundConnector -Name 'To B (domain secure)'"));
        QVERIFY(!script.contains("Import-ExchangeCertificate"));
        QVERIFY(!script.contains("TransportConfig"));
        bool roots = false;
        for (const QJsonValue finding : json[u"findings"_s].toArray())
            roots = roots || finding.toObject()[u"code"_s].toString() == u"EXO-ROOTS"_s;
        QVERIFY(roots);
        // A named server must exist, and does not change the script.
        r = cli({u"export"_s, u"exchange"_s, u"-w"_s, ws, u"--version"_s, u"online"_s, u"--server"_s,
                 u"EDGE01"_s, u"--out"_s, path(u"named.ps1"_s)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(TestSupport::readFile(path(u"named.ps1"_s)), script);
        r = cli({u"export"_s, u"exchange"_s, u"-w"_s, ws, u"--version"_s, u"online"_s, u"--server"_s,
                 u"NOPE"_s, u"--out"_s, path(u"nope.ps1"_s)});
        QVERIFY(r.exitCode != 0);
        QVERIFY(!QFileInfo::exists(path(u"nope.ps1"_s)));
        // No certificate to write beside it.
        const QString password = path(u"password.txt"_s);
        QFile file(password);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("secret\n");
        file.close();
        r = cli({u"export"_s, u"exchange"_s, u"-w"_s, ws, u"--version"_s, u"online"_s, u"--out"_s,
                 path(u"pfx.ps1"_s), u"--pfx-password-file"_s, password});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("Exchange Online"), r.err.constData());
        QVERIFY(!QFileInfo::exists(path(u"pfx.ps1"_s)));

        // lint --target exchange-online: domain security through a smart host is fine there.
        const QString partner = input(u"partner-a.dsw"_s);
        r = cli({u"lint"_s, u"-w"_s, partner, u"--target"_s, u"exchange-online"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out).object()[u"target"_s].toString(), u"exchange-online"_s);
        QVERIFY2(!r.out.contains("SC-DS-SMARTHOST\""), r.out.constData());
        QVERIFY2(r.out.contains("EXO-SMARTHOST-TLS"), r.out.constData());

        // workspace set --exchange-version online: the default of export and lint.
        r = cli({u"workspace"_s, u"set"_s, u"-w"_s, ws, u"--exchange-version"_s, u"online"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object()[u"target"_s].toString(), u"exchange-online"_s);
        QVERIFY(TestSupport::readFile(ws).contains("\"exchangeVersion\": \"online\""));
        r = cli({u"export"_s, u"exchange"_s, u"-w"_s, ws, u"--out"_s, path(u"default.ps1"_s), u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object()[u"target"_s].toString(), u"exchange-online"_s);
        QCOMPARE(TestSupport::readFile(path(u"default.ps1"_s)), script);
        r = cli({u"lint"_s, u"-w"_s, ws, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out).object()[u"target"_s].toString(), u"exchange-online"_s);
        // The messages name the new value.
        r = cli({u"export"_s, u"exchange"_s, u"-w"_s, ws, u"--out"_s, path(u"bad.ps1"_s), u"--version"_s,
                 u"2003"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("2016 or online"), r.err.constData());
        r = cli({u"lint"_s, u"-w"_s, ws, u"--target"_s, u"exchange2003"_s});
        QVERIFY2(r.err.contains("exchange-online"), r.err.constData());
    }

    void usageErrors()
    {
        const QString ws = input(u"partner-a.dsw"_s);
        QCOMPARE(cli({u"export"_s, u"-w"_s, ws}).exitCode, 2);
        QCOMPARE(cli({u"export"_s, u"sendmail"_s, u"-w"_s, ws, u"--out"_s, path(u"x"_s)}).exitCode, 2);
        auto r = cli({u"export"_s, u"postfix"_s, u"-w"_s, ws});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--out"));
        QCOMPARE(cli({u"export"_s, u"postfix"_s, u"-w"_s, ws, u"--out"_s, path(u"x"_s), u"extra"_s}).exitCode,
                 2);
        r = cli({u"export"_s, u"postfix"_s, u"-w"_s, ws, u"--server"_s, u"NOPE"_s, u"--out"_s, path(u"x"_s)});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("NOPE"));
        // A missing workspace fails like in every other command (the workspace loader decides).
        const int missing = cli({u"lint"_s, u"-w"_s, path(u"missing.dsw"_s)}).exitCode;
        QVERIFY(missing == 3 || missing == 4);
        QCOMPARE(cli({u"export"_s, u"postfix"_s, u"-w"_s, path(u"missing.dsw"_s), u"--out"_s, path(u"x"_s)})
                     .exitCode,
                 missing);
        QVERIFY(!QFileInfo::exists(path(u"x"_s)));
        QCOMPARE(cli({u"export"_s, u"postfix"_s, u"--help"_s}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
