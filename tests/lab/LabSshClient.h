#pragma once

#include <QByteArray>
#include <QString>

class MirrorLab;

// What a command run over ssh gave back.
struct LabSshOutcome
{
    int exitStatus = -1; // -1: ssh itself could not run or timed out
    QByteArray standardOutput;
    QByteArray standardError;
};

// The OpenSSH client, logged in with the lab's team key: how the lab's own
// tests reach a mirror before the console's SSH layer exists.
class LabSshClient
{
public:
    explicit LabSshClient(MirrorLab& lab) : m_lab(lab) {}

    LabSshOutcome run(int mirror, const QString& command, int timeoutMs = 60000) const;

private:
    MirrorLab& m_lab;
};
