#include "change.h"

#include "model/freetext.h"

namespace ds::core {

Error Change::noServer(const QString& name)
{
    return Error{ErrorCode::BadInput, tr("no server \"%1\" in the workspace").arg(FreeText::printable(name))};
}

} // namespace ds::core
