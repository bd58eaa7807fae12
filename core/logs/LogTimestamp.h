#pragma once

#include <QByteArrayView>
#include <QDateTime>

#include <optional>

namespace LogTimestampParser {

// The time a log line starts with, read as UTC: rsync's daemon log
// ("2026/11/24 21:09:10 [812] ..."), ISO 8601 ("2026-11-24T21:09:10Z",
// "2026-11-24 21:09:10"), as the console heads each stored run. A line with
// none (rsync -v output has none) gives nothing.
std::optional<QDateTime> parse(QByteArrayView line);

} // namespace LogTimestampParser
