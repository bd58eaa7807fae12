#include "LabSshClient.h"

#include "MirrorLab.h"

#include <QProcess>

#include <csignal>
#include <sys/prctl.h>

LabSshOutcome LabSshClient::run(int mirror, const QString& command, int timeoutMs) const
{
    const LabMirror& target = m_lab.mirror(mirror);
    QProcess ssh;
    // A killed test must not leave its ssh clients behind.
    ssh.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    ssh.start(QStringLiteral("ssh"),
              {QStringLiteral("-i"), m_lab.teamKeyPath(), QStringLiteral("-p"),
               QString::number(m_lab.network().sshPort()), QStringLiteral("-o"),
               QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
               QStringLiteral("StrictHostKeyChecking=no"), QStringLiteral("-o"),
               QStringLiteral("UserKnownHostsFile=/dev/null"), QStringLiteral("-o"),
               QStringLiteral("LogLevel=ERROR"), QStringLiteral("-o"),
               QStringLiteral("ConnectTimeout=10"),
               m_lab.account().user + QLatin1Char('@') + target.identity().address, command});
    LabSshOutcome outcome;
    ssh.closeWriteChannel();
    if (!ssh.waitForFinished(timeoutMs)) {
        ssh.kill();
        ssh.waitForFinished();
        return outcome;
    }
    outcome.standardOutput = ssh.readAllStandardOutput();
    outcome.standardError = ssh.readAllStandardError();
    outcome.exitStatus = ssh.exitStatus() == QProcess::NormalExit ? ssh.exitCode() : -1;
    return outcome;
}
