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

} // namespace

LogLineKind LogLineKinds::classify(QByteArrayView line)
{
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
    return {QStringLiteral("^@ERROR|^rsync:|") + alternation(errorWords) + QLatin1Char('|') +
                alternation(warningWords),
            true, false};
}
