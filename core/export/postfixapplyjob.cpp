#include "postfixapplyjob.h"

namespace ds::core {

PostfixApplyJob::PostfixApplyJob(QString configDir, PostfixBundle bundle, QObject* parent)
    : BackgroundJob(parent)
    , m_configDir(std::move(configDir))
    , m_bundle(std::move(bundle))
{
    setWaitOnDestroy(true);
}

void PostfixApplyJob::start()
{
    BackgroundJob::start(
        [dir = m_configDir, bundle = m_bundle, allow = m_allowGlobalChange](JobContext& context) {
            PostfixApplier applier(dir);
            applier.setCancelFlag(context.cancelFlag());
            applier.setAllowGlobalChange(allow);
            applier.setProgressHandler([&context](int step, int total, const QString& what) {
                context.setProgress(step, total, what);
            });
            return applier.apply(bundle);
        });
}

} // namespace ds::core
