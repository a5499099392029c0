#include "powershellcalls.h"

#include "powershelltokenizer.h"

using namespace Qt::StringLiterals;

namespace {

using Token = PowerShellTokenizer::Token;
using Kind = PowerShellTokenizer::Kind;

bool isOpen(const Token& t)
{
    return t.kind == Kind::Operator && (t.text == u"("_s || t.text == u"{"_s || t.text == u"$("_s ||
                                        t.text == u"@("_s || t.text == u"@{"_s);
}
bool isClose(const Token& t)
{
    return t.kind == Kind::Operator && (t.text == u")"_s || t.text == u"}"_s);
}
bool endsStatement(const Token& t)
{
    return t.kind == Kind::Newline || (t.kind == Kind::Operator && (t.text == u";"_s || t.text == u"|"_s));
}
bool isCommandWord(const Token& t)
{
    return t.kind == Kind::Word && !t.text.isEmpty() && t.text.at(0).isLetter() && t.text.contains(u'-');
}
bool isParameter(const Token& t)
{
    return t.kind == Kind::Word && t.text.size() > 1 && t.text.at(0) == u'-' && t.text.at(1).isLetter();
}

class Parser
{
public:
    Parser(const QList<Token>& tokens, QList<CmdletCall>* calls)
        : m_t(tokens)
        , m_calls(calls)
    {}

    // Parses statements until the close token of the current group (or the end).
    void block()
    {
        bool commandPosition = true;
        while (m_i < m_t.size()) {
            const Token& t = m_t.at(m_i);
            if (isClose(t))
                return;
            if (t.kind == Kind::Comment) {
                ++m_i;
                continue;
            }
            if (endsStatement(t) || (t.kind == Kind::Word && t.text == u"="_s)) {
                commandPosition = true;
                ++m_i;
                continue;
            }
            if (isOpen(t)) {
                group();
                commandPosition = false;
                continue;
            }
            if (commandPosition && isCommandWord(t)) {
                command();
                commandPosition = false;
                continue;
            }
            commandPosition = false;
            ++m_i;
        }
    }

    // The whole script: a stray close token is skipped so one mistake does not hide the rest.
    void all()
    {
        while (m_i < m_t.size()) {
            block();
            if (m_i < m_t.size())
                ++m_i;
        }
    }

private:
    // At an open token: parses its content, stops after its close; returns the group's text.
    QString group()
    {
        const qsizetype start = m_i;
        ++m_i;
        block();
        if (m_i < m_t.size())
            ++m_i; // the close
        QString text;
        for (qsizetype k = start; k < m_i; ++k)
            text += m_t.at(k).text;
        return text;
    }

    // One value item: a literal, variable, word or group, with member accesses after it.
    QString item()
    {
        QString text;
        const Token& t = m_t.at(m_i);
        if (isOpen(t)) {
            text = group();
        } else {
            text = t.text;
            ++m_i;
        }
        while (m_i < m_t.size()) {
            const Token& next = m_t.at(m_i);
            if (next.kind == Kind::Word && next.text.startsWith(u'.')) {
                text += next.text;
                ++m_i;
            } else if (next.kind == Kind::Operator && next.text == u"("_s && text.contains(u'.')) {
                text += group(); // a method call: .ToString()
            } else {
                break;
            }
        }
        return text;
    }

    // A value: items joined by commas.
    QString value()
    {
        QString text = item();
        while (m_i + 1 < m_t.size() && m_t.at(m_i).kind == Kind::Operator && m_t.at(m_i).text == u","_s) {
            ++m_i;
            text += u',' + item();
        }
        return text;
    }

    bool atArgumentEnd() const
    {
        return m_i >= m_t.size() || endsStatement(m_t.at(m_i)) || isClose(m_t.at(m_i)) ||
               m_t.at(m_i).kind == Kind::Comment;
    }

    void command()
    {
        CmdletCall call;
        call.cmdlet = m_t.at(m_i).text;
        ++m_i;
        while (!atArgumentEnd()) {
            const Token& t = m_t.at(m_i);
            if (isParameter(t)) {
                QString name = t.text.mid(1);
                QString inlineValue;
                if (const qsizetype colon = name.indexOf(u':'); colon >= 0) {
                    inlineValue = name.mid(colon + 1);
                    name.truncate(colon);
                }
                ++m_i;
                if (!inlineValue.isEmpty() || CmdletContracts::isSwitch(call.cmdlet, name) ||
                    atArgumentEnd() || isParameter(m_t.at(m_i))) {
                    call.arguments.append({name, inlineValue});
                    continue;
                }
                call.arguments.append({name, value()});
                continue;
            }
            call.arguments.append({QString(), value()});
        }
        m_calls->append(call);
    }

    const QList<Token>& m_t;
    QList<CmdletCall>* m_calls;
    qsizetype m_i = 0;
};

} // namespace

namespace PowerShellCalls {

bool parse(const QString& script, QList<CmdletCall>* calls, QString* error)
{
    QList<Token> tokens;
    if (!PowerShellTokenizer::tokenize(script, &tokens, error))
        return false;
    Parser(tokens, calls).all();
    return true;
}

} // namespace PowerShellCalls
