#pragma once

#include <QStringList>

class CliContext;

// mirrorctl's acts on mirrors, each written to the audit trail: trigger a
// sync, break a stale lock, read and change clam-clientsync.conf.
namespace ActCommands {

int trigger(CliContext& context, const QStringList& arguments);
int breakStaleLock(CliContext& context, const QString& mirror);
int config(CliContext& context, const QStringList& arguments);

} // namespace ActCommands
