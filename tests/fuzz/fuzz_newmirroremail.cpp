#include "inventory/NewMirrorEmail.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    NewMirrorEmailParser::parse(QByteArrayView(data, qsizetype(size)));
    return 0;
}
