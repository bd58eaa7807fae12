#include "LabSupervisor.h"

#include "LabFiles.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSocketNotifier>

#include <csignal>
#include <sys/signalfd.h>
#include <unistd.h>

namespace {

QByteArray reply(bool ok, const QString& errorOrEmpty, const QJsonObject& extra = {})
{
    QJsonObject object = extra;
    object.insert(QStringLiteral("ok"), ok);
    if (!ok)
        object.insert(QStringLiteral("error"), errorOrEmpty);
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

LabSupervisor::LabSupervisor(MirrorLabOptions options, QObject* parent)
    : QObject(parent), m_lab(std::move(options))
{}

LabSupervisor::~LabSupervisor()
{
    if (m_signalFd >= 0)
        ::close(m_signalFd);
}

QString LabSupervisor::controlSocketPath(const QString& dir)
{
    return dir + QStringLiteral("/control.sock");
}

QString LabSupervisor::pidFilePath(const QString& dir)
{
    return dir + QStringLiteral("/supervisor.pid");
}

bool LabSupervisor::start(QString* error)
{
    // Signals arrive as readable data, so shutting down runs on the event loop.
    sigset_t mask;
    sigemptyset(&mask);
    sigaddset(&mask, SIGTERM);
    sigaddset(&mask, SIGINT);
    ::sigprocmask(SIG_BLOCK, &mask, nullptr);
    m_signalFd = ::signalfd(-1, &mask, SFD_CLOEXEC | SFD_NONBLOCK);
    m_signals = new QSocketNotifier(m_signalFd, QSocketNotifier::Read, this);
    connect(m_signals, &QSocketNotifier::activated, this, &LabSupervisor::shutDown);

    if (!m_lab.start(error))
        return false;
    const QString dir = m_lab.directory();
    m_server = new QLocalServer(this);
    QLocalServer::removeServer(controlSocketPath(dir));
    if (!m_server->listen(controlSocketPath(dir))) {
        *error = QStringLiteral("cannot listen on %1: %2")
                     .arg(controlSocketPath(dir), m_server->errorString());
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &LabSupervisor::onConnection);
    return LabFiles::write(pidFilePath(dir), QByteArray::number(::getpid()) + '\n', 0644, error);
}

void LabSupervisor::onConnection()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            const QByteArray line = socket->readLine().trimmed();
            const bool stopping = line == "stop";
            socket->write(execute(line));
            socket->flush();
            socket->disconnectFromServer();
            if (stopping)
                shutDown();
        });
    }
}

QByteArray LabSupervisor::execute(const QByteArray& line)
{
    const QStringList words = QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString command = words.value(0);
    QString error;
    if (command == QLatin1String("inventory"))
        return reply(true, {}, {{QStringLiteral("inventory"), m_lab.inventory()}});
    if (command == QLatin1String("stop"))
        return reply(true, {});
    if (command == QLatin1String("publish")) {
        const bool ok = m_lab.publishDaily(&error);
        return reply(ok, error,
                     {{QStringLiteral("daily"), m_lab.upstream().database().versions().daily}});
    }
    if (command == QLatin1String("fault") && words.size() == 3) {
        bool numeric = false;
        const int index = words.at(1).toInt(&numeric);
        if (!numeric)
            return reply(false,
                         QStringLiteral("mirror index \"%1\" is not a number").arg(words.at(1)));
        return reply(m_lab.applyFault(index, words.at(2), &error), error);
    }
    return reply(false, QStringLiteral("unknown command \"%1\"").arg(QString::fromUtf8(line)));
}

void LabSupervisor::shutDown()
{
    signalfd_siginfo info;
    while (::read(m_signalFd, &info, sizeof info) > 0) {
    }
    const QString dir = m_lab.directory();
    m_lab.stop();
    QFile::remove(pidFilePath(dir));
    QLocalServer::removeServer(controlSocketPath(dir));
    QCoreApplication::quit();
}
