#pragma once

#include <QStringList>

class ClientSyncConf;

// What clam-clientsync's rsync command makes of the conf's values. The script
// runs `rsync ... $EXCLUDE $RSYNC_USER@$RSYNC_HOST::$MODULE $TO` with every
// variable unquoted and globbing off (`set -f`): whitespace splits a value into
// several arguments, and quotes or a `$` inside a value reach rsync literally.
namespace ClientSyncExpansion {

// Each problem says what the next sync would do with the value; empty when
// rsync gets the arguments the values look like.
QStringList problems(const ClientSyncConf& conf);

} // namespace ClientSyncExpansion
