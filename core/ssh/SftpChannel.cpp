#include "ssh/SftpChannel.h"

#include "util/ShellQuote.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRandomGenerator>

#include <fcntl.h>
#include <libssh/libssh.h>
#include <libssh/sftp.h>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SftpChannel", text);
}

QString statusText(int code)
{
    switch (code) {
    case SSH_FX_NO_SUCH_FILE:
        return QCoreApplication::translate("SftpChannel", "no such file");
    case SSH_FX_PERMISSION_DENIED:
        return QCoreApplication::translate("SftpChannel", "permission denied");
    case SSH_FX_FILE_ALREADY_EXISTS:
        return QCoreApplication::translate("SftpChannel", "file already exists");
    case SSH_FX_NO_SUCH_PATH:
        return QCoreApplication::translate("SftpChannel", "no such directory");
    default:
        return QCoreApplication::translate("SftpChannel", "SFTP error %1").arg(code);
    }
}

QString typeName(quint8 type)
{
    switch (type) {
    case SSH_FILEXFER_TYPE_DIRECTORY:
        return QCoreApplication::translate("SftpChannel", "a directory");
    case SSH_FILEXFER_TYPE_SYMLINK:
        return QCoreApplication::translate("SftpChannel", "a symbolic link");
    case SSH_FILEXFER_TYPE_SPECIAL:
        return QCoreApplication::translate("SftpChannel", "a FIFO, socket or device");
    default:
        return QCoreApplication::translate("SftpChannel", "of an unknown type");
    }
}

struct FileCloser
{
    void operator()(sftp_file file) const { sftp_close(file); }
};
using FileHandle = std::unique_ptr<sftp_file_struct, FileCloser>;

} // namespace

SftpChannel::~SftpChannel()
{
    if (m_sftp)
        sftp_free(m_sftp);
}

SshFailure SftpChannel::remoteError(const QString& what, const QString& path) const
{
    const int code = m_sftp ? sftp_get_error(m_sftp) : -1;
    const bool connected = ssh_is_connected(m_session.handle());
    return m_session.failure(
        connected ? SshFailure::Kind::Remote : SshFailure::Kind::Disconnected,
        tr("%1 %2: %3")
            .arg(what, path, connected ? statusText(code) : tr("the connection dropped")));
}

Result<Done, SshFailure> SftpChannel::start()
{
    if (m_sftp)
        return Done{};
    if (!m_session.isOpen())
        return fail(
            m_session.failure(SshFailure::Kind::Disconnected, tr("the session is not open")));
    m_sftp = sftp_new(m_session.handle());
    if (!m_sftp || sftp_init(m_sftp) != SSH_OK) {
        const QString why = QString::fromUtf8(ssh_get_error(m_session.handle()));
        if (m_sftp)
            sftp_free(m_sftp);
        m_sftp = nullptr;
        return fail(
            m_session.failure(SshFailure::Kind::Channel, tr("cannot start SFTP: %1").arg(why)));
    }
    return Done{};
}

Result<RemoteFile, SshFailure> SftpChannel::read(const QString& path)
{
    const qint64 maxBytes = m_session.settings().maxFileBytes;
    if (auto started = start(); !started)
        return fail(started.error());
    const QByteArray native = path.toUtf8();
    sftp_attributes attributes = sftp_stat(m_sftp, native.constData());
    if (!attributes)
        return fail(remoteError(tr("cannot read"), path));
    RemoteFile file;
    file.path = path;
    file.mode = attributes->permissions & 07777;
    file.modified = QDateTime::fromSecsSinceEpoch(qint64(attributes->mtime), Qt::UTC);
    const quint64 size = attributes->size;
    const quint8 type = attributes->type;
    sftp_attributes_free(attributes);
    // Opening a FIFO or a device would hold the mirror's sftp-server, and this
    // worker, until something writes to it.
    if (type != SSH_FILEXFER_TYPE_REGULAR)
        return fail(m_session.failure(
            SshFailure::Kind::Remote,
            tr("%1 is not a regular file (%2): refused").arg(path, typeName(type))));
    if (qint64(size) > maxBytes)
        return fail(m_session.failure(
            SshFailure::Kind::Remote,
            tr("%1 is %2 bytes, more than the %3 allowed").arg(path).arg(size).arg(maxBytes)));
    FileHandle handle(sftp_open(m_sftp, native.constData(), O_RDONLY, 0));
    if (!handle)
        return fail(remoteError(tr("cannot open"), path));
    char buffer[32768];
    for (;;) {
        const ssize_t n = sftp_read(handle.get(), buffer, sizeof buffer);
        if (n < 0)
            return fail(remoteError(tr("cannot read"), path));
        if (n == 0)
            break;
        file.content.append(buffer, n);
        if (file.content.size() > maxBytes)
            return fail(m_session.failure(
                SshFailure::Kind::Remote,
                tr("%1 grew past %2 bytes while being read").arg(path).arg(maxBytes)));
    }
    file.sha256 = RemoteFile::hashOf(file.content);
    return file;
}

