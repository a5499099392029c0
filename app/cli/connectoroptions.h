#pragma once

#include "cliverb.h"
#include "model/bytesize.h"
#include "model/connectorenums.h"
#include "model/fqdn.h"
#include "model/freetext.h"
#include "model/timespan.h"
#include "util/result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTextStream>
#include <utility>

namespace ds::cli {

using namespace ds::core;

// The options and option parsing that receive and send connectors share: the fields both
// connector types have (name, FQDN, comment, size and timeouts, logging, the domain-security and
// TLS switches), lists given as repeated or comma-separated values, and Exchange-style
// property listings. Rules about the values are not here: the connector operations check them.
class ConnectorOptions
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorOptions)

public:
    // Repeatable options also take comma-separated lists: --remote 192.0.2.1,198.51.100.0/28.
    static QStringList splitValues(const QStringList& values);
    // "true"/"yes"/"on"/"1"/"$true" and their opposites; a Usage error names the option.
    static Result<bool> parseBool(const QString& option, const QString& text);
    // An option value that does not parse: BadInput, "--option: message".
    static Status valueError(const QString& option, const QString& message);

    // Each value parsed with T::parse, duplicates dropped.
    template <typename T> static Result<QList<T>> parseAll(const QStringList& values)
    {
        QList<T> items;
        for (const QString& text : splitValues(values)) {
            auto item = T::parse(text);
            if (!item.ok())
                return item.error();
            if (!items.contains(item.value()))
                items.append(std::move(item).value());
        }
        return items;
    }

    template <typename T> static QStringList texts(const QList<T>& items)
    {
        QStringList out;
        for (const T& item : items)
            out << item.toString();
        return out;
    }

    // "Label:                        value", as Format-List prints Exchange's properties.
    static void printProperty(QTextStream& out, const QString& label, const QString& value);

    // The options of the shared fields. forSet: switches take true/false and --new-name renames;
    // else they are flags that turn a switch on (--disabled turns the connector off).
    static QList<CliOption> sharedOptions(bool forSet);

    // Applies the shared options that are set.
    template <typename Connector>
    static Status applySharedOptions(const QCommandLineParser& parser, Connector& c, bool forSet)
    {
        using namespace Qt::StringLiterals;
        if (parser.isSet(u"fqdn"_s)) {
            const QString text = parser.value(u"fqdn"_s);
            if (text.trimmed().isEmpty() && forSet) {
                c.fqdn = Fqdn();
            } else {
                auto fqdn = Fqdn::parse(text);
                if (!fqdn.ok())
                    return valueError(u"fqdn"_s, fqdn.errorMessage());
                c.fqdn = fqdn.value();
            }
        }
        if (parser.isSet(u"comment"_s)) {
            const QString comment = parser.value(u"comment"_s).trimmed();
            if (auto s = FreeText::check(tr("comment"), comment); !s.ok())
                return valueError(u"comment"_s, s.errorMessage());
            c.comment = comment;
        }
        if (parser.isSet(u"max-message-size"_s)) {
            auto size = ByteSize::parse(parser.value(u"max-message-size"_s));
            if (!size.ok())
                return valueError(u"max-message-size"_s, size.errorMessage());
            c.maxMessageSize = size.value();
        }
        if (parser.isSet(u"inactivity-timeout"_s)) {
            auto span = TimeSpan::parse(parser.value(u"inactivity-timeout"_s));
            if (!span.ok())
                return valueError(u"inactivity-timeout"_s, span.errorMessage());
            c.connectionInactivityTimeout = span.value();
        }
        if (parser.isSet(u"protocol-logging"_s)) {
            auto level = parseProtocolLogging(parser.value(u"protocol-logging"_s));
            if (!level.ok())
                return level.error();
            c.protocolLoggingLevel = level.value();
        }
        if (!forSet) {
            if (parser.isSet(u"domain-secure"_s))
                c.domainSecureEnabled = true;
            if (parser.isSet(u"require-tls"_s))
                c.requireTLS = true;
            if (parser.isSet(u"disabled"_s))
                c.enabled = false;
            return {};
        }
        if (parser.isSet(u"new-name"_s)) {
            const QString name = parser.value(u"new-name"_s).trimmed();
            if (auto s = FreeText::checkName(tr("name"), name); !s.ok())
                return valueError(u"new-name"_s, s.errorMessage());
            c.name = name;
        }
        for (const auto& [option, member] : {std::pair{u"domain-secure"_s, &Connector::domainSecureEnabled},
                                             std::pair{u"require-tls"_s, &Connector::requireTLS},
                                             std::pair{u"enabled"_s, &Connector::enabled}}) {
            if (!parser.isSet(option))
                continue;
            auto value = parseBool(option, parser.value(option));
            if (!value.ok())
                return value.error();
            c.*member = value.value();
        }
        return {};
    }

private:
    static Result<ProtocolLoggingLevel> parseProtocolLogging(const QString& text);
};

} // namespace ds::cli
