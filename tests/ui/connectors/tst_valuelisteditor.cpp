#include "connectors/valuelisteditor.h"
#include "model/iprange.h"
#include "uitestsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace ds::core;
using namespace ds::ui;

using namespace Qt::StringLiterals;

// The list editor the connector editors share: entries parsed by the value type, errors per entry.
class TestValueListEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiTestSupport::initGuiTest(); }
    void addsAndNormalizes();
    void refusesBadEntryWithTheValueTypesReason();
    void addsSeveralAndKeepsOnlyTheBadOnes();
    void inPlaceEditIsCheckedPerEntry();
    void removeDeletesSelection();
    void duplicatesAreIgnored();

private:
    static ValueListEditor::Parser rangeParser()
    {
        return [](const QString& text) -> Result<QString> {
            const auto range = IpRange::parse(text);
            if (!range.ok())
                return range.error();
            return range->toString();
        };
    }
};

void TestValueListEditor::addsAndNormalizes()
{
    ValueListEditor editor(rangeParser());
    QSignalSpy changed(&editor, &ValueListEditor::changed);
    QTest::keyClicks(editor.entryEdit(), u"  192.0.2.0/28 "_s);
    QTest::mouseClick(editor.findChild<QPushButton*>(u"addButton"_s), Qt::LeftButton);
    QCOMPARE(editor.values(), QStringList{u"192.0.2.0/28"_s});
    QVERIFY(editor.entryEdit()->text().isEmpty());
    QVERIFY(!editor.hasErrors());
    QVERIFY(editor.errorLabel()->isHidden());
    QVERIFY(changed.count() > 0);
}

void TestValueListEditor::refusesBadEntryWithTheValueTypesReason()
{
    ValueListEditor editor(rangeParser());
    QTest::keyClicks(editor.entryEdit(), u"192.0.2.300"_s);
    QTest::keyClick(editor.entryEdit(), Qt::Key_Return);
    QVERIFY(editor.isEmpty());
    QCOMPARE(editor.entryEdit()->text(), u"192.0.2.300"_s);
    QVERIFY(!editor.errorLabel()->isHidden());
    const QString expected = IpRange::parse(u"192.0.2.300"_s).errorMessage();
    QVERIFY(!expected.isEmpty());
    QVERIFY2(editor.errorLabel()->text().contains(expected), qPrintable(editor.errorLabel()->text()));
    QVERIFY(editor.errorLabel()->text().contains(u"192.0.2.300"_s));
    // Typing again clears the stale message.
    QTest::keyClick(editor.entryEdit(), Qt::Key_Backspace);
    QVERIFY(editor.errorLabel()->isHidden());
}

void TestValueListEditor::addsSeveralAndKeepsOnlyTheBadOnes()
{
    ValueListEditor editor(rangeParser());
    editor.entryEdit()->setText(u"192.0.2.1, 10.0.0.9-10.0.0.1, 198.51.100.0/24"_s);
    QVERIFY(!editor.addPending());
    QCOMPARE(editor.values(), (QStringList{u"192.0.2.1"_s, u"198.51.100.0/24"_s}));
    QCOMPARE(editor.entryEdit()->text(), u"10.0.0.9-10.0.0.1"_s);
    QVERIFY(editor.hasPendingText());
    QVERIFY(editor.errorLabel()->text().contains(u"10.0.0.9-10.0.0.1"_s));
}

void TestValueListEditor::inPlaceEditIsCheckedPerEntry()
{
    ValueListEditor editor(rangeParser());
    editor.setValues({u"192.0.2.1"_s, u"192.0.2.2"_s});
    QVERIFY(!editor.hasErrors());
    editor.listWidget()->item(1)->setText(u"192.0.2.0/33"_s);
    QVERIFY(editor.hasErrors());
    QCOMPARE(editor.errors().size(), 1);
    QVERIFY(editor.errors().first().contains(u"192.0.2.0/33"_s));
    QCOMPARE(editor.values(), QStringList{u"192.0.2.1"_s});
    QCOMPARE(editor.listWidget()->item(1)->toolTip(), editor.errors().first());
    editor.listWidget()->item(1)->setText(u"192.0.2.0/30"_s);
    QVERIFY(!editor.hasErrors());
    QCOMPARE(editor.values(), (QStringList{u"192.0.2.1"_s, u"192.0.2.0/30"_s}));
}

void TestValueListEditor::removeDeletesSelection()
{
    ValueListEditor editor(rangeParser());
    editor.setValues({u"192.0.2.1"_s, u"192.0.2.2"_s, u"192.0.2.3"_s});
    auto* remove = editor.findChild<QPushButton*>(u"removeButton"_s);
    QVERIFY(!remove->isEnabled());
    editor.listWidget()->item(1)->setSelected(true);
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(editor.values(), (QStringList{u"192.0.2.1"_s, u"192.0.2.3"_s}));
}

void TestValueListEditor::duplicatesAreIgnored()
{
    ValueListEditor editor(rangeParser());
    editor.setValues({u"192.0.2.1"_s});
    editor.entryEdit()->setText(u"192.0.2.1"_s);
    QVERIFY(editor.addPending());
    QCOMPARE(editor.count(), 1);
}

QTEST_MAIN(TestValueListEditor)
#include "tst_valuelisteditor.moc"
