#include "ssh/SshKeyFile.h"

#include <QFile>

#include <libssh/libssh.h>

namespace SshKeyFile {
namespace {

bool loads(const QString& path, const char* passphrase)
{
    ssh_key key = nullptr;
    const int rc = ssh_pki_import_privkey_file(QFile::encodeName(path).constData(), passphrase,
                                               nullptr, nullptr, &key);
    ssh_key_free(key);
    return rc == SSH_OK;
}

} // namespace

State inspect(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return State::Unreadable;
    if (loads(path, nullptr))
        return State::Usable;
    // A wrong passphrase fails to decrypt; a non-key fails whatever we give.
    const QByteArray head = file.read(64);
    return head.contains("PRIVATE KEY") ? State::NeedsPassphrase : State::Unreadable;
}

bool opensWith(const QString& path, const QByteArray& passphrase)
{
    return loads(path, passphrase.constData());
}

} // namespace SshKeyFile
