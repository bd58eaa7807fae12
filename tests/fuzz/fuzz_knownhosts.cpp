#include "ssh/KnownHosts.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const KnownHostsFile file = KnownHosts::parse(QByteArrayView(data, qsizetype(size)));
    for (const KnownHostEntry& entry : file.entries) {
        entry.matches("mirror1.example.de", 22);
        entry.matches("192.0.2.11", 2222);
        KnownHosts::fingerprint(entry.keyBlob);
    }
    return 0;
}
