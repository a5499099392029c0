#pragma once

#include <QList>
#include <QString>

// A small PowerShell lexer for tests: enough to tell whether a value ended up entirely inside one
// single-quoted literal. It knows PowerShell's quote classes (U+2018–U+201B act as ', U+201C–U+201E
// as "), '' escapes, backtick escapes in double quotes, comments and statement separators.
class PowerShellTokenizer
{
public:
    enum class Kind { SingleQuoted, DoubleQuoted, HereString, Comment, Variable, Word, Operator, Newline };
    struct Token
    {
        Kind kind;
        QString text;  // as written
        QString value; // decoded content for strings, else text
    };

    // False (with *error) on an unterminated string.
    static bool tokenize(const QString& script, QList<Token>* tokens, QString* error = nullptr);
    static bool isSingleQuote(QChar c);
    static bool isDoubleQuote(QChar c);
};
