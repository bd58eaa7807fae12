#pragma once

#include <QByteArray>
#include <QString>

// Facts about a private key file, read with libssh.
namespace SshKeyFile {

enum class State
{
    Usable,
    NeedsPassphrase,
    Unreadable
};

// Whether the key loads as it is, needs a passphrase, or cannot be read at all.
State inspect(const QString& path);

// True when passphrase opens the key.
bool opensWith(const QString& path, const QByteArray& passphrase);

} // namespace SshKeyFile
