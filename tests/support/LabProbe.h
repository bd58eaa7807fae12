#pragma once

#include "remote/ProbeOutput.h"
#include "remote/ProbeScript.h"

class HostKeyStore;

// One probe of a lab mirror over a fresh libssh session, its host key
// trusted once: how tests read a mirror's sections without the pool.
namespace LabProbe {

struct Target
{
    QString name;
    QString address;
    quint16 port = 22;
    QString user;
    QString keyPath;
    QString hostKeyFingerprint;
};

// An empty, incomplete output when anything failed; *error says what.
ProbeOutput run(const Target& target, const ProbeRequest& request, HostKeyStore& hostKeys,
                QString* error = nullptr);

} // namespace LabProbe
