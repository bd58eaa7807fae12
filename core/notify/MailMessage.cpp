#include "notify/MailMessage.h"

#include <iterator>

namespace {

constexpr const char* kStates[] = {"pending", "held", "sent", "dropped", "failed"};

} // namespace

QString MailMessage::stateName(State state)
{
    return QString::fromLatin1(kStates[int(state)]);
}

std::optional<MailMessage::State> MailMessage::stateFromName(const QString& name)
{
    for (int i = 0; i < int(std::size(kStates)); ++i)
        if (name == QLatin1String(kStates[i]))
            return State(i);
    return std::nullopt;
}

QString MailMessage::roleName(Role role)
{
    return role == Role::Team ? QStringLiteral("team") : QStringLiteral("admin");
}
