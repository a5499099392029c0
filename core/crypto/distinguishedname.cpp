#include "distinguishedname.h"

#include "opensslptr.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {

struct TypeRule
{
    QLatin1StringView name;
    int maxLength; // X.520 upper bounds
};

const TypeRule kTypes[] = {{"CN"_L1, 64}, {"O"_L1, 64},   {"OU"_L1, 64},
                           {"L"_L1, 128}, {"ST"_L1, 128}, {"C"_L1, 2}};

const TypeRule* findType(const QString& type)
{
    for (const TypeRule& rule : kTypes) {
        if (type.compare(rule.name, Qt::CaseInsensitive) == 0)
            return &rule;
    }
    return nullptr;
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

} // namespace

Result<DistinguishedName> DistinguishedName::parse(const QString& text)
{
    using R = Result<DistinguishedName>;
    if (text.trimmed().isEmpty())
        return R::failure(ErrorCode::BadInput,
                          tr("the distinguished name is empty (expected e.g. CN=mail.contoso.com)"));

    QList<Attribute> inTextOrder;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i <= n) {
        // Attribute type.
        while (i < n && text.at(i).isSpace())
            ++i;
        const qsizetype typeStart = i;
        while (i < n && text.at(i) != u'=' && text.at(i) != u',' && text.at(i) != u'+')
            ++i;
        const QString type = text.mid(typeStart, i - typeStart).trimmed();
        if (i >= n || text.at(i) != u'=') {
            if (type.isEmpty())
                return R::failure(ErrorCode::BadInput,
                                  tr("empty attribute at position %1 of \"%2\" (a stray comma?)")
                                      .arg(typeStart + 1)
                                      .arg(text));
            return R::failure(
                ErrorCode::BadInput,
                tr("\"%1\" at position %2 has no \"=\" (expected TYPE=value)").arg(type).arg(typeStart + 1));
        }
        const TypeRule* rule = findType(type);
        if (!rule) {
            return R::failure(ErrorCode::BadInput,
                              tr("unknown attribute type \"%1\" at position %2: use CN, O, OU, L, ST or C")
                                  .arg(type)
                                  .arg(typeStart + 1));
        }
        ++i; // '='
        while (i < n && text.at(i) == u' ')
            ++i;
        if (i < n && text.at(i) == u'#') {
            return R::failure(
                ErrorCode::BadInput,
                tr("%1: hexadecimal (#...) values are not supported; write the text").arg(rule->name));
        }
        // Attribute value with escapes; pending UTF-8 bytes from \XX escapes.
        QString value;
        QByteArray pendingBytes;
        qsizetype lastSignificant = 0; // value length up to the last escaped or non-space char
        auto flushBytes = [&]() {
            if (!pendingBytes.isEmpty()) {
                value += QString::fromUtf8(pendingBytes);
                pendingBytes.clear();
                lastSignificant = value.size();
            }
        };
        while (i < n && text.at(i) != u',' && text.at(i) != u'+') {
            const QChar c = text.at(i);
            if (c == u'\\') {
                if (i + 1 >= n)
                    return R::failure(ErrorCode::BadInput,
                                      tr("%1: the value ends with a lone backslash").arg(rule->name));
                const QChar next = text.at(i + 1);
                const int high = hexValue(next);
                const int low = i + 2 < n ? hexValue(text.at(i + 2)) : -1;
                if (high >= 0 && low >= 0) {
                    pendingBytes.append(static_cast<char>(high * 16 + low));
                    i += 3;
                    continue;
                }
                if (QStringView(u" \"#+,;<=>\\").contains(next)) {
                    flushBytes();
                    value += next;
                    lastSignificant = value.size();
                    i += 2;
                    continue;
                }
                return R::failure(
                    ErrorCode::BadInput,
                    tr("%1: bad escape \"\\%2\" at position %3").arg(rule->name, QString(next)).arg(i + 1));
            }
            flushBytes();
            if (c == u'"' || c == u';' || c == u'<' || c == u'>') {
                return R::failure(ErrorCode::BadInput,
                                  tr("%1: character '%2' at position %3 must be escaped with a backslash")
                                      .arg(rule->name, QString(c))
                                      .arg(i + 1));
            }
            if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
                return R::failure(ErrorCode::BadInput,
                                  tr("%1: control character at position %2").arg(rule->name).arg(i + 1));
            }
            value += c;
            if (c != u' ')
                lastSignificant = value.size();
            ++i;
        }
        flushBytes();
        value.truncate(lastSignificant); // unescaped trailing spaces are not part of the value
        const QString canonicalType = rule->name;
        if (value.isEmpty())
            return R::failure(ErrorCode::BadInput, tr("%1 has an empty value").arg(canonicalType));
        if (canonicalType == u"C"_s) {
            const bool twoLetters = value.size() == 2 && value.at(0).isLetter() && value.at(1).isLetter() &&
                                    value.at(0).unicode() < 128 && value.at(1).unicode() < 128;
            if (!twoLetters) {
                return R::failure(
                    ErrorCode::BadInput,
                    tr("country \"%1\" must be a two-letter ISO 3166 code, e.g. C=JP").arg(value));
            }
            value = value.toUpper();
        } else if (value.size() > rule->maxLength) {
            return R::failure(
                ErrorCode::BadInput,
                tr("%1 \"%2\" is longer than %3 characters").arg(canonicalType, value).arg(rule->maxLength));
        }
        inTextOrder.append({canonicalType, value});
        if (i >= n)
            break;
        ++i; // ',' or '+'
        if (i >= n)
            return R::failure(ErrorCode::BadInput, tr("the distinguished name ends with a separator"));
    }
    DistinguishedName dn;
    for (auto it = inTextOrder.crbegin(); it != inTextOrder.crend(); ++it)
        dn.m_attributes.append(*it);
    return dn;
}

