#pragma once

#include <QString>
#include <QStringList>

#include <sys/types.h>

// The team's DNS primary: BIND's named on a free loopback port,
// authoritative for clamav.net. Dynamic: updates allowed to one TSIG key
// alone (made by tsig-keygen); Fragment: the zone $INCLUDEs a fragment file,
// read again on SIGHUP. Asked with dig.
class LabPrimaryDns
{
public:
    enum class Zone
    {
        Dynamic,
        Fragment
    };

    // dir: its configuration, zone, key and log.
    LabPrimaryDns(QString dir, Zone zone = Zone::Dynamic,
                  QString address = QStringLiteral("127.0.0.1"));
    ~LabPrimaryDns();
    LabPrimaryDns(const LabPrimaryDns&) = delete;
    LabPrimaryDns& operator=(const LabPrimaryDns&) = delete;

    bool start(QString* error);
    void stop();

    QString address() const { return m_address; }
    quint16 port() const { return m_port; }
    QString zone() const { return QStringLiteral("clamav.net"); }
    // Dynamic: the key updates must be signed with, mode 0600.
    QString keyFile() const { return m_dir + QStringLiteral("/monitor.key"); }
    // A key of the same name with another secret: updates signed with it are refused.
    QString wrongKeyFile() const { return m_dir + QStringLiteral("/wrong.key"); }
    // Fragment: the file the zone includes, and the command that reloads it.
    QString fragmentFile() const { return m_dir + QStringLiteral("/fragment.zone"); }
    QString reloadCommand() const;

    // What dig +short answers for name and type: addresses, or a CNAME's
    // target; sorted.
    QStringList lookup(const QString& name, const QString& type) const;

private:
    bool writeConfiguration(QString* error);

    QString m_dir;
    Zone m_zone;
    QString m_address;
    quint16 m_port = 0;
    pid_t m_pid = -1;
};
