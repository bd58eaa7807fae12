#pragma once

#include <QStringList>

class CliContext;

// mirrorctl's commands on syncs: start clam-clientsync on mirrors (and watch
// them to the end with --wait), and follow a run started elsewhere.
namespace SyncCommands {

int trigger(CliContext& context, const QStringList& arguments);
int follow(CliContext& context, const QStringList& arguments);

} // namespace SyncCommands
