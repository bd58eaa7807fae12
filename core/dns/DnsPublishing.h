#pragma once

#include "dns/DnsZoneText.h"

#include <chrono>
#include <optional>

// How the monitor's records reach the DNS, from the settings.
struct DnsPublishing
{
    enum class Method
    {
        Off,
        Nsupdate, // RFC 2136 UPDATE signed with TSIG, through BIND's nsupdate
        ZoneFile  // a zone fragment written atomically, then the reload command
    };

    Method method = Method::Off;
    DnsZoneText::Names names;
    DnsZoneText::Server server{QStringLiteral("127.0.0.1"), 53};
    QString keyFile;       // nsupdate: the TSIG key, readable by its owner alone
    QString zoneFile;      // zone-file: the fragment, $INCLUDEd by the zone
    QString reloadCommand; // zone-file: run after each write, without a shell
    std::chrono::seconds timeout{30};
    int maxRemovals = 3;

    static QString methodName(Method method); // off, nsupdate, zone-file
    static std::optional<Method> methodFromName(const QString& name);
};
