#include "LabNetwork.h"

#include "LabProcess.h"

#include <QDir>
#include <QFile>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr int kFirstSlot = 20;
constexpr int kLastSlot = 250;

quint16 choosePort(const QString& address, quint16 standard, quint16 fallback)
{
    return LabProcess::canBind(address, standard) ? standard : fallback;
}

} // namespace

LabNetwork::~LabNetwork()
{
    release();
}

bool LabNetwork::reserve(QString* error)
{
    const QString lockDir = QDir::tempPath() + QStringLiteral("/mirror-lab-slots");
    QDir().mkpath(lockDir);
    ::chmod(QFile::encodeName(lockDir).constData(), 01777);
    for (int slot = kFirstSlot; slot <= kLastSlot; ++slot) {
        const QByteArray path = QFile::encodeName(lockDir + QStringLiteral("/%1.lock").arg(slot));
        const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
        if (fd < 0)
            continue;
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            ::close(fd);
            continue;
        }
        m_slot = slot;
        m_lockFd = fd;
        m_sshPort = choosePort(mirrorAddress(0), 22, 2022);
        m_httpPort = choosePort(mirrorAddress(0), 80, 8080);
        m_rsyncPort = choosePort(rsyncAddress(1), 873, 10873);
        m_dnsPort = choosePort(dnsAddress(), 53, 10053);
        return true;
    }
    *error = QStringLiteral("no free lab slot in %1").arg(lockDir);
    return false;
}

void LabNetwork::release()
{
    if (m_lockFd >= 0)
        ::close(m_lockFd);
    m_lockFd = -1;
    m_slot = -1;
}

QString LabNetwork::mirrorAddress(int index) const
{
    return QStringLiteral("127.%1.%2.%3").arg(m_slot).arg(index / 250).arg(index % 250 + 1);
}

QString LabNetwork::rsyncAddress(int upstream) const
{
    return QStringLiteral("127.%1.255.%2").arg(m_slot).arg(72 + upstream);
}

QString LabNetwork::dnsAddress() const
{
    return QStringLiteral("127.%1.255.53").arg(m_slot);
}
