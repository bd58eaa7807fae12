#pragma once

#include "LabSshd.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

class MirrorLab;

// A mirror in a network namespace of its own, reached over a veth pair, so
// its packet filter (iptables or nft) is real and its own. Its sshd logs in
// root: reading the rules needs root. Needs root to build.
class LabNamespaceMirror
{
public:
    LabNamespaceMirror(MirrorLab& lab, int index, quint16 sshPort);
    ~LabNamespaceMirror();
    LabNamespaceMirror(const LabNamespaceMirror&) = delete;
    LabNamespaceMirror& operator=(const LabNamespaceMirror&) = delete;

    bool start(QString* error);
    void stop();

    // Runs a command inside the namespace (iptables, nft, ...).
    bool run(const QStringList& command, QString* error) const;

    QString name() const { return QStringLiteral("fw%1.ns.lab.test").arg(m_index + 1); }
    QString address() const;        // the mirror's side of the veth pair
    QString consoleAddress() const; // the side the console connects from
    quint16 sshPort() const { return m_sshPort; }
    QString hostKeyFingerprint() const;
    QJsonObject inventoryEntry() const;

    // Namespaces a killed lab of this slot left behind.
    static void removeLeftovers(int slot);

private:
    QString namespaceName() const;
    QString vethName(char side) const;
    QString home() const;

    MirrorLab& m_lab;
    int m_index;
    quint16 m_sshPort;
    QString m_dir;
    std::unique_ptr<LabSshd> m_sshd;
    bool m_created = false;
};
