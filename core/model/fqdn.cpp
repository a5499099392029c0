#include "fqdn.h"

#include "freetext.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {
constexpr int kMaxName = 253;
constexpr int kMaxLabel = 63;
} // namespace

Result<QString> Fqdn::normalizeName(const QString& raw)
{
    auto fail = [](const QString& why) { return Result<QString>::failure(ErrorCode::BadInput, why); };
    QString text = raw.trimmed();
    if (text.isEmpty())
        return fail(tr("is empty"));
    if (auto why = FreeText::problem(text))
        return fail(*why);
    if (text.contains(QLatin1Char(' ')))
        return fail(tr("contains a space"));
    if (text.contains(QLatin1Char('@')))
        return fail(tr("contains @; give a domain or host name, not a mail address"));
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (!ascii) {
        const QByteArray ace = QUrl::toAce(text);
        if (ace.isEmpty())
            return fail(tr("is not a valid internationalized domain name"));
        text = QString::fromLatin1(ace);
    }
    if (text.size() > kMaxName)
        return fail(tr("is %1 characters long; a DNS name has at most %2").arg(text.size()).arg(kMaxName));
    // One pass over the characters: lower-case in place and check each label as it ends.
    qsizetype labelStart = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text.at(i) == QLatin1Char('.')) {
            const qsizetype length = i - labelStart;
            if (length == 0)
                return fail(tr("has an empty label (two dots in a row, or a dot at the start)"));
            if (length > kMaxLabel)
                return fail(
                    tr("has a label of %1 characters; at most %2 are allowed").arg(length).arg(kMaxLabel));
            if (text.at(labelStart) == QLatin1Char('-') || text.at(i - 1) == QLatin1Char('-')) {
                return fail(tr("has the label \"%1\" starting or ending with a hyphen")
                                .arg(text.mid(labelStart, length)));
            }
            labelStart = i + 1;
            continue;
        }
        const char16_t c = text.at(i).unicode();
        if (c >= u'A' && c <= u'Z') {
            text[i] = QChar(c + 0x20);
        } else if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-')) {
            if (c == u'*')
                return fail(tr("contains a wildcard *, which is not allowed here"));
            return fail(tr("contains \"%1\"; DNS names use letters, digits, hyphens and dots").arg(QChar(c)));
        }
    }
    return text;
}

Result<Fqdn> Fqdn::parseOptional(const QString& text)
{
    if (text.trimmed().isEmpty())
        return Fqdn();
    return parse(text);
}

Result<Fqdn> Fqdn::parse(const QString& text)
{
    auto name = normalizeName(text);
    if (!name.ok()) {
        return Result<Fqdn>::failure(
            ErrorCode::BadInput, tr("FQDN \"%1\" %2").arg(FreeText::printable(text), name.errorMessage()));
    }
    Fqdn fqdn;
    fqdn.m_name = name.value();
    return fqdn;
}

bool Fqdn::matches(const QString& rawPattern) const
{
    if (isEmpty())
        return false;
    QString pattern = rawPattern.toLower();
    if (pattern.endsWith(QLatin1Char('.')))
        pattern.chop(1);
    if (pattern == m_name)
        return true;
    // A certificate wildcard covers exactly one leftmost label.
    if (pattern.startsWith(u"*."_s)) {
        const qsizetype dot = m_name.indexOf(QLatin1Char('.'));
        return dot > 0 && QStringView(m_name).mid(dot + 1) == QStringView(pattern).mid(2);
    }
    return false;
}

} // namespace ds::core
