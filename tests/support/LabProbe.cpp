#include "LabProbe.h"

#include "ssh/SshSession.h"

namespace LabProbe {

ProbeOutput run(const Target& target, const ProbeRequest& request, HostKeyStore& hostKeys,
                QString* error)
{
    QString ignored;
    QString& why = error ? *error : ignored;
    SshSettings settings;
    settings.readUserConfig = false;
    settings.connectTimeout = std::chrono::seconds(5);
    SshSession session({target.name, target.address, target.port, target.user},
                       SshIdentity{false, target.keyPath, {}}, settings, hostKeys);
    if (auto opened = session.open(nullptr, target.hostKeyFingerprint); !opened) {
        why = opened.error().message;
        return {};
    }
    const ProbeScript script(request);
    const auto ran = session.exec(script.text());
    if (!ran) {
        why = ran.error().message;
        return {};
    }
    const auto parsed = ProbeOutputParser::parse(ran->standardOutput, script.marker().toUtf8());
    if (!parsed) {
        why = parsed.error().describe();
        return {};
    }
    return parsed.value();
}

} // namespace LabProbe
