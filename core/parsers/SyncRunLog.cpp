#include "parsers/SyncRunLog.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace SyncRunLogParser {

qint64 number(QStringView text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
        else if (c != QLatin1Char(','))
            return -1;
    }
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    return ok ? value : -1;
}

QString codeMeaning(int code)
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("SyncRunLogParser", text);
    };
    switch (code) {
    case 0:
        return tr("success");
    case 1:
        return tr("syntax or usage error");
    case 2:
        return tr("protocol incompatibility");
    case 3:
        return tr("errors selecting input or output files or directories");
    case 4:
        return tr("an action the other side does not support");
    case 5:
        return tr("error starting the client-server protocol");
    case 6:
        return tr("the daemon could not append to its log file");
    case 10:
        return tr("error in socket I/O");
    case 11:
        return tr("error in file I/O");
    case 12:
        return tr("error in the rsync protocol data stream");
    case 13:
        return tr("errors with program diagnostics");
    case 14:
        return tr("error in the IPC code");
    case 20:
        return tr("killed by SIGUSR1 or SIGINT");
    case 21:
        return tr("an error returned by waitpid()");
    case 22:
        return tr("could not allocate memory buffers");
    case 23:
        return tr("partial transfer because of an error");
    case 24:
        return tr("partial transfer because source files vanished");
    case 25:
        return tr("the --max-delete limit stopped deletions");
    case 30:
        return tr("timeout while sending or receiving data");
    case 35:
        return tr("timeout waiting for the daemon's connection");
    default:
        return {};
    }
}

SyncRunLog parse(QByteArrayView text)
{
    // 2.6.x said "wrote ... read", later versions "sent ... received".
    static const QRegularExpression sent(
        QStringLiteral(R"(^(?:sent|wrote) ([\d,]+) bytes\s+(?:received|read) ([\d,]+) bytes)"));
    static const QRegularExpression total(
        QStringLiteral(R"(^total size is ([\d,]+)\s+speedup is ([\d.,]+))"));
    static const QRegularExpression code(QStringLiteral(R"(\(code (\d+)\))"));
    SyncRunLog log;
    bool summary = false;
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (int n = 0; n < lines.size(); ++n) {
        QString line = lines.at(n);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        // What every version says around the files, not about any one file.
        if (line.trimmed().isEmpty() || line == QLatin1String("receiving incremental file list") ||
            line.startsWith(QLatin1String("receiving file list")) ||
            line.startsWith(QLatin1String("building file list")) ||
            line.startsWith(QLatin1String("created directory ")) ||
            line.startsWith(QLatin1String("skipping non-regular file ")))
            continue;
        const int number1 = n + 1;
        if (const auto m = sent.match(line); m.hasMatch()) {
            log.bytesSent = number(m.capturedView(1));
            log.bytesReceived = number(m.capturedView(2));
        } else if (const auto t = total.match(line); t.hasMatch()) {
            log.totalSize = number(t.capturedView(1));
            log.speedup = t.captured(2).remove(QLatin1Char(',')).toDouble();
            summary = true;
        } else if (line.startsWith(QLatin1String("deleting "))) {
            log.deletedFiles << line.mid(9);
        } else if (line.startsWith(QLatin1String("@ERROR")) ||
                   line.startsWith(QLatin1String("rsync error:")) ||
                   line.startsWith(QLatin1String("rsync:")) ||
                   line.contains(QLatin1String("io timeout after")) ||
                   line.contains(QLatin1String(": ")) || line.startsWith(QLatin1Char('['))) {
            // File names with ": " are possible but not in a ClamAV database.
            log.errors.append({number1, line});
            if (line.startsWith(QLatin1String("@ERROR")) &&
                line.contains(QLatin1String("auth failed")))
                log.authenticationFailed = true;
            if (line.contains(QLatin1String("timeout")))
                log.timedOut = true;
            if (line.startsWith(QLatin1String("rsync error:")) ||
                line.startsWith(QLatin1String("rsync warning:"))) {
                if (const auto c = code.match(line); c.hasMatch())
                    log.rsyncExitCode = c.captured(1).toInt();
            }
        } else if (line != QLatin1String("./") && !line.endsWith(QLatin1Char('/'))) {
            log.changedFiles << line;
        }
    }
    const bool hasErrorLine =
        std::any_of(log.errors.cbegin(), log.errors.cend(), [](const SyncRunLog::Message& m) {
            return m.text.startsWith(QLatin1String("@ERROR")) ||
                   m.text.startsWith(QLatin1String("rsync error:"));
        });
    if (log.rsyncExitCode == 23 || log.rsyncExitCode == 24)
        log.outcome = SyncRunLog::Outcome::Partial;
    else if (log.rsyncExitCode > 0 || hasErrorLine)
        log.outcome = SyncRunLog::Outcome::Failed;
    else if (summary) {
        log.outcome = SyncRunLog::Outcome::Success;
        log.rsyncExitCode = 0;
    }
    return log;
}

} // namespace SyncRunLogParser
