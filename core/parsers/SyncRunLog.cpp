#include "parsers/SyncRunLog.h"

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

SyncRunLog parse(QByteArrayView text)
{
    static const QRegularExpression sent(
        QStringLiteral(R"(^sent ([\d,]+) bytes\s+received ([\d,]+) bytes)"));
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
        if (line.trimmed().isEmpty() || line == QLatin1String("receiving incremental file list") ||
            line == QLatin1String("receiving file list"))
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
            if (line.startsWith(QLatin1String("rsync error:"))) {
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
    if (log.rsyncExitCode > 0 || hasErrorLine)
        log.outcome = SyncRunLog::Outcome::Failed;
    else if (summary) {
        log.outcome = SyncRunLog::Outcome::Success;
        log.rsyncExitCode = 0;
    }
    return log;
}

} // namespace SyncRunLogParser
