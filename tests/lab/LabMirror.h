#pragma once

#include "LabSshd.h"
#include "LabWeb.h"

#include <QJsonObject>
#include <QString>

#include <memory>

class LabNetwork;
class LabUpstream;
struct LabAccount;

enum class LabAccessMode
{
    Shell,
    TriggerOnly
};

// What the sync script printed and how it ended.
struct LabSyncResult
{
    int exitStatus = -1;
    QByteArray output;
};

// One mirror of the lab: the clamavdb home laid out as the seed says, its
// clam-clientsync and conf, its DocumentRoot and its own sshd. Each fault a
// test needs is one call here.
class LabMirror
{
public:
    struct Identity
    {
        int index = 0;
        QString name;
        QString country;
        QString address;
        QString rsyncHost;
    };

    LabMirror(const QString& labDir, Identity identity, const LabNetwork& network,
              const LabAccount& account, const LabUpstream& upstream,
              const QByteArray& teamPublicKey);

    bool create(QString* error);
    LabSshd& sshd() { return *m_sshd; }
    const LabSshd& sshd() const { return *m_sshd; }

    // Faults.
    bool setAccessMode(LabAccessMode mode, QString* error);
    bool placeStaleLock(qint64 ageSeconds, QString* error);
    bool setDocumentRootWritable(bool writable, QString* error);
    bool writeTemplateConf(QString* error);
    bool writeConf(const QString& rsyncPassword, QString* error);
    bool ageTimestamp(double hours, QString* error);
    bool fillLogHistory(QString* error);
    // The team's key bound to command while the inventory still says shell:
    // a mirror that answers every request its own way.
    bool setForcedCommand(const QByteArray& command, QString* error,
                          const QByteArray& moreKeys = {});
    // Gives path to the mirror's account (when the lab runs as root).
    bool handOver(const QString& path, bool recursive, QString* error) const;
    // A file of the account's, as the mirror's admin would leave it.
    bool writeOwned(const QString& path, const QByteArray& content, int mode, QString* error) const;

    // Runs clam-clientsync as the mirror's account, without ssh.
    LabSyncResult runSync(const QString& rsyncHost) const;

    const Identity& identity() const { return m_identity; }
    LabAccessMode accessMode() const { return m_mode; }
    QString home() const { return m_dir + QStringLiteral("/home"); }
    QString documentRoot() const { return home() + QStringLiteral("/public_html"); }
    QString confPath() const { return home() + QStringLiteral("/etc/clam-clientsync.conf"); }
    QString syncLogPath() const { return home() + QStringLiteral("/rsync.log"); }
    QString accessLogPath() const { return m_dir + QStringLiteral("/access.log"); }
    QString lockPath() const;
    LabVhost vhost() const;
    bool vhostEnabled() const { return m_vhostEnabled; }
    void setVhostEnabled(bool enabled) { m_vhostEnabled = enabled; }
    void setVhostRedirects(bool redirects) { m_vhostRedirects = redirects; }
    void setVhostTrickles(bool trickles) { m_vhostTrickles = trickles; }
    QJsonObject inventoryEntry(const QString& teamKeyPath, quint16 sshPort, quint16 httpPort) const;

private:
    bool seedDocumentRoot(QString* error);

    QString m_dir;
    Identity m_identity;
    const LabAccount& m_account;
    const LabUpstream& m_upstream;
    QByteArray m_teamPublicKey;
    LabAccessMode m_mode = LabAccessMode::Shell;
    bool m_vhostEnabled = true;
    bool m_vhostRedirects = false;
    bool m_vhostTrickles = false;
    std::unique_ptr<LabSshd> m_sshd;
};
