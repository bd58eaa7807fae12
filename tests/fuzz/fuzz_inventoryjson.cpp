#include "inventory/InventoryExchange.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const InventoryExchange::Imported imported =
        InventoryExchange::fromJson(QByteArrayView(data, qsizetype(size)));
    InventoryExchange::toCsv(imported.mirrors);
    InventoryExchange::fromJson(InventoryExchange::toJson(imported.mirrors));
    return 0;
}
