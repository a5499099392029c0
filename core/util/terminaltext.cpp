#include "terminaltext.h"

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {

bool unsafe(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 ||
           (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString terminalSafe(const QString& text)
{
    qsizetype i = 0;
    while (i < text.size() && !unsafe(text.at(i).unicode()))
        ++i;
    if (i == text.size())
        return text;
    QString safe = text.left(i);
    safe.reserve(text.size() + 16);
    for (; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (!unsafe(c))
            safe += QChar(c);
        else if (c < 0x80)
            safe += u"\\x"_s + QString::number(c, 16).rightJustified(2, u'0');
        else
            safe += u"\\u"_s + QString::number(c, 16).rightJustified(4, u'0');
    }
    return safe;
}

} // namespace ds::core
