#include "freetext.h"

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {
QString codePoint(char16_t c)
{
    return u"U+%1"_s.arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')).toUpper();
}
} // namespace

std::optional<QString> FreeText::problem(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const qsizetype position = i + 1;
        if (c == u'\n' || c == u'\r')
            return tr("contains a line break at position %1").arg(position);
        if (c == u'\t')
            return tr("contains a tab at position %1").arg(position);
        if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f))
            return tr("contains the control character %1 at position %2").arg(codePoint(c)).arg(position);
        if (c == 0x2028 || c == 0x2029)
            return tr("contains the Unicode line or paragraph separator %1 at position %2")
                .arg(codePoint(c))
                .arg(position);
        if (c >= 0x2018 && c <= 0x201e)
            return tr("contains the typographic quote %1 (%2) at position %3; use a plain ' or \" instead")
                .arg(QChar(c))
                .arg(codePoint(c))
                .arg(position);
    }
    return std::nullopt;
}

std::optional<QString> FreeText::nameProblem(const QString& text)
{
    const QString name = text.trimmed();
    if (name.isEmpty())
        return tr("is empty");
    if (name.size() > kMaxNameLength)
        return tr("is %1 characters long; at most %2 are allowed").arg(name.size()).arg(kMaxNameLength);
    if (name.contains(QLatin1Char('\\')))
        return tr("contains a backslash, which separates server and connector in SERVER\\Name");
    return problem(name);
}

Status FreeText::check(const QString& field, const QString& text)
{
    if (auto why = problem(text))
        return Status::failure(ErrorCode::BadInput, tr("%1 \"%2\" %3").arg(field, printable(text), *why));
    return {};
}

Status FreeText::checkName(const QString& field, const QString& text)
{
    if (auto why = nameProblem(text))
        return Status::failure(ErrorCode::BadInput, tr("%1 \"%2\" %3").arg(field, printable(text), *why));
    return {};
}

QString FreeText::printable(const QString& text)
{
    // Error messages are one line: show offending characters as U+FFFD and cut long values.
    QString shown = text.left(80);
    for (QChar& c : shown) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u <= 0x9f) || u == 0x2028 || u == 0x2029)
            c = QChar(0xfffd);
    }
    if (text.size() > 80)
        shown += QChar(0x2026);
    return shown;
}

} // namespace ds::core
