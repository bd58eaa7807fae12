#pragma once

#include "parsers/ParseProblem.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

// The TXT record of current.cvd.clamav.net that freshclam reads, fields split
// on ':', e.g. "0.99.2:57:23148:1488371340:1:63:45637:290".
struct CurrentVersions
{
    QString clamavVersion;                 // 0: latest ClamAV release
    int main = 0;                          // 1
    int daily = 0;                         // 2
    std::optional<qint64> recordTime;      // 3: epoch seconds
    bool versionWarning = false;           // 4
    std::optional<int> functionalityLevel; // 5
    std::optional<int> safebrowsing;       // 6
    std::optional<int> bytecode;           // 7
};

namespace CurrentVersionsParser {

Result<CurrentVersions, ParseProblem> parse(QByteArrayView txt);

} // namespace CurrentVersionsParser
