#pragma once

#include <QDateTime>
#include <QStringList>

#include <optional>

class CliContext;

// mirrorctl maintenance add MIRROR --until WHEN [--from WHEN] --reason TEXT,
// maintenance list, maintenance end ID|MIRROR: each add and end audited.
namespace MaintenanceCommand {

int run(CliContext& context, const QStringList& arguments);

// "now", "+30m", "+2h", "+3d", or an ISO 8601 time (local time when it
// names no zone); nothing when it is none of those.
std::optional<QDateTime> parseTime(const QString& text, const QDateTime& now);

} // namespace MaintenanceCommand
