#pragma once

#include "findingref.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ds::core {

// One problem the validator found: severity, a stable code ("RC-BANNER-220"), where it is (the
// object and model field, so that an editor can open at the right place), a translated message
// and fix hint in words, and the fix as an action the front ends map to a dialog or a command.
struct Finding
{
    Q_DECLARE_TR_FUNCTIONS(Finding)

public:
    enum class Severity { Error, Warning, Info };

    Severity severity = Severity::Error;
    QString code;
    FindingLocation location;
    QString message;
    QString hint;
    FindingFix fix;

    QString object() const { return location.toString(); }
    const QString& field() const { return location.field; } // empty when the whole object is meant
    static QString severityName(Severity severity);         // "error", "warning", "info" (not translated)
    static QString severityText(Severity severity);         // translated, for people

    QJsonObject toJson() const;
    // "error RC-BANNER-220 EDGE01\From Fabrikam: message (fix: hint)"
    QString toText() const;

    static bool hasErrors(const QList<Finding>& findings);

    bool operator==(const Finding&) const = default;
};

} // namespace ds::core
