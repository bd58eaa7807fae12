#include "util/LocalCommand.h"

#include <QCoreApplication>

QString LocalCommand::Outcome::failure(const QString& program) const
{
    const auto say = [](const char* text) {
        return QCoreApplication::translate("LocalCommand", text);
    };
    const QString said = QString::fromUtf8(output).simplified().left(500);
    QString why;
    if (!started)
        why = say(QT_TRANSLATE_NOOP("LocalCommand", "%1 could not be started")).arg(program);
    else if (timedOut)
        why = say(QT_TRANSLATE_NOOP("LocalCommand",
                                    "%1 did not end before its deadline and was killed"))
                  .arg(program);
    else if (crashed)
        why = say(QT_TRANSLATE_NOOP("LocalCommand", "%1 crashed")).arg(program);
    else if (exitCode != 0)
        why = say(QT_TRANSLATE_NOOP("LocalCommand", "%1 failed with exit code %2"))
                  .arg(program)
                  .arg(exitCode);
    else
        return {};
    return said.isEmpty() ? why : why + QStringLiteral(": ") + said;
}

LocalCommand::LocalCommand(QObject* parent) : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_deadline.setSingleShot(true);
    connect(&m_process, &QProcess::readyRead, this, &LocalCommand::collect);
    connect(&m_process, &QProcess::finished, this, &LocalCommand::end);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            end();
    });
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_outcome.timedOut = true;
        m_process.kill();
    });
}

LocalCommand::~LocalCommand()
{
    // Never left behind by a service that stops.
    disconnect(&m_process, nullptr, this, nullptr);
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

bool LocalCommand::busy() const
{
    return m_running;
}

bool LocalCommand::run(const QString& program, const QStringList& arguments,
                       const QByteArray& input, std::chrono::milliseconds deadline,
                       qsizetype outputCap)
{
    if (busy())
        return false;
    m_outcome = {};
    m_cap = outputCap;
    m_running = true;
    m_ended = false;
    m_deadline.start(deadline);
    m_process.start(program, arguments);
    if (m_process.state() != QProcess::NotRunning) {
        m_process.write(input);
        m_process.closeWriteChannel();
    }
    return true;
}

void LocalCommand::collect()
{
    // Past the cap the rest is read and dropped a block at a time, so that
    // the program is never stopped by a full pipe and never costs memory.
    while (m_process.bytesAvailable() > 0) {
        const qsizetype room = m_cap - m_outcome.output.size();
        const QByteArray chunk = m_process.read(room > 0 ? room : 64 * 1024);
        if (chunk.isEmpty())
            break;
        if (room > 0)
            m_outcome.output += chunk;
    }
}

void LocalCommand::end()
{
    if (!m_running || m_ended)
        return;
    m_ended = true;
    m_deadline.stop();
    collect();
    m_outcome.started = m_process.error() != QProcess::FailedToStart;
    m_outcome.crashed =
        m_outcome.started && !m_outcome.timedOut && m_process.exitStatus() == QProcess::CrashExit;
    m_outcome.exitCode = m_outcome.started ? m_process.exitCode() : -1;
    // Told from the event loop: a program that cannot start ends inside
    // start(), and the caller of run() must not hear of it before run() returns.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_running = false;
            emit finished(m_outcome);
        },
        Qt::QueuedConnection);
}
