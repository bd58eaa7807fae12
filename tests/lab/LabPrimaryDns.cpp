#include "LabPrimaryDns.h"

#include "LabFiles.h"
#include "LabProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QThread>
#include <QUdpSocket>

namespace {

QByteArray keyNamed(const QString& name, QString* error)
{
    QByteArray key;
    if (LabProcess::run(QStringLiteral("/usr/sbin/tsig-keygen"),
                        {QStringLiteral("-a"), QStringLiteral("hmac-sha256"), name}, &key) != 0) {
        *error = QStringLiteral("tsig-keygen failed: %1").arg(QString::fromLocal8Bit(key));
        return {};
    }
    return key;
}

} // namespace

LabPrimaryDns::LabPrimaryDns(QString dir, Zone zone, QString address)
    : m_dir(std::move(dir)), m_zone(zone), m_address(std::move(address))
{}

LabPrimaryDns::~LabPrimaryDns()
{
    stop();
}

QString LabPrimaryDns::reloadCommand() const
{
    return QStringLiteral("/bin/kill -HUP %1").arg(m_pid);
}

bool LabPrimaryDns::writeConfiguration(QString* error)
{
    const QByteArray key = keyNamed(QStringLiteral("monitor-key"), error);
    const QByteArray wrong = keyNamed(QStringLiteral("monitor-key"), error);
    if (key.isEmpty() || wrong.isEmpty() || !LabFiles::write(keyFile(), key, 0600, error) ||
        !LabFiles::write(wrongKeyFile(), wrong, 0600, error))
        return false;
    QString zoneText =
        QStringLiteral("$TTL 300\n@ IN SOA ns1.clamav.net. hostmaster.clamav.net. 1 3600 600 "
                       "86400 300\n@ IN NS ns1.clamav.net.\nns1 IN A %1\n")
            .arg(m_address);
    if (m_zone == Zone::Fragment) {
        zoneText += QStringLiteral("$INCLUDE \"%1\"\n").arg(fragmentFile());
        if (!LabFiles::write(fragmentFile(), "; nothing published yet\n", 0644, error))
            return false;
    }
    const QString conf =
        QStringLiteral("include \"%1\";\n"
                       "options {\n  directory \"%2\";\n  pid-file \"%2/named.pid\";\n"
                       "  session-keyfile \"%2/session.key\";\n  listen-on port %3 { %4; };\n"
                       "  listen-on-v6 { none; };\n  recursion no;\n  dnssec-validation no;\n"
                       "  notify no;\n};\n"
                       "controls { };\n"
                       "zone \"clamav.net\" { type primary; file \"%2/clamav.net.zone\";%5 };\n")
            .arg(keyFile(), m_dir)
            .arg(m_port)
            .arg(m_address, m_zone == Zone::Dynamic
                                ? QStringLiteral(" allow-update { key monitor-key; };")
                                : QString());
    // A journal of an earlier start would be replayed over the new zone.
    QFile::remove(m_dir + QStringLiteral("/clamav.net.zone.jnl"));
    return LabFiles::write(m_dir + QStringLiteral("/clamav.net.zone"), zoneText.toUtf8(), 0644,
                           error) &&
           LabFiles::write(m_dir + QStringLiteral("/named.conf"), conf.toUtf8(), 0644, error);
}

bool LabPrimaryDns::start(QString* error)
{
    if (!QDir().mkpath(m_dir)) {
        *error = QStringLiteral("cannot make %1").arg(m_dir);
        return false;
    }
    for (int attempt = 0; attempt < 5; ++attempt) {
        {
            // named wants the port free for both TCP and UDP.
            QTcpServer tcp;
            QUdpSocket udp;
            if (!tcp.listen(QHostAddress(m_address), 0) ||
                !udp.bind(QHostAddress(m_address), tcp.serverPort())) {
                *error = QStringLiteral("no free port for TCP and UDP on %1").arg(m_address);
                continue;
            }
            m_port = tcp.serverPort();
        }
        if (!writeConfiguration(error))
            return false;
        m_pid = LabProcess::spawn(
            m_dir, QStringLiteral("/usr/sbin/named"),
            {QStringLiteral("-g"), QStringLiteral("-c"), m_dir + QStringLiteral("/named.conf")},
            m_dir + QStringLiteral("/named.log"), error);
        if (m_pid < 0)
            return false;
        // Thirty seconds for a busy machine; dig fails at once until it listens.
        const QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired() && LabProcess::isAlive(m_pid)) {
            if (!lookup(QStringLiteral("ns1.clamav.net"), QStringLiteral("A")).isEmpty())
                return true;
            QThread::msleep(100);
        }
        stop();
    }
    QFile log(m_dir + QStringLiteral("/named.log"));
    log.open(QIODevice::ReadOnly);
    *error = QStringLiteral("the lab's named did not start: %1")
                 .arg(QString::fromLocal8Bit(log.read(4096)));
    return false;
}

void LabPrimaryDns::stop()
{
    if (m_pid > 0)
        LabProcess::stop(m_pid);
    m_pid = -1;
}

QStringList LabPrimaryDns::lookup(const QString& name, const QString& type) const
{
    QByteArray output;
    if (LabProcess::run(QStringLiteral("/usr/bin/dig"),
                        {QStringLiteral("@") + m_address, QStringLiteral("-p"),
                         QString::number(m_port), QStringLiteral("+short"),
                         QStringLiteral("+tries=1"), QStringLiteral("+time=1"), name, type},
                        &output) != 0)
        return {};
    QStringList lines;
    for (const QByteArray& line : output.split('\n')) {
        if (!line.trimmed().isEmpty() && !line.startsWith(';'))
            lines << QString::fromLatin1(line.trimmed());
    }
    lines.sort();
    return lines;
}
