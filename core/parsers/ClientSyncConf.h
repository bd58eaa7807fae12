#pragma once

#include "parsers/ParseProblem.h"
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// ~/etc/clam-clientsync.conf: shell assignments the script sources (TO,
// RSYNC_USER, RSYNC_PASSWORD, MODULE, EXCLUDE), read as bash reads them:
// several on a line (`A=1 B=2`, `A=1; B=2`, `A=1 && B=2`, `export A=1 B=2`,
// `A+=1`), a trailing comment, an assignment before a command word or in a
// pipeline lasting only for that command. Every other line - comments, blank lines, anything else -
// is kept as it was, so an edit writes back the file with only the changed values different.
class ClientSyncConf
{
public:
    struct Assignment
    {
        QString key;
        QString value;            // the value as the shell sees it (quotes removed)
        bool expands = false;     // holds $ or ` inside double quotes or bare: the shell expands it
        bool appends = false;     // NAME+=value
        bool lasting = true;      // false: for one command, or in a subshell (a pipe, &)
        qsizetype valueStart = 0; // the value's bytes in the line, quotes included
        qsizetype valueEnd = 0;
    };
    struct Line
    {
        QByteArray raw;                // exactly as read, without the line ending
        bool crlf = false;             // ended by \r\n, as a file saved on Windows
        QList<Assignment> assignments; // those that last, in the order the shell makes them
        QString key() const { return assignments.isEmpty() ? QString() : assignments.last().key; }
    };
    // The assignments of one line of shell; fails on an unterminated quote.
    static Result<QList<Assignment>, QString> assignmentsIn(QByteArrayView line);

    static QStringList knownKeys();

    std::optional<QString> value(const QString& key) const;
    // Changes the last assignment of key, or appends one.
    void set(const QString& key, const QString& value);
    QByteArray serialize() const;
    // Lines ended by \r\n: bash reads the \r as part of every value on them.
    int windowsLineEndings() const;
    // Most lines end so: how a new or changed line ends, so no edit mixes them.
    bool usuallyWindowsLineEndings() const { return 2 * windowsLineEndings() > m_lines.size(); }
    // The same file with every line ended by \n alone.
    void useUnixLineEndings();
    const QList<Line>& lines() const { return m_lines; }

    // What would stop the script from syncing as the How-to intends: Windows
    // line endings, keys missing, changeme, MODULE not "clamavdb", and what the
    // script's unquoted expansions make of the values (ClientSyncExpansion).
    QStringList problems() const;

    // A value written the way the shell reads back exactly.
    static QByteArray quoteValue(const QString& value);

private:
    friend struct ClientSyncConfParser;
    QList<Line> m_lines;
    bool m_endsWithNewline = true;
};

struct ClientSyncConfParser
{
    // Fails only on what the shell itself would reject (an unterminated quote).
    static Result<ClientSyncConf, ParseProblem> parse(QByteArrayView text);
};
