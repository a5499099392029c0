#include "powershellquote.h"

using namespace Qt::StringLiterals;

namespace ds::core {

std::optional<QString> PowerShellQuote::problem(const QString& value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value.at(i).unicode();
        const QString code = QString::number(uint(c), 16).rightJustified(4, u'0').toUpper();
        QString what;
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
            what = tr("a control character (U+%1)").arg(code);
        else if (c == 0x2028 || c == 0x2029)
            what = tr("a line or paragraph separator (U+%1)").arg(code);
        else if (c >= 0x2018 && c <= 0x201E)
            what = tr("a typographic quote mark (U+%1)").arg(code);
        if (!what.isEmpty())
            return tr("contains %1 at position %2").arg(what).arg(i + 1);
    }
    return std::nullopt;
}

Result<QString> PowerShellQuote::literal(const QString& field, const QString& value)
{
    if (const auto why = problem(value))
        return Result<QString>::failure(ErrorCode::Validation,
                                        tr("%1 cannot be exported: it %2").arg(field, *why));
    QString escaped = value;
    escaped.replace(u"'"_s, u"''"_s);
    return QString(u"'"_s + escaped + u"'"_s);
}

Result<QString> PowerShellQuote::list(const QString& field, const QStringList& values)
{
    QStringList literals;
    for (const QString& value : values) {
        auto quoted = literal(field, value);
        if (!quoted)
            return quoted;
        literals << quoted.value();
    }
    return literals.join(u',');
}

} // namespace ds::core
