#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace ds::core {

// A PowerShell script built line by line, shared by the Exchange exporters. Every value goes in
// through PowerShellQuote; the first value that cannot be quoted safely is remembered and fails
// the whole export (nothing half-written is returned).
class PowerShellScript
{
public:
    // A single-quoted literal ('' when refused; error() then says why).
    QString quote(const QString& field, const QString& value);
    QString quoteList(const QString& field, const QStringList& values);
    // A generated command (or its error), indented.
    void command(const Result<QString>& command, const QString& indent = {}, const QString& tail = {});
    void fail(const Error& error);
    void line(const QString& text = {}) { m_lines << text; }
    void comment(const QString& text) { m_lines << QStringLiteral("# ") + text; }
    void rule() { m_lines << QStringLiteral("# ") + QString(76, u'-'); }

    const std::optional<Error>& error() const { return m_error; }
    // CRLF and a UTF-8 BOM: PowerShell 1.0 reads a file without BOM in the ANSI code page.
    QByteArray text() const;

private:
    QStringList m_lines;
    std::optional<Error> m_error;
};

} // namespace ds::core
