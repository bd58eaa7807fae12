#include "logs/LogTimestamp.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    LogTimestampParser::parse(QByteArrayView(data, qsizetype(size)));
    return 0;
}
