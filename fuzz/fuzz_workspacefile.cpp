// libFuzzer harness for the workspace loader (WorkspaceFile::parse): the bytes are a .dsw file's
// content. A workspace that loads must save to a file that loads again to the same workspace.
//
// Built as fuzz_workspacefile (cmake --preset fuzz) and as the fuzz_smoke_workspacefile test
// (fuzzsmokemain.cpp).

#include "store/workspacefile.h"

#include <cstddef>
#include <cstdint>

using namespace ds::core;

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto workspace = WorkspaceFile::parse(input, u"fuzz.dsw"_s);
    if (!workspace.ok()) {
        if (workspace.errorMessage().isEmpty() || workspace.errorMessage().contains(u'\n') ||
            workspace.error().code != ErrorCode::BadInput)
            __builtin_trap(); // every refusal is bad input, in one line
        return 0;
    }
    const QByteArray saved = WorkspaceFile::serialize(workspace.value());
    const auto reloaded = WorkspaceFile::parse(saved, u"saved.dsw"_s);
    if (!reloaded.ok() || WorkspaceFile::serialize(reloaded.value()) != saved)
        __builtin_trap();
    return 0;
}
