#pragma once

#include <QList>
#include <QString>

#include <sys/types.h>

class LabNetwork;
struct LabAccount;

// One mirror's web site as the seed asks for it.
struct LabVhost
{
    QString mirrorName;
    QString address;
    QString documentRoot;
    QString accessLog;
    bool enabled = true;    // off: only the default server answers (444)
    bool redirects = false; // answers every request with a redirect, as freshclam cannot follow
    bool trickles = false;  // sends its bodies a few bytes a second (slow loris)
};

// nginx serving every mirror's DocumentRoot on the mirror's own address with
// the seed's server names, one access log per mirror recording the bytes
// really sent and the user agent.
class LabWeb
{
public:
    LabWeb(const QString& labDir, const LabNetwork& network, const LabAccount& account);
    ~LabWeb();
    LabWeb(const LabWeb&) = delete;
    LabWeb& operator=(const LabWeb&) = delete;

    // Also the way to apply changed vhosts: nginx is restarted, which is
    // quicker to wait for than a reload whose end cannot be observed.
    bool start(const QList<LabVhost>& vhosts, QString* error);
    void stop();
    bool isRunning() const;
    QString errorLog() const { return m_dir + QStringLiteral("/error.log"); }

    static QString logFormat();

private:
    QString configuration(const QList<LabVhost>& vhosts) const;

    QString m_labDir;
    QString m_dir;
    const LabNetwork& m_network;
    const LabAccount& m_account;
    pid_t m_pid = -1;
};
