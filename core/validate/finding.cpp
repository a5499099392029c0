#include "finding.h"

using namespace Qt::StringLiterals;

namespace ds::core {

QString Finding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return u"error"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Info:
        return u"info"_s;
    }
    return {};
}

QString Finding::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("error");
    case Severity::Warning:
        return tr("warning");
    case Severity::Info:
        return tr("info");
    }
    return {};
}

QJsonObject Finding::toJson() const
{
    QJsonObject json{
        {u"severity"_s, severityName(severity)}, {u"code"_s, code},       {u"object"_s, object()},
        {u"location"_s, location.toJson()},      {u"message"_s, message}, {u"hint"_s, hint}};
    if (!location.field.isEmpty())
        json[u"field"_s] = location.field;
    if (fix.action != FindingFix::Action::None)
        json[u"fix"_s] = fix.toJson();
    return json;
}

QString Finding::toText() const
{
    QString text = tr("%1 %2 %3: %4").arg(severityText(severity), code, object(), message);
    if (!hint.isEmpty())
        text += u" "_s + tr("(fix: %1)").arg(hint);
    return text;
}

bool Finding::hasErrors(const QList<Finding>& findings)
{
    for (const Finding& finding : findings) {
        if (finding.severity == Severity::Error)
            return true;
    }
    return false;
}

} // namespace ds::core
