#pragma once

#include <QString>

// Every value the console puts on a mirror's command line is checked for what
// it is before ShellQuote quotes it: quoting keeps the far shell from reading
// it, but only a check keeps a program there from reading "--log-file=..." as
// an option. Each function returns what is wrong, or an empty string.
namespace RemoteValue {

// A push master as clam-clientsync takes it: a host name or an IP address,
// or an rsync:// URL of one.
QString pushMasterProblem(const QString& value);
// A file or directory on the mirror: absolute, without NUL or line breaks.
// what names the field in the message.
QString pathProblem(const QString& path, const QString& what);
// A login name as useradd accepts it.
QString userProblem(const QString& user);
// The mirror's own host name (names its lock file): one or more labels.
QString systemHostnameProblem(const QString& name);

} // namespace RemoteValue
