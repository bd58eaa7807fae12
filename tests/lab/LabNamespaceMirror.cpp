#include "LabNamespaceMirror.h"

#include "LabFiles.h"
#include "LabProcess.h"
#include "MirrorLab.h"

#include <QDir>
#include <QFile>
#include <QThread>

namespace {

bool ip(const QStringList& args, QString* error)
{
    QByteArray output;
    if (LabProcess::run(QStringLiteral("/usr/sbin/ip"), args, &output) == 0)
        return true;
    *error = QStringLiteral("ip %1: %2")
                 .arg(args.join(QLatin1Char(' ')), QString::fromLocal8Bit(output.trimmed()));
    return false;
}

} // namespace

LabNamespaceMirror::LabNamespaceMirror(MirrorLab& lab, int index, quint16 sshPort)
    : m_lab(lab), m_index(index), m_sshPort(sshPort),
      m_dir(lab.directory() + QStringLiteral("/namespaces/%1").arg(index))
{}

LabNamespaceMirror::~LabNamespaceMirror()
{
    stop();
}

QString LabNamespaceMirror::namespaceName() const
{
    return QStringLiteral("mclab%1n%2").arg(m_lab.network().slot()).arg(m_index);
}

QString LabNamespaceMirror::vethName(char side) const
{
    return QStringLiteral("mc%1%2%3")
        .arg(m_lab.network().slot())
        .arg(QLatin1Char(side))
        .arg(m_index);
}

// A /30 per mirror in 10.231.<slot>.0/24: only inside namespaces the lab made.
QString LabNamespaceMirror::address() const
{
    return QStringLiteral("10.231.%1.%2").arg(m_lab.network().slot()).arg(m_index * 4 + 2);
}

QString LabNamespaceMirror::consoleAddress() const
{
    return QStringLiteral("10.231.%1.%2").arg(m_lab.network().slot()).arg(m_index * 4 + 1);
}

QString LabNamespaceMirror::home() const
{
    return m_dir + QStringLiteral("/home");
}

QString LabNamespaceMirror::hostKeyFingerprint() const
{
    return m_sshd ? m_sshd->hostKeyFingerprint() : QString();
}

void LabNamespaceMirror::removeLeftovers(int slot)
{
    QByteArray list;
    LabProcess::run(QStringLiteral("/usr/sbin/ip"),
                    {QStringLiteral("netns"), QStringLiteral("list")}, &list);
    const QByteArray prefix = "mclab" + QByteArray::number(slot) + 'n';
    for (const QByteArray& line : list.split('\n')) {
        const QByteArray name = line.split(' ').value(0);
        if (name.startsWith(prefix)) {
            QString ignored;
            ip({QStringLiteral("netns"), QStringLiteral("del"), QString::fromLatin1(name)},
               &ignored);
        }
    }
}

