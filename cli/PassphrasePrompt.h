#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Asks on the terminal, without echo; nothing when there is no terminal.
namespace PassphrasePrompt {

std::optional<QByteArray> ask(const QString& question);
bool confirm(const QString& question);

} // namespace PassphrasePrompt
