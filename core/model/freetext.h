#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace ds::core {

// Rules for user text that ends up in PowerShell literals and Postfix files: no control
// characters (CR, LF, TAB included), no U+2028/U+2029, no typographic quotes U+2018–U+201E
// (PowerShell treats them as quote characters).
class FreeText
{
    Q_DECLARE_TR_FUNCTIONS(FreeText)

public:
    // Why text cannot be used (the first offending character and its position), or nullopt.
    static std::optional<QString> problem(const QString& text);
    // Connector names: 1–64 characters after trimming, no backslash (identity SERVER\Name), and
    // the free-text rules. nullopt when fine.
    static std::optional<QString> nameProblem(const QString& text);
    // field: "banner" as the user knows it; the error names field and reason.
    static Status check(const QString& field, const QString& text);
    static Status checkName(const QString& field, const QString& text);

    // text made safe to quote in a one-line error message.
    static QString printable(const QString& text);

    static constexpr int kMaxNameLength = 64;
};

} // namespace ds::core
