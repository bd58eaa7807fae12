#include "MetricsServer.h"

#include "service/MonitorService.h"

#include <QCoreApplication>
#include <QHttpServer>

MetricsServer::MetricsServer(const MonitorService& service)
    : m_server(std::make_unique<QHttpServer>())
{
    m_server->route(QStringLiteral("/metrics"), QHttpServerRequest::Method::Get,
                    [&service](const QHttpServerRequest& request) {
                        const auto format = MetricsExposition::negotiate(request.value("Accept"));
                        return QHttpServerResponse(MetricsExposition::contentType(format),
                                                   service.metricsPage(format));
                    });
    m_server->route(QStringLiteral("/status"), QHttpServerRequest::Method::Get,
                    [&service] { return QHttpServerResponse(service.status()); });
}

MetricsServer::~MetricsServer() = default;

Result<quint16> MetricsServer::listen(const QHostAddress& address, quint16 port)
{
    const quint16 bound = m_server->listen(address, port);
    if (bound == 0)
        return fail(
            QCoreApplication::translate("MetricsServer", "cannot serve the metrics on %1 port %2")
                .arg(address.toString())
                .arg(port));
    return bound;
}
