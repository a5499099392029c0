#include "powershellscript.h"

#include "powershellquote.h"

using namespace Qt::StringLiterals;

namespace ds::core {

QString PowerShellScript::quote(const QString& field, const QString& value)
{
    auto literal = PowerShellQuote::literal(field, value);
    if (!literal) {
        fail(literal.error());
        return u"''"_s;
    }
    return literal.value();
}

QString PowerShellScript::quoteList(const QString& field, const QStringList& values)
{
    auto literal = PowerShellQuote::list(field, values);
    if (!literal) {
        fail(literal.error());
        return u"''"_s;
    }
    return literal.value();
}

void PowerShellScript::command(const Result<QString>& command, const QString& indent, const QString& tail)
{
    if (!command.ok()) {
        fail(command.error());
        return;
    }
    line(indent + command.value() + tail);
}

void PowerShellScript::fail(const Error& error)
{
    if (!m_error)
        m_error = error;
}

QByteArray PowerShellScript::text() const
{
    return "\xEF\xBB\xBF" + (m_lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

} // namespace ds::core
