#include "logs/LogLineKind.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <array>

namespace {

// rsync's own words for a failed run ("rsync error:", "@ERROR: auth failed",
// "io timeout after"), clam-clientsync's lock message, and the daemon's.
constexpr std::array errorWords{"error",  "failed", "timeout",  "refused",
                                "denied", "cannot", "could not"};
constexpr std::array warningWords{"warning", "skipping", "vanished", "lock", "retry"};

bool containsFolded(QByteArrayView line, const char* word)
{
    const QByteArrayView needle(word);
    const auto folded = [](char a, char b) {
        return (a >= 'A' && a <= 'Z' ? char(a + 32) : a) == b;
    };
    return std::search(line.begin(), line.end(), needle.begin(), needle.end(), folded) !=
           line.end();
}

QString alternation(const auto& words)
{
    QStringList escaped;
    for (const char* word : words)
        escaped << QRegularExpression::escape(QString::fromLatin1(word));
    return escaped.join(QLatin1Char('|'));
}

// After the ISO 8601 time a separator starts with ("2026-11-24T21:00:00Z").
constexpr qsizetype timeLength = 20;
constexpr char separatorMark[] = " \u2500\u2500\u2500\u2500 ";

bool isSeparator(QByteArrayView line)
{
    return line.size() > timeLength && line.sliced(timeLength).startsWith(separatorMark);
}

} // namespace

LogLineKind LogLineKinds::classify(QByteArrayView line)
{
    // Its outcome ("failed") is no problem line of its own: the run's lines say why.
    if (isSeparator(line))
        return LogLineKind::Separator;
    if (line.startsWith("@ERROR") || line.startsWith("rsync:") ||
        std::any_of(errorWords.begin(), errorWords.end(),
                    [line](const char* word) { return containsFolded(line, word); }))
        return LogLineKind::Error;
    if (std::any_of(warningWords.begin(), warningWords.end(),
                    [line](const char* word) { return containsFolded(line, word); }))
        return LogLineKind::Warning;
    return LogLineKind::Plain;
}

LogQuery LogLineKinds::problemQuery()
{
    // Spaces and box-drawing characters only: nothing in the mark to escape.
    const QString mark = QString::fromUtf8(separatorMark);
    return {QStringLiteral("^(?!.{%1}%2)(?:@ERROR|rsync:|.*?(?:").arg(timeLength).arg(mark) +
                alternation(errorWords) + QLatin1Char('|') + alternation(warningWords) +
                QStringLiteral("))"),
            true, false};
}

QByteArray LogLineKinds::separator(const QDateTime& endedAt, const QString& title)
{
    return endedAt.toUTC().toString(Qt::ISODate).toLatin1() + separatorMark + title.toUtf8() +
           separatorMark;
}
