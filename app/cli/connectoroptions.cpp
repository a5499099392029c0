#include "connectoroptions.h"

#include "util/terminaltext.h"

using namespace Qt::StringLiterals;

namespace ds::cli {

using namespace ds::core;

QStringList ConnectorOptions::splitValues(const QStringList& values)
{
    QStringList out;
    for (const QString& value : values) {
        const QStringList parts = value.split(QLatin1Char(','));
        for (const QString& part : parts) {
            if (!part.trimmed().isEmpty())
                out << part.trimmed();
        }
    }
    return out;
}

Result<bool> ConnectorOptions::parseBool(const QString& option, const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"true"_s || t == u"yes"_s || t == u"on"_s || t == u"1"_s || t == u"$true"_s)
        return true;
    if (t == u"false"_s || t == u"no"_s || t == u"off"_s || t == u"0"_s || t == u"$false"_s)
        return false;
    return Result<bool>::failure(
        ErrorCode::Usage,
        tr("--%1: expected true or false, not \"%2\"").arg(option, FreeText::printable(text)));
}

Status ConnectorOptions::valueError(const QString& option, const QString& message)
{
    return Status::failure(ErrorCode::BadInput, u"--%1: %2"_s.arg(option, message));
}

void ConnectorOptions::printProperty(QTextStream& out, const QString& label, const QString& value)
{
    out << QString(label + u":"_s).leftJustified(30) << terminalSafe(value) << Qt::endl;
}

Result<ProtocolLoggingLevel> ConnectorOptions::parseProtocolLogging(const QString& text)
{
    const auto level = ConnectorNames::parseProtocolLoggingLevel(text);
    if (!level) {
        return Result<ProtocolLoggingLevel>::failure(
            ErrorCode::Usage,
            tr("--protocol-logging: expected None or Verbose, not \"%1\"").arg(FreeText::printable(text)));
    }
    return *level;
}

QList<CliOption> ConnectorOptions::sharedOptions(bool forSet)
{
    QList<CliOption> options{
        {{u"comment"_s}, tr("Comment."), tr("TEXT")},
        {{u"inactivity-timeout"_s}, tr("Connection inactivity timeout [d.]hh:mm:ss."), tr("TIME")},
        {{u"protocol-logging"_s}, tr("Protocol logging level: None or Verbose."), tr("LEVEL")}};
    if (forSet) {
        options << CliOption{{u"new-name"_s}, tr("Rename the connector."), tr("NAME")}
                << CliOption{{u"domain-secure"_s},
                             tr("Domain security (mutual TLS): true or false."),
                             tr("BOOL")}
                << CliOption{{u"require-tls"_s}, tr("Require TLS: true or false."), tr("BOOL")}
                << CliOption{{u"enabled"_s}, tr("Enabled: true or false."), tr("BOOL")};
    } else {
        options << CliOption{{u"domain-secure"_s}, tr("Turn domain security (mutual TLS) on.")}
                << CliOption{{u"require-tls"_s}, tr("Require TLS.")}
                << CliOption{{u"disabled"_s}, tr("Create the connector disabled.")};
    }
    return options;
}

} // namespace ds::cli
