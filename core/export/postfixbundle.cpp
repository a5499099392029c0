#include "postfixbundle.h"

using namespace Qt::StringLiterals;

namespace ds::core {

QString PostfixBundle::Service::postconfEntry() const
{
    QStringList parts{key() + u'=' + fields.join(u' ')};
    for (const auto& option : options) {
        // master.cf needs { } around a value with white space (Postfix 3.0+).
        if (option.second.contains(u' '))
            parts << u"-o { %1 = %2 }"_s.arg(option.first, option.second);
        else
            parts << u"-o %1=%2"_s.arg(option.first, option.second);
    }
    return parts.join(u' ');
}

QString PostfixBundle::mainValue(const QString& name) const
{
    for (const auto& setting : mainSettings) {
        if (setting.first == name)
            return setting.second;
    }
    return {};
}

} // namespace ds::core