DistinguishedName DistinguishedName::fromX509Name(const X509_name_st* name)
{
    DistinguishedName dn;
    if (!name)
        return dn;
    const int count = X509_NAME_entry_count(name);
    for (int index = 0; index < count; ++index) {
        const X509_NAME_ENTRY* entry = X509_NAME_get_entry(name, index);
        const ASN1_OBJECT* object = X509_NAME_ENTRY_get_object(entry);
        QString type;
        const int nid = OBJ_obj2nid(object);
        if (nid != NID_undef) {
            type = QString::fromLatin1(OBJ_nid2sn(nid));
        } else {
            char buffer[128] = {};
            OBJ_obj2txt(buffer, sizeof buffer, object, 1);
            type = QString::fromLatin1(buffer);
        }
        unsigned char* utf8 = nullptr;
        const int length = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(entry));
        const OpenSslBytes owned(utf8);
        QString value;
        if (length >= 0 && owned)
            value = QString::fromUtf8(reinterpret_cast<const char*>(owned.get()), length);
        dn.m_attributes.append({type, value});
    }
    return dn;
}

void DistinguishedName::append(const QString& type, const QString& value)
{
    m_attributes.append({type, value});
}

QString DistinguishedName::value(const QString& type) const
{
    for (auto it = m_attributes.crbegin(); it != m_attributes.crend(); ++it) {
        if (it->type.compare(type, Qt::CaseInsensitive) == 0)
            return it->value;
    }
    return {};
}

QString DistinguishedName::escapeValue(const QString& value)
{
    QString out;
    out.reserve(value.size() + 4);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const bool special =
            c == u'"' || c == u'+' || c == u',' || c == u';' || c == u'<' || c == u'>' || c == u'\\';
        const bool leading = i == 0 && (c == u'#' || c == u' ');
        const bool trailing = i == value.size() - 1 && c == u' ';
        if (c.unicode() == 0) {
            out += u"\\00"_s;
        } else if (special || leading || trailing) {
            out += u'\\';
            out += c;
        } else {
            out += c;
        }
    }
    return out;
}

QString DistinguishedName::toString() const
{
    QStringList parts;
    for (auto it = m_attributes.crbegin(); it != m_attributes.crend(); ++it)
        parts << it->type + u'=' + escapeValue(it->value);
    return parts.join(u',');
}

X509_name_st* DistinguishedName::toX509Name() const
{
    X509NamePtr name(X509_NAME_new());
    if (!name)
        return nullptr;
    for (const Attribute& attribute : m_attributes) {
        const QByteArray type = attribute.type.toLatin1();
        const QByteArray value = attribute.value.toUtf8();
        if (!X509_NAME_add_entry_by_txt(name.get(), type.constData(), MBSTRING_UTF8,
                                        reinterpret_cast<const unsigned char*>(value.constData()),
                                        static_cast<int>(value.size()), -1, 0)) {
            OpenSsl::clearErrors();
            return nullptr;
        }
    }
    return name.release();
}

} // namespace ds::core
