#pragma once

#include "ssh/HostKeyStore.h"
#include "ssh/SshPool.h"

#include <functional>

class CliContext;

// The SSH side of one mirrorctl command: the host keys beside the inventory
// (and ~/.ssh/known_hosts), a pool with the settings, host keys accepted on
// the inventory's word written to the audit trail, and a way to wait for a
// job (mirrorctl has no window to keep responsive).
class CliSsh
{
public:
    explicit CliSsh(CliContext& context, std::optional<SshPoolSettings> settings = std::nullopt);

    SshPool& pool() { return m_pool; }
    HostKeyStore& hostKeys() { return m_hostKeys; }

    SshJobResult wait(SshJobId id, const std::function<void(const QByteArray&, bool)>& output = {});

private:
    HostKeyStore m_hostKeys;
    SshPool m_pool;
};
