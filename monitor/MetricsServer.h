#pragma once

#include "util/Result.h"

#include <QHostAddress>

#include <memory>

class MonitorService;
class QHttpServer;

// The service's pages for dashboards, on loopback unless set otherwise:
// /metrics (OpenMetrics, or the classic text format for a scraper that does
// not ask for it) and /status (JSON). Served from what the service last read
// of the store: a scrape never waits for a mirror or the store.
class MetricsServer
{
public:
    explicit MetricsServer(const MonitorService& service);
    ~MetricsServer();

    // The port it listens on (a free one when port is 0).
    Result<quint16> listen(const QHostAddress& address, quint16 port);

private:
    std::unique_ptr<QHttpServer> m_server;
};
