#pragma once

#include "dns/DnsPlanner.h"
#include "inventory/MaintenanceWindows.h"
#include "monitor/FleetExport.h"
#include "notify/AlertRule.h"

// Where a mirror stands for its country's name, by the How-to's monitoring:
// in once a check since its last maintenance finds it fit to serve; out when
// an operator took it out (disabled, in maintenance) or the monitor judged it
// out (removed after two days old, unreachable for the alert's number of
// checks, a vhost missing); as it was while it is old or lagging but not yet
// removed, so that a day-old mirror keeps serving as the How-to says. Pure.
namespace DnsStandings {

// windows: the mirror's maintenance windows that have begun by now;
// raised: its alerts raised now.
DnsStanding judge(const MirrorStatus& status, const QList<MaintenanceWindow>& windows,
                  const QList<AlertState>& raised, const QDateTime& now);

} // namespace DnsStandings
