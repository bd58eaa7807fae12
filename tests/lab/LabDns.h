#pragma once

#include <QString>

#include <sys/types.h>

class LabNetwork;

// dnsmasq answering the TXT record of current.cvd.clamav.net with the lab's
// versions, on its own loopback address. It answers nothing else and asks
// no upstream server.
class LabDns
{
public:
    LabDns(const QString& labDir, const LabNetwork& network);
    ~LabDns();
    LabDns(const LabDns&) = delete;
    LabDns& operator=(const LabDns&) = delete;

    // dnsmasq reads TXT records only at start, so a new record is a restart.
    bool start(const QString& txtRecord, QString* error);
    void stop();
    QString logPath() const { return m_dir + QStringLiteral("/dnsmasq.log"); }

private:
    QString m_labDir;
    QString m_dir;
    const LabNetwork& m_network;
    QString m_user;
    QString m_group;
    pid_t m_pid = -1;
};
