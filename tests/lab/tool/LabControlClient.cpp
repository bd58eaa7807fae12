#include "LabControlClient.h"

#include "LabProcess.h"
#include "LabSupervisor.h"

#include <QFile>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QThread>

#include <chrono>

namespace LabControlClient {
namespace {

constexpr int kReplyTimeoutMs = 120'000;

pid_t supervisorPid(const QString& dir)
{
    QFile file(LabSupervisor::pidFilePath(dir));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toInt() : -1;
}

} // namespace

bool send(const QString& dir, const QString& command, QJsonObject* reply, QString* error)
{
    QLocalSocket socket;
    socket.connectToServer(LabSupervisor::controlSocketPath(dir));
    if (!socket.waitForConnected(2000)) {
        *error = QStringLiteral("no lab is running in %1 (%2)").arg(dir, socket.errorString());
        return false;
    }
    socket.write(command.toUtf8() + '\n');
    socket.flush();
    QByteArray answer;
    while (!answer.endsWith('\n') && socket.waitForReadyRead(kReplyTimeoutMs))
        answer += socket.readAll();
    *reply = QJsonDocument::fromJson(answer).object();
    if (reply->isEmpty()) {
        *error = QStringLiteral("the lab in %1 gave no answer to \"%2\"").arg(dir, command);
        return false;
    }
    if (!reply->value(QStringLiteral("ok")).toBool()) {
        *error = reply->value(QStringLiteral("error")).toString();
        return false;
    }
    return true;
}

int bringDown(const QString& dir, QString* error)
{
    const pid_t pid = supervisorPid(dir);
    QJsonObject reply;
    QString ignored;
    if (LabProcess::isAlive(pid)) {
        if (!send(dir, QStringLiteral("stop"), &reply, &ignored))
            LabProcess::stop(pid, std::chrono::seconds(20));
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
        while (LabProcess::isAlive(pid) && std::chrono::steady_clock::now() < deadline)
            QThread::msleep(20);
        if (LabProcess::isAlive(pid))
            LabProcess::stop(pid);
    }
    const int stragglers = int(LabProcess::processesOf(dir).size());
    LabProcess::stopAll(dir);
    if (!LabProcess::processesOf(dir).isEmpty()) {
        *error = QStringLiteral("some of the lab's processes in %1 survived SIGKILL").arg(dir);
        return -1;
    }
    return stragglers;
}

} // namespace LabControlClient
