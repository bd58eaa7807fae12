#include "LabWeb.h"

#include "LabAccount.h"
#include "LabFiles.h"
#include "LabNetwork.h"
#include "LabProcess.h"

#include <chrono>

LabWeb::LabWeb(const QString& labDir, const LabNetwork& network, const LabAccount& account)
    : m_labDir(labDir), m_dir(labDir + QStringLiteral("/web")), m_network(network),
      m_account(account)
{}

LabWeb::~LabWeb()
{
    stop();
}

QString LabWeb::logFormat()
{
    // Apache's combinedrealsize (%O is $bytes_sent) plus the Host asked for.
    return QStringLiteral("'$remote_addr - $remote_user [$time_local] \"$request\" $status "
                          "$bytes_sent \"$http_referer\" \"$http_user_agent\" \"$host\"'");
}

QString LabWeb::configuration(const QList<LabVhost>& vhosts) const
{
    QString conf;
    if (m_account.privileged)
        conf += QStringLiteral("user nobody nogroup;\n");
    conf += QStringLiteral("worker_processes 1;\n"
                           "pid %1/nginx.pid;\n"
                           "error_log %2;\n"
                           "events { worker_connections 4096; }\n"
                           "http {\n"
                           "  default_type application/octet-stream;\n"
                           "  client_body_temp_path %1/tmp/body;\n"
                           "  proxy_temp_path %1/tmp/proxy;\n"
                           "  fastcgi_temp_path %1/tmp/fastcgi;\n"
                           "  uwsgi_temp_path %1/tmp/uwsgi;\n"
                           "  scgi_temp_path %1/tmp/scgi;\n"
                           "  access_log off;\n"
                           "  log_format clamav %3;\n")
                .arg(m_dir, errorLog(), logFormat());
    const QString port = QString::number(m_network.httpPort());
    for (const LabVhost& vhost : vhosts) {
        // A default server per address: a Host the mirror does not serve gets
        // nothing, as on a badly configured name-based vhost.
        conf += QStringLiteral("  server { listen %1:%2 default_server; return 444; }\n")
                    .arg(vhost.address, port);
        if (!vhost.enabled)
            continue;
        // The target is on loopback and never followed: nothing asks a resolver.
        QString body = vhost.redirects
                           ? QStringLiteral("    return 301 http://127.0.0.1:9$request_uri;\n")
                           : QStringLiteral("    location / { index index.html; }\n");
        if (vhost.trickles)
            body += QStringLiteral("    limit_rate 8;\n    sendfile off;\n");
        conf += QStringLiteral("  server {\n"
                               "    listen %1:%2;\n"
                               "    server_name database.clamav.net ~^db\\..*\\.clamav\\.net$ %3;\n"
                               "    root %4;\n"
                               "    access_log %5 clamav;\n"
                               "%6"
                               "  }\n")
                    .arg(vhost.address, port, vhost.mirrorName, vhost.documentRoot, vhost.accessLog,
                         body);
    }
    conf += QStringLiteral("}\n");
    return conf;
}

bool LabWeb::start(const QList<LabVhost>& vhosts, QString* error)
{
    stop();
    if (!LabFiles::makeDirectory(m_dir, 0755, error) ||
        !LabFiles::makeDirectory(m_dir + QStringLiteral("/tmp"), 0755, error))
        return false;
    const QString confPath = m_dir + QStringLiteral("/nginx.conf");
    if (!LabFiles::write(confPath, configuration(vhosts).toUtf8(), 0644, error))
        return false;
    m_pid = LabProcess::spawn(m_labDir, QStringLiteral("/usr/sbin/nginx"),
                              {QStringLiteral("-p"), m_dir, QStringLiteral("-c"), confPath,
                               QStringLiteral("-e"), errorLog(), QStringLiteral("-g"),
                               QStringLiteral("daemon off;")},
                              errorLog(), error);
    if (m_pid < 0)
        return false;
    const QString probe = vhosts.isEmpty() ? m_network.mirrorAddress(0) : vhosts.first().address;
    if (!LabProcess::waitForTcp(probe, m_network.httpPort(), {}, std::chrono::seconds(10))) {
        *error = QStringLiteral("nginx did not start; see %1").arg(errorLog());
        return false;
    }
    return true;
}

void LabWeb::stop()
{
    LabProcess::stop(m_pid);
    m_pid = -1;
}

bool LabWeb::isRunning() const
{
    return LabProcess::isAlive(m_pid);
}
