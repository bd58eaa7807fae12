#pragma once

#include "ssh/SshSession.h"

// One remote command over an open session: output streamed as it comes, the
// exit status at the end, and every way it can break turned into a failure
// that names the mirror.
class SshExecChannel
{
public:
    explicit SshExecChannel(SshSession& session) : m_session(session) {}

    Result<ExecOutcome, SshFailure> run(const QString& command, const OutputSink& sink,
                                        const std::atomic_bool* cancel,
                                        OutputKept kept = OutputKept::All,
                                        const ExecLimits& limits = {});

private:
    SshSession& m_session;
};