bool LabNamespaceMirror::start(QString* error)
{
    if (!m_lab.account().privileged) {
        *error = QStringLiteral("network namespaces need root");
        return false;
    }
    const QString ns = namespaceName();
    const QString prefix = QStringLiteral("/30");
    m_created = true;
    if (!ip({QStringLiteral("netns"), QStringLiteral("add"), ns}, error) ||
        !ip({QStringLiteral("link"), QStringLiteral("add"), vethName('h'), QStringLiteral("type"),
             QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"), vethName('m'),
             QStringLiteral("netns"), ns},
            error) ||
        !ip({QStringLiteral("addr"), QStringLiteral("add"), consoleAddress() + prefix,
             QStringLiteral("dev"), vethName('h')},
            error) ||
        !ip({QStringLiteral("link"), QStringLiteral("set"), vethName('h'), QStringLiteral("up")},
            error) ||
        !run({QStringLiteral("ip"), QStringLiteral("addr"), QStringLiteral("add"),
              address() + prefix, QStringLiteral("dev"), vethName('m')},
             error) ||
        !run({QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("set"), vethName('m'),
              QStringLiteral("up")},
             error) ||
        !run({QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("set"),
              QStringLiteral("lo"), QStringLiteral("up")},
             error))
        return false;

    // A home as the probe expects it; root logs in, HOME points here.
    QFile pub(m_lab.teamKeyPath() + QStringLiteral(".pub"));
    if (!pub.open(QIODevice::ReadOnly) || !QDir().mkpath(home() + QStringLiteral("/public_html")) ||
        !QDir().mkpath(home() + QStringLiteral("/etc")) ||
        !QDir().mkpath(home() + QStringLiteral("/.ssh")) ||
        !LabFiles::write(home() + QStringLiteral("/.ssh/authorized_keys"), pub.readAll(), 0600,
                         error) ||
        !LabFiles::write(
            home() + QStringLiteral("/etc/clam-clientsync.conf"),
            QStringLiteral(
                "TO=%1/public_html\nRSYNC_USER=%2\nRSYNC_PASSWORD=%3\nMODULE=\"clamavdb\"\n"
                "EXCLUDE=\"--exclude local_*\"\n")
                .arg(home(), m_lab.upstream().rsyncUser(), m_lab.upstream().rsyncPassword())
                .toUtf8(),
            0600, error)) {
        if (error->isEmpty())
            *error = QStringLiteral("cannot lay out %1").arg(home());
        return false;
    }
    m_sshd = std::make_unique<LabSshd>(LabSshd::Settings{
        m_lab.directory(), m_dir + QStringLiteral("/sshd"), address(), m_sshPort,
        QStringLiteral("root"), home(), home() + QStringLiteral("/.ssh/authorized_keys"),
        m_lab.upstream().connectProgram()});
    m_sshd->setLauncher(
        {QStringLiteral("/usr/sbin/ip"), QStringLiteral("netns"), QStringLiteral("exec"), ns});
    if (!m_sshd->prepare(error) || !m_sshd->launch(error))
        return false;
    // The console's own side may not be allowed by the rules yet: wait for
    // the listener from inside the namespace.
    for (int tries = 0; tries < 200; ++tries) {
        QByteArray out;
        LabProcess::run(QStringLiteral("/usr/sbin/ip"),
                        {QStringLiteral("netns"), QStringLiteral("exec"), ns, QStringLiteral("ss"),
                         QStringLiteral("-ltnH")},
                        &out);
        if (out.contains(QStringLiteral("%1:%2").arg(address()).arg(m_sshPort).toLatin1()))
            return true;
        QThread::msleep(10);
    }
    *error = QStringLiteral("sshd in %1 did not listen; see %2").arg(ns, m_sshd->logPath());
    return false;
}

void LabNamespaceMirror::stop()
{
    if (m_sshd)
        m_sshd->stop();
    m_sshd.reset();
    if (m_created) {
        QString ignored;
        ip({QStringLiteral("netns"), QStringLiteral("del"), namespaceName()}, &ignored);
        m_created = false;
    }
}

bool LabNamespaceMirror::run(const QStringList& command, QString* error) const
{
    QByteArray output;
    const int status = LabProcess::run(
        QStringLiteral("/usr/sbin/ip"),
        QStringList{QStringLiteral("netns"), QStringLiteral("exec"), namespaceName()} + command,
        &output);
    if (status == 0)
        return true;
    *error = QStringLiteral("%1 in %2: %3")
                 .arg(command.join(QLatin1Char(' ')), namespaceName(),
                      QString::fromLocal8Bit(output.trimmed()));
    return false;
}

QJsonObject LabNamespaceMirror::inventoryEntry() const
{
    return QJsonObject{
        {QStringLiteral("name"), name()},
        {QStringLiteral("address"), address()},
        {QStringLiteral("sshPort"), int(m_sshPort)},
        {QStringLiteral("user"), QStringLiteral("root")},
        {QStringLiteral("keyPath"), m_lab.teamKeyPath()},
        {QStringLiteral("hostKeyFingerprint"), hostKeyFingerprint()},
        {QStringLiteral("home"), home()},
        {QStringLiteral("documentRoot"), QString(home() + QStringLiteral("/public_html"))},
        {QStringLiteral("accessMode"), QStringLiteral("shell")},
        {QStringLiteral("country"), QStringLiteral("DE")},
        {QStringLiteral("rsyncHost"), QStringLiteral("rsync1.clamav.net")}};
}
