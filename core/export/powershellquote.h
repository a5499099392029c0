#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace ds::core {

// Turns user values into PowerShell 1.0 single-quoted literals (about_Quoting_Rules, Windows PowerShell 1.0).
// Independent of the validator: a value it cannot quote safely is refused here too.
class PowerShellQuote
{
    Q_DECLARE_TR_FUNCTIONS(PowerShellQuote)

public:
    // Why value cannot go into a literal: C0/C1 control characters (CR, LF, TAB included), DEL,
    // U+2028/U+2029, and U+2018–U+201E, which PowerShell parsers treat as quote characters.
    static std::optional<QString> problem(const QString& value);
    // 'value' with every ' doubled; field names the value in the error ("receive connector name").
    static Result<QString> literal(const QString& field, const QString& value);
    // 'a','b' — each element its own literal (never one joined string).
    static Result<QString> list(const QString& field, const QStringList& values);
    static QString boolean(bool value) { return value ? QStringLiteral("$true") : QStringLiteral("$false"); }
};

} // namespace ds::core
