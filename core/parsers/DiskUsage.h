#pragma once

#include "parsers/ParseProblem.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

// One line of `df -P` (sizes in 1024-byte blocks) or `df -Pi` (inodes).
struct DiskUsage
{
    enum class Unit
    {
        KibiBytes,
        Inodes
    };

    Unit unit = Unit::KibiBytes;
    QString filesystem;
    qint64 total = 0;
    qint64 used = 0;
    qint64 available = 0;
    int usedPercent = -1; // -1 when df prints "-"
    QString mountPoint;
};

namespace DiskUsageParser {

Result<QList<DiskUsage>, ParseProblem> parse(QByteArrayView dfOutput);

} // namespace DiskUsageParser
