#include "export/linediff.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

// LineDiff: the line model, and the unified text checked against GNU diff -u on the same files.
class TestLineDiff : public QObject
{
    Q_OBJECT

    // diff -u's hunks (the two file header lines dropped).
    static QString gnuDiff(const QString& before, const QString& after)
    {
        QTemporaryDir dir;
        TestSupport::writeFile(dir.filePath(u"a"_s), before.toUtf8());
        TestSupport::writeFile(dir.filePath(u"b"_s), after.toUtf8());
        const auto result =
            TestSupport::run(u"diff"_s, {u"-u"_s, dir.filePath(u"a"_s), dir.filePath(u"b"_s)});
        QStringList lines = QString::fromUtf8(result.out).split(u'\n');
        return lines.mid(2).join(u'\n');
    }

private slots:
    void splitLines()
    {
        QCOMPARE(LineDiff::splitLines(QString()), QStringList());
        QCOMPARE(LineDiff::splitLines(u"a\nb\n"_s), QStringList({u"a"_s, u"b"_s}));
        QCOMPARE(LineDiff::splitLines(u"a\r\nb"_s), QStringList({u"a"_s, u"b"_s}));
        QCOMPARE(LineDiff::splitLines(u"a\n\n"_s), QStringList({u"a"_s, QString()}));
    }

    void lineModel()
    {
        const auto lines = LineDiff::compute(u"a\nb\nc\n"_s, u"a\nx\nc\nd\n"_s);
        const QList<LineDiff::Line> expected = {
            {LineDiff::Kind::Same, u"a"_s, 1, 1},  {LineDiff::Kind::Removed, u"b"_s, 2, 0},
            {LineDiff::Kind::Added, u"x"_s, 0, 2}, {LineDiff::Kind::Same, u"c"_s, 3, 3},
            {LineDiff::Kind::Added, u"d"_s, 0, 4},
        };
        QCOMPARE(lines, expected);
        QVERIFY(LineDiff::hasChanges(lines));
        QCOMPARE(LineDiff::count(lines, LineDiff::Kind::Added), 2);
        QCOMPARE(LineDiff::count(lines, LineDiff::Kind::Removed), 1);
    }

    void equalTexts()
    {
        const auto lines = LineDiff::compute(u"a\nb\n"_s, u"a\nb\n"_s);
        QCOMPARE(lines.size(), 2);
        QVERIFY(!LineDiff::hasChanges(lines));
        QCOMPARE(LineDiff::unified(lines), QString());
    }

    void sameAsGnuDiff_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QStringList long1;
        for (int i = 1; i <= 40; ++i)
            long1 << u"line %1"_s.arg(i);
        QStringList long2 = long1;
        long2[4] = u"changed 5"_s;
        long2.insert(20, u"inserted"_s);
        long2.removeAt(35);
        const QString a = long1.join(u'\n') + u'\n';
        const QString b = long2.join(u'\n') + u'\n';
        QTest::newRow("replace") << u"a\nb\nc\n"_s << u"a\nx\nc\n"_s;
        QTest::newRow("append") << u"a\nb\n"_s << u"a\nb\nc\nd\n"_s;
        QTest::newRow("prepend") << u"b\nc\n"_s << u"a\nb\nc\n"_s;
        QTest::newRow("from empty") << QString() << u"a\nb\n"_s;
        QTest::newRow("to empty") << u"a\nb\n"_s << QString();
        QTest::newRow("far apart") << a << b;
        QTest::newRow("postconf") << u"smtpd_tls_security_level = may\nsmtp_tls_policy_maps = hash:x\n"_s
                                  << u"smtpd_tls_security_level = encrypt\nsmtp_tls_policy_maps = hash:x\n"_s;
    }
    void sameAsGnuDiff()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        const QString ours = LineDiff::unified(LineDiff::compute(before, after));
        QCOMPARE(ours, gnuDiff(before, after));
    }

    void tooLargeStillCorrect()
    {
        // Above kMaxCells the middle is replaced wholesale; applying the diff still gives "after".
        QStringList before;
        QStringList after;
        for (int i = 0; i < 2100; ++i) {
            before << u"old %1"_s.arg(i);
            after << u"new %1"_s.arg(i);
        }
        before.insert(1000, u"common"_s);
        after.insert(1000, u"common"_s);
        const auto lines = LineDiff::compute(before, after);
        QStringList rebuiltOld;
        QStringList rebuiltNew;
        for (const LineDiff::Line& line : lines) {
            if (line.kind != LineDiff::Kind::Added)
                rebuiltOld << line.text;
            if (line.kind != LineDiff::Kind::Removed)
                rebuiltNew << line.text;
        }
        QCOMPARE(rebuiltOld, before);
        QCOMPARE(rebuiltNew, after);
    }
};

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
