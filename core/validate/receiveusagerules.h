#pragma once

#include "validationcontext.h"

#include <QCoreApplication>

namespace ds::core {

// Exchange 2007 rules between a receive connector's usage and the parameters that usage sets
// itself (errors), and the Edge's own default receive connector (a warning). They are about what
// the model states: a connector whose usage Exchange cannot combine with its bindings or remote
// ranges.
class ReceiveUsageRules
{
    Q_DECLARE_TR_FUNCTIONS(ReceiveUsageRules)

public:
    static void check(ValidationContext& context);

    // The name Exchange gives the receive connector it creates on an Edge Transport server
    // (0.0.0.0:25, every remote address): "Default internal receive connector EDGE01".
    static QString edgeDefaultConnectorName(const QString& server);
    // The bindings New-ReceiveConnector gives a usage that takes no -Bindings (Internal, Client),
    // or an empty list when the usage takes them.
    static QList<Binding> fixedBindings(ReceiveUsage usage);

private:
    static void checkConnector(ValidationContext& context, const Server& server,
                               const ReceiveConnector& connector);
};

} // namespace ds::core
