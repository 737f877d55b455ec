// The libFuzzer entry point of one target, chosen at build time by
// STAGECRAFT_FUZZ_TARGET (see fuzz/CMakeLists.txt).
#include "fuzztargets.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Maps carry colours and dates: Qt wants its application object.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return stagecraft::fuzz::STAGECRAFT_FUZZ_TARGET(data, size);
}
