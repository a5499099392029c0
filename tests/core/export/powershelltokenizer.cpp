#include "powershelltokenizer.h"

using namespace Qt::StringLiterals;

bool PowerShellTokenizer::isSingleQuote(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'\'' || u == 0x2018 || u == 0x2019 || u == 0x201A || u == 0x201B;
}

bool PowerShellTokenizer::isDoubleQuote(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'"' || u == 0x201C || u == 0x201D || u == 0x201E;
}

bool PowerShellTokenizer::tokenize(const QString& s, QList<Token>* tokens, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const qsizetype n = s.size();
    qsizetype i = 0;
    auto isSeparator = [](QChar c) {
        return c.isSpace() || c == u';' || c == u'|' || c == u'(' || c == u')' || c == u'{' || c == u'}' ||
               c == u',' || isSingleQuote(c) || isDoubleQuote(c);
    };
    while (i < n) {
        const QChar c = s.at(i);
        if (c == u'\n') {
            tokens->append({Kind::Newline, u"\n"_s, u"\n"_s});
            ++i;
        } else if (c.isSpace()) {
            ++i;
        } else if (c == u'#') {
            const qsizetype end = s.indexOf(u'\n', i);
            const QString text = s.mid(i, end < 0 ? -1 : end - i);
            tokens->append({Kind::Comment, text, text});
            i += text.size();
        } else if (c == u'@' && i + 1 < n && (isSingleQuote(s.at(i + 1)) || isDoubleQuote(s.at(i + 1))) &&
                   (i + 2 >= n || s.at(i + 2) == u'\r' || s.at(i + 2) == u'\n')) {
            const qsizetype end = s.indexOf(u"\n"_s + s.at(i + 1) + u'@', i);
            if (end < 0)
                return fail(u"unterminated here-string at %1"_s.arg(i));
            tokens->append({Kind::HereString, s.mid(i, end + 3 - i), s.mid(i + 2, end - i - 2)});
            i = end + 3;
        } else if (isSingleQuote(c)) {
            QString value;
            qsizetype j = i + 1;
            for (;;) {
                if (j >= n)
                    return fail(u"unterminated single-quoted string at %1"_s.arg(i));
                if (isSingleQuote(s.at(j))) {
                    if (j + 1 < n && isSingleQuote(s.at(j + 1))) {
                        value += s.at(j);
                        j += 2;
                        continue;
                    }
                    break;
                }
                value += s.at(j++);
            }
            tokens->append({Kind::SingleQuoted, s.mid(i, j + 1 - i), value});
            i = j + 1;
        } else if (isDoubleQuote(c)) {
            QString value;
            qsizetype j = i + 1;
            for (;;) {
                if (j >= n)
                    return fail(u"unterminated double-quoted string at %1"_s.arg(i));
                if (s.at(j) == u'`' && j + 1 < n) {
                    value += s.at(j + 1);
                    j += 2;
                    continue;
                }
                if (isDoubleQuote(s.at(j))) {
                    if (j + 1 < n && isDoubleQuote(s.at(j + 1))) {
                        value += s.at(j);
                        j += 2;
                        continue;
                    }
                    break;
                }
                value += s.at(j++);
            }
            tokens->append({Kind::DoubleQuoted, s.mid(i, j + 1 - i), value});
            i = j + 1;
        } else if (c == u'$' && i + 1 < n && (s.at(i + 1).isLetterOrNumber() || s.at(i + 1) == u'_')) {
            qsizetype j = i + 1;
            while (j < n && (s.at(j).isLetterOrNumber() || s.at(j) == u'_' || s.at(j) == u':'))
                ++j;
            tokens->append({Kind::Variable, s.mid(i, j - i), s.mid(i, j - i)});
            i = j;
        } else if (c == u';' || c == u'|' || c == u'(' || c == u')' || c == u'{' || c == u'}' || c == u',' ||
                   (c == u'$' && i + 1 < n && s.at(i + 1) == u'(') ||
                   (c == u'@' && i + 1 < n && (s.at(i + 1) == u'(' || s.at(i + 1) == u'{'))) {
            const qsizetype len = (c == u'$' || c == u'@') ? 2 : 1;
            tokens->append({Kind::Operator, s.mid(i, len), s.mid(i, len)});
            i += len;
        } else {
            qsizetype j = i;
            while (j < n && !isSeparator(s.at(j)))
                ++j;
            if (j == i)
                ++j;
            tokens->append({Kind::Word, s.mid(i, j - i), s.mid(i, j - i)});
            i = j;
        }
    }
    return true;
}
