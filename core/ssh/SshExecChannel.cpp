#include "ssh/SshExecChannel.h"

#include <QCoreApplication>
#include <QLocale>

#include <libssh/libssh.h>
#include <memory>

namespace {

using Clock = std::chrono::steady_clock;
constexpr int kPollMs = 50;

QString tr(const char* text)
{
    return QCoreApplication::translate("SshExecChannel", text);
}

struct ChannelCloser
{
    void operator()(ssh_channel channel) const
    {
        if (ssh_channel_is_open(channel))
            ssh_channel_close(channel);
        ssh_channel_free(channel);
    }
};

} // namespace

Result<ExecOutcome, SshFailure> SshExecChannel::run(const QString& command, const OutputSink& sink,
                                                    const std::atomic_bool* cancel, OutputKept kept,
                                                    const ExecLimits& limits)
{
    ssh_session session = m_session.handle();
    std::unique_ptr<ssh_channel_struct, ChannelCloser> channel(ssh_channel_new(session));
    auto broken = [&](SshFailure::Kind kind, const QString& what) {
        return fail(m_session.failure(kind, what));
    };
    if (!channel || ssh_channel_open_session(channel.get()) != SSH_OK)
        return broken(
            ssh_is_connected(session) ? SshFailure::Kind::Channel : SshFailure::Kind::Disconnected,
            tr("cannot open a channel: %1").arg(QString::fromUtf8(ssh_get_error(session))));
    if (ssh_channel_request_exec(channel.get(), command.toUtf8().constData()) != SSH_OK)
        return broken(
            SshFailure::Kind::Channel,
            tr("the command was refused: %1").arg(QString::fromUtf8(ssh_get_error(session))));

    ExecOutcome outcome;
    char buffer[16384];
    const SshSettings& settings = m_session.settings();
    const qint64 maxBytes =
        limits.maxOutputBytes > 0 ? limits.maxOutputBytes : settings.maxOutputBytes;
    const auto allowed = limits.deadline.count() > 0 ? limits.deadline : settings.operationTimeout;
    const auto deadline = Clock::now() + allowed;
    auto lastByte = Clock::now();
    qint64 received = 0;
    // Both streams count against one budget: a mirror may flood either.
    auto take = [&](int bytes, bool isError) -> bool {
        received += bytes;
        if (received > maxBytes)
            return false;
        lastByte = Clock::now();
        if (isError)
            outcome.standardError.append(buffer, bytes);
        else if (kept == OutputKept::All || !sink)
            outcome.standardOutput.append(buffer, bytes);
        if (sink)
            sink(QByteArrayView(buffer, bytes), isError);
        return true;
    };
    auto overLimit = [&] {
        return broken(
            SshFailure::Kind::OverLimit,
            tr("sent more than %1 of output for one command")
                .arg(QLocale().formattedDataSize(maxBytes, 0, QLocale::DataSizeTraditionalFormat)));
    };
    for (;;) {
        if (cancel && cancel->load())
            return broken(SshFailure::Kind::Cancelled, tr("cancelled while running the command"));
        const int out = ssh_channel_read_timeout(channel.get(), buffer, sizeof buffer, 0, kPollMs);
        if (out == SSH_ERROR)
            return broken(SshFailure::Kind::Disconnected,
                          tr("the connection dropped while the command ran: %1")
                              .arg(QString::fromUtf8(ssh_get_error(session))));
        if (out > 0 && !take(out, false))
            return overLimit();
        const int err = ssh_channel_read_nonblocking(channel.get(), buffer, sizeof buffer, 1);
        if (err == SSH_ERROR)
            return broken(SshFailure::Kind::Disconnected,
                          tr("the connection dropped while the command ran: %1")
                              .arg(QString::fromUtf8(ssh_get_error(session))));
        if (err > 0 && !take(err, true))
            return overLimit();
        if (out <= 0 && err <= 0 && ssh_channel_is_eof(channel.get()))
            break;
        if (!ssh_is_connected(session))
            return broken(SshFailure::Kind::Disconnected,
                          tr("the connection dropped while the command ran"));
        const auto now = Clock::now();
        if (now >= deadline)
            return broken(
                SshFailure::Kind::TimedOut,
                tr("the command did not finish within %1 s")
                    .arg(std::chrono::duration_cast<std::chrono::seconds>(allowed).count()));
        if (limits.stall.count() > 0 && now - lastByte >= limits.stall)
            return broken(
                SshFailure::Kind::TimedOut,
                tr("the command sent nothing for %1 s")
                    .arg(std::chrono::duration_cast<std::chrono::seconds>(limits.stall).count()));
    }
    outcome.exitStatus = ssh_channel_get_exit_status(channel.get());
    if (outcome.exitStatus < 0)
        return broken(ssh_is_connected(session) ? SshFailure::Kind::Killed
                                                : SshFailure::Kind::Disconnected,
                      tr("the command ended without an exit status (killed on the mirror, or the "
                         "connection dropped)"));
    return outcome;
}
