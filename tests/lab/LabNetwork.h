#pragma once

#include <QString>

// Where a lab lives on loopback. Each lab takes a free slot N and uses
// 127.N.0.0/16: mirrors at 127.N.0.1 up, the upstream and DNS at 127.N.255.x.
// The slot is held by a lock that dies with its owner, so two labs never
// share addresses and a crashed lab frees its slot.
class LabNetwork
{
public:
    LabNetwork() = default;
    ~LabNetwork();
    LabNetwork(const LabNetwork&) = delete;
    LabNetwork& operator=(const LabNetwork&) = delete;

    bool reserve(QString* error);
    void release();

    int slot() const { return m_slot; }
    QString mirrorAddress(int index) const;
    QString rsyncAddress(int upstream) const; // upstream 1 or 2
    QString dnsAddress() const;

    // Standard ports where they can be bound (root, nothing else listening on
    // the wildcard address), otherwise a fixed unprivileged alternative.
    quint16 sshPort() const { return m_sshPort; }
    quint16 httpPort() const { return m_httpPort; }
    quint16 rsyncPort() const { return m_rsyncPort; }
    quint16 dnsPort() const { return m_dnsPort; }

private:
    int m_slot = -1;
    int m_lockFd = -1;
    quint16 m_sshPort = 0;
    quint16 m_httpPort = 0;
    quint16 m_rsyncPort = 0;
    quint16 m_dnsPort = 0;
};
