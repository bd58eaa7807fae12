#include "PassphrasePrompt.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace PassphrasePrompt {
namespace {

std::optional<QByteArray> readLine(bool echo)
{
    termios saved{};
    const bool terminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal && !echo) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    char buffer[1024];
    const bool got = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (terminal && !echo) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
    if (!got)
        return std::nullopt;
    QByteArray line(buffer);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

std::optional<QByteArray> standardInputLine()
{
    // Not echoed when standard input is a terminal after all.
    return readLine(false);
}

std::optional<QByteArray> ask(const QString& question)
{
    if (!::isatty(STDIN_FILENO))
        return std::nullopt;
    std::fputs(question.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    return readLine(false);
}

bool confirm(const QString& question)
{
    if (!::isatty(STDIN_FILENO))
        return false;
    std::fputs(question.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    const auto answer = readLine(true);
    return answer && (answer->startsWith('y') || answer->startsWith('Y'));
}

} // namespace PassphrasePrompt
