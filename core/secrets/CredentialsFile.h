#pragma once

#include "util/Result.h"

#include <QString>

// A secret kept in a file for a service that has no keychain (the SMTP
// password of mirror-monitor, handed over by systemd's LoadCredential):
// refused when anybody but its owner may read or write it.
namespace CredentialsFile {

// The file's first line; empty when there is no such file.
Result<QString> read(const QString& path);

} // namespace CredentialsFile
