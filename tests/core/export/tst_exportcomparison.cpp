#include "export/exportcomparison.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

// ExportComparison: an export set against the files of a previous export in a folder.
class TestExportComparison : public QObject
{
    Q_OBJECT

    static ExportResult sample()
    {
        ExportResult result;
        result.files << ExportFile{u"main.cf.postconf"_s, "a = 1\nb = 2\n"};
        ExportFile key{u"domainsecure/key.pem"_s, "-----BEGIN PRIVATE KEY-----\nAAAA\n"};
        key.secret = true;
        result.files << key;
        result.files << ExportFile{u"map.db"_s, QByteArray("\0\1\2", 3)};
        return result;
    }

private slots:
    void newUnchangedChanged()
    {
        QTemporaryDir dir;
        const ExportResult result = sample();
        auto entries = ExportComparison::compare(result, dir.path());
        QCOMPARE(entries.size(), 3);
        for (const auto& entry : entries)
            QCOMPARE(entry.state, ExportComparison::State::New);
        QVERIFY(entries[0].textDiff);
        QCOMPARE(LineDiff::count(entries[0].diff, LineDiff::Kind::Added), 2);
        QVERIFY(!entries[1].textDiff); // secret: never diffed
        QVERIFY(entries[1].diff.isEmpty());
        QVERIFY(!entries[2].textDiff); // binary

        QVERIFY(result.writeTo(dir.path()).ok());
        entries = ExportComparison::compare(result, dir.path());
        for (const auto& entry : entries) {
            QCOMPARE(entry.state, ExportComparison::State::Unchanged);
            QVERIFY(!LineDiff::hasChanges(entry.diff));
        }

        QVERIFY(TestSupport::writeFile(dir.filePath(u"main.cf.postconf"_s), "a = 1\nb = 3\n"));
        QVERIFY(TestSupport::writeFile(dir.filePath(u"domainsecure/key.pem"_s), "old key"));
        entries = ExportComparison::compare(result, dir.path());
        QCOMPARE(entries[0].state, ExportComparison::State::Changed);
        QCOMPARE(LineDiff::unified(entries[0].diff), u"@@ -1,2 +1,2 @@\n a = 1\n-b = 3\n+b = 2\n"_s);
        QCOMPARE(entries[1].state, ExportComparison::State::Changed);
        QVERIFY(entries[1].diff.isEmpty());
        QCOMPARE(entries[2].state, ExportComparison::State::Unchanged);
    }

    void noFolder()
    {
        const auto entries = ExportComparison::compare(sample(), QString());
        for (const auto& entry : entries)
            QCOMPARE(entry.state, ExportComparison::State::New);
    }

    void isText()
    {
        QVERIFY(ExportComparison::isText(ExportFile{u"a"_s, "plain\n"}));
        QVERIFY(ExportComparison::isText(ExportFile{u"a"_s, "日本語\n"}));
        QVERIFY(!ExportComparison::isText(ExportFile{u"a"_s, "\xff\xfe bad utf-8"}));
        QVERIFY(!ExportComparison::isText(ExportFile{u"a"_s, QByteArray("a\0b", 3)}));
    }
};

QTEST_GUILESS_MAIN(TestExportComparison)
#include "tst_exportcomparison.moc"
