#pragma once

#include <QStringList>

class CliContext;

// mirrorctl's acts on mirrors, each written to the audit trail: break a
// stale lock, read and change clam-clientsync.conf.
namespace ActCommands {

int breakStaleLock(CliContext& context, const QString& mirror);
int config(CliContext& context, const QStringList& arguments);

} // namespace ActCommands
