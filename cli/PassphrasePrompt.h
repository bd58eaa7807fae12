#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Asks on the terminal, without echo; nothing when there is no terminal.
namespace PassphrasePrompt {

std::optional<QByteArray> ask(const QString& question);
// One line of standard input, whatever it is (a pipe, a file, a terminal).
std::optional<QByteArray> standardInputLine();
bool confirm(const QString& question);

} // namespace PassphrasePrompt
