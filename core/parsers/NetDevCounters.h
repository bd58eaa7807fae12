#pragma once

#include "parsers/ParseProblem.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

// One interface's counters from /proc/net/dev.
struct NetDevCounters
{
    QString interface;
    quint64 receivedBytes = 0;
    quint64 receivedPackets = 0;
    quint64 sentBytes = 0;
    quint64 sentPackets = 0;
};

namespace NetDevParser {

Result<QList<NetDevCounters>, ParseProblem> parse(QByteArrayView procNetDev);

} // namespace NetDevParser
