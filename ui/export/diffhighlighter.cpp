#include "diffhighlighter.h"

#include <QColor>
#include <QTextCharFormat>

namespace ds::ui {

DiffHighlighter::DiffHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{}

void DiffHighlighter::highlightBlock(const QString& text)
{
    if (text.isEmpty())
        return;
    QTextCharFormat format;
    switch (text.front().unicode()) {
    case u'-':
        format.setForeground(QColor(0xa0, 0x10, 0x10));
        format.setBackground(QColor(0xff, 0xe8, 0xe8));
        break;
    case u'+':
        format.setForeground(QColor(0x10, 0x70, 0x10));
        format.setBackground(QColor(0xe6, 0xff, 0xe6));
        break;
    case u'@':
        format.setForeground(QColor(0x20, 0x40, 0xa0));
        format.setFontWeight(QFont::Bold);
        break;
    default:
        return;
    }
    setFormat(0, int(text.size()), format);
}

} // namespace ds::ui
