#include "goldenfiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace GoldenFiles {

QString inputPath(const QString& fileName)
{
    return QString::fromUtf8(DS_TEST_DATA) + u"/export/"_s + fileName;
}

void compare(const ExportResult& result, const QString& caseName)
{
    const QString dir = inputPath(u"expected/"_s + caseName);
    if (qEnvironmentVariableIntValue("DS_REGENERATE_GOLDEN") == 1) {
        QDir(dir).removeRecursively();
        const Status written = result.writeTo(dir);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        qInfo("regenerated %s", qPrintable(dir));
        return;
    }
    QStringList expected;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        expected << QDir(dir).relativeFilePath(it.next());
    expected.sort();
    QStringList actual = result.fileNames();
    actual.sort();
    QCOMPARE(actual, expected);
    for (const ExportFile& file : result.files) {
        QFile golden(dir + u'/' + file.name);
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName()));
        const QByteArray want = golden.readAll();
        if (file.content != want) {
            // Show the first differing line, not two whole files.
            const QList<QByteArray> a = file.content.split('\n');
            const QList<QByteArray> b = want.split('\n');
            for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
                const QByteArray la = a.value(i);
                const QByteArray lb = b.value(i);
                if (la != lb)
                    QFAIL(
                        qPrintable(u"%1 line %2 differs (DS_REGENERATE_GOLDEN=1 rewrites the golden files)\n"
                                   "actual:   %3\nexpected: %4"_s.arg(file.name)
                                       .arg(i + 1)
                                       .arg(QString::fromUtf8(la), QString::fromUtf8(lb))));
            }
        }
    }
}

} // namespace GoldenFiles
