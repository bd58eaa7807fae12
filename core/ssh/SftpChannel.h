#pragma once

#include "ssh/RemoteFile.h"
#include "ssh/SshSession.h"

#include <optional>

struct sftp_session_struct;

// SFTP over an open shell-mode session: read a file, and write one atomically
// (a temporary file in the same directory, same mode, fsync, rename over the
// old) only if it still holds what was read.
class SftpChannel
{
public:
    explicit SftpChannel(SshSession& session) : m_session(session) {}
    ~SftpChannel();
    SftpChannel(const SftpChannel&) = delete;
    SftpChannel& operator=(const SftpChannel&) = delete;

    // At most the session's maxFileBytes.
    Result<RemoteFile, SshFailure> read(const QString& path);

    // expectedSha256: the hash of the content last read (RemoteFile::sha256);
    // empty means the file must not exist yet. mode: the file's current mode
    // is kept when not given.
    Result<RemoteFile, SshFailure> writeAtomically(const QString& path, const QByteArray& content,
                                                   const QByteArray& expectedSha256,
                                                   std::optional<quint32> mode = std::nullopt);

private:
    Result<Done, SshFailure> start();
    Result<Done, SshFailure> checkUnchanged(const QString& path, const QByteArray& expectedSha256,
                                            quint32* mode);
    SshFailure remoteError(const QString& what, const QString& path) const;

    SshSession& m_session;
    sftp_session_struct* m_sftp = nullptr;
};
