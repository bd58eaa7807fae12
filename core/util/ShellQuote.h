#pragma once

#include <QString>
#include <QStringList>

// The one way a remote shell command is built: every word goes through
// quote(), so nothing a user typed is ever interpreted by the far shell.
namespace ShellQuote {

// POSIX sh single-quoting: 'it'\''s' for it's. Safe for any byte but NUL.
QString quote(const QString& word);

// program and its arguments, each quoted, joined by spaces.
QString command(const QString& program, const QStringList& arguments = {});

} // namespace ShellQuote
