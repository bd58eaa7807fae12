#pragma once

#include "ssh/HostKeyStore.h"

#include <QString>

// Why an SSH operation on a mirror did not succeed. The message names the
// mirror and is fit to show an operator as is.
struct SshFailure
{
    enum class Kind
    {
        Unreachable, // refused, no route, name unknown
        TimedOut,    // connect, greeting or operation took too long
        HostKey,     // unknown, changed or revoked: see hostKey
        Authentication,
        Refused,      // the console's own policy said no (trigger-only mirror)
        Channel,      // exec or SFTP could not start
        Disconnected, // the connection dropped mid-operation
        Killed,       // the remote command ended without an exit status
        Remote,       // the far side reported an error (SFTP status, ...)
        Cancelled,
        OverLimit, // the mirror broke a limit (bytes, time): it misbehaves
    };

    Kind kind = Kind::Unreachable;
    QString message;
    HostKeyVerdict hostKey; // for Kind::HostKey
};
