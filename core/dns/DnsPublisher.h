#pragma once

#include "dns/DnsPlanner.h"
#include "dns/DnsZoneText.h"
#include "util/LocalCommand.h"

#include <QObject>

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

// Sends a plan to the DNS: the changed countries as one nsupdate, or every
// country as the zone fragment and the reload command. One publication at a
// time, never blocking the service's loop, each bounded by the timeout.
class DnsPublisher : public QObject
{
    Q_OBJECT

public:
    explicit DnsPublisher(DnsPublishing publishing, QObject* parent = nullptr);

    const DnsPublishing& publishing() const { return m_publishing; }
    bool busy() const { return m_command.busy() || m_reloading; }
    // False, with nothing done, when busy or off. header: the first comment.
    bool publish(const DnsPlan& plan, const QString& header);

signals:
    // ok false: what failed, the DNS as it was before (an nsupdate is one
    // transaction; a fragment is replaced whole or not at all).
    void finished(bool ok, const QString& why);

private:
    void sendUpdate(const DnsPlan& plan, const QString& header);
    void writeFragment(const DnsPlan& plan, const QString& header);

    DnsPublishing m_publishing;
    LocalCommand m_command;
    QString m_program;
    bool m_reloading = false;
};
