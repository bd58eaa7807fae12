#include "dns/DnsPublishing.h"

namespace {

const std::pair<DnsPublishing::Method, const char*> kMethods[] = {
    {DnsPublishing::Method::Off, "off"},
    {DnsPublishing::Method::Nsupdate, "nsupdate"},
    {DnsPublishing::Method::ZoneFile, "zone-file"},
};

} // namespace

QString DnsPublishing::methodName(Method method)
{
    for (const auto& [m, name] : kMethods) {
        if (m == method)
            return QLatin1String(name);
    }
    return {};
}

std::optional<DnsPublishing::Method> DnsPublishing::methodFromName(const QString& name)
{
    for (const auto& [m, word] : kMethods) {
        if (name == QLatin1String(word))
            return m;
    }
    return std::nullopt;
}
