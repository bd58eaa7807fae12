#pragma once

#include "logs/LogQuery.h"

#include <QByteArrayView>
#include <QDateTime>

// How a line of a sync log reads to the operator: rsync's and the script's
// errors, its warnings, ordinary output, or the console's heading of a
// stored run where several are shown as one log.
enum class LogLineKind
{
    Plain,
    Warning,
    Error,
    Separator
};

namespace LogLineKinds {

LogLineKind classify(QByteArrayView line);
// A query that finds exactly the lines classify() calls a warning or an error.
LogQuery problemQuery();
// The heading of the run that follows: the time it ended first, so that a
// browser can jump to a time, then what it was ("run 3 of 12, failed").
QByteArray separator(const QDateTime& endedAt, const QString& title);

} // namespace LogLineKinds
