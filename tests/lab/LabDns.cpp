#include "LabDns.h"

#include "LabFiles.h"
#include "LabNetwork.h"
#include "LabProcess.h"

#include <QThread>
#include <QUdpSocket>

#include <chrono>
#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace {

QByteArray txtQuery()
{
    QByteArray query("\x4d\x43\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00", 12);
    for (const char* label : {"current", "cvd", "clamav", "net"}) {
        query.append(char(qstrlen(label)));
        query.append(label);
    }
    query.append("\x00\x00\x10\x00\x01", 5);
    return query;
}

bool answers(const QString& address, quint16 port, std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    QUdpSocket socket;
    while (std::chrono::steady_clock::now() < deadline) {
        socket.writeDatagram(txtQuery(), QHostAddress(address), port);
        if (socket.waitForReadyRead(100) && socket.hasPendingDatagrams())
            return true;
        QThread::msleep(10);
    }
    return false;
}

} // namespace

LabDns::LabDns(const QString& labDir, const LabNetwork& network)
    : m_labDir(labDir), m_dir(labDir + QStringLiteral("/dns")), m_network(network),
      m_user(QString::fromLocal8Bit(::getpwuid(::geteuid())->pw_name)),
      m_group(QString::fromLocal8Bit(::getgrgid(::getegid())->gr_name))
{}

LabDns::~LabDns()
{
    stop();
}

bool LabDns::start(const QString& txtRecord, QString* error)
{
    stop();
    if (!LabFiles::makeDirectory(m_dir, 0755, error))
        return false;
    const QString address = m_network.dnsAddress();
    m_pid = LabProcess::spawn(
        m_labDir, QStringLiteral("/usr/sbin/dnsmasq"),
        {QStringLiteral("--keep-in-foreground"), QStringLiteral("--conf-file=/dev/null"),
         QStringLiteral("--no-resolv"), QStringLiteral("--no-hosts"), QStringLiteral("--no-poll"),
         QStringLiteral("--bind-interfaces"), QStringLiteral("--listen-address=") + address,
         QStringLiteral("--port=%1").arg(m_network.dnsPort()), QStringLiteral("--pid-file="),
         // Dropping to nobody/dip would clear the parent-death signal that
         // stops dnsmasq with its owner.
         QStringLiteral("--user=") + m_user, QStringLiteral("--group=") + m_group,
         QStringLiteral("--local=/clamav.net/"), QStringLiteral("--log-facility=") + logPath(),
         QStringLiteral("--txt-record=current.cvd.clamav.net,") + txtRecord},
        logPath(), error);
    if (m_pid < 0)
        return false;
    if (!answers(address, m_network.dnsPort(), std::chrono::seconds(10))) {
        *error = QStringLiteral("dnsmasq did not answer on %1:%2; see %3")
                     .arg(address)
                     .arg(m_network.dnsPort())
                     .arg(logPath());
        return false;
    }
    return true;
}

void LabDns::stop()
{
    LabProcess::stop(m_pid);
    m_pid = -1;
}
