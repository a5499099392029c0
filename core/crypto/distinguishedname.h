#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

struct X509_name_st;

namespace ds::core {

// An X.500 distinguished name as an administrator writes it: RFC 4514 text
// ("CN=mail.contoso.com,O=Contoso\, Ltd.,C=JP"), most specific RDN first.
class DistinguishedName
{
    Q_DECLARE_TR_FUNCTIONS(DistinguishedName)

public:
    struct Attribute
    {
        QString type; // "CN", "O", "OU", "L", "ST", "C" (or an OID/short name when read from a certificate)
        QString value;
        bool operator==(const Attribute&) const = default;
    };

    DistinguishedName() = default;
    // Parses RFC 4514 text with backslash escapes (\, \+ \" \\ \< \> \; \= \# and \XX hex).
    // Accepted types: CN, O, OU, L, ST, C (case-insensitive); C must be two letters; spaces
    // around ',' are tolerated. Errors name the attribute and the position.
    static Result<DistinguishedName> parse(const QString& text);
    // Reads an OpenSSL X509_NAME (any attribute types; multi-valued RDNs are flattened).
    static DistinguishedName fromX509Name(const X509_name_st* name);

    // Attributes in ASN.1 order (least specific first: C, ST, L, O, OU, CN).
    QList<Attribute> attributes() const { return m_attributes; }
    void append(const QString& type, const QString& value); // in ASN.1 order
    bool isEmpty() const { return m_attributes.isEmpty(); }
    // The (last) value of an attribute type, e.g. value("CN").
    QString value(const QString& type) const;
    QString commonName() const { return value(QStringLiteral("CN")); }

    // RFC 4514 text, most specific first, with escaping.
    QString toString() const;
    // A new X509_NAME (caller frees); nullptr when OpenSSL refuses a value.
    X509_name_st* toX509Name() const;

    // Escapes one attribute value per RFC 4514 section 2.4.
    static QString escapeValue(const QString& value);

    bool operator==(const DistinguishedName&) const = default;

private:
    QList<Attribute> m_attributes;
};

} // namespace ds::core