Result<Done, SshFailure>
SftpChannel::checkUnchanged(const QString& path, const QByteArray& expectedSha256, quint32* mode)
{
    const QByteArray native = path.toUtf8();
    sftp_attributes attributes = sftp_stat(m_sftp, native.constData());
    if (!attributes) {
        if (sftp_get_error(m_sftp) != SSH_FX_NO_SUCH_FILE)
            return fail(remoteError(tr("cannot check"), path));
        if (!expectedSha256.isEmpty())
            return fail(m_session.failure(
                SshFailure::Kind::Remote,
                tr("%1 was removed on the mirror since it was read; nothing was written")
                    .arg(path)));
        return Done{};
    }
    if (mode && *mode == 0)
        *mode = attributes->permissions & 07777;
    sftp_attributes_free(attributes);
    if (expectedSha256.isEmpty())
        return fail(m_session.failure(
            SshFailure::Kind::Remote,
            tr("%1 already exists on the mirror; nothing was written").arg(path)));
    const auto current = read(path);
    if (!current)
        return fail(current.error());
    if (current->sha256 != expectedSha256)
        return fail(m_session.failure(
            SshFailure::Kind::Remote,
            tr("%1 was changed on the mirror since it was read; nothing was written. Read it "
               "again and redo the change.")
                .arg(path)));
    return Done{};
}

Result<RemoteFile, SshFailure> SftpChannel::writeAtomically(const QString& path,
                                                            const QByteArray& content,
                                                            const QByteArray& expectedSha256,
                                                            std::optional<quint32> mode)
{
    if (auto started = start(); !started)
        return fail(started.error());
    quint32 finalMode = mode.value_or(0);
    if (auto unchanged = checkUnchanged(path, expectedSha256, &finalMode); !unchanged)
        return fail(unchanged.error());
    if (finalMode == 0)
        finalMode = 0600;

    const QFileInfo info(path);
    const QString directory =
        path.contains(QLatin1Char('/')) ? info.path() + QLatin1Char('/') : QString();
    const QString temporary =
        directory + QStringLiteral(".%1.mirror-console-%2")
                        .arg(info.fileName())
                        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    const QByteArray nativeTemporary = temporary.toUtf8();
    auto discard = [&] {
        sftp_unlink(m_sftp, nativeTemporary.constData());
    };
    {
        FileHandle handle(
            sftp_open(m_sftp, nativeTemporary.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600));
        if (!handle)
            return fail(remoteError(tr("cannot create"), temporary));
        for (qsizetype done = 0; done < content.size();) {
            const ssize_t n = sftp_write(handle.get(), content.constData() + done,
                                         size_t(std::min<qsizetype>(content.size() - done, 32768)));
            if (n <= 0) {
                const SshFailure failure = remoteError(tr("cannot write"), temporary);
                handle.reset();
                discard();
                return fail(failure);
            }
            done += n;
        }
        if (sftp_extension_supported(m_sftp, "fsync@openssh.com", "1") &&
            sftp_fsync(handle.get()) != 0) {
            const SshFailure failure = remoteError(tr("cannot flush"), temporary);
            handle.reset();
            discard();
            return fail(failure);
        }
    }
    if (sftp_chmod(m_sftp, nativeTemporary.constData(), finalMode) != 0) {
        const SshFailure failure = remoteError(tr("cannot set the mode of"), temporary);
        discard();
        return fail(failure);
    }
    // OpenSSH's plain SFTP rename never replaces a file and libssh offers no
    // posix-rename, so the last step is rename(2) through the shell (SFTP is
    // only used on shell-mode mirrors), checking the precondition right there.
    const QString target = ShellQuote::quote(path);
    const QString temp = ShellQuote::quote(temporary);
    const QString script =
        expectedSha256.isEmpty()
            ? QStringLiteral("ln -- %1 %2 || exit 3; rm -f -- %1").arg(temp, target)
            : QStringLiteral(
                  "[ \"$(sha256sum < %1 | cut -c1-64)\" = %3 ] || exit 3; mv -f -- %2 %1")
                  .arg(target, temp, QString::fromLatin1(expectedSha256));
    const auto replaced = m_session.exec(script);
    if (!replaced || replaced->exitStatus != 0) {
        discard();
        if (replaced && replaced->exitStatus == 3)
            return fail(m_session.failure(
                SshFailure::Kind::Remote,
                expectedSha256.isEmpty()
                    ? tr("%1 appeared on the mirror meanwhile; nothing was written").arg(path)
                    : tr("%1 was changed on the mirror since it was read; nothing was written. "
                         "Read it "
                         "again and redo the change.")
                          .arg(path)));
        return fail(replaced
                        ? m_session.failure(
                              SshFailure::Kind::Remote,
                              tr("cannot replace %1: %2")
                                  .arg(path, QString::fromUtf8(replaced->standardError.trimmed())))
                        : replaced.error());
    }
    RemoteFile written;
    written.path = path;
    written.content = content;
    written.mode = finalMode;
    written.modified = QDateTime::currentDateTimeUtc();
    written.sha256 = RemoteFile::hashOf(content);
    return written;
}
