// Checks the shipped translation sources (translations/*.ts): every message of the Japanese
// file is translated, keeps the placeholders, mnemonics and HTML tags of its source, and the
// English file (the source language) has nothing left unfinished.
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList translations;
};

QList<TsMessage> readTs(const QString& path, QString* error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + u": "_s + file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            message = TsMessage{};
            message.context = context;
            message.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
        } else if (name == "source"_L1) {
            message.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            message.type = xml.attributes().value("type"_L1).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations << xml.readElementText();
            } else {
                message.translations << xml.readElementText();
            }
            messages << message;
        }
    }
    if (xml.hasError())
        *error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(u"%(L?\\d{1,2}|n)"_s);
    QStringList found;
    for (const auto& match : re.globalMatch(text))
        found << match.captured(0);
    found.removeDuplicates();
    found.sort();
    return found;
}

bool hasMnemonic(QString text)
{
    text.remove(u"&&"_s);
    static const QRegularExpression re(u"&\\S"_s);
    return re.match(text).hasMatch();
}

QStringList tags(const QString& text)
{
    static const QRegularExpression re(u"</?[a-zA-Z][^>]*>"_s);
    QStringList found;
    for (const auto& match : re.globalMatch(text))
        found << match.captured(0);
    found.sort();
    return found;
}

QString where(const TsMessage& m)
{
    return u"[%1] \"%2\""_s.arg(m.context, m.source);
}

bool isLive(const TsMessage& m)
{
    return m.type != "vanished"_L1 && m.type != "obsolete"_L1;
}

} // namespace

class TestTranslationCompleteness : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void japaneseIsComplete();
    void japaneseKeepsPlaceholders();
    void japaneseKeepsMnemonicsAndTags();
    void japaneseHasOneNumerusForm();
    void englishIsComplete();
    void checksCanFail();

private:
    QList<TsMessage> m_ja;
    QList<TsMessage> m_en;
};

void TestTranslationCompleteness::initTestCase()
{
    QString error;
    m_ja = readTs(QStringLiteral(DS_SOURCE_DIR "/translations/domainsecure_ja.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_en = readTs(QStringLiteral(DS_SOURCE_DIR "/translations/domainsecure_en.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_ja.size() > 100);
    QCOMPARE(m_en.size(), m_ja.size());
}

void TestTranslationCompleteness::japaneseIsComplete()
{
    QStringList bad;
    for (const TsMessage& m : std::as_const(m_ja)) {
        if (!isLive(m))
            continue;
        bool empty = m.translations.isEmpty();
        for (const QString& t : m.translations)
            empty = empty || t.trimmed().isEmpty();
        if (m.type == "unfinished"_L1 || empty)
            bad << where(m);
    }
    QVERIFY2(bad.isEmpty(), qPrintable(u"%1 untranslated:\n"_s.arg(bad.size()) + bad.join(u'\n')));
}

void TestTranslationCompleteness::japaneseKeepsPlaceholders()
{
    QStringList bad;
    for (const TsMessage& m : std::as_const(m_ja)) {
        if (!isLive(m) || m.type == "unfinished"_L1)
            continue;
        for (const QString& t : m.translations) {
            if (placeholders(t) != placeholders(m.source))
                bad << where(m) + u" -> \""_s + t + u'"';
        }
    }
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
}

void TestTranslationCompleteness::japaneseKeepsMnemonicsAndTags()
{
    QStringList bad;
    for (const TsMessage& m : std::as_const(m_ja)) {
        if (!isLive(m) || m.type == "unfinished"_L1)
            continue;
        for (const QString& t : m.translations) {
            if (hasMnemonic(t) != hasMnemonic(m.source) || tags(t) != tags(m.source))
                bad << where(m) + u" -> \""_s + t + u'"';
        }
    }
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
}

void TestTranslationCompleteness::japaneseHasOneNumerusForm()
{
    // Japanese has no grammatical number: exactly one form per %n message.
    QStringList bad;
    for (const TsMessage& m : std::as_const(m_ja)) {
        if (isLive(m) && m.numerus && m.translations.size() != 1)
            bad << where(m);
    }
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
}

void TestTranslationCompleteness::englishIsComplete()
{
    QStringList bad;
    for (const TsMessage& m : std::as_const(m_en)) {
        if (!isLive(m))
            continue;
        if (m.type == "unfinished"_L1 || (m.numerus && m.translations.size() != 2))
            bad << where(m);
        for (const QString& t : m.translations) {
            if (placeholders(t) != placeholders(m.source))
                bad << where(m) + u" -> \""_s + t + u'"';
        }
    }
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
}

void TestTranslationCompleteness::checksCanFail()
{
    QCOMPARE(placeholders(u"%1 of %2, %n left, %1"_s), (QStringList{u"%1"_s, u"%2"_s, u"%n"_s}));
    QVERIFY(placeholders(u"%1: ファイルが空です"_s) != placeholders(u"%2: the file is empty"_s));
    QVERIFY(hasMnemonic(u"ファイル(&F)"_s));
    QVERIFY(!hasMnemonic(u"R&&D"_s));
    QCOMPARE(tags(u"<h2>x</h2><p>y</p>"_s).size(), 4);
}

QTEST_GUILESS_MAIN(TestTranslationCompleteness)
#include "tst_translationcompleteness.moc"
