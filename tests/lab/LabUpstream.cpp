#include "LabUpstream.h"

#include "LabAccount.h"
#include "LabFiles.h"
#include "LabNetwork.h"
#include "LabProcess.h"

#include <chrono>
#include <unistd.h>

using namespace std::chrono_literals;

LabUpstream::LabUpstream(const QString& labDir, const LabNetwork& network,
                         const LabAccount& account)
    : m_labDir(labDir), m_dir(labDir + QStringLiteral("/upstream")), m_network(network),
      m_account(account), m_database(m_dir + QStringLiteral("/clamavdb"))
{}

LabUpstream::~LabUpstream()
{
    stop();
}

QString LabUpstream::hostName(int upstream)
{
    return QStringLiteral("rsync%1.clamav.net").arg(upstream);
}

QString LabUpstream::daemonLog(int upstream) const
{
    return m_dir + QStringLiteral("/rsyncd%1.log").arg(upstream);
}

QString LabUpstream::configPath(int upstream) const
{
    return m_dir + QStringLiteral("/rsyncd%1.conf").arg(upstream);
}

QString LabUpstream::connectProgram() const
{
    return m_dir + QStringLiteral("/rsync-connect %H");
}

bool LabUpstream::writeConfig(int upstream, QString* error)
{
    // As root the daemon drops to nobody; the module is world-readable for it.
    const QString identity =
        m_account.privileged ? QStringLiteral("uid = nobody\ngid = nogroup\n") : QString();
    const QString config =
        QStringLiteral("pid file = %1/rsyncd%2.pid\n"
                       "use chroot = no\n"
                       "%3"
                       "log file = %4\n"
                       "[%5]\n"
                       "  path = %6\n"
                       "  read only = yes\n"
                       "  auth users = %7\n"
                       "  secrets file = %1/rsyncd.secrets\n")
            .arg(m_dir)
            .arg(upstream)
            .arg(identity, daemonLog(upstream), moduleName(), m_database.directory(), rsyncUser());
    return LabFiles::write(configPath(upstream), config.toUtf8(), 0644, error);
}

bool LabUpstream::start(QString* error)
{
    if (!LabFiles::makeDirectory(m_dir, 0755, error) || !m_database.create(error))
        return false;
    const QByteArray secrets =
        (rsyncUser() + QLatin1Char(':') + rsyncPassword() + QLatin1Char('\n')).toUtf8();
    if (!LabFiles::write(m_dir + QStringLiteral("/rsyncd.secrets"), secrets, 0600, error))
        return false;
    const QString connect =
        QStringLiteral("#!/bin/sh\n"
                       "# Stands in for name resolution of the push masters: the lab never\n"
                       "# asks a resolver, so any other name fails here.\n"
                       "case \"$1\" in\n"
                       "  %1) exec socat - TCP:%2:%3 ;;\n"
                       "  %4) exec socat - TCP:%5:%3 ;;\n"
                       "  *[!0-9.]* | '') ;;\n"
                       "  127.*) exec socat - \"TCP4:$1:%3\" ;;\n"
                       "esac\n"
                       "echo \"rsync-connect: $1 is not a push master of this lab\" >&2\n"
                       "exit 1\n")
            .arg(hostName(1), m_network.rsyncAddress(1))
            .arg(m_network.rsyncPort())
            .arg(hostName(2), m_network.rsyncAddress(2));
    if (!LabFiles::write(m_dir + QStringLiteral("/rsync-connect"), connect.toUtf8(), 0755, error))
        return false;
    for (int upstream : {1, 2}) {
        if (!writeConfig(upstream, error) || !startDaemon(upstream, error))
            return false;
    }
    return true;
}

bool LabUpstream::silenceDaemon(int upstream, QString* error)
{
    stopDaemon(upstream);
    m_silentFds[upstream - 1] =
        LabProcess::listenSilently(m_network.rsyncAddress(upstream), m_network.rsyncPort());
    if (m_silentFds[upstream - 1] >= 0)
        return true;
    *error = QStringLiteral("cannot silence %1").arg(hostName(upstream));
    return false;
}

bool LabUpstream::startDaemon(int upstream, QString* error)
{
    if (m_silentFds[upstream - 1] >= 0)
        stopDaemon(upstream);
    pid_t& pid = m_pids[upstream - 1];
    if (LabProcess::isAlive(pid))
        return true;
    const QString address = m_network.rsyncAddress(upstream);
    pid = LabProcess::spawn(m_labDir, QStringLiteral("/usr/bin/rsync"),
                            {QStringLiteral("--daemon"), QStringLiteral("--no-detach"),
                             QStringLiteral("--config=") + configPath(upstream),
                             QStringLiteral("--address=") + address,
                             QStringLiteral("--port=%1").arg(m_network.rsyncPort())},
                            daemonLog(upstream), error);
    if (pid < 0)
        return false;
    if (!LabProcess::waitForTcp(address, m_network.rsyncPort(), "@RSYNCD:", 10s)) {
        *error = QStringLiteral("rsync daemon %1 did not answer on %2:%3; see %4")
                     .arg(hostName(upstream), address)
                     .arg(m_network.rsyncPort())
                     .arg(daemonLog(upstream));
        return false;
    }
    return true;
}

bool LabUpstream::isRunning(int upstream) const
{
    return LabProcess::isAlive(m_pids[upstream - 1]);
}

bool LabUpstream::stopDaemon(int upstream)
{
    LabProcess::stop(m_pids[upstream - 1]);
    m_pids[upstream - 1] = -1;
    if (m_silentFds[upstream - 1] >= 0)
        ::close(m_silentFds[upstream - 1]);
    m_silentFds[upstream - 1] = -1;
    return true;
}

void LabUpstream::stop()
{
    stopDaemon(1);
    stopDaemon(2);
}
