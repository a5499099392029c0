#include "util/translator.h"

#include <QCoreApplication>
#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

class TestTranslator : public QObject
{
    Q_OBJECT

private slots:
    void shipsEnglishAndJapanese();
    void japaneseIsInstalled();
    void englishFallsBack();
};

void TestTranslator::shipsEnglishAndJapanese()
{
    const QStringList languages = Translator::availableLanguages();
    QCOMPARE(languages.value(0), u"en"_s);
    QVERIFY(languages.contains(u"ja"_s));
}

void TestTranslator::japaneseIsInstalled()
{
    Translator::install(u"ja"_s);
    QCOMPARE(Translator::installedLanguage(), u"ja"_s);
    // A message of the workspace file must come out in Japanese (a non-Latin-1 string).
    const QString text = QCoreApplication::translate("WorkspaceFile", "%1: the file is empty");
    QVERIFY2(text != u"%1: the file is empty"_s, qPrintable(text));
    bool hasJapanese = false;
    for (QChar c : text)
        hasJapanese = hasJapanese || c.unicode() >= 0x3000;
    QVERIFY(hasJapanese);
    // The CLI's connector verbs are templates: their strings use one explicit context that
    // lupdate and the runtime agree on (a template parameter's tr() would not).
    QCOMPARE(QCoreApplication::translate("ConnectorVerbs", "name"), u"名前"_s);
}

void TestTranslator::englishFallsBack()
{
    Translator::install(u"en"_s);
    QCOMPARE(QCoreApplication::translate("WorkspaceFile", "%1: the file is empty"),
             u"%1: the file is empty"_s);
}

QTEST_GUILESS_MAIN(TestTranslator)
#include "tst_translator.moc"
