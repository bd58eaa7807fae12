#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

// What one clam-clientsync run left in its log: plain `rsync -v` output, with
// no time stamps (the run's time is the log file's mtime) and no exit status
// (the script throws it away), so both are read from the text.
struct SyncRunLog
{
    enum class Outcome
    {
        Success,    // the totals lines and no error
        Failed,     // an rsync error or @ERROR
        Incomplete, // neither: still running, or killed before the end
        Partial     // rsync's codes 23 and 24: done, but some files not transferred
    };

    struct Message
    {
        int line = 0;
        QString text;
    };

    Outcome outcome = Outcome::Incomplete;
    int rsyncExitCode = -1; // "(code N)"; 0 for a success; -1 unknown
    QStringList changedFiles;
    QStringList deletedFiles;
    qint64 bytesSent = -1;
    qint64 bytesReceived = -1;
    qint64 totalSize = -1;
    double speedup = 0;
    bool authenticationFailed = false;
    bool timedOut = false;
    QList<Message> errors; // @ERROR, rsync error, rsync: lines and other diagnostics
};

namespace SyncRunLogParser {

SyncRunLog parse(QByteArrayView text);

// rsync prints "2,262": digits with thousands separators.
qint64 number(QStringView text);

// What rsync means by an exit code, as its manual explains it; empty when
// the code is not rsync's.
QString codeMeaning(int code);

} // namespace SyncRunLogParser
