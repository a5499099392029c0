#include "change.h"

#include "model/freetext.h"

Error Change::noServer(const QString& name)
{
    return Error{ErrorCode::BadInput, tr("no server \"%1\" in the workspace").arg(FreeText::printable(name))};
}
