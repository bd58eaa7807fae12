#include "remote/ProbeOutput.h"

#include <cstdint>

// The probe's output comes from the mirror: anything may arrive.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto parsed = ProbeOutputParser::parse(QByteArrayView(data, qsizetype(size)), "@@mc-x");
    if (parsed) {
        for (const ProbeSection& section : parsed->sections)
            section.value(QStringLiteral("hostname"));
    }
    return 0;
}
