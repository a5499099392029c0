#include "store/demoworkspace.h"
#include "store/workspacefile.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDemoWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void cliWritesALoadableDemo();
};

void TestDemoWorkspace::cliWritesALoadableDemo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.dsw"_s);
    const auto run = TestSupport::cli({u"workspace"_s, u"demo"_s, path});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    auto loaded = WorkspaceFile::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded->organization, u"Contoso"_s);
    QVERIFY(loaded->server(u"EDGE01"_s));
    QCOMPARE(loaded->server(u"EDGE01"_s)->fqdn, u"mail.contoso.example"_s);
    QVERIFY(loaded->domainSecure.send.contains(u"fabrikam.example"_s));
    QVERIFY(loaded->domainSecure.receive.contains(u"fabrikam.example"_s));
}

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "tst_demoworkspace.moc"
