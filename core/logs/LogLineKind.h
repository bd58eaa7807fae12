#pragma once

#include "logs/LogQuery.h"

#include <QByteArrayView>

// How a line of a sync log reads to the operator: rsync's and the script's
// errors, its warnings, or ordinary output.
enum class LogLineKind
{
    Plain,
    Warning,
    Error
};

namespace LogLineKinds {

LogLineKind classify(QByteArrayView line);
// A query that finds exactly the lines classify() calls a warning or an error.
LogQuery problemQuery();

} // namespace LogLineKinds
