#pragma once

#include "LabAccount.h"
#include "LabDns.h"
#include "LabMirror.h"
#include "LabNetwork.h"
#include "LabUpstream.h"
#include "LabWeb.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <vector>

struct MirrorLabOptions
{
    int mirrors = 1;         // 1 to 200
    QString dir;             // empty: a temporary directory removed with the lab
    QList<int> triggerOnly;  // mirror indices started in trigger-only mode
    bool demoFaults = false; // a spread of faults for the demo lab
    int demoTrafficDays = 0; // days of freshclam-like access-log lines before the start
};

// A fleet of real mirrors on loopback: per mirror an sshd on its own address
// and a clamavdb home; one upstream (two rsync daemons); nginx serving every
// DocumentRoot; dnsmasq answering current.cvd.clamav.net. Must be created and
// destroyed on one thread (its daemons die with the thread that forked them).
class MirrorLab
{
public:
    static constexpr int kMaxMirrors = 200;

    explicit MirrorLab(MirrorLabOptions options);
    ~MirrorLab();
    MirrorLab(const MirrorLab&) = delete;
    MirrorLab& operator=(const MirrorLab&) = delete;

    bool start(QString* error);
    void stop();

    QString directory() const { return m_dir; }
    int mirrorCount() const { return int(m_mirrors.size()); }
    LabMirror& mirror(int index) { return *m_mirrors.at(size_t(index)); }
    LabUpstream& upstream() { return *m_upstream; }
    const LabNetwork& network() const { return m_network; }
    const LabAccount& account() const { return m_account; }
    QString teamKeyPath() const { return m_dir + QStringLiteral("/team/id_ed25519"); }

    // A new daily version upstream, and in the DNS TXT record.
    bool publishDaily(QString* error);

    // Faults by name, as mirror-lab takes them: see faultNames().
    bool applyFault(int index, const QString& fault, QString* error);
    static QStringList faultNames();

    QJsonObject inventory() const;
    bool writeInventory(QString* error) const;

private:
    bool prepareDirectory(QString* error);
    bool createTeamKey(QString* error);
    bool restartWeb(QString* error);
    bool applyDemoFaults(QString* error);
    bool writeDemoTraffic(QString* error);
    bool trickle(LabMirror& mirror, QString* error);

    MirrorLabOptions m_options;
    std::unique_ptr<QTemporaryDir> m_temporary;
    QString m_dir;
    LabAccount m_account;
    LabNetwork m_network;
    std::unique_ptr<LabUpstream> m_upstream;
    std::unique_ptr<LabWeb> m_web;
    std::unique_ptr<LabDns> m_dns;
    std::vector<std::unique_ptr<LabMirror>> m_mirrors;
    bool m_started = false;
};
