#pragma once

#include <QString>
#include <QStringList>

#include <sys/types.h>

// One mirror's OpenSSH server: its own config, ed25519 host key, pid and log,
// listening on the mirror's own address. It can also play a host that
// accepts TCP connections and never speaks.
class LabSshd
{
public:
    struct Settings
    {
        QString labDir;
        QString dir; // config, host key, pid and log live here
        QString address;
        quint16 port = 22;
        QString user;
        QString home;
        QString authorizedKeys;
        QString rsyncConnectProgram;
    };

    explicit LabSshd(Settings settings) : m_settings(std::move(settings)) {}
    ~LabSshd();
    LabSshd(const LabSshd&) = delete;
    LabSshd& operator=(const LabSshd&) = delete;

    bool prepare(QString* error);    // config and host key
    bool launch(QString* error);     // spawns sshd, returns at once
    bool awaitReady(QString* error); // waits for its SSH banner
    void stop();
    bool isRunning() const;

    bool replaceHostKey(QString* error);
    // SFTP requests are taken by a subsystem that never answers.
    bool setSftpSilent(bool silent, QString* error);
    // Words put before sshd's own command line (ip netns exec NAME).
    void setLauncher(QStringList launcher) { m_launcher = std::move(launcher); }
    bool silence(QString* error);

    QString hostKeyFingerprint() const { return m_fingerprint; }
    QString hostKeyPath() const { return m_settings.dir + QStringLiteral("/ssh_host_ed25519_key"); }
    QString logPath() const { return m_settings.dir + QStringLiteral("/sshd.log"); }

private:
    bool generateHostKey(QString* error);
    bool writeConfig(QString* error);
    void closeSilentSocket();

    Settings m_settings;
    QString m_fingerprint;
    pid_t m_pid = -1;
    int m_silentFd = -1;
    bool m_sftpSilent = false;
    QStringList m_launcher;
};
