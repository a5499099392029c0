#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

// One problem the validator found: severity, a stable code ("RC-BANNER-220"), the object it
// concerns ("EDGE01\From Fabrikam", "send:To Fabrikam", "certificate:THUMBPRINT",
// "domain-secure:send:fabrikam.example"), a translated message and fix hint, and the model field
// (and property tab) so that an editor can open at the right place.
struct Finding
{
    Q_DECLARE_TR_FUNCTIONS(Finding)

public:
    enum class Severity { Error, Warning, Info };

    Severity severity = Severity::Error;
    QString code;
    QString object;
    QString message;
    QString hint;
    QString field; // model member name ("remoteIPRanges"); empty when the whole object is meant

    // The property tab an editor shows field on: General, Network, Authentication,
    // Permission Groups, Address Space, Source Server; empty when unknown.
    QString tab() const;
    static QString severityName(Severity severity); // "error", "warning", "info" (not translated)
    static QString severityText(Severity severity); // translated, for people

    QJsonObject toJson() const;
    // "error RC-BANNER-220 EDGE01\From Fabrikam: message (fix: hint)"
    QString toText() const;

    static bool hasErrors(const QList<Finding>& findings);

    bool operator==(const Finding&) const = default;
};
