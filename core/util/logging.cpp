#include "logging.h"

namespace ds::core {

Q_LOGGING_CATEGORY(lcCrypto, "ds.crypto", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "ds.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModel, "ds.model", QtInfoMsg)
Q_LOGGING_CATEGORY(lcValidate, "ds.validate", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExport, "ds.export", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProbe, "ds.probe", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "ds.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "ds.ui", QtInfoMsg)

} // namespace ds::core
