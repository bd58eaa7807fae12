#pragma once

#include "LabDatabase.h"

#include <QString>

#include <sys/types.h>

class LabNetwork;
struct LabAccount;

// The push master: two rsync daemons (rsync1 and rsync2) serving module
// `clamavdb` with password authentication from one synthetic database.
class LabUpstream
{
public:
    LabUpstream(const QString& labDir, const LabNetwork& network, const LabAccount& account);
    ~LabUpstream();
    LabUpstream(const LabUpstream&) = delete;
    LabUpstream& operator=(const LabUpstream&) = delete;

    bool start(QString* error);
    void stop();
    bool isRunning(int upstream) const;
    bool stopDaemon(int upstream);
    bool startDaemon(int upstream, QString* error);
    // The push master accepts connections and never answers: syncs hang.
    bool silenceDaemon(int upstream, QString* error);

    LabDatabase& database() { return m_database; }
    const LabDatabase& database() const { return m_database; }
    QString moduleName() const { return QStringLiteral("clamavdb"); }
    QString rsyncUser() const { return QStringLiteral("labmirror"); }
    QString rsyncPassword() const { return QStringLiteral("lab-secret-7"); }
    static QString hostName(int upstream);
    QString daemonLog(int upstream) const;

    // The RSYNC_CONNECT_PROG the mirrors' sessions use: it maps the push
    // masters' names onto the lab's daemons, since nothing in the lab may ask
    // a resolver.
    QString connectProgram() const;

private:
    bool writeConfig(int upstream, QString* error);
    QString configPath(int upstream) const;

    QString m_labDir;
    QString m_dir;
    const LabNetwork& m_network;
    const LabAccount& m_account;
    LabDatabase m_database;
    pid_t m_pids[2] = {-1, -1};
    int m_silentFds[2] = {-1, -1};
};
