#include "parsers/ClientSyncConf.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView text(data, qsizetype(size));
    auto conf = ClientSyncConfParser::parse(text);
    if (!conf)
        return 0;
    // An unchanged file must come back byte for byte; a set value must read back.
    if (conf->serialize() != text.toByteArray())
        __builtin_trap();
    conf->problems();
    conf->set(QStringLiteral("RSYNC_PASSWORD"), QStringLiteral("p a'\"$ss"));
    const auto reread = ClientSyncConfParser::parse(conf->serialize());
    if (!reread || reread->value(QStringLiteral("RSYNC_PASSWORD")) != QStringLiteral("p a'\"$ss"))
        __builtin_trap();
    return 0;
}
