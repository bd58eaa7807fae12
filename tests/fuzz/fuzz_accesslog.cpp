#include "parsers/AccessLog.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    AccessLogTally tally;
    const QByteArrayView text(data, qsizetype(size));
    const qsizetype rest = tally.feed(text);
    if (rest < 0 || rest > text.size())
        __builtin_trap();
    tally.days();
    tally.topUserAgents(5);
    return 0;
}
